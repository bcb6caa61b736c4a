# End to end: render fixture scripts with the real eSpeak NG, FFmpeg and
# libsndfile, then read the files back with ffprobe and measure them with
# ffmpeg's ebur128 filter.
. tests/e2e/lib.sh

P=$TMP/proj
mkdir -p "$P/audio" "$P/scripts" "$P/out"
ffmpeg -v error -f lavfi -i "sine=f=880:d=1.2" -af "afade=t=out:st=0.4:d=0.8" \
	-ar 44100 "$P/audio/chime.wav"
ffmpeg -v error -f lavfi -i "sine=f=220:d=6" -ar 44100 -c:a flac "$P/audio/bed.flac"
ffmpeg -v error -f lavfi -i "sine=f=660:d=1" -ar 22050 -b:a 64k "$P/audio/clip.mp3"
cat > "$P/commune.yaml" <<'YAML'
id: tien-minh
kind: xã
name: xã Tiên Minh
city: thành phố Hải Phòng
office: Phòng Văn hóa - Xã hội xã Tiên Minh
police_phone: "0225 3876 113"
hotline: "113"
example_contacts: true
YAML
cat > "$P/scripts/good.yaml" <<'YAML'
id: canh-bao
title: "Cảnh giác cuộc gọi giả mạo"
topic: online-fraud
voice:
  rate: 160
intro: audio/chime.wav
outro: audio/chime.wav
bed:
  file: audio/bed.flac
  level_db: -22
parts:
  - say: >-
      Kính thưa bà con nhân dân {{commune.name}}. Hiện nay các đối tượng lừa đảo
      giả danh cán bộ công an gọi điện cho người dân.
  - pause: 700ms
  - play: audio/clip.mp3
  - say: Bà con tuyệt đối không chuyển tiền cho người lạ.
YAML

cd "$P"
expect_exit 0 "render a script with jingles, clip and ducked bed" \
	"$LOA" render scripts/good.yaml --commune commune.yaml -o out/a.mp3 --date 2026-12-01
F=out/a.mp3
[ "$(probe $F stream=codec_name)" = mp3 ] && ok "codec is mp3" || not_ok "codec is mp3"
[ "$(probe $F stream=channels)" = 1 ] && ok "mono" || not_ok "mono"
[ "$(probe $F stream=sample_rate)" = 44100 ] && ok "44.1 kHz" || not_ok "44.1 kHz"
[ "$(probe $F stream=bit_rate)" = 64000 ] && ok "64 kb/s CBR" || not_ok "64 kb/s"
d=$(probe $F format=duration)
awk -v d="$d" 'BEGIN { exit !(d > 9 && d < 30) }' && ok "duration $d s is plausible" || not_ok "duration $d s"
[ "$(probe $F format_tags=title)" = "Cảnh giác cuộc gọi giả mạo (xã Tiên Minh)" ] &&
	ok "Vietnamese title tag survives" || not_ok "title tag: $(probe $F format_tags=title)"
[ "$(probe $F format_tags=artist)" = "Phòng Văn hóa - Xã hội xã Tiên Minh" ] &&
	ok "artist is the commune office" || not_ok "artist tag"
[ "$(probe $F format_tags=album)" = "Phòng chống lừa đảo trực tuyến" ] &&
	ok "album is the topic" || not_ok "album tag"
[ "$(probe $F format_tags=date)" = "2026-12-01" ] && ok "date tag" || not_ok "date tag"
probe $F format_tags=AI_GENERATED | grep -q '^synthetic-speech; engine=eSpeak NG' &&
	ok "machine-readable synthetic-voice mark (TXXX)" || not_ok "TXXX AI_GENERATED"
probe $F format_tags=comment | grep -q 'tổng hợp' && ok "comment names the synthetic voice" ||
	not_ok "comment tag"
set -- $(loudness $F)
within "$1" -16 1 && ok "integrated loudness $1 LUFS within 1 LU of -16" || not_ok "loudness $1"
at_most "$2" -1.5 && ok "true peak $2 dBTP at most -1.5" || not_ok "true peak $2"

expect_exit 0 "render again with the same inputs" \
	"$LOA" render scripts/good.yaml --commune commune.yaml -o out/b.mp3 --date 2026-12-01
cmp -s out/a.mp3 out/b.mp3 && ok "same inputs give byte-identical MP3s" || not_ok "renders differ"

expect_exit 0 "render at -20 LUFS for the fm profile" \
	"$LOA" render scripts/good.yaml --commune commune.yaml -o out/fm.mp3 --format fm --lufs -20 --true-peak -3
[ "$(probe out/fm.mp3 stream=bit_rate)" = 128000 ] && ok "fm is 128 kb/s" || not_ok "fm bit rate"
set -- $(loudness out/fm.mp3)
within "$1" -20 1 && ok "custom target met ($1 LUFS)" || not_ok "custom target: $1"
at_most "$2" -3 && ok "custom ceiling met ($2 dBTP)" || not_ok "custom ceiling: $2"

expect_exit 0 "render a WAV preview" \
	"$LOA" render scripts/good.yaml --commune commune.yaml -o out/p.wav --profile wav
[ "$(probe out/p.wav stream=codec_name)" = pcm_s16le ] && ok "wav is 16-bit PCM" || not_ok "wav codec"
set -- $(loudness out/p.wav)
within "$1" -16 1 && ok "wav loudness $1" || not_ok "wav loudness $1"

expect_exit 0 "default output path" "$LOA" render scripts/good.yaml --commune commune.yaml -q
[ -s out/tien-minh/canh-bao.mp3 ] && ok "written to out/COMMUNE/SCRIPT.mp3" || not_ok "default path"

# Text that looks like filter-graph syntax in a commune's name is only text.
sed 's/^name: .*/name: "x'"'"';[a]amovie=\/etc\/passwd,volume=9"/' commune.yaml > evil.yaml
expect_exit 0 "filter-graph syntax in a commune name is harmless" \
	"$LOA" render scripts/good.yaml --commune evil.yaml -o out/evil.mp3
probe out/evil.mp3 format_tags=title | grep -qF "amovie=/etc/passwd" &&
	ok "the name reaches the tag verbatim" || not_ok "evil title"

expect_exit 0 "say" "$LOA" say "Xin chào bà con." -o out/say.mp3 --explain
grep -q "spoken:" "$TMP/out" && ok "say --explain prints the spoken form" || not_ok "say --explain"
[ "$(probe out/say.mp3 stream=codec_name)" = mp3 ] && ok "say writes an MP3" || not_ok "say output"
expect_exit 0 "render --explain prints what eSpeak NG will read" \
	"$LOA" render scripts/good.yaml --commune commune.yaml --explain -o out/x.mp3
grep -q "xã Tiên Minh" "$TMP/out" && ok "--explain shows the expanded text" || not_ok "--explain"

# Lexicons: the project's (scripts/lexicon.yaml) and the commune's own
# (profile key lexicon:, a path under schedules/), the commune's winning.
mkdir -p schedules
printf 'lexicon:\n  - written: Tiên Minh\n    spoken: Tiên Minh làng\n  - written: giả danh\n    spoken: mạo danh\n' > scripts/lexicon.yaml
printf 'lexicon:\n  - written: Tiên Minh\n    spoken: Tiên Minh quê ta\n' > schedules/tm.lexicon.yaml
{ cat commune.yaml; echo "lexicon: schedules/tm.lexicon.yaml"; } > commune-lex.yaml
expect_exit 0 "render with project and commune lexicons" \
	"$LOA" render scripts/good.yaml --commune commune-lex.yaml --explain -q -o out/lex.mp3
grep -q "mạo danh" "$TMP/out" && ok "the project lexicon is applied" || not_ok "project lexicon"
grep -q "Tiên Minh quê ta" "$TMP/out" && ok "the commune lexicon overrides it" || not_ok "commune lexicon"
printf 'lexicon:\n  - written: x\n    spoken: 12\n    colour: red\n' > schedules/bad.lexicon.yaml
{ cat commune.yaml; echo "lexicon: schedules/bad.lexicon.yaml"; } > commune-badlex.yaml
expect_exit 1 "a bad commune lexicon is bad input" \
	"$LOA" render scripts/good.yaml --commune commune-badlex.yaml -o out/badlex.mp3
stderr_matches "bad.lexicon.yaml:[0-9]+:[0-9]+: " "lexicon error names file:line:column"
[ ! -e out/badlex.mp3 ] && ok "nothing written after a lexicon error" || not_ok "file written"
{ cat commune.yaml; echo "lexicon: ../../etc/passwd"; } > commune-escape.yaml
expect_exit 1 "a lexicon path may not leave the project" \
	"$LOA" render scripts/good.yaml --commune commune-escape.yaml -o out/badlex.mp3
rm scripts/lexicon.yaml

# An interrupted render leaves neither a partial file nor a temporary one,
# and the existing file survives.
cp out/a.mp3 out/keep.mp3
sum=$(md5sum < out/keep.mp3)
"$LOA" render scripts/good.yaml --commune commune.yaml -o out/keep.mp3 &
pid=$!
sleep 0.15
kill -TERM $pid 2>/dev/null
wait $pid
[ "$(md5sum < out/keep.mp3)" = "$sum" ] && ok "SIGTERM mid-render keeps the old file" || not_ok "file changed"
ls -a out | grep -q '\.tmp-' && not_ok "temporary file left behind" || ok "no temporary file left"

# A folder that cannot be written to is an I/O failure (exit 3), not bad input.
expect_exit 3 "unwritable output folder" \
	"$LOA" render scripts/good.yaml --commune commune.yaml -o no/such/dir/x.mp3
finish
