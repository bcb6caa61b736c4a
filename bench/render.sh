#!/bin/sh
# Render benchmark: Loa against the naive public-tools pipeline, same
# machine, same run, same texts and output spec.
#
#   loa:   ./loa render SCRIPT --commune PROFILE   (one process per script)
#   naive: espeak-ng -v vi -w per speech part, then one ffmpeg with the
#          same chimes, high-pass/low-pass, acompressor,
#          loudnorm=I=-16:TP=-1.5 and libmp3lame 44.1 kHz 64 kb/s mono
#
# Prints audio seconds per wall second, total wall time and peak RSS for
# each, then the same for a generated 30-minute script (memory bound).
# Usage: bench/render.sh [PROFILE]   (default schedules/communes/tien-minh.yaml)
set -eu
cd "$(dirname "$0")/.."
PROFILE=${1:-schedules/communes/tien-minh.yaml}
OUT=bench/out
rm -rf "$OUT" && mkdir -p "$OUT/loa" "$OUT/naive" "$OUT/long"
TIME=/usr/bin/time
[ -x ./loa ] || make -s
[ -x "$TIME" ] || { echo "bench: needs /usr/bin/time (apt-get install time)"; exit 1; }

dur() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
now() { date +%s.%N; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'; }

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
	} > "$1"
}

# naive SCRIPT OUT: the public-tools pipeline on Loa's own spoken text.
naive() {
	script=$1 out=$2 work=$OUT/naive/$(basename "$1" .yaml)
	mkdir -p "$work"
	./loa render "$script" --commune "$PROFILE" --explain -o "$work/.unused.mp3" \
		>"$work/spoken.txt" 2>/dev/null || true
	rm -f "$work/.unused.mp3"
	n=0 inputs="-i audio/chime-in.flac" labels="[0:a]"
	peak=0
	while IFS= read -r line; do
		case "$line" in "$work"*|"") continue ;; esac
		n=$((n + 1))
		rss=$($TIME -f %M espeak-ng -v vi -s 150 -p 45 -w "$work/$n.wav" "$line" 2>&1 >/dev/null | tail -n 1)
		peak=$(max "$peak" "$rss")
		inputs="$inputs -i $work/$n.wav"
		labels="$labels[$n:a]"
	done < "$work/spoken.txt"
	n=$((n + 1))
	inputs="$inputs -i audio/chime-out.flac"
	labels="$labels[$n:a]"
	rss=$($TIME -f %M ffmpeg -v error -y $inputs -filter_complex \
		"${labels}concat=n=$((n + 1)):v=0:a=1,aresample=44100,highpass=f=180,lowpass=f=7000,acompressor=threshold=0.1:ratio=3:attack=5:release=150:makeup=2,loudnorm=I=-16:TP=-1.5" \
		-ac 1 -ar 44100 -c:a libmp3lame -b:a 64k "$out" 2>&1 | tail -n 1)
	peak=$(max "$peak" "$rss")
	echo "$peak"
}

run_set() { # name: renders every script in $SCRIPTS with both pipelines
	loa_wall=0 loa_audio=0 loa_rss=0 naive_wall=0 naive_audio=0 naive_rss=0
	for s in $SCRIPTS; do
		id=$(basename "$s" .yaml)
		t0=$(now)
		rss=$($TIME -f %M ./loa render "$s" --commune "$PROFILE" -q -o "$OUT/loa/$id.mp3" 2>&1 | tail -n 1)
		t1=$(now)
		loa_wall=$(add "$loa_wall" "$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')")
		loa_audio=$(add "$loa_audio" "$(dur "$OUT/loa/$id.mp3")")
		loa_rss=$(max "$loa_rss" "$rss")
		t0=$(now)
		rss=$(naive "$s" "$OUT/naive/$id.mp3")
		t1=$(now)
		naive_wall=$(add "$naive_wall" "$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')")
		naive_audio=$(add "$naive_audio" "$(dur "$OUT/naive/$id.mp3")")
		naive_rss=$(max "$naive_rss" "$rss")
	done
	awk -v name="$1" -v la="$loa_audio" -v lw="$loa_wall" -v lr="$loa_rss" \
	    -v na="$naive_audio" -v nw="$naive_wall" -v nr="$naive_rss" 'BEGIN {
		printf "%-22s %10s %10s %12s %10s\n", name, "audio s", "wall s", "x realtime", "peak RSS"
		printf "%-22s %10.1f %10.2f %12.1f %8.1f MB\n", "  loa", la, lw, la / lw, lr / 1024
		printf "%-22s %10.1f %10.2f %12.1f %8.1f MB\n", "  naive", na, nw, na / nw, nr / 1024
		printf "%-22s %35.2fx\n", "  speed-up", (la / lw) / (na / nw)
	}'
}

echo "machine: $(nproc) cores; eSpeak NG $(espeak-ng --version | awk '{print $4; exit}'); ffmpeg $(ffmpeg -version | head -n 1 | cut -d' ' -f3)"
SCRIPTS=$(ls scripts/*.yaml | grep -v lexicon.yaml)
run_set "bundled scripts"
long_script "$OUT/long/bench-30-phut.yaml"
SCRIPTS=$OUT/long/bench-30-phut.yaml
run_set "30-minute script"
echo "loudness of loa's outputs (ffmpeg ebur128, I LUFS / TP dBTP):"
for f in "$OUT"/loa/*.mp3; do
	ffmpeg -nostats -hide_banner -i "$f" -filter_complex ebur128=peak=true -f null - 2>&1 |
		awk -v f="$(basename "$f")" '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "  %-36s %6.1f %6.1f\n", f, i, p}'
done
echo "loudness of the naive outputs:"
for f in "$OUT"/naive/*.mp3; do
	ffmpeg -nostats -hide_banner -i "$f" -filter_complex ebur128=peak=true -f null - 2>&1 |
		awk -v f="$(basename "$f")" '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "  %-36s %6.1f %6.1f\n", f, i, p}'
done
