#!/bin/sh
# The On air page in a real browser (tests/web/browser_air.py): log in
# as operator, type a bulletin, hear it, send it as an emergency to a
# running 'loa air', see it aired.  Slow (chromium, about half a minute):
# only in 'make check' (LOA_SLOW=1).  Screenshots:
# $LOA_BUILD/web-screenshots/air-*.png.
. tests/e2e/lib.sh

if [ -z "${LOA_SLOW:-}" ]; then
	echo "# skipped: browser tests run in 'make check' only"
	finish
fi
. tests/e2e/web-air-station.inc
shots="${LOA_BUILD:-$ROOT/build}/web-screenshots"
mkdir -p "$shots"
rm -f "$shots"/air-*.png
/usr/bin/python3 tests/web/browser_air.py "$LOA" "$R" "$TMP" "$shots" >"$TMP/b" 2>&1
rc=$?
cat "$TMP/b"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/b" || not_ok "browser_air.py ended with $rc"
grep -q '^ok - the end' "$TMP/b" || not_ok "browser_air.py ran to its end"
[ -s "$shots/air-4-aired.png" ] && ok "screenshots in $shots" || not_ok "screenshots in $shots"
finish
