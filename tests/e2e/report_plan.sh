# loa report --schedule: "planned" is the plan 'loa plan' prints, not the
# as-run rows.  A station airs the first week of a fortnight (loa air on a
# test clock) and is off the second: the report's planned equals the
# lines of 'loa plan --format csv', its missed the logged misses plus the
# broadcasts with no as-run row, which have their own column (not
# logged).  Without a schedule the report counts from the rows and says so.
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
PERIOD_FROM=2026-11-02 PERIOD_TO=2026-11-15
. tests/e2e/asrun-counts.inc
station_schedule '[mon, tue, wed, thu, fri, sat]' >"$R/schedules/tm.yaml" <<'EOF2'
  - id: chieu
    days: [mon, wed, fri]
    start: "17:00"
    length: 5m
    play:
      - rotate: [a, b]
EOF2
check "the first week built" station_build 2026-W45
# Monday's 06:00 items are missed (the station starts at 06:10); the rest
# of the week airs; the second week the station never runs.
expect_exit 0 "the first week aired" air -o null: --clock 2026-11-02T06:10 --speed 100000 --until 2026-11-08T23:00
db=$R/loa.db
plan_lines() {
	echo $(($("$LOA" plan --root "$R" "$R/schedules/tm.yaml" --from "$1" --to "$2" --format csv | wc -l) - 1))
}
planned=$(plan_lines $PERIOD_FROM $PERIOD_TO)
week2=$(plan_lines 2026-11-09 $PERIOD_TO)
logged=$(count "$db" "scheduled IS NOT NULL AND retry_of IS NULL")
missed_rows=$(count "$db" "oc = 'missed'")
[ "$week2" -gt 0 ] && [ "$missed_rows" -gt 0 ] && [ "$logged" -gt 0 ] &&
	[ "$(count "$db" "scheduled >= '2026-11-09'")" = 0 ] &&
	ok "the fortnight has aired and missed items, and nothing logged the second week" ||
	not_ok "week 2 planned $week2, missed rows $missed_rows, logged $logged"

expect_exit 0 "the fortnight reported from the plan" "$LOA" report --root "$R" \
	--schedule "$R/schedules/tm.yaml" --from $PERIOD_FROM --to $PERIOD_TO \
	--clock 2026-12-01T00:00:00 -o "$TMP/p.csv"
row=$(sed -n 2p "$TMP/p.csv")
field() { echo "$row" | cut -d, -f"$1"; }
[ "$(field 6)" = "$planned" ] && ok "planned = the lines of loa plan ($planned)" ||
	not_ok "planned $(field 6), loa plan $planned"
not_logged=$((planned - logged))
[ "$(field 16)" = "$not_logged" ] && [ "$not_logged" -ge "$week2" ] &&
	ok "not logged = planned - logged rows ($not_logged, the second week's $week2 among them)" ||
	not_ok "not logged $(field 16), want $not_logged"
[ "$(field 10)" = $((missed_rows + not_logged)) ] && ok "missed = logged misses + not logged ($(field 10))" ||
	not_ok "missed $(field 10), want $missed_rows + $not_logged"
[ "$(field 7)" = "$(count "$db" "oc = 'aired'")" ] && ok "aired still from the rows" || not_ok "aired $(field 7)"
sum=0
for f in 7 8 9 10 11 12 13; do sum=$((sum + $(field $f))); done
[ "$sum" = "$((planned))" ] && ok "each planned item has one outcome ($sum)" || not_ok "outcomes sum to $sum, planned $planned"
w2=$(awk -F, '$1 == "thôn" { n += $16 } END { print n + 0 }' "$TMP/p.csv")
[ "$w2" = "$not_logged" ] && ok "the zone rows carry the not-logged items" || not_ok "zones: $w2"
grep -q "theo lịch phát sóng: $planned chương trình" "$TMP/out" && ok "the notes say planned came from the plan" ||
	not_ok "notes: $(cat "$TMP/out")"

expect_exit 0 "the same as a page" "$LOA" report --root "$R" --schedule "$R/schedules/tm.yaml" \
	--from $PERIOD_FROM --to $PERIOD_TO --clock 2026-12-01T00:00:00 -o "$TMP/p.html"
grep -q 'Bỏ lỡ: không có nhật ký' "$TMP/p.html" && grep -q "theo lịch phát sóng: $planned" "$TMP/p.html" &&
	ok "the page has the column and the note" || not_ok "page without the note"

# Before the report's time only: the second week is not due yet.
expect_exit 0 "reported during the second week" "$LOA" report --root "$R" --schedule "$R/schedules/tm.yaml" \
	--from $PERIOD_FROM --to $PERIOD_TO --clock 2026-11-09T00:00:00 -o "$TMP/mid.csv"
[ "$(sed -n 2p "$TMP/mid.csv" | cut -d, -f6)" = $((planned - week2)) ] &&
	grep -q "$week2 chương trình của lịch sau lúc lập báo cáo" "$TMP/out" &&
	ok "broadcasts after the report's time are not counted, and the note says so" ||
	not_ok "mid: $(sed -n 2p "$TMP/mid.csv") / $(cat "$TMP/out")"

expect_exit 0 "without a schedule" "$LOA" report --root "$R" --from $PERIOD_FROM --to $PERIOD_TO -o "$TMP/n.csv"
total=$(sed -n 2p "$TMP/n.csv" | cut -d, -f6-16)
[ "$total" = "$(expected "$db")" ] && ok "counts from the rows as before ($total)" || not_ok "$total"
grep -q 'Không có lịch phát sóng' "$TMP/out" && ok "and the note says so" || not_ok "no note: $(cat "$TMP/out")"

printf 'commune: tm\nslots: 3\n' >"$TMP/bad.yaml"
expect_exit 1 "a bad schedule refuses the report" "$LOA" report --root "$R" --schedule "$TMP/bad.yaml" \
	--from $PERIOD_FROM --to $PERIOD_TO -o "$TMP/bad.csv"
stderr_matches 'bad\.yaml:2:' "at its place"
[ -e "$TMP/bad.csv" ] && not_ok "a report was written" || ok "nothing written"
# CSV injection: a script title that a spreadsheet would run as a formula
# is text in the plan's CSV (a leading '); times and numbers stay as they are.
{ printf "id: inj\ntitle: '=HYPERLINK(\"http://x\",\"y\")'\n"; sed 1,2d "$R/scripts/a.yaml"; } >"$R/scripts/inj.yaml"
sed 's/play: \[a, b\]/play: [inj]/' "$R/schedules/tm.yaml" >"$R/schedules/inj.yaml"
"$LOA" plan --root "$R" "$R/schedules/inj.yaml" --week 2026-W45 --format csv >"$TMP/inj.csv" 2>"$TMP/err"
check "the title is a text cell, start and duration numbers" /usr/bin/python3 - "$TMP/inj.csv" <<'EOF2'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
titles = [r["title"] for r in rows if r["script"] == "inj"]
assert titles and all(t == "'=HYPERLINK(\"http://x\",\"y\")" for t in titles), titles
assert all(r["duration_s"].isdigit() and r["start"][0].isdigit() for r in rows), rows[0]
EOF2
finish
