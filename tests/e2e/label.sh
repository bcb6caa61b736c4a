# The audible label: the synthetic-voice notice after the opening chime,
# the profile's wording, the script setting that turns it off (and the
# warning `loa check` gives), the reminder in renders over five minutes,
# and the ID3 tag read back by mutagen and ffprobe.
. tests/e2e/lib.sh

P=$TMP/proj
mkdir -p "$P/audio" "$P/scripts" "$P/out"
ffmpeg -v error -f lavfi -i "sine=f=880:d=1.2" -af "afade=t=out:st=0.4:d=0.8" \
	-ar 44100 "$P/audio/chime.wav"
# the bundled profile, its numbers taken as real
sed '/^#/d; /^example_contacts:/d' "$ROOT/schedules/communes/tien-minh.yaml" > "$P/commune.yaml"
{ cat "$P/commune.yaml"
  echo 'synthetic_notice: "Kính thưa bà con, bản tin của xã Tiên Minh sau đây được đọc bằng giọng nói tổng hợp."'
  echo 'synthetic_reminder: "Xin nhắc lại một lần nữa, bản tin vừa rồi của xã Tiên Minh được đọc bằng giọng đọc tổng hợp, không phải giọng người thật."'
} > "$P/worded.yaml"
{ cat "$P/commune.yaml"; tail -n 1 "$P/worded.yaml"; } > "$P/reminded.yaml"
cat > "$P/scripts/short.yaml" <<'YAML'
id: short
title: "Cảnh giác cuộc gọi giả mạo"
topic: online-fraud
intro: audio/chime.wav
outro: audio/chime.wav
parts:
  - say: Bà con tuyệt đối không chuyển tiền cho người lạ.
YAML
{ sed '/^parts:/,$d' "$P/scripts/short.yaml"
  printf 'synthetic_notice:\n  spoken: false\n  reason: "Phát kèm lời của cán bộ xã, đã nói rõ là giọng máy."\n'
  sed -n '/^parts:/,$p' "$P/scripts/short.yaml"; } > "$P/scripts/off.yaml"
# pauses (cheap to render) around two sentences: over and under 5 minutes
long_script() { # ID PAUSES
	printf 'id: %s\ntitle: Dài\ntopic: other\nparts:\n  - say: Kính thưa bà con.\n' "$1"
	i=0; while [ $i -lt "$2" ]; do echo "  - pause: 10s"; i=$((i + 1)); done
	echo "  - say: Xin cảm ơn bà con."
}
long_script dai 31 > "$P/scripts/long.yaml"
long_script vua 28 > "$P/scripts/under.yaml"
# The renderer says it, so no bundled script says it again.
dup=$(grep -il "giọng \(đọc\|nói\) tổng hợp" "$ROOT"/scripts/*.yaml)
[ -z "$dup" ] && ok "no bundled script repeats the notice" || not_ok "the notice is repeated in: $dup"
cd "$P"

# The notice is the first thing said, in the default wording.
expect_exit 0 "render --explain" \
	"$LOA" render scripts/short.yaml --commune commune.yaml --explain -q -o out/a.mp3
[ "$(head -n 1 "$TMP/out")" = "Bản tin sau đây được đọc bằng giọng đọc tổng hợp." ] &&
	ok "--explain starts with the default notice" || not_ok "first line: $(head -n 1 "$TMP/out")"
sed -n 2p "$TMP/out" | grep -q "^Bà con tuyệt đối" && ok "then the first part" ||
	not_ok "second line: $(sed -n 2p "$TMP/out")"
grep -q "^(only in a render longer than five minutes) Xin nhắc lại, bản tin vừa rồi được đọc bằng giọng đọc tổng hợp\.$" "$TMP/out" &&
	ok "--explain shows the reminder, marked as only for long renders" || not_ok "no marked reminder"

# The profile's wording replaces it.
expect_exit 0 "render --explain with the profile's wording" \
	"$LOA" render scripts/short.yaml --commune worded.yaml --explain -q -o out/w.mp3
head -n 1 "$TMP/out" | grep -q "^Kính thưa bà con, bản tin của xã Tiên Minh sau đây được đọc bằng giọng nói tổng hợp\.$" &&
	ok "the profile rewords the notice" || not_ok "first line: $(head -n 1 "$TMP/out")"
d_default=$(probe out/a.mp3 format=duration)
d_worded=$(probe out/w.mp3 format=duration)
awk -v a="$d_default" -v b="$d_worded" 'BEGIN { exit !(b > a + 1) }' &&
	ok "the longer wording is heard ($d_default s, then $d_worded s)" ||
	not_ok "wording not heard: $d_default s, $d_worded s"

# A wording that does not say the voice is synthetic is refused, at its place.
sed 's/giọng nói tổng hợp/giọng của cán bộ xã/' worded.yaml > bad.yaml
expect_exit 1 "a notice that hides the synthetic voice is refused" \
	"$LOA" render scripts/short.yaml --commune bad.yaml -o out/bad.mp3
stderr_matches "bad.yaml:8:19: 'synthetic_notice' must tell listeners the voice is synthetic" \
	"the error names file:line:column"
[ ! -e out/bad.mp3 ] && ok "nothing written" || not_ok "bad.mp3 written"
expect_exit 1 "check refuses it too" "$LOA" check bad.yaml
stderr_matches "bad.yaml:8:19: " "check names the position"

# Turned off by the script: a warning from check, no notice in the render.
expect_exit 0 "check accepts a script that turns the notice off" "$LOA" check scripts/off.yaml
stderr_matches "scripts/off.yaml:7:11: warning: the spoken synthetic-voice notice is turned off \(reason: Phát kèm lời của cán bộ xã, đã nói rõ là giọng máy\.\)" \
	"check warns, with the reason, at 'spoken'"
expect_exit 0 "check gives no warning when the notice is on" "$LOA" check scripts/short.yaml
grep -q warning "$TMP/err" && not_ok "unexpected warning" || ok "no warning"
expect_exit 0 "render with the notice off" \
	"$LOA" render scripts/off.yaml --commune commune.yaml --explain -q -o out/off.mp3
grep -q "tổng hợp" "$TMP/out" && not_ok "the notice is still said" || ok "no notice, no reminder"
d_off=$(probe out/off.mp3 format=duration)
awk -v a="$d_default" -v b="$d_off" 'BEGIN { exit !(a > b + 2.5) }' &&
	ok "the notice is heard: $d_default s with it, $d_off s without" ||
	not_ok "notice not heard: $d_default s with it, $d_off s without"

# loa say makes broadcastable files too: the notice comes first.
expect_exit 0 "say" "$LOA" say "Xin chào bà con." -o out/say.mp3
d=$(probe out/say.mp3 format=duration)
awk -v d="$d" 'BEGIN { exit !(d > 4) }' && ok "loa say says the notice first ($d s)" ||
	not_ok "loa say: $d s, no notice"

# Over five minutes the reminder is said (so its wording shows in the
# length); under five minutes it is not (the two renders are identical).
for s in long under; do
	for c in commune reminded; do
		expect_exit 0 "render $s for $c" \
			"$LOA" render scripts/$s.yaml --commune $c.yaml --date 2026-12-01 -q -o out/$s-$c.mp3
	done
done
d1=$(probe out/long-commune.mp3 format=duration)
d2=$(probe out/long-reminded.mp3 format=duration)
awk -v a="$d1" -v b="$d2" 'BEGIN { exit !(a > 300 && b > a + 2) }' &&
	ok "over 5 minutes the reminder is said ($d1 s; $d2 s with a longer one)" ||
	not_ok "reminder: $d1 s, $d2 s"
d3=$(probe out/under-commune.mp3 format=duration)
awk -v a="$d3" 'BEGIN { exit !(a > 270 && a < 300) }' && ok "the shorter render is $d3 s" ||
	not_ok "under: $d3 s"
# The profiles differ only in the reminder, which is in no tag.
cmp -s out/under-commune.mp3 out/under-reminded.mp3 &&
	ok "under 5 minutes no reminder is said" || not_ok "the reminder was said under 5 minutes"

# The tags: a real COMM frame in Vietnamese, not a TXXX called comment.
PY=/usr/bin/python3
if "$PY" -c 'import mutagen' 2>/dev/null; then
	"$PY" - out/a.mp3 > "$TMP/tags" 2>&1 <<'PYTHON'
import sys
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
t = ID3(sys.argv[1])
print("version", ".".join(map(str, t.version)))
for k in sorted(t.keys()):
    f = t[k]
    print(k, "|", getattr(f, "lang", "-"), "|", f.encoding, "|", f.text[0])
print("length", round(MP3(sys.argv[1]).info.length, 1))
PYTHON
	grep -q "^version 2.4.0$" "$TMP/tags" && ok "ID3v2.4" || not_ok "version: $(head -n 1 "$TMP/tags")"
	grep -q "^COMM::vie | vie | Encoding.UTF8 | Bản tin này được đọc bằng giọng đọc tổng hợp do máy tạo ra, không phải giọng người thật (eSpeak NG [0-9.]*, giọng vi)\.$" "$TMP/tags" &&
		ok "COMM frame, language vie, Vietnamese disclosure intact" || not_ok "COMM: $(grep COMM "$TMP/tags")"
	grep -q "^TIT2 | - | Encoding.UTF8 | Cảnh giác cuộc gọi giả mạo (xã Tiên Minh)$" "$TMP/tags" && ok "TIT2" || not_ok "TIT2"
	grep -q "^TPE1 | - | Encoding.UTF8 | Phòng Văn hóa - Xã hội xã Tiên Minh$" "$TMP/tags" && ok "TPE1" || not_ok "TPE1"
	grep -q "^TALB | - | Encoding.UTF8 | Phòng chống lừa đảo trực tuyến$" "$TMP/tags" && ok "TALB" || not_ok "TALB"
	grep -q "^TDRC | - | Encoding.UTF8 | [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]$" "$TMP/tags" && ok "TDRC" || not_ok "TDRC"
	grep -q "^TXXX:AI_GENERATED | - | Encoding.UTF8 | synthetic-speech; engine=eSpeak NG " "$TMP/tags" &&
		ok "TXXX:AI_GENERATED" || not_ok "TXXX:AI_GENERATED"
	grep -q "^TXXX:LOA_SCRIPT | - | Encoding.UTF8 | short$" "$TMP/tags" && ok "TXXX:LOA_SCRIPT" || not_ok "TXXX:LOA_SCRIPT"
	[ "$(grep -c '|' "$TMP/tags")" = 7 ] && ok "exactly those seven frames" ||
		not_ok "frames: $(cut -d' ' -f1 "$TMP/tags" | tr '\n' ' ')"
	len=$(sed -n 's/^length //p' "$TMP/tags")
	within "$len" "$d_default" 0.1 && ok "mutagen reads the length ffprobe does ($len s)" ||
		not_ok "length $len s, ffprobe $d_default s"
else
	not_ok "python3-mutagen is not installed (make deps)"
fi
[ "$(probe out/a.mp3 format_tags=comment)" = "$(sed -n 's/^COMM::vie | vie | Encoding.UTF8 | //p' "$TMP/tags")" ] &&
	ok "ffprobe reads the same comment" || not_ok "ffprobe comment: $(probe out/a.mp3 format_tags=comment)"
probe out/a.mp3 format_tags=AI_GENERATED | grep -q '^synthetic-speech; engine=eSpeak NG' &&
	ok "ffprobe reads TXXX:AI_GENERATED" || not_ok "ffprobe AI_GENERATED"
[ "$(ffmpeg -v error -i out/a.mp3 -f null - 2>&1 | wc -c)" = 0 ] &&
	ok "the MP3 decodes without a complaint" || not_ok "decoder errors"
finish
