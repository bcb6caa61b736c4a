#!/bin/sh
# A new script from the Scripts page (tests/web/new_script.py): blank
# and copied, each passing loa check and recorded with the person; bad
# names, sources, tokens and roles refused with nothing written.
. tests/e2e/lib.sh

/usr/bin/python3 tests/web/new_script.py "$LOA" "$ROOT" >"$TMP/n" 2>&1
rc=$?
cat "$TMP/n"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/n" || not_ok "new_script.py ended with $rc"
grep -q '^ok - the server stopped cleanly' "$TMP/n" || not_ok "new_script.py ran to its end"
finish
