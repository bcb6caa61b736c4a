#!/bin/sh
# The Week and the Log and reports pages over a real server and a real
# station database (tests/web/week.py): approval states and as-run
# outcomes on the week, a day's log, reports downloaded and read back,
# bad periods, a broken chain and a logged-out browser refused.
. tests/e2e/lib.sh
: "${LOA_BUILD:=$ROOT/build}"

/usr/bin/python3 tests/web/week.py "$LOA" "$ROOT" "$LOA_BUILD/tools" >"$TMP/w" 2>&1
rc=$?
cat "$TMP/w"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/w" || not_ok "week.py ended with $rc"
grep -q '^ok - the server stopped cleanly' "$TMP/w" || not_ok "week.py ran to its end"
finish
