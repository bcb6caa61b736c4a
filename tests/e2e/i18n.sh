# Messages in the officer's language: LANG=vi_VN.UTF-8 gives Vietnamese
# (help, usage errors, findings, the plan's weekday names and headings),
# C or no LANG gives English, and what tools read (CSV keys, JSON) is the
# same in both.  Needs the vi_VN.UTF-8 locale: when the machine lacks it,
# it is built into a temporary folder (LOCPATH), which needs no root.
. tests/e2e/lib.sh

vi_locale
vi() { LANG=vi_VN.UTF-8 "$@"; }
en() { LANG=C "$@"; }

# Help and usage errors.
en "$LOA" >"$TMP/en" 2>&1
vi "$LOA" >"$TMP/vi" 2>&1
grep -q "To start" "$TMP/en" && ok "loa alone is English under LANG=C" ||
	not_ok "loa alone under LANG=C: $(head -n 2 "$TMP/en")"
grep -q "Bắt đầu" "$TMP/vi" && ok "loa alone is Vietnamese under LANG=vi_VN.UTF-8" ||
	not_ok "loa alone under vi: $(head -n 2 "$TMP/vi")"
vi "$LOA" >"$TMP/vi.stdout" 2>"$TMP/vi.stderr"
[ $? -eq 0 ] && [ ! -s "$TMP/vi.stderr" ] && grep -q "Bắt đầu" "$TMP/vi.stdout" &&
	[ "$(wc -l <"$TMP/vi.stdout")" -le 15 ] &&
	ok "loa alone: a short help on standard output, exit 0" || not_ok "loa alone: stdout/stderr/exit"
(unset LANG; "$LOA" >"$TMP/none" 2>&1)
cmp -s "$TMP/en" "$TMP/none" && ok "no LANG at all is English, as C" ||
	not_ok "no LANG differs from C"
expect_exit 2 "an unknown option is a usage error in Vietnamese" vi "$LOA" render --bogus
stderr_matches "^loa: tuỳ chọn lạ '--bogus'$" "the unknown option, said in Vietnamese"
stderr_matches "^cách dùng: loa render " "the usage line, in Vietnamese"
expect_exit 2 "the same in English" en "$LOA" render --bogus
stderr_matches "^loa: unknown option '--bogus'$" "the unknown option, said in English"
vi "$LOA" help render >"$TMP/out"
grep -q "Tạo từ một kịch bản" "$TMP/out" && grep -q -- "--commune HỒ_SƠ" "$TMP/out" &&
	ok "loa help render is Vietnamese, option names kept" || not_ok "loa help render"
LC_ALL=vi_VN.UTF-8 LANG=C "$LOA" render --bogus 2>"$TMP/err"
grep -q "tuỳ chọn lạ" "$TMP/err" && ok "LC_ALL wins over LANG" || not_ok "LC_ALL ignored"

# Findings from the lower layers: the YAML reader and the script checks.
P=$TMP/proj
mkdir -p "$P/audio"
printf 'id: thu\ntitle: Thử\ntopic: other\nparts:\n\t- say: Xin chào.\n' >"$P/tab.yaml"
printf 'id: khac\ntitle: Thử\ntopic: other\nparts:\n  - say: Xin chào.\n' >"$P/id.yaml"
cd "$P"
expect_exit 1 "a tab is refused in Vietnamese" vi "$LOA" check tab.yaml
stderr_matches "^loa: tab\.yaml:5:1: lỗi: có ký tự tab: YAML thụt lề bằng dấu cách" \
	"file:line:column, 'lỗi' and the fix in Vietnamese"
expect_exit 1 "and in English" en "$LOA" check tab.yaml
stderr_matches "^loa: tab\.yaml:5:1: error: a tab character: YAML indents with spaces" \
	"file:line:column, 'error' and the fix in English"
expect_exit 1 "a missing audio file, in Vietnamese" vi "$LOA" render "$ROOT/scripts/lua-dao-truc-tuyen.yaml" \
	--root "$P" -o "$P/x.mp3"
stderr_matches "dự án không có thư mục audio/|không tồn tại" "the path message is Vietnamese"
[ ! -e "$P/x.mp3" ] && ok "nothing written" || not_ok "x.mp3 written"
cd "$ROOT"

# The plan: people read the table, tools read CSV and JSON.
week="schedules/thu-lam.yaml --week 2026-W49"
vi "$LOA" plan $week >"$TMP/vi.txt" 2>&1
en "$LOA" plan $week >"$TMP/en.txt" 2>&1
grep -q "^Thứ Hai 2026-11-30 " "$TMP/vi.txt" && ! grep -q "Mon" "$TMP/vi.txt" &&
	ok "the plan says Thứ Hai, not Mon" || not_ok "weekday: $(sed -n 3p "$TMP/vi.txt")"
grep -q "Chủ Nhật 2026-12-06\|Thứ Bảy 2026-12-05" "$TMP/vi.txt" &&
	ok "and the weekend days" || not_ok "weekend names"
grep -q "^ngày  *giờ  *khung giờ  *khu vực  *kịch bản  *thời lượng$" "$TMP/vi.txt" &&
	ok "the table's headings are Vietnamese" || not_ok "headings: $(sed -n 2p "$TMP/vi.txt")"
grep -q "^Mon 2026-11-30 " "$TMP/en.txt" && grep -q "^day  *time  *slot" "$TMP/en.txt" &&
	ok "English under LANG=C" || not_ok "English plan: $(sed -n 2,3p "$TMP/en.txt")"
# Columns line up by characters, not bytes: every row's script column
# starts where its heading does.
/usr/bin/python3 - "$TMP/vi.txt" <<'PY' &&
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
h = lines[1].index("kịch bản")
rows = [l for l in lines[2:] if re.search(r"  [a-z]+(-[a-z]+)+  ", l)]
bad = [l for l in rows if not re.match(r"[a-z]", l[h:]) or l[h - 1] != " "]
sys.exit(1 if bad or not rows else 0)
PY
	ok "columns line up under Vietnamese headings" || not_ok "columns misaligned"
for f in csv json ics; do
	vi "$LOA" plan $week --format $f >"$TMP/vi.$f" 2>&1
	en "$LOA" plan $week --format $f >"$TMP/en.$f" 2>&1
done
cmp -s "$TMP/vi.csv" "$TMP/en.csv" && ok "plan CSV is the same in both languages (keys, Mon..Sun)" ||
	not_ok "plan CSV differs by language"
cmp -s "$TMP/vi.json" "$TMP/en.json" && ok "plan JSON is the same in both languages" ||
	not_ok "plan JSON differs by language"
grep -q "DESCRIPTION:kịch bản " "$TMP/vi.ics" && grep -q "DESCRIPTION:script " "$TMP/en.ics" &&
	ok "the calendar's description is for people: translated" || not_ok "ics description"

# The station's commands: one message of each, in both languages (the
# words translated, option names and values kept).
# both NAME VI-PATTERN EN-PATTERN COMMAND...: the same run in each language.
both() {
	name=$1 vi_re=$2 en_re=$3
	shift 3
	vi "$@" >"$TMP/vi" 2>&1 </dev/null
	en "$@" >"$TMP/en" 2>&1 </dev/null
	grep -Eq -- "$vi_re" "$TMP/vi" && ok "$name, in Vietnamese" ||
		not_ok "$name in Vietnamese: $(head -n 2 "$TMP/vi")"
	grep -Eq -- "$en_re" "$TMP/en" && ok "$name, in English" ||
		not_ok "$name in English: $(head -n 2 "$TMP/en")"
}
S=$TMP/station
mkdir -p "$S"
both "air without a schedule" "^loa: lịch phát nào\? .*" "^loa: which schedule\?" "$LOA" air
both "air's usage line" "^cách dùng: loa air LỊCH_PHÁT\.\.\. --output URL\.\.\. \[--weeks THƯ_MỤC\]" \
	"^usage: loa air SCHEDULE\.\.\. --output URL\.\.\. \[--weeks DIR\]" "$LOA" air
both "bulletin without a file" "^loa: bản tin nào\? \(một TỆP âm thanh" "^loa: which bulletin\?" "$LOA" bulletin
both "log's --format" "^loa: --format: table hoặc csv$" "^loa: --format: table or csv$" "$LOA" log --format x
printf 'matkhau123\n' | en "$LOA" user add an --role approver --db "$S/loa.db" >"$TMP/out" 2>&1
grep -q "^user an: approver$" "$TMP/out" && ok "user add says what it made" || not_ok "user add: $(cat "$TMP/out")"
both "log's table headings" "^mục  dự kiến  bắt đầu  *kết thúc  *mức  *kết quả  *khung giờ tệp \(lý do\)$" \
	"^item planned  started  *ended  *tier  *outcome  *slot   file \(reason\)$" \
	"$LOA" log --db "$S/loa.db" --date 2026-12-01
grep -q "^2026-12-01: 0 items$" "$TMP/en" && grep -q "^2026-12-01: 0 mục$" "$TMP/vi" &&
	ok "log's count in both languages" || not_ok "log count: $(tail -n 1 "$TMP/vi")"
both "status with no daemon" "^chưa có chương trình phát nào chạy với thư mục hàng chờ" \
	"^no daemon has run with the spool folder" "$LOA" status --spool "$S/none" --db "$S/loa.db"
both "report without -o" "^loa: ghi vào đâu\? \(-o TỆP\.xlsx" "^loa: where to\? \(-o FILE\.xlsx" \
	"$LOA" report --month 2026-11
both "export-log without a period" "^loa: khoảng thời gian nào\? \(--from NGÀY --to NGÀY" \
	"^loa: which period\? \(--from DATE --to DATE" "$LOA" export-log -o "$S/x.jsonl"
both "serve's --listen" "^loa: --listen cần ĐỊA_CHỈ:CỔNG, như 127\.0\.0\.1:8080, không phải 'bogus'$" \
	"^loa: --listen wants ADDRESS:PORT" "$LOA" serve --listen bogus
both "user's --role" "^loa: --role là editor, approver, operator hoặc admin, không phải 'boss'$" \
	"^loa: --role is editor, approver, operator or admin, not 'boss'$" \
	"$LOA" user add b --role boss --db "$S/loa.db"
both "plan --format xlsx without -o" "^loa: bảng lịch phát cần -o TỆP$" "^loa: a run-sheet needs -o FILE$" \
	"$LOA" plan schedules/thu-lam.yaml --week 2026-W49 --format xlsx
both "plan --format html without -o" "^loa: bảng lịch phát cần -o TỆP$" "^loa: a run-sheet needs -o FILE$" \
	"$LOA" plan schedules/thu-lam.yaml --week 2026-W49 --format html
echo "not audio" >"$S/a.mp3"
both "info on a file that is not audio" "^loa: không đọc được âm thanh '.*a\.mp3'" \
	"^loa: cannot read audio '.*a\.mp3'" "$LOA" info "$S/a.mp3"
both "init into a file" "^loa: 'README\.md' đã có và không phải thư mục trống" \
	"^loa: 'README\.md' already exists and is not an empty folder" "$LOA" init README.md
both "an output kind the daemon does not know (output.c)" \
	"bỏ qua đầu ra 'ftp://x/y': không biết loại đầu ra 'ftp:': dùng một trong alsa:DEVICE" \
	"output 'ftp://x/y' left out: unknown output kind 'ftp:': use one of alsa:DEVICE" \
	"$LOA" air schedules/thu-lam.yaml --output ftp://x/y --db "$S/loa.db" --weeks "$S/none" \
	--spool "$S/spool"
both "play says what plays where" "^đang phát .*chime-in\.flac ra null: \(Ctrl-C để dừng\)$" \
	"^playing .*chime-in\.flac through null: \(Ctrl-C stops\)$" "$LOA" play "$ROOT/audio/chime-in.flac" -o null:

# Numbers keep their decimal point: only messages and character type
# follow the locale (vi_VN writes 1,5).
vi "$LOA" say "Xin chào." -o "$TMP/s.mp3" >"$TMP/out" 2>&1
grep -Eq "^$TMP/s.mp3: [0-9]+\.[0-9] giây, -?[0-9]+\.[0-9] LUFS" "$TMP/out" &&
	ok "say's summary in Vietnamese with decimal points" || not_ok "say: $(cat "$TMP/out")"

# Every message with words has a Vietnamese translation, and the
# catalogues' formats match their messages (msgfmt --check).
untranslated=$(msgattrib --untranslated --no-wrap "$ROOT/po/vi.po" | grep '^msgid "..*[a-z][a-z]' | head -n 3)
[ -z "$untranslated" ] && ok "po/vi.po translates every message" ||
	not_ok "untranslated in po/vi.po: $untranslated"
# And po/vi.po keeps up with the code: every message the sources mark
# (xgettext with the Makefile's keywords, as make update-po) is in it,
# translated and not fuzzy (msgcmp counts both as missing).
kw=$(sed -n '/^XGETTEXT_KEYWORDS *=/,/[^\\]$/p' "$ROOT/Makefile" | tr -d '\\\n' |
	sed 's/^XGETTEXT_KEYWORDS *= *//')
(cd "$ROOT" && xgettext --from-code=UTF-8 -L C $kw --no-location -o "$TMP/src.pot" \
	$(ls src/*/*.c src/*/*/*.c 2>/dev/null | sort)) 2>"$TMP/xgettext.err"
if [ ! -s "$TMP/src.pot" ] || [ -z "$kw" ]; then
	not_ok "xgettext over the sources: $(head -n 2 "$TMP/xgettext.err")"
elif msgcmp "$ROOT/po/vi.po" "$TMP/src.pot" 2>"$TMP/msgcmp"; then
	ok "po/vi.po translates every message of the sources (run make update-po after new ones)"
else
	# Each finding names a file and line: the message's msgid line.
	grep -v 'warning:\|\.\.\.but' "$TMP/msgcmp" | sed -n 's/^\([^:]*\):\([0-9]*\): .*/\1 \2/p' >"$TMP/where"
	not_ok "po/vi.po lacks $(wc -l <"$TMP/where") message(s) of the sources or has them fuzzy: make update-po, then translate"
	head -n 5 "$TMP/where" | while read -r f n; do sed -n "$((n - 1)),${n}p" "$f"; done | sed 's/^/#   /'
fi
check "po/vi.po and po/en.po pass msgfmt --check" sh -c \
	"msgfmt --check -o /dev/null '$ROOT/po/vi.po' && msgfmt --check -o /dev/null '$ROOT/po/en.po'"
finish
