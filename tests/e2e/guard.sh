# The phone-number guard (loa/guard.h): a number that is not the
# commune's, not official and not in the project's allowlist is refused
# at its file:line:column by check, render and say, and nothing is
# written; the same number passes once allowlisted.  loa check lists
# every finding of a file, errors first.
. tests/e2e/lib.sh

P=$TMP/proj
mkdir -p "$P/audio" "$P/out" "$P/schedules"
cd "$P"
. "$ROOT/tests/e2e/nghi-duong.inc"
# Line 7, column 7: the stray number.
cat > stray.yaml <<'YAML'
id: stray
title: Thử
topic: online-fraud
parts:
  - say: >-
      Kính thưa bà con {{commune.name}}. Khi cần, bà con gọi ngay
      0912.345.678 để được hỗ trợ.
YAML
expect_exit 1 "check refuses an unlisted number" "$LOA" check --commune commune.yaml stray.yaml
stderr_matches "^loa: stray.yaml:7:7: error: phone number '0912345678' is not one of the commune's numbers" \
	"check: the number at its file:line:column"
expect_exit 1 "render refuses it" "$LOA" render stray.yaml --commune commune.yaml -o out/stray.mp3
stderr_matches "^loa: stray.yaml:7:7: error: phone number '0912345678'" "render: at its position"
[ ! -e out/stray.mp3 ] && ok "render: nothing written" || not_ok "render wrote a file"
ls out | grep -q . && not_ok "render left a file in out/" || ok "render: out/ stays empty"
expect_exit 1 "say refuses it" "$LOA" say "Gọi ngay 0912 345 678 nhé." -o out/say.mp3
stderr_matches "^loa: text:1:10: error: phone number '0912345678'" "say: at its column"
[ ! -e out/say.mp3 ] && ok "say: nothing written" || not_ok "say wrote a file"

# Written another way, it is the same number: compared by digits.
printf 'allowlist:\n  - number: "+84 912 345 678"\n    name: Đường dây nóng\n    added_by: Nguyễn Văn A\n    reason: Công văn 12/CA của Công an tỉnh\n' \
	> schedules/allowlist.yaml
expect_exit 0 "the allowlisted number passes check" "$LOA" check --commune commune.yaml stray.yaml
expect_exit 0 "and renders" "$LOA" render stray.yaml --commune commune.yaml -o out/stray.mp3 -q
[ -s out/stray.mp3 ] && ok "the render is written" || not_ok "no render"
# An entry must say who added it and why.
printf 'allowlist:\n  - number: "0912 345 678"\n    reason: x\n' > schedules/allowlist.yaml
expect_exit 1 "an entry without added_by is refused" "$LOA" check stray.yaml
stderr_matches "^loa: .*schedules/allowlist.yaml:2:5: missing required key 'added_by'" "allowlist error at its position"
rm schedules/allowlist.yaml

# The commune's own numbers, in any form, and the official ones pass;
# years, money, dates, counts, codes and account numbers are no numbers.
cat > fine.yaml <<'YAML'
id: fine
title: Thử
topic: online-fraud
parts:
  - say: "Gọi Công an xã theo số {{commune.police_phone}}, hoặc (0225) 3000-101, hoặc +84 225 3000 101."
  - say: "Khẩn cấp gọi 113, cứu hỏa 114, cấp cứu 115, bảo vệ trẻ em 111, cứu nạn 112; tin nhắn rác nhắn tin gửi 5656."
  - say: "Năm 2026, theo Nghị định 13/2023/NĐ-CP, có 115 hộ bị lừa 5.000.000 đồng, ngày 12/03/2026 lúc 14:30."
  - say: "Tài khoản số 1234567890, thẻ 9704 1234 5678 9012, CCCD số 031095001234, mã hồ sơ 2026-000123."
  - say: "Số căn cước 031095001234 của ông A là giấy tờ, không phải số điện thoại."
YAML
expect_exit 0 "commune, official and non-phone numbers pass" "$LOA" check --commune commune.yaml fine.yaml
[ ! -s "$TMP/err" ] && ok "not a word on stderr" || { not_ok "findings on fine.yaml"; sed 's/^/#   /' "$TMP/err"; }

# A number inside a call-forwarding code still reaches the air.
printf 'id: fwd\ntitle: Thử\ntopic: online-fraud\nparts:\n  - say: "Đừng bấm **21*0912345678# theo lời người lạ."\n' > fwd.yaml
expect_exit 1 "a number in a keypad code is checked too" "$LOA" check --commune commune.yaml fwd.yaml
stderr_matches "fwd.yaml:5:25: error: phone number '0912345678' is not one of" "at the number's own column"

# A number brought in by a profile value is the profile's problem.
sed 's/^office: .*/office: Phòng Văn hóa, gọi 0987 654 321/' commune.yaml > office.yaml
printf 'id: office\ntitle: Thử\ntopic: other\nparts:\n  - say: "{{commune.office}}."\n' > office-script.yaml
expect_exit 1 "a number in a profile value is refused" "$LOA" check --commune office.yaml office-script.yaml
stderr_matches "^loa: office.yaml:5:9: error: phone number '0987654321' \\(from commune.office\\)" \
	"at the profile value's position"

# example_contacts: a warning from check and render, never a failure;
# --examples marks the tags.
printf 'example_contacts: true\n' | cat commune.yaml - > example.yaml
expect_exit 0 "check warns about example numbers" "$LOA" check example.yaml
stderr_matches "^loa: example.yaml:8:19: warning: the profile's numbers are examples" "check: the warning"
expect_exit 0 "render warns and renders" "$LOA" render fine.yaml --commune example.yaml -o out/ex.mp3 -q
stderr_matches "warning: the profile's numbers are examples" "render: the warning"
expect_exit 0 "render --examples" "$LOA" render fine.yaml --commune example.yaml --examples -o out/ex2.mp3 -q
case "$(probe out/ex2.mp3 format_tags=comment)" in *"VÍ DỤ"*) ok "--examples: the comment says so" ;;
	*) not_ok "--examples: comment is '$(probe out/ex2.mp3 format_tags=comment)'" ;; esac
case "$(probe out/ex.mp3 format_tags=comment)" in *"VÍ DỤ"*) not_ok "without --examples: marked" ;;
	*) ok "without --examples: the comment is unchanged" ;; esac

# Three problems in one file: all three, errors first.
cat > three.yaml <<'YAML'
id: three
example_contacts: true
kind: huyện
name: xã Ba
city: thành phố Hà Nội
office: Phòng Văn hóa xã Ba
police_phone: "gọi ngay"
hotline: "113"
YAML
expect_exit 1 "check: three problems" "$LOA" check three.yaml
[ "$(grep -c '^loa: three.yaml:' "$TMP/err")" = 3 ] && ok "three findings printed" ||
	{ not_ok "findings: $(cat "$TMP/err")"; }
sed -n 1p "$TMP/err" | grep -q "three.yaml:3:7: error: kind 'huyện'" &&
sed -n 2p "$TMP/err" | grep -q "three.yaml:7:15: error: 'gọi ngay' is not a phone number" &&
sed -n 3p "$TMP/err" | grep -q "three.yaml:2:19: warning: " &&
	ok "errors first, then the warning" || not_ok "order: $(cat "$TMP/err")"
cat > three-script.yaml <<'YAML'
id: three-script
title: Ba lỗi
topic: khac
parts:
  - say: "Gọi ngay 0987 654 321 để nhận quà."
  - say: "Xin chào {{commune.ten}}."
YAML
expect_exit 1 "check: three problems in a script" "$LOA" check three-script.yaml
[ "$(grep -c ': error: ' "$TMP/err")" = 3 ] && ok "topic, number and variable all reported" ||
	not_ok "script findings: $(cat "$TMP/err")"
finish
