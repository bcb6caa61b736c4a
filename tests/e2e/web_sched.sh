#!/bin/sh
# "Thêm vào lịch" on the Week page (tests/web/week_add.py): an entry
# added to a slot of a schedule file, only its lines changed, loa check,
# loa plan and the week showing it; refusals with nothing written.
. tests/e2e/lib.sh

/usr/bin/python3 tests/web/week_add.py "$LOA" "$ROOT" >"$TMP/s" 2>&1
rc=$?
cat "$TMP/s"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/s" || not_ok "week_add.py ended with $rc"
grep -q '^ok - the server stopped cleanly' "$TMP/s" || not_ok "week_add.py ran to its end"
finish
