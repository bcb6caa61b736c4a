#!/bin/sh
# Build benchmark: a city's week (schedules/hai-phong.yaml: 104 communes,
# 3 segments each) built cold (empty output folder) and warm (nothing
# changed), beside the naive public-tools pipeline (bench/naive.sh) on
# the same kind of segments at the same parallelism:
#
#   naive, LAME 7:        at Loa's own LAME setting (the figure that counts)
#   naive, LAME default:  at LAME's default quality (for reference)
#
# The spoken text of every script is prepared before any clock starts.
# The naive pipeline takes about 4 s per segment, so it runs on the
# first NAIVE_SEGMENTS (24) segments of the week and throughput (audio
# seconds per CPU second) is compared; NAIVE_SEGMENTS=all runs the whole
# city.  Each figure is the median of RUNS (3) runs, the pipelines
# alternating.  CPU seconds (user + system, every process) are what to
# compare on a shared machine.  Peak RSS is the largest single process.
#
# The city's contact numbers are examples and nothing in it is approved:
# it is built with --examples --drafts.
# Usage: bench/build.sh [CITY [WEEK]]
#   JOBS="1 2"       the -j values to measure
#   COMMUNES=N       only the first N communes of the city (quicker runs)
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = --naive ]; then
	# --naive LIST LAME J: the naive pipeline over LIST, J at a time.
	# shellcheck disable=SC2016
	xargs -P "$4" -n 2 sh -c 'exec bench/naive.sh "$0" "$1" '"$3" <"$2"
	exit 0
fi

CITY=${1:-schedules/hai-phong.yaml}
WEEK=${2:-2026-W49}
NAIVE_SEGMENTS=${NAIVE_SEGMENTS:-24}
JOBS=${JOBS:-1 2}
. bench/lib.sh
bench_out bench/out/build
mkdir -p "$OUT/naive"

if [ -n "${COMMUNES:-}" ]; then
	# The city's template and its first COMMUNES communes.
	awk -v n="$COMMUNES" '/^  - profile:/ { k++ } k <= n' "$CITY" >"$OUT/city.yaml"
	CITY=$OUT/city.yaml
fi

machine_line
"$LOA" plan "$CITY" --week "$WEEK" --format csv >"$OUT/plan.csv"
segments=$(($(wc -l <"$OUT/plan.csv") - 1))
communes=$(tail -n +2 "$OUT/plan.csv" | cut -d, -f1 | sort -u | wc -l)
echo "city: $CITY, week $WEEK: $communes communes, $segments segments"

# The spoken text loa would synthesise (for one bundled commune: inline
# city communes have no profile file, and names differ by a syllable or
# two), before any clock starts.
for s in $(tail -n +2 "$OUT/plan.csv" | awk -F, '{ print $11 }' | sort -u); do
	spoken "scripts/$s.yaml" schedules/communes/tien-minh.yaml "$OUT/naive/$s.txt"
done
[ "$NAIVE_SEGMENTS" = all ] && NAIVE_SEGMENTS=$segments
tail -n +2 "$OUT/plan.csv" | head -n "$NAIVE_SEGMENTS" |
	awk -F, -v d="$OUT/naive" '{ printf "%s/%s.txt %s/%d.mp3\n", d, $11, d, NR }' >"$OUT/naive/list"

# Nothing in the city is approved: its segments are built as drafts (exit
# status 1, "awaiting approval"), each distinct render once, in .cache.
# shellcheck disable=SC2016
BUILD='"$0" build "$1" --week "$2" --examples --drafts -o "$3" -j "$4" || [ $? -eq 1 ]'
printf "%-30s %9s %9s %9s %14s %10s\n" run "audio s" "wall s" "CPU s" "x rt per CPU s" "peak RSS"
row() { # row LABEL LOG AUDIO
	awk -v l="$1" -v a="$3" -v w="$(median "$2" 1)" -v c="$(median "$2" 2)" \
		-v m="$(median "$2" 3)" \
		'BEGIN { printf "%-30s %9.0f %9.2f %9.2f %14.1f %7.1f MB\n", l, a, w, c, a / c, m / 1024 }'
	echo "$3 $(median "$2" 1) $(median "$2" 2)" >"$2.med"
}
for j in $JOBS; do
	r=0
	while [ $r -lt "$RUNS" ]; do
		order="loa 7 default"
		[ $((r % 2)) = 1 ] && order="default 7 loa"
		for p in $order; do
			if [ "$p" = loa ]; then
				rm -rf "$OUT/loa"
				timed "$OUT/cold.$j" sh -c "$BUILD" "$LOA" "$CITY" "$WEEK" "$OUT/loa" "$j"
			else
				rm -f "$OUT"/naive/*.mp3
				timed "$OUT/naive$p.$j" sh "$0" --naive "$OUT/naive/list" "$p" "$j"
			fi
		done
		timed "$OUT/warm.$j" sh -c "$BUILD" "$LOA" "$CITY" "$WEEK" "$OUT/loa" "$j"
		r=$((r + 1))
	done
	# Each .meta record starts with its render's length in seconds.
	city_audio=$(cat "$OUT"/loa/.cache/*.meta | awk '{ s += $1 } END { print s }')
	# shellcheck disable=SC2046
	naive_audio=$(audio_seconds $(cut -d' ' -f2 "$OUT/naive/list"))
	row "loa cold -j $j" "$OUT/cold.$j" "$city_audio"
	row "loa warm -j $j" "$OUT/warm.$j" "$city_audio"
	row "naive, LAME cl 7 -j $j" "$OUT/naive7.$j" "$naive_audio"
	row "naive, LAME default -j $j" "$OUT/naivedefault.$j" "$naive_audio"
	awk -v l="$(cat "$OUT/cold.$j.med")" -v n="$(cat "$OUT/naive7.$j.med")" \
	    -v d="$(cat "$OUT/naivedefault.$j.med")" -v w="$(cat "$OUT/warm.$j.med")" -v j="$j" 'BEGIN {
		split(l, L, " "); split(n, N, " "); split(d, D, " "); split(w, W, " ")
		printf "  -j %d per CPU second: loa cold %.2fx the naive pipeline at equal LAME settings (%.2fx against LAME default)\n",
			j, (L[1] / L[3]) / (N[1] / N[3]), (L[1] / L[3]) / (D[1] / D[3])
		printf "  -j %d per wall second (loaded machine): %.2fx; the naive pipeline would take ~%.0f s of CPU for this city\n",
			j, (L[1] / L[2]) / (N[1] / N[2]), L[1] / (N[1] / N[3])
		printf "  -j %d warm rebuild: %.2f s wall, %.2f s CPU (%.2f%% of the cold build'"'"'s CPU)\n",
			j, W[2], W[3], 100 * W[3] / L[3]
	}'
done
