#!/bin/sh
# The floor: what no pipeline can avoid on the bundled scripts, beside
# Loa in the same run.
#
#   synthesis:  the espeak-ng program on the spoken text Loa synthesises
#               (one process per script, -v vi -s 150 -p 45)
#   encoding:   LAME alone (ffmpeg's libmp3lame, one process for all the
#               scripts) on the same PCM Loa encodes (its output decoded
#               to 44.1 kHz mono WAV), at Loa's settings: 64 kb/s CBR,
#               compression_level 7
#   loa:        ./loa render SCRIPT --commune PROFILE (one process each)
#
# Inputs (spoken text, WAV) are made before any clock starts.  Each
# figure is the median of RUNS (3) alternated runs.  Floor efficiency is
# floor CPU seconds / Loa's CPU seconds (1.0 would be nothing but
# synthesis and encoding).  The machine may be shared: the CPU seconds
# are what to compare.
# Usage: bench/floor.sh [PROFILE]   (default schedules/communes/tien-minh.yaml)
set -eu
cd "$(dirname "$0")/.."

case "${1:-}" in
--synth) # --synth DIR: espeak-ng over every DIR/*.txt
	for t in "$2"/*.txt; do
		espeak-ng -v vi -s 150 -p 45 -w "${t%.txt}.synth.wav" -f "$t"
	done
	exit 0 ;;
--encode) # --encode DIR: LAME over every DIR/*.pcm.wav in one process
	dir=$2
	set --
	for w in "$dir"/*.pcm.wav; do
		set -- "$@" -i "$w"
	done
	i=0
	for w in "$dir"/*.pcm.wav; do
		set -- "$@" -map "$i:a" -c:a libmp3lame -b:a 64k -compression_level 7 \
			-ar 44100 -ac 1 "${w%.pcm.wav}.floor.mp3"
		i=$((i + 1))
	done
	exec ffmpeg -nostdin -v error -y "$@" ;;
--loa) # --loa DIR PROFILE LOA
	for t in "$2"/*.txt; do
		id=$(basename "$t" .txt)
		"$4" render "scripts/$id.yaml" --commune "$3" -q -o "$2/$id.loa.mp3"
	done
	exit 0 ;;
esac

PROFILE=${1:-schedules/communes/tien-minh.yaml}
. bench/lib.sh
bench_out bench/out/floor

machine_line
for s in scripts/*.yaml; do
	[ "$s" = scripts/lexicon.yaml ] && continue
	id=$(basename "$s" .yaml)
	spoken "$s" "$PROFILE" "$OUT/$id.txt"
	"$LOA" render "$s" --commune "$PROFILE" -q -o "$OUT/$id.ref.mp3" 2>/dev/null
	ffmpeg -nostdin -v error -y -i "$OUT/$id.ref.mp3" -ac 1 -ar 44100 -c:a pcm_f32le "$OUT/$id.pcm.wav"
done
r=0
while [ $r -lt "$RUNS" ]; do
	order="loa synth encode"
	[ $((r % 2)) = 1 ] && order="encode synth loa"
	for p in $order; do
		timed "$OUT/$p.log" sh "$0" --"$p" "$OUT" "$PROFILE" "$LOA"
	done
	r=$((r + 1))
done
audio=$(audio_seconds "$OUT"/*.ref.mp3)
printf "%-26s %9s %9s %14s\n" "bundled scripts" "wall s" "CPU s" "x rt per CPU s"
for p in synth encode loa; do
	case $p in synth) l="  synthesis (espeak-ng)" ;; encode) l="  encoding (LAME cl 7)" ;;
	*) l="  loa render" ;; esac
	awk -v l="$l" -v a="$audio" -v w="$(median "$OUT/$p.log" 1)" -v c="$(median "$OUT/$p.log" 2)" \
		'BEGIN { printf "%-26s %9.2f %9.2f %14.1f\n", l, w, c, a / c }'
done
awk -v s="$(median "$OUT/synth.log" 2)" -v e="$(median "$OUT/encode.log" 2)" \
    -v l="$(median "$OUT/loa.log" 2)" -v a="$audio" 'BEGIN {
	printf "  floor (synthesis + encoding): %.2f CPU s for %.1f s of audio\n", s + e, a
	printf "  floor efficiency of loa: %.2f (floor CPU s / loa CPU s)\n", (s + e) / l
}'
