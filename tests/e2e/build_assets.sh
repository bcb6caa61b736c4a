# The chimes, bed and clip a build levels once, in its parent before the
# workers fork, give the same bytes as a render that decodes them itself.
. tests/e2e/lib.sh
R=$TMP/p
mkdir -p "$R/scripts" "$R/schedules/communes" "$R/audio"
cp audio/chime-in.flac audio/chime-out.flac audio/bed-soft.flac "$R/audio/"
cp audio/chime-in.flac "$R/audio/clip.flac"
cat >"$R/scripts/a.yaml" <<'EOS'
id: a
title: "Tin a"
topic: other
intro: audio/chime-in.flac
outro: audio/chime-out.flac
bed:
  file: audio/bed-soft.flac
  level_db: -22
parts:
  - say: Kính thưa bà con {{commune.name}}.
  - play: audio/clip.flac
  - say: Xin cảm ơn bà con.
EOS
tm_profile "$R/schedules/communes/tm.yaml"
tm_schedule "$R/schedules/tm.yaml" "[mon]" a
expect_exit 0 "the script is approved" "$LOA" approve --root "$R" \
	"$R/scripts/a.yaml" --commune "$R/schedules/tm.yaml" --by test -q
expect_exit 0 "a build with chimes, a bed and a clip" \
	"$LOA" build --root "$R" "$R/schedules/tm.yaml" --week 2026-W49 -o "$R/out" -j 2 -q
expect_exit 0 "the same script rendered alone" \
	"$LOA" render --root "$R" "$R/scripts/a.yaml" \
	--commune "$R/schedules/communes/tm.yaml" --date 2026-11-30 -q -o "$TMP/alone.mp3"
n=$(ls "$R"/out/.cache/*.mp3 2>/dev/null | wc -l)
[ "$n" = 1 ] && cmp -s "$R"/out/.cache/*.mp3 "$TMP/alone.mp3" &&
	ok "the build's render is the same bytes as the render alone" ||
	not_ok "the build's render differs from the render alone ($n files)"
finish
