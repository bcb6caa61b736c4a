#!/bin/sh
# Priority bulletins cut by emergencies, on one real daemon writing a real
# file.  An emergency handed over while a priority bulletin is on air cuts
# it and airs, and the daemon goes on: reading the new request grows the
# queue that the priority bulletin lives in (it used to be freed under it,
# and the daemon died).  The cut bulletin then airs again once, from its
# start, a row of its own naming the cut one (retry_of); cut again, it is
# not aired a third time; withdrawn (its approval revoked) before its
# re-air, it is not re-aired, and the event log says why.  The report
# counts each bulletin once.
. tests/e2e/lib.sh
. tests/e2e/web-air-station.inc
. tests/e2e/asrun-counts.inc
. tests/e2e/air-bulletin.inc
tone "$TMP/p1.wav" 60 500
tone "$TMP/p2.wav" 60 550
tone "$TMP/p3.wav" 60 600
for e in 1 2 3; do tone "$TMP/e$e.wav" 2 $((700 + e)); done
tone "$TMP/e4.wav" 120 800

# Speed 5: a 60 s bulletin airs for 12 s, time to hand an emergency over
# while it airs under the sanitizers on a busy machine; at speed 20 (3 s)
# it had aired whole before the emergency came, or the handing over ate
# the clock up to --until before e4 ended.
air -o "file:$TMP/air.wav" --clock 2026-12-01T05:59 --speed 5 --until 2026-12-01T06:06 >"$TMP/air.out" 2>"$TMP/air.err" &
pid=$!
# 1. Cut once: aired again whole.
expect_exit 0 "a priority bulletin handed over" bulletin p1 priority
until_q "$(started p1.wav)" 1
expect_exit 0 "an emergency handed over while it airs" bulletin e1 emergency
until_q "$(started p1.wav re)" 1
# 2. Cut, and its re-air cut too.
expect_exit 0 "a second priority bulletin" bulletin p2 priority
until_q "$(started p2.wav)" 1
expect_exit 0 "an emergency cuts it" bulletin e2 emergency
until_q "$(started p2.wav re)" 1
expect_exit 0 "another emergency cuts its re-air" bulletin e3 emergency
until_q "SELECT count(*) FROM asrun WHERE event = 'start' AND file = 'e3.wav'" 1
# 3. Cut, and withdrawn while the emergency airs.
expect_exit 0 "a third priority bulletin" bulletin p3 priority
until_q "$(started p3.wav)" 1
expect_exit 0 "a long emergency cuts it" bulletin e4 emergency
until_q "SELECT count(*) FROM asrun WHERE event = 'start' AND file = 'e4.wav'" 1
p3=$(qw "SELECT approval FROM asrun WHERE file = 'p3.wav'")
expect_exit 0 "its approval withdrawn while the emergency airs" "$LOA" revoke "$p3" --by "Lê C" --reason "sai nội dung" --root "$R"
wait $pid
rc=$?
[ $rc -eq 0 ] && ok "the daemon ran to the end of its clock" || { not_ok "the daemon ended with $rc"; sed 's/^/#   /' "$TMP/air.err"; }

# Bulletins in the order they went out (the 06:00 items fall between).
q "SELECT s.file || ' ' || s.tier || ' ' || coalesce(e.outcome, s.outcome) || ' ' ||
   coalesce((SELECT c.file FROM asrun c WHERE c.id = s.retry_of), '-')
   FROM asrun s LEFT JOIN asrun e ON e.item = s.id
   WHERE s.event IN ('start', 'once') AND s.tier != 'normal' ORDER BY s.id" >"$TMP/got"
cat >"$TMP/want" <<'EOF'
p1.wav priority pre-empted -
e1.wav emergency aired -
p1.wav priority re-aired p1.wav
p2.wav priority pre-empted -
e2.wav emergency aired -
p2.wav priority pre-empted p2.wav
e3.wav emergency aired -
p3.wav priority pre-empted -
e4.wav emergency aired -
EOF
cmp -s "$TMP/got" "$TMP/want" && ok "cut, the emergency, then the cut bulletin again once; not a third time; not when withdrawn" ||
	{ not_ok "as-run rows"; diff "$TMP/want" "$TMP/got" | sed 's/^/#   /'; }
# The re-air is its own item: after the emergency ended, from the start,
# with the cut airing's file, hash and approval.
[ "$(q "SELECT count(*) FROM asrun r JOIN asrun c ON c.id = r.retry_of
	JOIN asrun ce ON ce.item = c.id AND ce.event = 'end'
	JOIN asrun e ON e.file = 'e1.wav' AND e.event = 'start'
	JOIN asrun ee ON ee.item = e.id AND ee.event = 'end'
	WHERE r.file = 'p1.wav' AND r.event = 'start' AND r.sha256 = c.sha256
	AND r.approval = c.approval AND r.started >= ee.ended AND ee.ended >= ce.ended
	AND r.length_ms = 60000")" = 1 ] &&
	ok "the re-air names the cut airing and starts when the emergency has ended" ||
	not_ok "re-air row: $(q "SELECT id, started, retry_of, approval FROM asrun WHERE file = 'p1.wav'")"
[ "$(q "SELECT count(*) FROM asrun s JOIN asrun e ON e.item = s.id WHERE s.file = 'p1.wav' AND s.retry_of IS NOT NULL AND e.outcome = 're-aired' AND e.ended IS NOT NULL")" = 1 ] &&
	ok "the re-air ended re-aired" || not_ok "no re-aired end row"
# The event log says why each was or was not aired again.
for want in "p1.wav|cut by an emergency, airs again from its start" \
	"p2.wav|cut by an emergency, airs again from its start" \
	"p2.wav|not aired again: it was already aired again once" \
	"p3.wav|not aired again: its approval is no longer in force"; do
	f=${want%%|*} m=${want#*|}
	[ "$(q "SELECT count(*) FROM air_events v JOIN asrun s ON s.id = v.item
		WHERE s.file = '$f' AND v.kind = 'bulletin' AND v.message LIKE 'priority bulletin by Lê C, %$m'
		AND v.msgid IS NOT NULL")" = 1 ] && ok "event: $f $m" ||
		not_ok "event for $f: $(q "SELECT message FROM air_events WHERE kind = 'bulletin'")"
done
# The output file holds what aired: every item aired or re-aired whole,
# the 60 s re-air among them.
secs=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$TMP/air.wav")
whole=$(q "SELECT sum(s.length_ms) FROM asrun s JOIN asrun e ON e.item = s.id WHERE e.outcome IN ('aired', 're-aired')")
awk -v s="$secs" -v w="$whole" 'BEGIN { exit !(s * 1000 >= w && w >= 60000 + 4 * 2000) }' &&
	ok "the output file holds every item aired whole (${secs} s >= $whole ms)" || not_ok "output ${secs} s, aired whole $whole ms"
# The report counts each bulletin once, its cut and re-air as such.
expect_exit 0 "the month reported" "$LOA" report --root "$R" --month 2026-12 -o "$TMP/r.csv"
total=$(sed -n '2p' "$TMP/r.csv" | cut -d, -f6-16)
want=$(expected "$R/loa.db")
[ "$total" = "$want" ] && ok "every total matches the as-run rows ($want)" || not_ok "report $total, sqlite3 $want"
[ "$(echo "$total" | cut -d, -f3,4,9,10)" = "1,4,4,3" ] &&
	ok "re-aired 1, pre-empted 4, emergency 4, priority 3: a bulletin aired again counts once" ||
	not_ok "report counts $total"
finish
