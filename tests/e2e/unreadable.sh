# Words eSpeak NG would not read in Vietnamese (loa/guard.h,
# loa_guard_unreadable): check, render --explain and approve warn at the
# word's file:line:column and suggest a lexicon entry; normalize
# --unreadable lists them for a whole text; a lexicon entry silences the
# warning.  Real eSpeak NG phonemes decide, nothing is mocked.
. tests/e2e/lib.sh
R=$TMP/root
mkdir -p "$R/scripts" "$R/schedules/communes" "$R/out"
unset LOA_DB
printf 'id: tm\nkind: xã\nname: xã Tiên Minh\ncity: thành phố Hải Phòng\noffice: UBND xã Tiên Minh\npolice_phone: "0225 3999 101"\nhotline: "113"\n' \
	>"$R/schedules/communes/tm.yaml"
# Line 6, column 20: "WhiteHat", which eSpeak NG reads in English.
cat >"$R/scripts/w.yaml" <<'YAML'
id: w
title: Thử
topic: other
parts:
  - say: >-
      Chuyên gia an ninh WhiteHat khuyến cáo {{commune.name}}.
YAML
cat >"$R/scripts/clean.yaml" <<'YAML'
id: clean
title: Thử
topic: other
parts:
  - say: Kính thưa bà con {{commune.name}}, xin chào.
YAML

expect_exit 0 "check: a warning is no error" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/w.yaml"
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' would be read with English phonemes: add a lexicon entry \(written: \"WhiteHat\"" \
	"check: the word at its file:line:column, with the language and a lexicon entry"
expect_exit 0 "check of a clean script" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/clean.yaml"
grep -q "would be read" "$TMP/err" && not_ok "clean script warned: $(cat "$TMP/err")" ||
	ok "check: no warning for plain Vietnamese and a profile value"

expect_exit 0 "render --explain renders" "$LOA" render --root "$R" --explain -q \
	--commune "$R/schedules/communes/tm.yaml" -o "$R/out/w.wav" "$R/scripts/w.yaml"
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' would be read with English phonemes" \
	"render --explain: the warning"
expect_exit 0 "render without --explain" "$LOA" render --root "$R" -q \
	--commune "$R/schedules/communes/tm.yaml" -o "$R/out/w2.wav" "$R/scripts/w.yaml"
grep -q "would be read" "$TMP/err" && not_ok "plain render warned" ||
	ok "render: the check is --explain's"
cmp -s "$R/out/w.wav" "$R/out/w2.wav" && ok "render --explain: the same audio" ||
	not_ok "the check changed the audio"

expect_exit 0 "approve records the approval" "$LOA" approve --root "$R" \
	--db "$TMP/a.db" --by "Nguyễn Văn A" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/w.yaml"
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' would be read with English phonemes" \
	"approve: the warning before approving"

# A lexicon entry is the fix the warning asks for.
cat >"$R/scripts/lexicon.yaml" <<'YAML'
lexicon:
  - written: WhiteHat
    spoken: oai hát
YAML
expect_exit 0 "check with the lexicon entry" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/w.yaml"
grep -q "would be read" "$TMP/err" && not_ok "still warned: $(cat "$TMP/err")" ||
	ok "check: the project lexicon silences the warning"

printf 'Xin chào bà con.\nNgười dùng từ chối cookie, gọi qua Skype.\nTiền ảo VNcoins, công nghệ spoofing.\n' >"$TMP/t.txt"
expect_exit 1 "normalize --unreadable: exit 1 when it finds words" \
	sh -c '"$0" normalize --unreadable <"$1" >"$2"' "$LOA" "$TMP/t.txt" "$TMP/list"
grep -q "^stdin:3:9: warning: 'VNcoins' would be read with English phonemes" "$TMP/list" &&
	ok "normalize --unreadable: a word eSpeak NG reads in English, at line:column" ||
	not_ok "normalize --unreadable: $(cat "$TMP/list")"
grep -q "^stdin:3:28: warning: 'spoofing' would be read letter by letter" "$TMP/list" &&
	ok "normalize --unreadable: a word eSpeak NG spells" ||
	not_ok "normalize --unreadable (spelled): $(cat "$TMP/list")"
[ "$(wc -l <"$TMP/list")" -eq 2 ] && ok "normalize --unreadable: nothing else (cookie, Skype are in the dictionary)" ||
	not_ok "normalize --unreadable listed: $(cat "$TMP/list")"
expect_exit 0 "normalize --unreadable: exit 0 for plain Vietnamese" \
	"$LOA" normalize --unreadable "Xin chào bà con, gọi 113."
[ ! -s "$TMP/out" ] && ok "normalize --unreadable: prints nothing then" ||
	not_ok "normalize --unreadable printed: $(cat "$TMP/out")"
finish
