# Shared by the benchmarks (sourced, not run).  Every figure is the
# median of RUNS (default 3) runs, the pipelines alternating run by run,
# with CPU seconds (user + system of every process) beside wall seconds.
# The machine is shared: compare CPU seconds, not wall seconds.
TIME=/usr/bin/time
RUNS=${RUNS:-3}
[ -x "$TIME" ] || { echo "bench: needs /usr/bin/time (apt-get install time)"; exit 1; }
[ "$RUNS" -ge 3 ] 2>/dev/null || { echo "bench: RUNS must be 3 or more"; exit 1; }

# bench_out DIR: DIR made afresh, with a private copy of ./loa as $LOA
# (a 'make' elsewhere must not swap the binary mid-run).
bench_out() {
	OUT=$1
	[ -x ./loa ] || make -s
	rm -rf "$OUT" && mkdir -p "$OUT"
	cp ./loa "$OUT/loa-bin"
	LOA=$OUT/loa-bin
}

# spoken SCRIPT PROFILE OUT.txt: the text Loa synthesises for SCRIPT, one
# part a line, made before any clock starts.  The reminder Loa says only
# in renders over five minutes is kept only when the render is that long.
spoken() {
	"$LOA" render "$1" --commune "$2" --explain -o "$3.mp3" >"$3.raw" 2>/dev/null
	secs=$(sed -n 's/.*\.mp3: \([0-9.]*\) s,.*/\1/p' "$3.raw")
	awk -v long="$(awk -v s="$secs" 'BEGIN { print (s > 300) }')" '
		/\.mp3: [0-9.]* s, / { next }
		/^\(only in a render longer than five minutes\) / {
			if (!long) next
			sub(/^\(only in a render longer than five minutes\) /, "")
		}
		{ print }' "$3.raw" >"$3"
	rm -f "$3.raw" "$3.mp3"
}

# timed LOG COMMAND...: runs COMMAND (and its children) and appends
# "wall cpu rss_kb" to LOG.
timed() {
	log=$1
	shift
	t0=$(date +%s.%N)
	"$TIME" -f "%U %S %M" -o "$log.t" "$@" >/dev/null 2>"$log.err" ||
		{ echo "bench: failed: $*"; cat "$log.err"; exit 1; }
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" '{ printf "%.3f %.3f %d\n", b - a, $1 + $2, $3 }' \
		"$log.t" >>"$log"
	rm -f "$log.t" "$log.err"
}

# median LOG FIELD: the median of column FIELD (1 wall, 2 CPU, 3 RSS).
median() {
	cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# audio_seconds FILE...: total duration.
audio_seconds() {
	for f in "$@"; do
		ffprobe -v error -show_entries format=duration -of csv=p=0 "$f"
	done | awk '{ s += $1 } END { printf "%.1f", s }'
}

# loudness FILE...: integrated loudness and true peak of each decoded file.
loudness() {
	for f in "$@"; do
		ffmpeg -nostats -hide_banner -i "$f" -filter_complex ebur128=peak=true -f null - 2>&1 |
			awk -v f="$(basename "$f")" '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "  %-36s %6.1f %6.1f\n", f, i, p}'
	done
}

machine_line() {
	echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); eSpeak NG $(espeak-ng --version | awk '{print $4; exit}'); ffmpeg $(ffmpeg -version | head -n 1 | cut -d' ' -f3)"
	echo "medians of $RUNS alternated runs; the machine may be shared: compare CPU seconds, not wall seconds"
}
