# Bad input is exit 1 and caught by check (issue 14, finding 4): size
# limits on the text once {{variables}} are filled in, an empty file at
# 1:1, and a disk-full error that names the file.
. tests/e2e/lib.sh
P=$TMP/p
mkdir -p "$P/audio"
cd "$P" || exit 3
C=$ROOT/schedules/communes/tien-minh.yaml

# script FILE SAY: a script with one say: part
script() {
	printf 'id: t\ntitle: T\ntopic: other\nparts:\n  - say: "%s"\n' "$2" >"$1"
}
refs=$(awk 'BEGIN { for (i = 0; i < 3000; i++) printf "{{commune.office}} " }')
script grow.yaml "$refs"
expect_exit 1 "check refuses a say: that expands past the limit" "$LOA" check grow.yaml
stderr_matches "^loa: grow\.yaml:5:10: error: 'say' may grow past 65536 bytes" "at the say's line and column"
expect_exit 1 "check with the commune's own profile refuses it too" "$LOA" check --commune "$C" grow.yaml
stderr_matches "^loa: grow\.yaml:5:10: error: 'say' may grow past 65536 bytes" "at the same position"
expect_exit 1 "render refuses it as bad input, not exit 3" "$LOA" render grow.yaml --commune "$C" -o out.mp3
stderr_matches "^loa: grow\.yaml:5:10: 'say' is longer than 65536 bytes once" "render names the say too"
[ ! -e out.mp3 ] && ok "nothing written" || not_ok "out.mp3 written"
words=$(awk 'BEGIN { for (i = 0; i < 3500; i++) printf "xin chào bà con " }')
script long.yaml "$words"
expect_exit 1 "check refuses a say: that takes over half an hour to speak" "$LOA" check long.yaml
stderr_matches "^loa: long\.yaml:5:10: error: 'say' would take about [0-9]+ minutes" "with its estimate"
few=$(awk 'BEGIN { for (i = 0; i < 20; i++) printf "Gọi {{commune.office}}, số {{commune.police_phone}}. " }')
script few.yaml "$few"
expect_exit 0 "forty variables in a say pass" "$LOA" check few.yaml

# A profile value is bounded, so that check can bound what it adds.
long=$(awk 'BEGIN { for (i = 0; i < 30; i++) printf "Phòng " }')
sed "s/^office: .*/office: \"$long\"/" "$C" >big-profile.yaml
expect_exit 1 "a profile value over 128 bytes is refused" "$LOA" check big-profile.yaml
stderr_matches "^loa: big-profile\.yaml:[0-9]+:9: error: 'office' is longer than 128 bytes" "at its position"

# An empty file, or one with only comments, is reported at 1:1.
: >empty.yaml
printf '# nothing yet\n' >comment.yaml
for f in empty.yaml comment.yaml; do
	expect_exit 1 "check: $f" "$LOA" check $f
	stderr_matches "^loa: $f:1:1: " "$f is reported at 1:1"
done
expect_exit 1 "render: an empty script" "$LOA" render empty.yaml -o out.mp3
stderr_matches "^loa: empty\.yaml:1:1: the script is empty" "empty script at 1:1"
expect_exit 1 "render: an empty commune profile" "$LOA" render "$ROOT/scripts/lua-dao-truc-tuyen.yaml" --commune empty.yaml -o out.mp3
stderr_matches "^loa: empty\.yaml:1:1: the profile is empty" "empty profile at 1:1"
expect_exit 1 "normalize: an empty lexicon" "$LOA" normalize --lexicon empty.yaml x
stderr_matches "^loa: empty\.yaml:1:1: empty lexicon" "empty lexicon at 1:1"
expect_exit 1 "plan: an empty schedule" "$LOA" plan empty.yaml --week 2026-W49
stderr_matches "^loa: empty\.yaml:1:1: " "empty schedule at 1:1"
# An empty policy or allowlist in the project is named at 1:1 by check.
mkdir -p schedules
for f in policy allowlist; do
	: >schedules/$f.yaml
	expect_exit 1 "check with an empty $f.yaml" "$LOA" check few.yaml
	stderr_matches "schedules/$f\.yaml:1:1: the $f is empty" "the empty $f at 1:1"
	rm schedules/$f.yaml
done

# Disk full: a 64 KiB tmpfs (root only; skipped elsewhere).
mkdir full
if mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
	trap 'umount "$P/full" 2>/dev/null; rm -rf "$TMP"' EXIT
	expect_exit 4 "render on a full disk fails (the system refused: exit 4)" "$LOA" render "$ROOT/scripts/lua-dao-truc-tuyen.yaml" --root "$ROOT" --commune "$C" -o full/x.mp3
	stderr_matches "'.*full/x\.mp3': .*No space left on device" "the message names the file"
	[ -z "$(ls -A full)" ] && ok "nothing left on the full disk" || not_ok "files left: $(ls -A full)"
	umount full
else
	ok "disk full # SKIP cannot mount a tmpfs here"
fi
finish
