#!/bin/sh
# The Week and the Log and reports pages in a real browser
# (tests/web/browser_week.py).  Slow (about a minute): only in
# 'make check' (LOA_SLOW=1).  Screenshots: $LOA_BUILD/web-screenshots/week-*.png.
. tests/e2e/lib.sh
: "${LOA_BUILD:=$ROOT/build}"

if [ -z "${LOA_SLOW:-}" ]; then
	echo "# skipped: browser tests run in 'make check' only"
	finish
fi
shots="$LOA_BUILD/web-screenshots"
rm -f "$shots"/week-*.png
/usr/bin/python3 tests/web/browser_week.py "$LOA" "$ROOT" "$LOA_BUILD/tools" "$shots" >"$TMP/b" 2>&1
rc=$?
cat "$TMP/b"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/b" || not_ok "browser_week.py ended with $rc"
[ -s "$shots/week-2-wide.png" ] && ok "screenshots in $shots" ||
	not_ok "screenshots in $shots"
finish
