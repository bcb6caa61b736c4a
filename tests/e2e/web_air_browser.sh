#!/bin/sh
# The On air page in a real browser (tests/web/browser_air.py): log in
# as operator, type a bulletin, hear it, send it as an emergency to a
# running 'loa air', see it aired.  Slow (chromium, about half a minute):
# only in 'make check' (LOA_SLOW=1).  Screenshots:
# $LOA_BUILD/web-screenshots/air-*.png.
. tests/e2e/lib.sh
. tests/e2e/browser.inc
. tests/e2e/web-air-station.inc

browser_run 'air-*.png' air-4-aired.png browser_air.py "$LOA" "$R" "$TMP"
grep -q '^ok - the end' "$TMP/b" || not_ok "browser_air.py ran to its end"
finish
