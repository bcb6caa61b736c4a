# Audio assets are opened as what their name says, and loa check decodes
# each one fully (issue 14, findings 2 and 5).
. tests/e2e/lib.sh
P=$TMP/p
mkdir -p "$P/audio" "$TMP/elsewhere"
cd "$P" || exit 3
ffmpeg -v error -f lavfi -i "sine=f=440:d=3" -ar 44100 -b:a 128k "$TMP/elsewhere/secret.mp3"
ffmpeg -v error -f lavfi -i "sine=f=440:d=5" -ar 44100 -b:a 128k audio/good.mp3
ffmpeg -v error -f lavfi -i "sine=f=440:d=5" audio/good.flac
ffmpeg -v error -f lavfi -i "sine=f=440:d=2" audio/good.m4a
ffmpeg -v error -f lavfi -i testsrc=d=2:s=160x120 -f lavfi -i sine=d=2 \
	-shortest audio/video.m4a
# damage FILE: two runs of bytes overwritten, headers and all.
damage() {
	for off in 20000 40000; do
		head -c 200 /dev/zero | tr '\0' '\125' |
			dd of="$1" bs=1 seek=$off conv=notrunc 2>/dev/null
	done
}
cp audio/good.mp3 audio/damaged.mp3 && damage audio/damaged.mp3
cp audio/good.flac audio/damaged.flac && damage audio/damaged.flac
# A text file named .mp3 holding an HLS playlist of a file outside audio/.
printf '#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3,\n%s\n#EXT-X-ENDLIST\n' \
	"$TMP/elsewhere/secret.mp3" >audio/evil.mp3
# A concat script, an HLS playlist under another name.
printf 'ffconcat version 1.0\nfile %s\n' "$TMP/elsewhere/secret.mp3" >audio/list.ogg
cp audio/evil.mp3 audio/evil.m3u8

script() { # FILE AUDIO: a script playing AUDIO as its fourth line
	cat >"$1" <<EOS
id: t
title: T
topic: other
intro: $2
parts:
  - say: Xin chào bà con.
EOS
}

for a in good.mp3 good.flac good.m4a; do
	script s.yaml "audio/$a"
	expect_exit 0 "check accepts a clean $a" "$LOA" check s.yaml
done
for a in evil.mp3 evil.m3u8 list.ogg damaged.mp3 damaged.flac video.m4a; do
	script s.yaml "audio/$a"
	expect_exit 1 "check refuses $a" "$LOA" check s.yaml
	stderr_matches "^loa: s\.yaml:4:8: .*$a" "$a is named at the line and column that play it"
	expect_exit 1 "render refuses $a" "$LOA" render s.yaml -o out.mp3
	[ ! -e out.mp3 ] && ok "nothing written for $a" || not_ok "out.mp3 written for $a"
	grep -q '^\[\|Header missing\|backstep' "$TMP/err" &&
		not_ok "FFmpeg printed to stderr for $a" || ok "FFmpeg prints nothing for $a"
done
# The playlist's target never reaches the broadcast in a play: part either.
cat >p.yaml <<EOS
id: t
title: T
topic: other
parts:
  - say: Xin chào bà con.
  - play: audio/evil.mp3
EOS
expect_exit 1 "render refuses a playlist in a play: part" "$LOA" render p.yaml -o out.mp3
stderr_matches "^loa: .*evil\.mp3.*not MP3" "the message says it is not the audio its name claims"
finish
