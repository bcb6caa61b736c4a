#!/bin/sh
# The On air page and the Bulletin form (tests/web/air.py) over a real
# server and a throwaway station: the refusals (no CSRF token, an
# editor, an unlisted phone number), hearing a draft, a priority and a
# confirmed emergency bulletin sent to a running 'loa air' on a test
# clock, aired, and in the as-run log with the operator as approver.
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
cat >"$R/schedules/tm.yaml" <<'EOF2'
commune: tm
zones:
  thon-1: Thôn Một
  cho: Cụm loa chợ
slots:
  - id: sang
    days: [mon, tue, wed, thu, fri, sat, sun]
    start: "06:00"
    length: 5m
    play: [a]
  - id: cho
    days: [mon, tue, wed, thu, fri, sat, sun]
    start: "07:00"
    length: 5m
    zones: [cho]
    play: [b]
EOF2
check "the station's week is built" station_build 2026-W49
expect_exit 0 "a first daemon run sets the spool up" air -o null: --clock 2026-11-30T05:00 --speed 1000 --until 2026-11-30T05:00:05
printf 'mat-khau-op1\n' | "$LOA" user add op --role operator --root "$R" >/dev/null &&
	printf 'mat-khau-ed1\n' | "$LOA" user add ed --role editor --root "$R" >/dev/null &&
	ok "an operator and an editor" || not_ok "users"
expect_exit 0 "loa status: the daemon is not running" "$LOA" status --root "$R"
grep -q "^daemon: not running" "$TMP/out" && ok "and says so" || not_ok "status: $(cat "$TMP/out")"

/usr/bin/python3 tests/web/air.py "$LOA" "$R" "$TMP" >"$TMP/air" 2>&1
cat "$TMP/air"
grep -q '^ok - the end' "$TMP/air" || not_ok "air.py ran to its end"
finish
