#!/bin/sh
# The On air page and the Bulletin form (tests/web/air.py) over a real
# server and a throwaway station: the refusals (no CSRF token, an
# editor, an unlisted phone number), hearing a draft, a priority and a
# confirmed emergency bulletin sent to a running 'loa air' on a test
# clock, aired, and in the as-run log with the operator as approver.
. tests/e2e/lib.sh
. tests/e2e/web-air-station.inc
expect_exit 0 "loa status: the daemon is not running" "$LOA" status --root "$R"
grep -q "^daemon: not running" "$TMP/out" && ok "and says so" || not_ok "status: $(cat "$TMP/out")"

/usr/bin/python3 tests/web/air.py "$LOA" "$R" "$TMP" >"$TMP/air" 2>&1
cat "$TMP/air"
grep -q '^ok - the end' "$TMP/air" || not_ok "air.py ran to its end"
finish
