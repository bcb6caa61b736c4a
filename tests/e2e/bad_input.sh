# Bad input: every error names file:line:column, exits 1, writes nothing
# and leaves an existing output untouched.
. tests/e2e/lib.sh

P=$TMP/proj
mkdir -p "$P/audio" "$P/out"
ffmpeg -v error -f lavfi -i "sine=f=880:d=0.5" "$P/audio/chime.wav"
cd "$P"
. "$ROOT/tests/e2e/nghi-duong.inc"
good='id: thu
title: Thử
topic: other
intro: audio/chime.wav
parts:
  - say: Xin chào {{commune.name}}.
  - pause: 500ms'
printf '%s\n' "$good" > good.yaml
expect_exit 0 "the good fixture renders" "$LOA" render good.yaml --commune commune.yaml -o out/keep.mp3
sum=$(md5sum < out/keep.mp3)

# bad NAME REGEX: good.yaml with a sed edit must fail with REGEX
bad() {
	name=$1 edit=$2 regex=$3
	printf '%s\n' "$good" | sed "$edit" > "bad-$name.yaml"
	expect_exit 1 "$name: exit 1" "$LOA" render "bad-$name.yaml" --commune commune.yaml -o out/keep.mp3
	stderr_matches "^loa: bad-$name.yaml:$regex" "$name: message is file:line:column"
	[ "$(md5sum < out/keep.mp3)" = "$sum" ] && ok "$name: existing output untouched" ||
		not_ok "$name: output changed"
	expect_exit 1 "$name: fresh target" "$LOA" render "bad-$name.yaml" --commune commune.yaml -o out/new.mp3
	[ ! -e out/new.mp3 ] && ok "$name: nothing written" || not_ok "$name: file written"
}
bad unknown-key 's/^topic: other/topic: other\ncolour: red/' "4:1: unknown key 'colour'"
bad wrong-type 's/^title: Thử/title: [Thử]/' "2:8: 'title' must be a value"
bad missing-field '/^title:/d' "1:1: missing required key 'title'"
bad undefined-var 's/{{commune.name}}/{{commune.mayor}}/' "6:19: undefined variable 'commune.mayor'"
bad bad-duration 's/500ms/half a second/' "7:12: 'half a second' is not a duration"
bad missing-audio 's/chime.wav/nope.wav/' "4:8: 'audio/nope.wav' does not exist"
bad path-escape 's|audio/chime.wav|../../../etc/passwd|' "4:8: '../../../etc/passwd' may not contain '..'"
bad absolute-path 's|audio/chime.wav|/etc/passwd|' "4:8: '/etc/passwd' must be relative"
bad invalid-utf8 "s/Thử/Th$(printf '\377')/" "2:10: not UTF-8 .*: save the file as UTF-8"
bad bad-topic 's/topic: other/topic: gossip/' "3:8: topic 'gossip' must be one of"
bad not-a-map '1,$c\- just\n- a list' "1:1: 'script' must be a mapping"
bad bad-yaml 's/^parts:/parts: [/' "[0-9]+:[0-9]+: "

# A variable without --commune
expect_exit 1 "commune variable without a profile" "$LOA" render good.yaml -o out/new.mp3
stderr_matches "good.yaml:6:19: variable 'commune.name' needs a commune profile" \
	"missing profile named at the variable"

# Bad commune profile
sed 's/^hotline: .*/hotline: "gọi ngay"/' commune.yaml > bad-commune.yaml
expect_exit 1 "bad profile" "$LOA" render good.yaml --commune bad-commune.yaml -o out/new.mp3
stderr_matches "bad-commune.yaml:7:10: 'gọi ngay' is not a phone number" "profile error position"
[ ! -e out/new.mp3 ] && ok "bad profile: nothing written" || not_ok "bad profile wrote a file"

# A symbolic link out of audio/ is refused
ln -s /etc/passwd audio/passwd.wav
printf '%s\n' "$good" | sed 's/chime.wav/passwd.wav/' > bad-symlink.yaml
expect_exit 1 "symlink escape" "$LOA" render bad-symlink.yaml --commune commune.yaml -o out/new.mp3
stderr_matches "bad-symlink.yaml:4:8: 'audio/passwd.wav' leads outside the audio/ folder" "symlink named"

# An audio file that is not audio fails cleanly at render time
printf 'not audio' > audio/broken.wav
printf '%s\n' "$good" | sed 's/chime.wav/broken.wav/' > bad-broken.yaml
expect_exit 1 "broken audio file" "$LOA" render bad-broken.yaml --commune commune.yaml -o out/keep.mp3
stderr_matches "broken.wav" "broken asset named"
stderr_matches "^loa:   \\(libsndfile: " "the library's own words follow, for the installer"
[ "$(md5sum < out/keep.mp3)" = "$sum" ] && ok "broken audio: existing output untouched" || not_ok "changed"
ls -a out | grep -q '\.tmp-' && not_ok "temporary file left" || ok "no temporary file left"

# loa check: all problems reported, exit 1; good files pass
expect_exit 0 "check good files" "$LOA" check good.yaml commune.yaml
grep -q "good.yaml: ok (script)" "$TMP/out" && ok "check names the kind" || not_ok "check output"
expect_exit 1 "check reports every bad file" "$LOA" check good.yaml bad-unknown-key.yaml bad-commune.yaml
# (good.yaml's id is not its name: a warning, which is not counted here.)
[ "$(grep -c '^loa: .*: error: ' "$TMP/err")" = 2 ] && ok "two problems, two lines" || not_ok "check line count"
printf 'a: 1\n' > other.yaml
expect_exit 1 "check an unknown kind of file" "$LOA" check other.yaml
stderr_matches "other.yaml:1:1: error: not a campaign script" "unknown file kind explained"
# Schedules go through loa check too
cd "$ROOT"
expect_exit 0 "check the bundled schedules" "$LOA" check schedules/tien-minh.yaml schedules/hai-phong.yaml
grep -q "tien-minh.yaml: ok (schedule)" "$TMP/out" && ok "a schedule is recognised" || not_ok "schedule kind"
printf 'commune: tien-minh\nslots:\n  - id: x\n    name: X\n    days: mon\n    start: "25:00"\n    length: 10m\n    play: [lua-dao-truc-tuyen]\n' > "$TMP/bad-slot.yaml"
expect_exit 1 "check a schedule with a bad time" "$LOA" check "$TMP/bad-slot.yaml"
stderr_matches "bad-slot.yaml:6:12: " "schedule error position"
finish
