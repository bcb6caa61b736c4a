#!/bin/sh
# The web page in a real browser (tests/web/browser.py): log in, open a
# script, an error at its line, fixed, listen, approve, loa approvals.
# Slow (about a minute): only in 'make check' (LOA_SLOW=1).
# Screenshots: $LOA_BUILD/web-screenshots/*.png.
. tests/e2e/lib.sh
. tests/e2e/browser.inc

browser_run '[0-9]-*.png' 4-approve.png browser.py "$LOA" "$ROOT"
finish
