#!/bin/sh
# Build benchmark: a city's week (schedules/hai-phong.yaml: 104 communes,
# 3 segments each) built cold (empty output folder) and warm (nothing
# changed), with -j 1 and -j 2, beside the naive public-tools pipeline
# of bench/render.sh at the same parallelism:
#
#   naive: espeak-ng -v vi -w per speech part, then one ffmpeg with the
#          same chimes, high-pass/low-pass, acompressor,
#          loudnorm=I=-16:TP=-1.5 and libmp3lame 44.1 kHz 64 kb/s mono,
#          one segment after another (-j 1) or two at a time (-j 2).
#
# The naive pipeline takes about 4 s per segment, so by default it runs
# on the first NAIVE_SEGMENTS (24) segments of the week and its
# throughput (audio seconds per wall second) is compared; NAIVE_SEGMENTS=all
# runs the whole city.  Peak RSS is the largest single process (loa's
# parent or one worker; espeak-ng or ffmpeg).  CPU seconds (user + system,
# every process) are printed too: on a shared machine they are steadier
# than wall time.
#
# Usage: bench/build.sh [CITY [WEEK]]
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = --naive-one ]; then
	# --naive-one SPOKEN_TEXT_FILE OUT.mp3: one naive segment.
	text=$2 out=$3 work=$3.d
	mkdir -p "$work"
	n=0 inputs="-i audio/chime-in.flac" labels="[0:a]"
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		n=$((n + 1))
		espeak-ng -v vi -s 150 -p 45 -w "$work/$n.wav" "$line"
		inputs="$inputs -i $work/$n.wav"
		labels="$labels[$n:a]"
	done <"$text"
	n=$((n + 1))
	inputs="$inputs -i audio/chime-out.flac"
	labels="$labels[$n:a]"
	# shellcheck disable=SC2086
	ffmpeg -v error -y $inputs -filter_complex \
		"${labels}concat=n=$((n + 1)):v=0:a=1,aresample=44100,highpass=f=180,lowpass=f=7000,acompressor=threshold=0.1:ratio=3:attack=5:release=150:makeup=2,loudnorm=I=-16:TP=-1.5" \
		-ac 1 -ar 44100 -c:a libmp3lame -b:a 64k "$out"
	rm -rf "$work"
	exit 0
fi

CITY=${1:-schedules/hai-phong.yaml}
WEEK=${2:-2026-W49}
NAIVE_SEGMENTS=${NAIVE_SEGMENTS:-24}
OUT=bench/out/build
TIME=/usr/bin/time
[ -x ./loa ] || make -s
[ -x "$TIME" ] || { echo "bench: needs /usr/bin/time (apt-get install time)"; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/naive"
# A private copy: a 'make' elsewhere must not swap the binary mid-run.
cp ./loa "$OUT/loa-bin"
LOA=$OUT/loa-bin

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

# loa_run NAME J: one build into $OUT/loa; prints a result line.
loa_run() {
	t0=$(now)
	$TIME -f "%M %U %S" -o "$OUT/rss" "$LOA" build "$CITY" --week "$WEEK" \
		-o "$OUT/loa" -j "$2" >"$OUT/summary" 2>"$OUT/progress"
	wall=$(since "$t0")
	cpu=$(awk '{ print $2 + $3 }' "$OUT/rss")
	audio=$(sed -n 's/.* of audio (\([0-9.]*\) s).*/\1/p' "$OUT/summary")
	rendered=$(sed -n 's/.*audio; \([0-9]*\) rendered.*/\1/p' "$OUT/summary")
	awk -v n="$1" -v w="$wall" -v a="$audio" -v r="$(cut -d' ' -f1 "$OUT/rss")" -v k="$rendered" -v c="$cpu" \
		'BEGIN { printf "%-24s %9.2f %9.2f %10.0f %12.1f %9.1f MB %9d\n", n, w, c, a, a / w, r / 1024, k }'
	echo "$wall $cpu" >"$OUT/wall.$1"
}

echo "machine: $(nproc) cores; eSpeak NG $(espeak-ng --version | awk '{print $4; exit}'); ffmpeg $(ffmpeg -version | head -n 1 | cut -d' ' -f3)"
"$LOA" plan "$CITY" --week "$WEEK" --format csv >"$OUT/plan.csv"
segments=$(($(wc -l <"$OUT/plan.csv") - 1))
communes=$(tail -n +2 "$OUT/plan.csv" | cut -d, -f1 | sort -u | wc -l)
echo "city: $CITY, week $WEEK: $communes communes, $segments segments"
printf "%-24s %9s %9s %10s %12s %12s %9s\n" run "wall s" "CPU s" "audio s" "x realtime" "peak RSS" rendered
for j in 1 2; do
	rm -rf "$OUT/loa"
	loa_run "loa cold -j $j" "$j"
	loa_run "loa warm -j $j" "$j"
done
city_audio=$audio

# The naive pipeline on the same segments, with the spoken text loa
# would synthesise (for one bundled commune: inline city communes have
# no profile file, and the names differ by a syllable or two).
for s in $(tail -n +2 "$OUT/plan.csv" | awk -F, '{ print $11 }' | sort -u); do
	"$LOA" render "scripts/$s.yaml" --commune schedules/communes/tien-minh.yaml \
		--explain -q -o "$OUT/naive/.unused.mp3" >"$OUT/naive/$s.txt"
done
rm -f "$OUT/naive/.unused.mp3"
if [ "$NAIVE_SEGMENTS" = all ]; then NAIVE_SEGMENTS=$segments; fi
tail -n +2 "$OUT/plan.csv" | head -n "$NAIVE_SEGMENTS" |
	awk -F, -v d="$OUT/naive" '{ printf "%s/%s %s/%d\n", d, $11, d, NR }' >"$OUT/naive/list"
for j in 1 2; do
	rm -f "$OUT"/naive/*.mp3
	t0=$(now)
	# shellcheck disable=SC2016
	$TIME -f "%M %U %S" -o "$OUT/rss" xargs -P "$j" -n 2 sh -c \
		'exec bench/build.sh --naive-one "$0.txt" "$1.mp3"' <"$OUT/naive/list" \
		>/dev/null 2>&1 || true
	wall=$(since "$t0")
	cpu=$(awk '{ print $2 + $3 }' "$OUT/rss")
	audio=0
	while read -r s n; do
		d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$n.mp3" 2>/dev/null || echo 0)
		audio=$(awk -v a="$audio" -v b="${d:-0}" 'BEGIN { print a + b }')
	done <"$OUT/naive/list"
	awk -v n="naive -j $j ($NAIVE_SEGMENTS segs)" -v w="$wall" -v a="$audio" -v r="$(cut -d' ' -f1 "$OUT/rss")" \
		-v k="$NAIVE_SEGMENTS" -v c="$cpu" \
		'BEGIN { printf "%-24s %9.2f %9.2f %10.0f %12.1f %9.1f MB %9d\n", n, w, c, a, a / w, r / 1024, k }'
	echo "$wall $audio $cpu" >"$OUT/naive.$j"
done

echo
for j in 1 2; do
	awk -v c="$(cat "$OUT/wall.loa cold -j $j")" -v w="$(cat "$OUT/wall.loa warm -j $j")" \
	    -v ca="$city_audio" -v j="$j" -v nv="$(cat "$OUT/naive.$j")" 'BEGIN {
		split(c, lc, " "); split(w, lw, " "); split(nv, x, " ")
		nx = x[2] / x[1]; lx = ca / lc[1]
		printf "-j %d: cold loa %.1fx realtime vs naive %.1fx: %.2fx faster (naive would take ~%.0f s for the city)\n", j, lx, nx, lx / nx, ca / nx
		printf "      per CPU second: loa %.1fx vs naive %.1fx realtime: %.2fx\n", ca / lc[2], x[2] / x[3], (ca / lc[2]) / (x[2] / x[3])
		printf "      warm rebuild %.2f s = %.2f%% of the cold build\n", lw[1], 100 * lw[1] / lc[1]
	}'
done
