#!/bin/sh
# The web page in a real browser (tests/web/browser.py): log in, open a
# script, an error at its line, fixed, listen, approve, loa approvals.
# Slow (about a minute): only in 'make check' (LOA_SLOW=1).
# Screenshots: $LOA_BUILD/web-screenshots/*.png.
. tests/e2e/lib.sh

if [ -z "${LOA_SLOW:-}" ]; then
	echo "# skipped: browser tests run in 'make check' only"
	finish
fi
shots="${LOA_BUILD:-$ROOT/build}/web-screenshots"
rm -f "$shots"/[0-9]-*.png
/usr/bin/python3 tests/web/browser.py "$LOA" "$ROOT" "$shots" >"$TMP/b" 2>&1
rc=$?
cat "$TMP/b"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/b" || not_ok "browser.py ended with $rc"
[ -s "$shots/4-approve.png" ] && ok "screenshots in $shots" ||
	not_ok "screenshots in $shots"
finish
