#!/bin/sh
# The naive public-tools pipeline, one segment:
#
#   espeak-ng -v vi -s 150 -p 45 -w per line of SPOKEN (the text Loa would
#   synthesise, prepared by the caller before any clock starts), then one
#   ffmpeg with the chimes, high-pass/low-pass, acompressor,
#   loudnorm=I=-16:TP=-1.5 and libmp3lame 44.1 kHz 64 kb/s mono.
#
# LAME: 7 (default) encodes at compression_level 7, Loa's own setting,
# the figure that counts; "default" leaves LAME at its default quality.
# Usage: bench/naive.sh SPOKEN OUT.mp3 [7|default]
set -eu
cd "$(dirname "$0")/.."
text=$1 out=$2 lame=${3:-7}
work=$out.d
rm -rf "$work"
mkdir -p "$work"
n=0 inputs="-i audio/chime-in.flac" labels="[0:a]"
while IFS= read -r line; do
	[ -n "$line" ] || continue
	n=$((n + 1))
	espeak-ng -v vi -s 150 -p 45 -w "$work/$n.wav" "$line"
	inputs="$inputs -i $work/$n.wav"
	labels="${labels}[$n:a]"
done <"$text"
n=$((n + 1))
inputs="$inputs -i audio/chime-out.flac"
labels="${labels}[$n:a]"
level=
[ "$lame" = default ] || level="-compression_level $lame"
# shellcheck disable=SC2086
ffmpeg -nostdin -v error -y $inputs -filter_complex \
	"${labels}concat=n=$((n + 1)):v=0:a=1,aresample=44100,highpass=f=180,lowpass=f=7000,acompressor=threshold=0.1:ratio=3:attack=5:release=150:makeup=2,loudnorm=I=-16:TP=-1.5" \
	-ac 1 -ar 44100 -c:a libmp3lame -b:a 64k $level "$out"
rm -rf "$work"
