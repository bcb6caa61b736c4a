#!/bin/sh
# M4A clips in the Week's estimates inside loa-serve (tests/web/week_m4a.py):
# clips made by ffmpeg, the item's length checked against ffprobe.
. tests/e2e/lib.sh

/usr/bin/python3 tests/web/week_m4a.py "$LOA" "$ROOT" >"$TMP/m" 2>&1
rc=$?
cat "$TMP/m"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/m" || not_ok "week_m4a.py ended with $rc"
grep -q '^ok - the server stopped cleanly' "$TMP/m" || not_ok "week_m4a.py ran to its end"
finish
