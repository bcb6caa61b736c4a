# kill -9 at random moments, and while an item plays, then a restart
# from where the log ends: every planned item is in the log exactly once
# (aired or interrupted), none is lost, none left open, and an
# interrupted slot goes on with its next item.  Slow (about 2 minutes of
# real time): run by 'make check' only.
. tests/e2e/lib.sh
[ "${LOA_SLOW:-}" = 1 ] || { echo "# slow: run by 'make check' only"; finish; }
. tests/e2e/air-station.inc
{
	echo "commune: tm"
	echo "slots:"
	for m in 00 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19; do
		printf '  - id: s%s\n    days: [mon]\n    start: "06:%s"\n    length: 1m\n    play: [a, b]\n' "$m" "$m"
	done
} >"$R/schedules/tm.yaml"
check "a morning of 40 items built" station_build 2026-W49
until=2026-11-30T06:21
start=2026-11-30T05:59:50
open_items() { q "SELECT count(*) FROM asrun s WHERE event = 'start' AND id > ${1:-0} AND NOT EXISTS (SELECT 1 FROM asrun e WHERE e.item = s.id)"; }
kills=0
for i in 1 2 3 4 5 6 7 8 9 10; do
	# An item the last kill left open is not this run's.
	seen=$(q "SELECT coalesce(max(id), 0) FROM asrun")
	# Not through the air function: $! must be the daemon itself.
	"$LOA" air "$R/schedules/tm.yaml" --root "$R" --weeks "$W" -q -o null: \
		--clock "$start" --speed 20 --until "$until" >/dev/null 2>&1 &
	pid=$!
	if [ $((i % 2)) = 0 ]; then
		# While an item plays (its start row committed); up to 2 minutes
		# while it runs (10 s was short under the sanitizers, busy).
		n=0
		while [ "$(open_items "$seen" 2>/dev/null)" != 1 ] && kill -0 "$pid" 2>/dev/null &&
			[ $n -lt 2400 ]; do
			sleep 0.05; n=$((n + 1))
		done
	else
		sleep "$(awk -v s="$(od -An -N2 -tu2 /dev/urandom)" 'BEGIN { printf "%.2f", 0.3 + (s % 270) / 100 }')"
	fi
	kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	last=$(q "SELECT max(coalesce(ended, started)) FROM asrun")
	[ -n "$last" ] && start=$last
done
[ "$kills" -ge 8 ] && ok "$kills kill -9 while it ran" || not_ok "only $kills kills landed"
expect_exit 0 "the last restart runs to the end" air -o null: --clock "$start" --speed 20 --until "$until"
[ "$(open_items)" = 0 ] && ok "no item left open" || not_ok "$(open_items) items open"
q "SELECT scheduled, file, count(*) FROM asrun WHERE event IN ('start', 'once') AND retry_of IS NULL
   GROUP BY scheduled, file HAVING count(*) != 1" >"$TMP/dups"
[ ! -s "$TMP/dups" ] && ok "no item logged twice" || { not_ok "duplicates"; sed 's/^/#   /' "$TMP/dups"; }
[ "$(q "SELECT count(DISTINCT scheduled || file) FROM asrun WHERE event IN ('start', 'once')")" = 40 ] &&
	ok "no item lost: all 40 in the log" || not_ok "items in the log: $(q "SELECT count(DISTINCT scheduled || file) FROM asrun")"
n_int=$(q "SELECT count(*) FROM asrun WHERE event = 'end' AND outcome = 'interrupted'")
[ "$n_int" -ge 5 ] && ok "$n_int items closed as interrupted" || not_ok "interrupted: $n_int"
[ "$(q "SELECT count(*) FROM asrun e WHERE event = 'end' AND outcome NOT IN ('aired', 'interrupted')")" = 0 ] &&
	[ "$(q "SELECT count(*) FROM asrun WHERE event = 'once'")" = 0 ] &&
	ok "every other item aired (none missed or failed)" || not_ok "outcomes: $(q "SELECT outcome, count(*) FROM asrun GROUP BY 1")"
# After an interrupted a, its slot goes on with b.
[ "$(q "SELECT count(*) FROM asrun s JOIN asrun e ON e.item = s.id
	WHERE e.outcome = 'interrupted' AND s.file LIKE '%_1_a.mp3' AND NOT EXISTS
	(SELECT 1 FROM asrun s2 JOIN asrun e2 ON e2.item = s2.id WHERE s2.slot = s.slot
	 AND s2.file LIKE '%_2_b.mp3' AND e2.outcome IN ('aired', 'interrupted'))")" = 0 ] &&
	ok "an interrupted slot continues with its next item" || not_ok "slot not continued"
[ "$(q "SELECT count(*) FROM air_events WHERE kind = 'daemon' AND message LIKE '%closed as interrupted%'")" -ge 5 ] &&
	ok "each recovery is in the event log" || not_ok "recovery events"
finish
