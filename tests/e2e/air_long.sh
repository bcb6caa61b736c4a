#!/bin/sh
# A 20-minute item plays in the memory a 1-minute one takes: the daemon
# decodes an item a piece at a time as it plays (make check only: the two
# renders take about a minute).  Both are approved segments built the
# usual way, from scripts that play a generated tone, and what the
# daemon sends to file: is every sample of the segment, as FFmpeg
# decodes it.
. "$(dirname "$0")/lib.sh"
if [ "${LOA_SLOW:-}" != 1 ]; then
	echo "# skipped: renders 20 minutes of audio, run by make check"
	exit 0
fi
. tests/e2e/air-station.inc
AIR=$(dirname "$LOA")/loa-air
mkdir -p "$R/audio"
# 1190 s: the renderer takes clips of up to 1200 s.
for clip in short:60 long:1190; do
	id=${clip%:*}
	ffmpeg -v error -y -f lavfi -i "sine=frequency=440:sample_rate=44100" \
		-t "${clip#*:}" -ac 1 -c:a flac "$R/audio/$id.flac"
	printf 'id: %s\ntitle: Tin %s\ntopic: other\nparts:\n  - play: audio/%s.flac\n' \
		"$id" "$id" "$id" >"$R/scripts/$id.yaml"
	check "$id approved" "$LOA" approve --root "$R" "$R/scripts/$id.yaml" \
		--commune "$R/schedules/communes/tm.yaml" --by "Nguyễn Văn A" -q
done
cat >"$R/schedules/tm.yaml" <<'EOF2'
commune: tm
slots:
  - id: ngan
    days: [mon]
    start: "06:00"
    length: 2m
    play: [short]
  - id: dai
    days: [tue]
    start: "06:00"
    length: 25m
    play: [long]
EOF2
check "the week built" "$LOA" build --root "$R" "$R/schedules/tm.yaml" --week 2026-W49 -o "$W" -q

# play DAY NAME: the daemon alone (no 'loa air' before it) over one
# slot; its peak RSS (kB) into $TMP/NAME.rss.
play() {
	/usr/bin/time -f %M -o "$TMP/$2.rss" "$AIR" "$R/schedules/tm.yaml" \
		--root "$R" --weeks "$W" -q -o "file:$TMP/$2.wav" \
		--clock "${1}T05:59:50" --speed 100000 --until "${1}T06:30"
}
check "the 1-minute item plays" play 2026-11-30 short
check "the 20-minute item plays" play 2026-12-01 long
[ "$(q "SELECT count(*) FROM asrun WHERE outcome = 'aired'")" = 2 ] &&
	ok "both logged as aired" || not_ok "as-run: $(q 'SELECT * FROM asrun')"
pcm() { ffmpeg -nostdin -v error -i "$1" -f s16le - | cksum; }
for n in short long; do
	seg=$(ls "$W"/tm/2026-W49/*_"$n".mp3)
	if [ "$(pcm "$seg")" = "$(pcm "$TMP/$n.wav")" ]; then
		ok "$n: the file: output is the segment, sample for sample"
	else
		not_ok "$n: $(pcm "$seg") segment, $(pcm "$TMP/$n.wav") sent"
	fi
done
short=$(tail -n 1 "$TMP/short.rss") long=$(tail -n 1 "$TMP/long.rss")
echo "# peak RSS: 1-minute item $short kB, 20-minute item $long kB"
case "${LOA_BUILD:-}" in
*san*)
	# ASan holds freed memory in quarantine: the peak says nothing there.
	ok "# skip peak RSS under the sanitizers" ;;
*)
	# Decoded whole, the 20-minute item alone would be 300 MB.
	if at_most "$long" $((short + 4096)); then
		ok "the 20-minute item's peak RSS is within 4 MB of the 1-minute one's"
	else
		not_ok "peak RSS grew with the item: $short kB for 1 min, $long kB for 20 min"
	fi ;;
esac
finish
