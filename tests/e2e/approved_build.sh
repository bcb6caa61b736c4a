# Only approved content is built: a script approved for two communes is
# placed for both; changing the script, a jingle, a phone number or the
# voice leaves that segment out with a message naming the change;
# restoring it brings the segment back without a new approval.
. tests/e2e/lib.sh
R=$TMP/root
O=$TMP/week
mkdir -p "$R/scripts" "$R/schedules/communes" "$R/audio"
unset LOA_DB
ffmpeg -v error -f lavfi -i "sine=frequency=880:duration=0.4" -ar 22050 -ac 1 "$R/audio/j.wav"
cat >"$R/scripts/a.yaml" <<'EOF2'
id: a
title: Tin a
topic: other
intro: audio/j.wav
voice:
  rate: 150
parts:
  - say: Gọi công an xã theo số {{commune.police_phone}}.
EOF2
profile() { # id name phone
	printf 'id: %s\nkind: xã\nname: %s\ncity: thành phố Hải Phòng\noffice: UBND %s\npolice_phone: "%s"\nhotline: "113"\n' \
		"$1" "$2" "$2" "$3" >"$R/schedules/communes/$1.yaml"
	printf 'commune: %s\nslots:\n  - id: sang\n    days: [mon]\n    start: "06:30"\n    length: 5m\n    play: [a]\n' \
		"$1" >"$R/schedules/$1.yaml"
}
profile tm "xã Tiên Minh" "0225 3999 101"
profile nd "xã Nghi Dương" "0225 3999 202"
build() { "$LOA" build --root "$R" "$R/schedules/tm.yaml" "$R/schedules/nd.yaml" --week 2026-W49 -o "$O" "$@"; }
seg() { echo "$O/$1/2026-W49/2026-11-30_0630_sang_1_a.mp3"; }
rows() { sqlite3 "$R/loa.db" "SELECT count(*) FROM approvals"; }

expect_exit 1 "nothing approved: exit 1" build
stderr_matches "a for tm: never approved for this commune" "awaiting approval, named"
[ ! -e "$(seg tm)" ] && ! grep -q '\.mp3' "$O/tm/2026-W49/2026-11-30.m3u8" &&
	ok "no segment, not in the playlist" || not_ok "an unapproved segment was placed"

for c in tm nd; do
	"$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/communes/$c.yaml" --by "Nguyễn Văn A" -q >/dev/null
done
expect_exit 0 "approved for both communes: built" build
[ -f "$(seg tm)" ] && [ -f "$(seg nd)" ] && ok "both segments placed" || not_ok "missing segments"
grep -q "sang_1_a.mp3" "$O/nd/2026-W49/2026-11-30_0630_sang.m3u8" && ok "and in the playlists" || not_ok "playlist"
n=$(rows)

# change WHAT SED-EXPR FILE MESSAGE: one change, one message, then restore.
change() {
	cp "$3" "$TMP/saved"
	sed -i "$2" "$3"
	expect_exit 1 "$1: left out" build
	stderr_matches "$4" "$1: the message names it"
	[ ! -e "$(seg tm)" ] && ok "$1: the segment is gone" || not_ok "$1: still placed"
	grep -q '\.mp3' "$O/tm/2026-W49/2026-11-30.m3u8" && not_ok "$1: still in the playlist" || ok "$1: out of the playlist"
	[ -f "$(seg nd)" ] || [ "$3" = "$R/scripts/a.yaml" ] || [ "$3" = "$R/audio/j.wav" ] &&
		ok "$1: the other commune is untouched" || not_ok "$1: other commune"
	cp "$TMP/saved" "$3"
	expect_exit 0 "$1 restored: built again" build
	[ -f "$(seg tm)" ] && [ "$(rows)" = "$n" ] && ok "$1 restored: placed, no new approval" || not_ok "$1 restore"
}
change "one character of the script" 's/Gọi công an/Gọi Công an/' "$R/scripts/a.yaml" "a for tm: the script file changed"
change "the voice rate" 's/rate: 150/rate: 160/' "$R/scripts/a.yaml" "a for tm: the script file changed; the voice or settings changed"
change "a phone number" 's/3999 101/3999 909/' "$R/schedules/communes/tm.yaml" \
	"a for tm: a commune value changed: commune.police_phone; the spoken text changed"
# A byte of the jingle's samples (past its 44-byte header).
cp "$R/audio/j.wav" "$TMP/j.wav"
printf '\177' | dd of="$R/audio/j.wav" bs=1 seek=2000 conv=notrunc 2>/dev/null
expect_exit 1 "a jingle byte: left out" build
stderr_matches "a for tm: an audio file changed: audio/j.wav" "a jingle byte: the message names the file"
stderr_matches "a for nd: an audio file changed" "for every commune that uses it"
expect_exit 1 "--drafts builds it for listening" build --drafts
d="$O/tm/2026-W49/DRAFT_2026-11-30_0630_sang_1_a.mp3"
[ -f "$d" ] && [ "$(probe "$d" stream=codec_name)" = mp3 ] && ok "a DRAFT_ file, real MP3" || not_ok "no draft"
grep -q DRAFT "$O"/tm/2026-W49/*.m3u8 "$O/tm/2026-W49/manifest.csv" && not_ok "a draft in a playlist or manifest" ||
	ok "drafts are in no playlist or manifest"
# A copied draft still says it is not approved: its tags, read by
# mutagen (libsndfile garbles Vietnamese ID3), carry DRAFT too.
tags() { /usr/bin/python3 -c 'import sys; from mutagen.id3 import ID3
t = ID3(sys.argv[1]); print(t["TIT2"].text[0]); print(t.getall("COMM")[0].text[0])' "$1"; }
tags "$d" >"$TMP/tags" 2>&1
[ "$(sed -n 1p "$TMP/tags")" = "DRAFT – BẢN NHÁP, CHƯA PHÊ DUYỆT: Tin a (xã Tiên Minh)" ] &&
	ok "the draft's title says DRAFT, Vietnamese intact" || not_ok "draft title: $(cat "$TMP/tags")"
sed -n 2p "$TMP/tags" | grep -q "^DRAFT – BẢN NHÁP: chưa được phê duyệt.*giọng đọc tổng hợp" &&
	ok "its comment says DRAFT and keeps the synthetic-voice notice" || not_ok "draft comment: $(cat "$TMP/tags")"
[ -z "$(ffmpeg -v error -i "$d" -f null - 2>&1)" ] && ok "and decodes without an error" || not_ok "the draft does not decode"
cp "$TMP/j.wav" "$R/audio/j.wav"
expect_exit 0 "the jingle restored: built again" build
tags "$(seg tm)" | grep -q DRAFT && not_ok "an approved segment says DRAFT" || ok "an approved segment's tags do not say DRAFT"
expect_exit 0 "the build verifies" "$LOA" verify --root "$R" "$O"

# An approval does not expire with the week.
expect_exit 0 "the next week needs no new approval" \
	"$LOA" build --root "$R" "$R/schedules/tm.yaml" --week 2026-W50 -o "$O"
[ -f "$O/tm/2026-W50/2026-12-07_0630_sang_1_a.mp3" ] && ok "placed in week 50" || not_ok "week 50"

"$LOA" revoke 1 --by "Trần B" --reason "rút lại" --root "$R" >/dev/null
expect_exit 1 "a withdrawn approval: left out" build
stderr_matches "a for tm: approval 1 was withdrawn \(row [0-9]+ of loa approvals\); approve it again" "named as withdrawn, not as never approved"
[ -f "$(seg nd)" ] && ok "the other commune's approval stands" || not_ok "nd lost"
# A profile with example numbers is built only as an example.
profile ex "xã Ví Dụ" "0225 3999 303"
echo "example_contacts: true" >>"$R/schedules/communes/ex.yaml"
"$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/communes/ex.yaml" --by D --examples -q >/dev/null 2>&1
expect_exit 1 "an example profile is not built without --examples" \
	"$LOA" build --root "$R" "$R/schedules/ex.yaml" --week 2026-W49 -o "$TMP/ex"
stderr_matches "ex.yaml: the phone numbers of this profile are examples.*--examples" "and says why"
[ ! -e "$TMP/ex/ex/2026-W49/2026-11-30_0630_sang_1_a.mp3" ] && ok "nothing of it placed" || not_ok "example placed"
expect_exit 0 "with --examples it is built" \
	"$LOA" build --root "$R" "$R/schedules/ex.yaml" --week 2026-W49 -o "$TMP/ex" --examples
[ -f "$TMP/ex/ex/2026-W49/2026-11-30_0630_sang_1_a.mp3" ] && ok "and placed" || not_ok "example not placed with --examples"
finish
