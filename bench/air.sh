#!/bin/sh
# On-air benchmark (issue 10): how close to their time items start, and
# what the daemon costs while idle and while playing.
#
#   1. A simulated-clock run: 200 items (50 slots of 4, every 15 minutes
#      on a Monday: a schedule holds at most 64 slots) played to null: on
#      a test clock at --speed 100000.
#   2. A real-time run (a test clock at speed 1) to alsa:null (ALSA's own
#      null device: paced like a sound card, no card needed) and null:,
#      30 s idle, then MINUTES minutes of one-minute slots of back-to-back
#      items (2 by default, 10 with --full).
#
# Start error is what LOA_TRACE prints for every item: the daemon clock's
# time when its first block goes out minus when it was due (its slot
# time, or the end of the item before it in its slot); median and 99th
# percentile in ms.  The real-time run is the daemon program itself,
# loa-air (what the systemd unit starts; 'loa air' execs it), or
# LOA_AIR_CMD (e.g. "./loa air" for a build before loa-air).  Peak RSS
# (VmHWM) counts the shared library pages the process touched, so its
# own memory (RssAnon) and its proportional share of the shared pages
# (Pss, from smaps_rollup) are printed beside it.
# Under the fast test clock the clock moves only while the daemon waits,
# so its error is the scheduling logic's alone (the machine's load does
# not reach it); the real-time run says how the daemon keeps time.  CPU share is user + system time of
# the daemon over wall time in each phase (from /proc); peak RSS is
# VmHWM after each phase.
#
# Usage: bench/air.sh [--full]
set -eu
cd "$(dirname "$0")/.."
LOA=${LOA:-$PWD/loa}
LOA_AIR_CMD=${LOA_AIR_CMD:-$(dirname "$LOA")/loa-air}
minutes=2
[ "${1:-}" = --full ] && minutes=10
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
R=$T/root
mkdir -p "$R/scripts" "$R/schedules/communes" "$R/out"
export LOA_DB="$R/loa.db" LOA_SPOOL="$R/spool"
printf 'id: a\ntitle: Tin a\ntopic: other\nvoice:\n  rate: 175\nparts:\n  - say: Bản tin thử.\n' >"$R/scripts/a.yaml"
printf 'id: tm\nkind: xã\nname: xã Tiên Minh\ncity: thành phố Hải Phòng\noffice: UBND xã Tiên Minh\npolice_phone: "0225 3999 101"\nhotline: "113"\n' \
	>"$R/schedules/communes/tm.yaml"
{
	echo "commune: tm"
	echo "slots:"
	awk 'BEGIN { for (k = 0; k < 50; k++) { m = 360 + 15 * k
		printf "  - id: s%03d\n    days: [mon]\n    start: \"%02d:%02d\"\n    length: 5m\n    play: [a, a, a, a]\n", k, m / 60, m % 60 } }'
	awk -v n="$minutes" 'BEGIN { for (k = 0; k < n; k++) { m = 360 + k
		printf "  - id: r%03d\n    days: [tue]\n    start: \"%02d:%02d\"\n    length: 1m\n    play: [a, a, a, a, a, a, a]\n", k, m / 60, m % 60 } }'
} >"$R/schedules/tm.yaml"
"$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by bench -q >/dev/null
"$LOA" build --root "$R" "$R/schedules/tm.yaml" --week 2026-W49 -o "$R/out/week" -q
air() { "$LOA" air "$R/schedules/tm.yaml" --root "$R" --weeks "$R/out/week" -q "$@"; }

# stats FILE: "N items, median X ms, p99 Y ms" of the trace's errors.
stats() {
	sed -n 's/^loa: trace: start error \(-*[0-9]*\) ms$/\1/p' "$1" | sort -n |
		awk '{ v[NR] = $1 } END { if (!NR) { print "no items"; exit }
			p = int(0.99 * NR + 0.999); if (p > NR) p = NR
			printf "%d items, median %d ms, p99 %d ms, max %d ms\n", NR,
				v[int((NR + 1) / 2)], v[p], v[NR] }'
}

echo "== simulated clock (--speed 100000), 200 items"
start=$(date +%s.%N)
LOA_TRACE=1 air -o null: --clock 2026-11-30T05:59 --speed 100000 --until 2026-11-30T23:00 2>"$T/sim.trace"
echo "start error: $(stats "$T/sim.trace") (wall $(echo "$(date +%s.%N) - $start" | bc) s)"
echo "as-run: $(sqlite3 "$R/loa.db" "SELECT count(*) FROM asrun WHERE event = 'start'") items started"

echo "== real time, 30 s idle then $minutes min of back-to-back items, to alsa:null and null:"
tck=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hwm() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status"; }
anon() { sed -n 's/^RssAnon:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status"; }
pss() { sed -n 's/^Pss:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/smaps_rollup"; }
end=$(awk -v n="$minutes" 'BEGIN { printf "2026-12-01T%02d:%02d:00", (360 + n) / 60, (360 + n) % 60 }')
LOA_TRACE=1 $LOA_AIR_CMD "$R/schedules/tm.yaml" --root "$R" --weeks "$R/out/week" -q \
	-o alsa:null -o null: --clock 2026-12-01T05:59:30 --until "$end" 2>"$T/rt.trace" &
pid=$!
sleep 3
c0=$(cpu $pid)
sleep 25
c1=$(cpu $pid)
idle_rss=$(hwm $pid) idle_anon=$(anon $pid) idle_pss=$(pss $pid)
sleep 4 # 06:00:02: the first slot plays
c2=$(cpu $pid)
sleep $((minutes * 60 - 6))
c3=$(cpu $pid)
play_rss=$(hwm $pid) play_anon=$(anon $pid) play_pss=$(pss $pid)
wait $pid
echo "start error: $(stats "$T/rt.trace")"
awk -v a="$c0" -v b="$c1" -v c="$c2" -v d="$c3" -v t="$tck" -v p="$((minutes * 60 - 6))" \
	-v ri="$idle_rss" -v rp="$play_rss" -v ai="$idle_anon" -v ap="$play_anon" \
	-v pi="$idle_pss" -v pp="$play_pss" 'BEGIN {
	printf "idle:    CPU %.2f%% of one core, peak RSS %.1f MB (RssAnon %.1f MB its own, Pss %.1f MB)\n", 100 * (b - a) / t / 25, ri / 1024, ai / 1024, pi / 1024
	printf "playing: CPU %.2f%% of one core, peak RSS %.1f MB (RssAnon %.1f MB, Pss %.1f MB)\n", 100 * (d - c) / t / p, rp / 1024, ap / 1024, pp / 1024 }'
echo "as-run: $(sqlite3 "$R/loa.db" "SELECT count(*) FROM asrun WHERE event = 'start' AND scheduled LIKE '2026-12-01%'") items started, $(sqlite3 "$R/loa.db" "SELECT count(*) FROM asrun WHERE event = 'end' AND outcome != 'aired'") not aired"
