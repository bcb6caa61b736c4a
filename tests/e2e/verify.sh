# loa verify: the hash chain (a row changed with sqlite3 behind Loa's back
# is named) and a build folder re-hashed against manifests and approvals.
. tests/e2e/lib.sh
R=$TMP/root
O=$TMP/week
mkdir -p "$R/scripts" "$R/schedules/communes"
unset LOA_DB
for s in a b; do
	cat >"$R/scripts/$s.yaml" <<EOF2
id: $s
title: Tin $s
topic: other
parts:
  - say: Tin $s cho bà con {{commune.name}}.
EOF2
done
printf 'id: tm\nkind: xã\nname: xã Tiên Minh\ncity: thành phố Hải Phòng\noffice: UBND xã Tiên Minh\npolice_phone: "0225 3999 101"\nhotline: "113"\n' \
	>"$R/schedules/communes/tm.yaml"
tm_schedule "$R/schedules/tm.yaml" "[mon, wed]" "a, b"
approve() { "$LOA" approve --root "$R" "$R/scripts/$1.yaml" --commune "$R/schedules/communes/tm.yaml" --by "$2" >/dev/null; }
verify() { "$LOA" verify --root "$R" "$@"; }

expect_exit 1 "no database: nothing to verify" verify
stderr_matches "no station database here" "said in plain words"
approve a "Nguyễn Văn A" && approve b "Lê Thị C" && ok "two approvals" || not_ok "approve failed"
"$LOA" revoke 1 --by X --reason "thử" --root "$R" >/dev/null && approve a "Nguyễn Văn A"
expect_exit 0 "the chain verifies" verify
head=$(sqlite3 "$R/loa.db" "SELECT row_hash FROM approvals ORDER BY id DESC LIMIT 1")
grep -q "4 rows, chain intact, head $head" "$TMP/out" && ok "prints the last row's hash as the head" ||
	not_ok "head: $(cat "$TMP/out") vs $head"

"$LOA" build --root "$R" "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" -q >/dev/null 2>&1
expect_exit 0 "a build of approved scripts verifies" verify "$O"
grep -q "4 segments, 0 differ" "$TMP/out" && ok "every segment checked" || not_ok "$(cat "$TMP/out")"

# A file slipped into the week after the build is named; a draft is not.
wk=$(dirname "$(ls "$O"/tm/2026-W49/*_a.mp3 | head -n 1)")
cp "$(ls "$wk"/*_a.mp3 | head -n 1)" "$wk/2026-12-02_0630_sang_3_them.mp3"
cp "$(ls "$wk"/*_a.mp3 | head -n 1)" "$wk/DRAFT_b.mp3"
expect_exit 1 "an MP3 no manifest lists is caught" verify "$O"
grep -q "^$wk/2026-12-02_0630_sang_3_them.mp3: not in the week's manifest" "$TMP/out" &&
	ok "and named" || not_ok "$(cat "$TMP/out")"
grep -q "DRAFT_b.mp3" "$TMP/out" && not_ok "a draft is named: $(cat "$TMP/out")" || ok "a draft is left alone"
rm "$wk/2026-12-02_0630_sang_3_them.mp3" "$wk/DRAFT_b.mp3"

cp -r "$R" "$TMP/copy" && cp -r "$O" "$TMP/week-copy"
f=$(ls "$O"/tm/2026-W49/*_b.mp3 | head -n 1)
g=$(ls "$O"/tm/2026-W49/*_a.mp3 | head -n 1)
rm "$f" && cp "$g" "$f"
expect_exit 1 "a replaced MP3 is caught" verify "$O"
grep -q "^$f: differs from its manifest" "$TMP/out" && ok "and named" || not_ok "$(cat "$TMP/out")"
grep -q "^$f: its audio is not the audio approved" "$TMP/out" && ok "its audio is not the approved audio" ||
	not_ok "$(cat "$TMP/out")"
[ "$(grep -c "\.mp3: " "$TMP/out")" = 2 ] && ok "no other file is named" || not_ok "$(cat "$TMP/out")"

# A revoked approval: the segments built from it no longer verify.
R2=$TMP/copy
"$LOA" revoke 2 --by X --reason "rút lại" --root "$R2" >/dev/null
expect_exit 1 "segments of a withdrawn approval are named" "$LOA" verify --root "$R2" "$TMP/week-copy"
[ "$(grep -c "_b.mp3: its audio is not" "$TMP/out")" = 2 ] && ok "both b segments" || not_ok "$(cat "$TMP/out")"

# The as-run log is a chain of its own, checked by the same command.
expect_exit 0 "an empty as-run log verifies" "$LOA" verify --root "$R2"
grep -q "^as-run log: 0 rows, chain intact, head 0000000000000000" "$TMP/out" &&
	ok "and its head is printed" || not_ok "$(cat "$TMP/out")"
zero=0000000000000000000000000000000000000000000000000000000000000000
sqlite3 "$R2/loa.db" "INSERT INTO asrun (id, event, commune_id, outcome, prev_hash, row_hash)
	VALUES (1, 'once', 'tm', 'aired', '$zero', '$zero')"
expect_exit 1 "an as-run row forged with sqlite3 is caught" "$LOA" verify --root "$R2"
stderr_matches "as-run log: row 1 does not match: its content does not match its hash" "and named"

# Behind Loa's back: drop the triggers and change an approver's name.
sqlite3 "$R/loa.db" "DROP TRIGGER approvals_no_update; DROP TRIGGER approvals_no_delete;
	UPDATE approvals SET by = 'Kẻ Giả Mạo' WHERE id = 2"
expect_exit 1 "a changed approver is caught" verify
stderr_matches "row 2 does not match: its content does not match its hash" "the row is named"
sqlite3 "$R/loa.db" "UPDATE approvals SET by = 'Lê Thị C' WHERE id = 2"
expect_exit 0 "put back, the chain verifies again" verify
sqlite3 "$R/loa.db" "DELETE FROM approvals WHERE id = 2"
expect_exit 1 "a deleted row is caught" verify
stderr_matches "row 2 is missing" "and named"
finish
