# loa air on a fast test clock: a week with two emergencies and one
# priority bulletin gives exactly the expected as-run rows; midnight, an
# empty day (Sunday) and the week boundary are ordinary; loa log and loa
# status read the log back.
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
station_schedule '[mon, tue, wed, thu, fri, sat]' >"$R/schedules/tm.yaml" <<'EOF2'
  - id: chieu
    days: [mon, wed]
    start: "17:00"
    length: 1m
    play: [a]
  - id: dem
    days: [sat]
    start: "23:59"
    length: 1m
    play: [a, b, a, b, a, b]
EOF2
check "two weeks built" station_build 2026-W49 2026-W50
tone "$TMP/e1.wav" 3 660
tone "$TMP/e2.wav" 70 440
tone "$TMP/p1.wav" 2 550
tone "$TMP/p2.wav" 10 500

# A first short run sets the spool up (bulletins need a station).
expect_exit 0 "a first run before the week" air -o null: --clock 2026-11-30T05:00 --speed 1000 --until 2026-11-30T05:00:05
[ "$(stat -c %a "$R/spool")" = 700 ] && ok "the spool is private (0700)" || not_ok "spool mode $(stat -c %a "$R/spool")"
expect_exit 0 "emergency 1 handed over" "$LOA" bulletin "$TMP/e1.wav" --priority emergency --by "Trần Thị B" --at 2026-12-01T06:00:03 --root "$R"
expect_exit 0 "emergency 2 handed over" "$LOA" bulletin "$TMP/e2.wav" --priority emergency --by "Trần Thị B" --at 2026-12-02T17:00:03 --root "$R"
expect_exit 0 "priority bulletin handed over" "$LOA" bulletin "$TMP/p1.wav" --priority priority --by "Lê C" --at 2026-12-03T06:00:02 --root "$R"
# One more, late on Saturday: it airs after the item playing then, and
# ends after midnight.
expect_exit 0 "a priority bulletin before midnight" "$LOA" bulletin "$TMP/p2.wav" --priority priority --by "Lê C" --at 2026-12-05T23:59:45 --root "$R"
[ "$(q "SELECT count(*) FROM approvals WHERE script_id LIKE 'bulletin-%'")" = 4 ] &&
	ok "each bulletin approved in its submitter's name" || not_ok "bulletin approvals"

# The week, started at 06:10 on Monday (its 06:00 items are past the
# grace time), to Monday 07:00 of the next week.
expect_exit 0 "a week on the test clock" air -o null: --clock 2026-11-30T06:10 --speed 100000 --until 2026-12-07T07:00
cat >"$TMP/want" <<'EOF2'
2026-11-30T06:00:00+07:00 sang 2026-11-30_0600_sang_1_a.mp3 normal missed 0
2026-11-30T06:00:08+07:00 sang 2026-11-30_0600_sang_2_b.mp3 normal missed 0
2026-11-30T17:00:00+07:00 chieu 2026-11-30_1700_chieu_1_a.mp3 normal aired 0
2026-12-01T06:00:00+07:00 sang 2026-12-01_0600_sang_1_a.mp3 normal pre-empted 0
- - e1.wav emergency aired 0
2026-12-01T06:00:00+07:00 sang 2026-12-01_0600_sang_1_a.mp3 normal re-aired 1
2026-12-01T06:00:08+07:00 sang 2026-12-01_0600_sang_2_b.mp3 normal aired 0
2026-12-02T06:00:00+07:00 sang 2026-12-02_0600_sang_1_a.mp3 normal aired 0
2026-12-02T06:00:08+07:00 sang 2026-12-02_0600_sang_2_b.mp3 normal aired 0
2026-12-02T17:00:00+07:00 chieu 2026-12-02_1700_chieu_1_a.mp3 normal pre-empted 0
- - e2.wav emergency aired 0
2026-12-03T06:00:00+07:00 sang 2026-12-03_0600_sang_1_a.mp3 normal aired 0
- - p1.wav priority aired 0
2026-12-03T06:00:08+07:00 sang 2026-12-03_0600_sang_2_b.mp3 normal aired 0
2026-12-04T06:00:00+07:00 sang 2026-12-04_0600_sang_1_a.mp3 normal aired 0
2026-12-04T06:00:08+07:00 sang 2026-12-04_0600_sang_2_b.mp3 normal aired 0
2026-12-05T06:00:00+07:00 sang 2026-12-05_0600_sang_1_a.mp3 normal aired 0
2026-12-05T06:00:08+07:00 sang 2026-12-05_0600_sang_2_b.mp3 normal aired 0
2026-12-05T23:59:00+07:00 dem 2026-12-05_2359_dem_1_a.mp3 normal aired 0
2026-12-05T23:59:08+07:00 dem 2026-12-05_2359_dem_2_b.mp3 normal aired 0
2026-12-05T23:59:17+07:00 dem 2026-12-05_2359_dem_3_a.mp3 normal aired 0
2026-12-05T23:59:26+07:00 dem 2026-12-05_2359_dem_4_b.mp3 normal aired 0
2026-12-05T23:59:34+07:00 dem 2026-12-05_2359_dem_5_a.mp3 normal aired 0
2026-12-05T23:59:43+07:00 dem 2026-12-05_2359_dem_6_b.mp3 normal aired 0
- - p2.wav priority aired 0
2026-12-07T06:00:00+07:00 sang 2026-12-07_0600_sang_1_a.mp3 normal aired 0
2026-12-07T06:00:08+07:00 sang 2026-12-07_0600_sang_2_b.mp3 normal aired 0
EOF2
# One line per item with its outcome as of now (the end row's).
q "SELECT coalesce(s.scheduled, '-'), coalesce(s.slot, '-'), s.file, s.tier,
	coalesce(e.outcome, s.outcome), s.retry_of IS NOT NULL
   FROM asrun s LEFT JOIN asrun e ON e.item = s.id
   WHERE s.event IN ('start', 'once') ORDER BY s.id" >"$TMP/got"
if cmp -s "$TMP/want" "$TMP/got"; then ok "exactly the expected as-run rows"; else
	not_ok "as-run rows"; diff "$TMP/want" "$TMP/got" | sed 's/^/#   /'; fi
[ "$(q "SELECT count(*) FROM asrun WHERE simulated = 0 AND event != 'end'")" = 0 ] &&
	ok "every row is marked as a test clock's" || not_ok "simulated flag"
[ "$(q "SELECT count(*) FROM asrun s WHERE event = 'start' AND NOT EXISTS
	(SELECT 1 FROM asrun e WHERE e.item = s.id)")" = 0 ] && ok "no item left open" || not_ok "open items"
# The emergency starts within the fade (0.5 s) of its time.
[ "$(q "SELECT started FROM asrun WHERE file = 'e1.wav' AND event = 'start'")" = "2026-12-01T06:00:03.500+07:00" ] &&
	ok "the emergency airs after a 0.5 s fade" || not_ok "emergency start $(q "SELECT started FROM asrun WHERE file = 'e1.wav'")"
# The item cut at 17:00 has no room left in its 1-minute slot after 70 s.
[ "$(q "SELECT count(*) FROM asrun WHERE file = '2026-12-02_1700_chieu_1_a.mp3' AND event = 'start'")" = 1 ] &&
	ok "no re-airing without room in the slot" || not_ok "re-aired without room"
mid=$(q "SELECT s.started || ' ' || e.ended FROM asrun s JOIN asrun e ON e.item = s.id WHERE s.file = 'p2.wav'")
case $mid in
"2026-12-05T23:59:51."*" 2026-12-06T00:00:01."*) ok "a bulletin that crosses midnight ends on the next day" ;;
*) not_ok "midnight: $mid" ;;
esac
[ "$(q "SELECT count(*) FROM asrun WHERE scheduled LIKE '2026-12-06%'")" = 0 ] &&
	ok "the empty Sunday passes quietly" || not_ok "Sunday"
[ "$(q "SELECT started FROM asrun WHERE file = '2026-12-07_0600_sang_1_a.mp3'")" = "2026-12-07T06:00:00.000+07:00" ] &&
	ok "the next week's first item starts on time" || not_ok "week boundary"
ls "$R/spool" | grep -q '\.req$' && not_ok "bulletins left in the spool" || ok "the spool is empty after the last airing"

expect_exit 0 "loa log --date" "$LOA" log --date 2026-12-01 --root "$R"
grep -q "pre-empted .*cut by an emergency bulletin" "$TMP/out" && grep -q "re-aired" "$TMP/out" &&
	grep -q "e1.wav" "$TMP/out" && grep -q "4 items" "$TMP/out" && ok "loa log shows the cut, the bulletin and the re-airing" ||
	{ not_ok "loa log"; sed 's/^/#   /' "$TMP/out"; }
expect_exit 0 "loa log --format csv" "$LOA" log --date 2026-12-02 --format csv --root "$R"
[ "$(wc -l <"$TMP/out")" = 5 ] && ok "csv: header and four items" || not_ok "csv lines $(wc -l <"$TMP/out")"
expect_exit 0 "loa status" "$LOA" status --root "$R"
grep -q "off air" "$TMP/out" && grep -q "daemon .*on air for tm" "$TMP/out" && grep -q "clock .*synchronised" "$TMP/out" &&
	ok "status: off air, the start and the clock check" || { not_ok "status"; sed 's/^/#   /' "$TMP/out"; }
# Off for more than a week: back on Tuesday of week 51 (not built), the
# rest of week 50 (18 items after Monday's 06:00 slot) is logged as
# missed, not forgotten.
expect_exit 0 "back after eight days off" air -o null: --clock 2026-12-15T06:30 --speed 100000 --until 2026-12-15T06:31
[ "$(q "SELECT count(*) FROM asrun WHERE outcome = 'missed' AND scheduled >= '2026-12-07T07' AND scheduled < '2026-12-14'")" = 18 ] &&
	ok "the week the station was off is logged as missed" ||
	not_ok "missed after the outage: $(q "SELECT count(*) FROM asrun WHERE outcome = 'missed' AND scheduled >= '2026-12-07T07'")"
[ "$(q "SELECT count(*) FROM air_events WHERE message LIKE 'the station logged nothing since 2026-12-07:%'")" = 1 ] &&
	ok "the outage is said in the event log" || not_ok "outage event"
# Killed between a bulletin's start row and the spool's update: the
# request still asks for the airing.  The daemon marks it with the row's
# start time first, so the next start finds the row and does not air it
# again.  (The state is rebuilt by hand: the window is microseconds.)
expect_exit 0 "a bulletin for 07:00" "$LOA" bulletin "$TMP/p1.wav" --priority priority --by "Lê C" --at 2026-12-15T07:00 --root "$R"
mkdir "$TMP/saved" && cp "$R"/spool/*.req "$R"/spool/*.wav "$TMP/saved/"
expect_exit 0 "it airs" air -o null: --clock 2026-12-15T06:59:58 --speed 100000 --until 2026-12-15T07:01
started=$(q "SELECT started FROM asrun WHERE event = 'start' AND started LIKE '2026-12-15T07:00%'")
# restore AIRING: the request and its audio as before the airing, marked.
restore() {
	cp "$TMP"/saved/* "$R/spool/" && echo "airing=$1" >>"$R/spool/$(cd "$TMP/saved" && ls *.req)"
}
restore "$started"
expect_exit 0 "restarted with the marked request" air -o null: --clock 2026-12-15T07:00:30 --speed 100000 --until 2026-12-15T07:01:30
[ "$(q "SELECT count(*) FROM asrun WHERE event = 'start' AND started LIKE '2026-12-15T07:0%'")" = 1 ] &&
	ok "the bulletin whose start row is logged does not air twice" || not_ok "aired twice: $(q "SELECT started FROM asrun WHERE started LIKE '2026-12-15%'")"
ls "$R/spool" | grep -q '\.req$' && not_ok "its request is left in the spool" || ok "its request is done with"
[ "$(q "SELECT count(*) FROM air_events WHERE message LIKE '%was airing when the daemon stopped: not aired again'")" = 1 ] &&
	ok "the event log says why" || not_ok "no event for the settled bulletin"
restore 2026-12-15T06:00:00.000+07:00
expect_exit 0 "a mark with no row in the log" air -o null: --clock 2026-12-15T07:02 --speed 100000 --until 2026-12-15T07:03
[ "$(q "SELECT count(*) FROM asrun WHERE event = 'start' AND started LIKE '2026-12-15T07:0%'")" = 2 ] &&
	ok "an airing never logged still airs" || not_ok "the unlogged airing did not air"
expect_exit 2 "--speed without a test clock" air -o null: --speed 10
expect_exit 2 "no output" air --clock 2026-11-30T05:00
finish
