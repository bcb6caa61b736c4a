#!/bin/sh
# Render benchmark: Loa against the naive public-tools pipeline
# (bench/naive.sh), same machine, same run, same spoken text and chimes,
# same output spec.
#
#   loa:            ./loa render SCRIPT --commune PROFILE  (one process each)
#   naive, LAME 7:  at Loa's own LAME setting (compression_level 7): the
#                   figure that counts
#   naive, default: at LAME's default quality (for reference)
#
# The spoken text of every script is prepared before any clock starts
# (the naive side gets it, it does not pay for it); both sides read the
# same chime files.  Each figure is the median of RUNS (3) runs, the
# three pipelines alternating.  CPU seconds (user + system, every process)
# are what to compare on a shared machine.  Then the same for a generated
# 30-minute script (memory bound; LONG=no leaves it out).
# Usage: bench/render.sh [PROFILE]   (default schedules/communes/tien-minh.yaml)
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = --set ]; then
	# --set loa|7|default LIST PROFILE DIR: one pipeline over LIST.
	while read -r script text; do
		id=$(basename "$script" .yaml)
		if [ "$2" = loa ]; then
			"$5" render "$script" --commune "$4" -q -o "$3/$id.mp3"
		else
			bench/naive.sh "$text" "$3/$id.mp3" "$2"
		fi
	done <"$3/list"
	exit 0
fi

PROFILE=${1:-schedules/communes/tien-minh.yaml}
. bench/lib.sh
bench_out bench/out/render

# The 30-minute script: the bundled scripts' parts, over and over.
long_script() {
	{
		echo "id: bench-30-phut"
		echo "title: \"Benchmark 30 phút\""
		echo "topic: other"
		echo "intro: audio/chime-in.flac"
		echo "outro: audio/chime-out.flac"
		echo "parts:"
		i=0
		while [ $i -lt 4 ]; do
			for s in scripts/[a-z]*.yaml; do
				[ "$(basename "$s")" = lexicon.yaml ] && continue
				sed -n '/^parts:/,$p' "$s" | tail -n +2
			done
			i=$((i + 1))
		done
	} >"$1"
}

# run_set NAME DIR SCRIPT...: the three pipelines, RUNS times, alternating.
run_set() {
	name=$1 dir=$2
	shift 2
	mkdir -p "$dir/text"
	for s in "$@"; do
		id=$(basename "$s" .yaml)
		spoken "$s" "$PROFILE" "$dir/text/$id.txt"
		echo "$s $dir/text/$id.txt"
	done >"$dir/list"
	for p in loa 7 default; do
		mkdir -p "$dir/$p"
		cp "$dir/list" "$dir/$p/list"
	done
	r=0
	while [ $r -lt "$RUNS" ]; do
		order="loa 7 default"
		[ $((r % 2)) = 1 ] && order="default 7 loa"
		for p in $order; do
			timed "$dir/$p.log" sh "$0" --set "$p" "$dir/$p" "$PROFILE" "$LOA"
		done
		r=$((r + 1))
	done
	printf "%-26s %9s %9s %9s %14s %10s\n" "$name" "audio s" "wall s" "CPU s" "x rt per CPU s" "peak RSS"
	for p in loa 7 default; do
		case $p in loa) label="  loa" ;; 7) label="  naive, LAME cl 7" ;;
		*) label="  naive, LAME default" ;; esac
		a=$(audio_seconds "$dir/$p"/*.mp3)
		awk -v l="$label" -v a="$a" -v w="$(median "$dir/$p.log" 1)" \
			-v c="$(median "$dir/$p.log" 2)" -v m="$(median "$dir/$p.log" 3)" \
			'BEGIN { printf "%-26s %9.1f %9.2f %9.2f %14.1f %7.1f MB\n", l, a, w, c, a / c, m / 1024 }'
		echo "$a $(median "$dir/$p.log" 1) $(median "$dir/$p.log" 2)" >"$dir/$p.med"
	done
	awk -v l="$(cat "$dir/loa.med")" -v n="$(cat "$dir/7.med")" -v d="$(cat "$dir/default.med")" 'BEGIN {
		split(l, L, " "); split(n, N, " "); split(d, D, " ")
		printf "  loa per CPU second: %.2fx the naive pipeline at equal LAME settings (%.2fx against LAME default)\n",
			(L[1] / L[3]) / (N[1] / N[3]), (L[1] / L[3]) / (D[1] / D[3])
		printf "  loa per wall second (loaded machine): %.2fx at equal settings (%.2fx against LAME default)\n",
			(L[1] / L[2]) / (N[1] / N[2]), (L[1] / L[2]) / (D[1] / D[2])
	}'
}

machine_line
set --
for s in scripts/*.yaml; do
	[ "$s" = scripts/lexicon.yaml ] || set -- "$@" "$s"
done
run_set "bundled scripts" "$OUT/bundled" "$@"
long=
if [ "${LONG:-yes}" != no ]; then
	mkdir -p "$OUT/long"
	long_script "$OUT/long/bench-30-phut.yaml"
	run_set "30-minute script" "$OUT/long" "$OUT/long/bench-30-phut.yaml"
	long=$OUT/long
fi
echo "loudness on the decoded files (I LUFS, true peak dBTP): loa"
loudness "$OUT"/bundled/loa/*.mp3 ${long:+"$long"/loa/*.mp3}
echo "naive, LAME cl 7"
loudness "$OUT"/bundled/7/*.mp3 ${long:+"$long"/7/*.mp3}
