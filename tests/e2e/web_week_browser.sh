#!/bin/sh
# The Week and the Log and reports pages in a real browser
# (tests/web/browser_week.py).  Slow (about a minute): only in
# 'make check' (LOA_SLOW=1).  Screenshots: $LOA_BUILD/web-screenshots/week-*.png.
. tests/e2e/lib.sh
. tests/e2e/browser.inc
: "${LOA_BUILD:=$ROOT/build}"

browser_run 'week-*.png' week-2-wide.png browser_week.py "$LOA" "$ROOT" \
	"$LOA_BUILD/tools"
finish
