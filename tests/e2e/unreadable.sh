# Words eSpeak NG would not read in Vietnamese (loa/guard.h,
# loa_guard_unreadable), and foreign words the normaliser reads by its
# letter-to-sound rules (a guess the officer should check), and long
# abbreviations in capitals that nothing knows, so spelled, and numbers
# a reader takes two ways ("5,550"): check,
# render --explain and approve warn at the word's file:line:column, say
# how a foreign word will be read and suggest a lexicon entry; normalize
# --unreadable lists them for a whole text; a lexicon entry silences the
# warning.  Real eSpeak NG phonemes decide, nothing is mocked.
. tests/e2e/lib.sh
R=$TMP/root
mkdir -p "$R/scripts" "$R/schedules/communes" "$R/out"
unset LOA_DB
printf 'id: tm\nkind: xã\nname: xã Tiên Minh\ncity: thành phố Hải Phòng\noffice: UBND xã Tiên Minh\npolice_phone: "0225 3999 101"\nhotline: "113"\n' \
	>"$R/schedules/communes/tm.yaml"
# Line 6, column 26: "WhiteHat", a foreign word read "oai hát"; line 7,
# column 14: "Müller", which eSpeak NG reads in English; line 8, column
# 14: "QLVHLDCT", an abbreviation no lexicon has, spelled ("ANTV", four
# letters, is spelled rightly and not warned of).
cat >"$R/scripts/w.yaml" <<'YAML'
id: w
title: Thử
topic: other
parts:
  - say: >-
      Chuyên gia an ninh WhiteHat khuyến cáo {{commune.name}}.
  - say: Ông Müller nói.
  - say: Đội QLVHLDCT kiểm tra, kênh ANTV đưa tin.
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
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' is not Vietnamese and no lexicon has it: it will be read 'oai hát'; if that is wrong, add a lexicon entry \(written: \"WhiteHat\"" \
	"check: a foreign word at its file:line:column, how it will be read and a lexicon entry"
stderr_matches "w.yaml:7:14: warning: 'Müller' would be read with English phonemes: add a lexicon entry \(written: \"Müller\"" \
	"check: a word eSpeak NG reads in English, with the language and a lexicon entry"
stderr_matches "w.yaml:8:14: warning: 'QLVHLDCT' is in no lexicon: it will be spelled 'quy lờ vê hát lờ đê xê tê'; if it stands for words, add a lexicon entry \(written: \"QLVHLDCT\", spoken: the words; loa-lexicon\(5\)\)" \
	"check: an abbreviation spelled for want of a lexicon entry, at its file:line:column"
grep -q "'ANTV'" "$TMP/err" && not_ok "check warned of ANTV: $(cat "$TMP/err")" ||
	ok "check: a short code, rightly spelled, is not warned of"
expect_exit 0 "check of a clean script" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/clean.yaml"
grep -q "would be read\|will be read" "$TMP/err" && not_ok "clean script warned: $(cat "$TMP/err")" ||
	ok "check: no warning for plain Vietnamese and a profile value"

expect_exit 0 "render --explain renders" "$LOA" render --root "$R" --explain -q \
	--commune "$R/schedules/communes/tm.yaml" -o "$R/out/w.wav" "$R/scripts/w.yaml"
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' is not Vietnamese and no lexicon has it: it will be read 'oai hát'" \
	"render --explain: the warning"
stderr_matches "w.yaml:8:14: warning: 'QLVHLDCT' is in no lexicon" \
	"render --explain: the spelled abbreviation"
expect_exit 0 "render without --explain" "$LOA" render --root "$R" -q \
	--commune "$R/schedules/communes/tm.yaml" -o "$R/out/w2.wav" "$R/scripts/w.yaml"
grep -q "would be read\|will be read\|will be spelled" "$TMP/err" && not_ok "plain render warned" ||
	ok "render: the check is --explain's"
cmp -s "$R/out/w.wav" "$R/out/w2.wav" && ok "render --explain: the same audio" ||
	not_ok "the check changed the audio"

expect_exit 0 "approve records the approval" "$LOA" approve --root "$R" \
	--db "$TMP/a.db" --by "Nguyễn Văn A" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/w.yaml"
stderr_matches "w.yaml:6:26: warning: 'WhiteHat' is not Vietnamese and no lexicon has it: it will be read 'oai hát'" \
	"approve: the warning before approving"

# A lexicon entry is the fix the warning asks for.
cat >"$R/scripts/lexicon.yaml" <<'YAML'
lexicon:
  - written: WhiteHat
    spoken: quai hát
  - written: Müller
    spoken: muy lơ
  - written: QLVHLDCT
    spoken: quản lý văn hóa
YAML
expect_exit 0 "check with the lexicon entries" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/w.yaml"
grep -q "would be read\|will be read\|will be spelled" "$TMP/err" && not_ok "still warned: $(cat "$TMP/err")" ||
	ok "check: the project lexicon silences the warnings"

printf 'Xin chào bà con.\nNgười dùng từ chối cookie, gọi qua Skype.\nTiền ảo VNcoins, công nghệ spoofing.\nÔng Müller nói.\n' >"$TMP/t.txt"
expect_exit 1 "normalize --unreadable: exit 1 when it finds words" \
	sh -c '"$0" normalize --unreadable <"$1" >"$2"' "$LOA" "$TMP/t.txt" "$TMP/list"
grep -q "^stdin:3:9: warning: 'VNcoins' is not Vietnamese and no lexicon has it: it will be read 'vê nờ coi'" "$TMP/list" &&
	ok "normalize --unreadable: a foreign word and how it is read, at line:column" ||
	not_ok "normalize --unreadable: $(cat "$TMP/list")"
grep -q "^stdin:3:28: warning: 'spoofing' is not Vietnamese and no lexicon has it: it will be read 'xờ pu phinh'" "$TMP/list" &&
	ok "normalize --unreadable: a second foreign word on the line" ||
	not_ok "normalize --unreadable (spoofing): $(cat "$TMP/list")"
grep -q "^stdin:4:5: warning: 'Müller' would be read with English phonemes" "$TMP/list" &&
	ok "normalize --unreadable: a word eSpeak NG reads in English" ||
	not_ok "normalize --unreadable (Müller): $(cat "$TMP/list")"
[ "$(wc -l <"$TMP/list")" -eq 3 ] && ok "normalize --unreadable: nothing else (cookie, Skype are in the dictionary)" ||
	not_ok "normalize --unreadable listed: $(cat "$TMP/list")"
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$LOA" normalize --unreadable "Vi khuẩn Salmonella." >"$TMP/vi" 2>&1
grep -q "^text:1:10: cảnh báo: 'Salmonella' không phải tiếng Việt và chưa có trong từ điển: sẽ đọc là 'xan mô nen la'; nếu sai, thêm vào từ điển của xã" "$TMP/vi" &&
	ok "normalize --unreadable: the officer's Vietnamese" ||
	not_ok "normalize --unreadable in Vietnamese: $(cat "$TMP/vi")"
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$LOA" normalize --unreadable "Đội QLVHLDCT kiểm tra." >"$TMP/vi" 2>&1
grep -q "^text:1:5: cảnh báo: 'QLVHLDCT' chưa có trong từ điển: sẽ đọc từng chữ cái là 'quy lờ vê hát lờ đê xê tê'; nếu là chữ viết tắt của các từ, thêm vào từ điển của xã" "$TMP/vi" &&
	ok "normalize --unreadable: the spelled abbreviation in the officer's Vietnamese" ||
	not_ok "normalize --unreadable in Vietnamese (QLVHLDCT): $(cat "$TMP/vi")"
# A word in capitals cut into syllables is read as a name, a guess the
# officer sees; letters stay letters.
"$LOA" normalize --unreadable "Công ty DOWACO và ống HDPE." >"$TMP/caps" 2>&1
grep -q "^text:1:9: warning: 'DOWACO' is not Vietnamese and no lexicon has it: it will be read 'đô oa cô'" "$TMP/caps" &&
	[ "$(wc -l <"$TMP/caps")" -eq 1 ] &&
	ok "normalize --unreadable: a word in capitals read as a word, not HDPE" ||
	not_ok "normalize --unreadable (DOWACO): $(cat "$TMP/caps")"
# Guesses the rules make where marks are missing or a word is spelled
# for its digits (Session 15, warn15): a lone syllable of an address given
# marks, a word with its number read by a guess (Session 16: a word and
# a number, no longer a code spelled), a part of an address read as a foreign
# word; and a phrase without marks given them, in the officer's
# Vietnamese.  An address whose syllables cut into a run is no finding.
"$LOA" normalize --unreadable "Đừng vào tuong88.com, sàn Moneytrade5 hay trang luckywin.com, chỉ dichvucong.gov.vn." >"$TMP/w15" 2>&1
grep -q "^text:1:10: warning: 'tuong88.com' is written without its marks: it will be read 'tượng tám mươi tám chấm com'; if that is wrong, write the marks or add a lexicon entry" "$TMP/w15" &&
	grep -q "^text:1:27: warning: 'Moneytrade5' is not Vietnamese and no lexicon has it: it will be read 'mô ni trết năm'" "$TMP/w15" &&
	grep -q "^text:1:49: warning: 'luckywin.com' is not Vietnamese and no lexicon has it: it will be read 'lúc ki uyn chấm com'" "$TMP/w15" &&
	[ "$(wc -l <"$TMP/w15")" -eq 3 ] &&
	ok "normalize --unreadable: an address's guessed syllable, a word and its number, a foreign part" ||
	not_ok "normalize --unreadable (warn15): $(cat "$TMP/w15")"
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$LOA" normalize --unreadable "Tin nhắn: NGAN HANG NHA NUOC báo." >"$TMP/vi" 2>&1
grep -q "^text:1:11: cảnh báo: 'NGAN HANG NHA NUOC' được viết không dấu: sẽ đọc là 'ngân hàng nhà nước'; nếu sai, hãy viết có dấu hoặc thêm vào từ điển của xã" "$TMP/vi" &&
	ok "normalize --unreadable: words without marks, in the officer's Vietnamese" ||
	not_ok "normalize --unreadable in Vietnamese (toneless): $(cat "$TMP/vi")"
expect_exit 0 "normalize --unreadable: codes spelled rightly are no finding" \
	"$LOA" normalize --unreadable "Mã OTP, thẻ ATM, CCCD, chuyến VJ283, gạo ST25, anh N.V.T, kênh ANTV, Công ty EVNSPC, mục II."
[ ! -s "$TMP/out" ] && ok "normalize --unreadable: nothing for dictionary codes, short codes and unit names" ||
	not_ok "normalize --unreadable printed: $(cat "$TMP/out")"
expect_exit 0 "normalize --unreadable: exit 0 for plain Vietnamese" \
	"$LOA" normalize --unreadable "Xin chào bà con, gọi 113, Tiên Minh."
[ ! -s "$TMP/out" ] && ok "normalize --unreadable: prints nothing then" ||
	not_ok "normalize --unreadable printed: $(cat "$TMP/out")"
# A number a reader takes two ways: the reading chosen, the other and how
# to write it, at its file:line:column; numbers the words around settle
# ("5,239 gam", "10,953 lượt xem", "độ lớn 2.7") are no finding.
cat >"$R/scripts/n.yaml" <<'YAML'
id: n
title: Thử
topic: other
parts:
  - say: Thương lái mua lúa giá 5,550 tại ruộng.
  - say: Lịch tiêm từ 1 - 5.6, tỷ lệ đạt 12.3456.
YAML
expect_exit 0 "check: numbers read two ways" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/n.yaml"
stderr_matches "n.yaml:5:33: warning: '5,550' can be read two ways: it will be read 'năm phẩy năm năm không'; if it means 'năm nghìn năm trăm năm mươi', write it '5.550'" \
	"check: a comma before three digits, decimal or thousands"
stderr_matches "n.yaml:6:27: warning: '5.6' can be read two ways: it will be read 'năm phẩy sáu'; if it means 'ngày năm tháng sáu', write it '5/6'" \
	"check: the end of a range from a day, a decimal or a date"
stderr_matches "n.yaml:6:42: warning: '12.3456' can be read two ways: it will be read 'mười hai chấm ba bốn năm sáu'; if it means 'mười hai phẩy ba nghìn bốn trăm năm mươi sáu', write it '12,3456'" \
	"check: a decimal written the English way"
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$LOA" normalize --unreadable "Giá 1,566 một ký." >"$TMP/vi" 2>&1
grep -q "^text:1:5: cảnh báo: '1,566' có thể hiểu theo hai cách: sẽ đọc là 'một phẩy năm sáu sáu'; nếu ý là 'một nghìn năm trăm sáu mươi sáu', hãy viết '1.566'" "$TMP/vi" &&
	ok "normalize --unreadable: a number read two ways in the officer's Vietnamese" ||
	not_ok "normalize --unreadable in Vietnamese (1,566): $(cat "$TMP/vi")"
expect_exit 0 "normalize --unreadable: numbers the words settle are no finding" \
	"$LOA" normalize --unreadable "Nặng 5,239 gam, 10,953 lượt xem, độ lớn 2.7, tăng từ 2 đến 3.5 lần, ngày 15.6, phiên bản 1.12."
[ ! -s "$TMP/out" ] && ok "normalize --unreadable: nothing for numbers a unit, a count or a date settles" ||
	not_ok "normalize --unreadable printed: $(cat "$TMP/out")"
# The experiment of issue 13 (LOA_TRANSLIT=known): a word eSpeak NG's
# English dictionary has is read from its English sound, and the warning
# still names it and shows that reading; off, the spelling rules'.
printf 'id: mr\ntitle: Thử\ntopic: other\nparts:\n  - say: Nhà hàng Mrs Bao mở cửa.\n' \
	>"$R/scripts/mr.yaml"
expect_exit 0 "check with the sound rules" env LOA_TRANSLIT=known "$LOA" check \
	--root "$R" --commune "$R/schedules/communes/tm.yaml" "$R/scripts/mr.yaml"
stderr_matches "mr.yaml:5:19: warning: 'Mrs' is not Vietnamese and no lexicon has it: it will be read 'mi xít'" \
	"check: a word read from its English sound, named with its reading"
expect_exit 0 "check without them" "$LOA" check --root "$R" \
	--commune "$R/schedules/communes/tm.yaml" "$R/scripts/mr.yaml"
grep -q "'Mrs' .* read 'mi xít'" "$TMP/err" && not_ok "Mrs read by sound while off" ||
	ok "check: the sound rules are off unless asked for"
finish
