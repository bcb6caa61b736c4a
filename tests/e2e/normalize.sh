# loa normalize: text argument, pipelines (one line out per line in),
# exit codes, lexicons and their file:line:column errors.
. tests/e2e/lib.sh
export LOA TMP

# same DESCRIPTION WANT COMMAND...: stdout equals WANT
same() {
	d=$1 want=$2; shift 2
	got=$("$@" 2>"$TMP/err")
	if [ "$got" = "$want" ]; then ok "$d"; else
		not_ok "$d"; echo "#   want: $want"; echo "#   got:  $got"; fi
}

same "text argument" "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu" \
	"$LOA" normalize "ngày 30/4/2026"
same "several arguments are one text" "gọi một một ba" "$LOA" normalize gọi 113
same "document code" \
	"Nghị định số một trăm bốn mươi hai, hai nghìn không trăm hai mươi sáu, nờ đê xê pê" \
	"$LOA" normalize "Nghị định số 142/2026/NĐ-CP"
same "southern voices say lẻ" "một trăm lẻ năm" "$LOA" normalize --southern 105
same "-- ends options" "âm ba" "$LOA" normalize -- -3
same "a negative number is text, not an option" "âm ba" "$LOA" normalize -3

# Pipelines: exactly one output line per input line, empty lines kept.
printf 'UBND xã\n\n6h30\nZalo, OTP\n' >"$TMP/in"
expect_exit 0 "reads standard input" sh -c '"$LOA" normalize <"$TMP/in"'
printf 'ủy ban nhân dân xã\n\nsáu giờ ba mươi phút\nda lô, ô tê pê\n' >"$TMP/want"
cmp -s "$TMP/out" "$TMP/want" && ok "one line out per line in" || {
	not_ok "one line out per line in"; sed 's/^/#   /' "$TMP/out"; }
printf 'hết dòng không xuống dòng 15' | "$LOA" normalize >"$TMP/out"
[ "$(cat "$TMP/out")" = "hết dòng không xuống dòng mười lăm" ] && ok "last line without newline" ||
	not_ok "last line without newline"
printf 'a\r\nb\r\n' | "$LOA" normalize >"$TMP/out"
[ "$(wc -l <"$TMP/out")" -eq 2 ] && ! grep -q "$(printf '\r')" "$TMP/out" &&
	ok "CRLF input" || not_ok "CRLF input"
# 5,000 lines through a pipe, in order.
i=0; : >"$TMP/many"
while [ $i -lt 5000 ]; do echo "$i"; i=$((i + 1)); done >"$TMP/many"
"$LOA" normalize <"$TMP/many" | awk 'END { print NR }' >"$TMP/out"
[ "$(cat "$TMP/out")" = 5000 ] && ok "5000 lines in, 5000 out" || not_ok "5000 lines"
sed -n 4322p "$TMP/many" | "$LOA" normalize >"$TMP/a"
"$LOA" normalize <"$TMP/many" | sed -n 4322p >"$TMP/b"
cmp -s "$TMP/a" "$TMP/b" && ok "line order kept" || not_ok "line order kept"
# A long line: 2 MB.
head -c 2000000 /dev/zero | tr '\0' '7' >"$TMP/long"
expect_exit 0 "a 2 MB line" sh -c '"$LOA" normalize <"$TMP/long"'
grep -q '[0-9]' "$TMP/out" && not_ok "no digits left in a long line" ||
	ok "no digits left in a long line"
# Streaming: each line is written as soon as it is read.  The second
# line is sent once the first has come out, or after 2 minutes: a
# deadline of a few seconds failed a slow start under the sanitizers.
if command -v timeout >/dev/null; then
	rm -f "$TMP/first" "$TMP/early"
	{
		echo "15"
		i=0
		while [ ! -s "$TMP/first" ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done
		[ -s "$TMP/first" ] && : >"$TMP/early"
		echo "16"
	} | timeout 300 "$LOA" normalize | { IFS= read -r l; echo "$l" >"$TMP/first"; cat >/dev/null; }
	out=$(cat "$TMP/first")
	[ "$out" = "mười lăm" ] && [ -e "$TMP/early" ] && ok "streams line by line" ||
		not_ok "streams line by line ($out$([ -e "$TMP/early" ] || echo ', not before the next line'))"
fi

# Bad input: exit 1, message on stderr, still one line per input line.
printf 'một\n\377\nba\n' >"$TMP/bad"
expect_exit 1 "invalid UTF-8 on stdin" sh -c '"$LOA" normalize <"$TMP/bad"'
stderr_matches "^loa: line 2: invalid UTF-8" "bad line is named"
[ "$(wc -l <"$TMP/out")" -eq 3 ] && ok "bad line keeps the line count" ||
	not_ok "bad line keeps the line count"
# Issue 14: a NUL after "<" crashed the normaliser (SIGSEGV).
printf 'ok\n<\000 T>\nok\n' >"$TMP/nul"
expect_exit 1 "a NUL byte on stdin is bad input" sh -c '"$LOA" normalize <"$TMP/nul"'
stderr_matches "^loa: line 2, column 2: a NUL byte is not text" "the NUL is named by line and column"
[ "$(wc -l <"$TMP/out")" -eq 3 ] && ok "one line out per line in, around a NUL" ||
	not_ok "one line out per line in, around a NUL"
expect_exit 1 "invalid UTF-8 argument" "$LOA" normalize "$(printf 'a\377')"
stderr_matches "^loa: invalid UTF-8" "argument error message"

# Usage errors: exit 2.
expect_exit 2 "unknown option" "$LOA" normalize --colour x
stderr_matches "unknown option '--colour'" "unknown option named"
stderr_matches "^usage: loa normalize" "usage shown"
expect_exit 2 "--lexicon without a file" "$LOA" normalize --lexicon
expect_exit 0 "normalize -h" "$LOA" normalize -h

# Lexicons: later ones override earlier ones and the built-in dictionary.
cat >"$TMP/a.yaml" <<'YAML'
lexicon:
  - written: "Tiên Minh"
    spoken: "Tiên Minh"
  - written: Zalo
    spoken: da lô ơi
  - written: TMX
    spoken: tiên minh xanh
YAML
cat >"$TMP/b.yaml" <<'YAML'
lexicon:
  - written: zalo
    spoken: da lô
YAML
same "lexicon entry" "tiên minh xanh" "$LOA" normalize --lexicon "$TMP/a.yaml" TMX
same "lexicon beats the dictionary" "da lô ơi" "$LOA" normalize --lexicon "$TMP/a.yaml" Zalo
same "later lexicon wins" "da lô" \
	"$LOA" normalize --lexicon "$TMP/a.yaml" --lexicon "$TMP/b.yaml" Zalo
same "project lexicon loads" "công an xã Tiên Minh" \
	"$LOA" normalize --lexicon scripts/lexicon.yaml "CAX Tiên Minh"

cat >"$TMP/bad1.yaml" <<'YAML'
lexicon:
  - written: Zalo
    spoken: da lô
    colour: blue
YAML
expect_exit 1 "unknown key in a lexicon" "$LOA" normalize --lexicon "$TMP/bad1.yaml" x
stderr_matches "^loa: .*bad1\.yaml:4:5: unknown key 'colour'" "unknown key at file:line:column"
cat >"$TMP/bad2.yaml" <<'YAML'
lexicon:
  - written: Zalo
    spoken: ""
YAML
expect_exit 1 "empty spoken form" "$LOA" normalize --lexicon "$TMP/bad2.yaml" x
stderr_matches "bad2\.yaml:3:13: 'spoken' must not be empty" "empty value at file:line:column"
cat >"$TMP/bad3.yaml" <<'YAML'
lexicon:
  - written: Zalo
    spoken: da lô 2
YAML
expect_exit 1 "digits in a spoken form" "$LOA" normalize --lexicon "$TMP/bad3.yaml" x
stderr_matches "bad3\.yaml:3:13: .*digits" "digits at file:line:column"
printf 'lexicon:\n  - written: "\377"\n    spoken: a\n' >"$TMP/bad4.yaml"
expect_exit 1 "invalid UTF-8 in a lexicon" "$LOA" normalize --lexicon "$TMP/bad4.yaml" x
stderr_matches "bad4\.yaml" "file named"
expect_exit 1 "missing lexicon" "$LOA" normalize --lexicon "$TMP/none.yaml" x
stderr_matches "none\.yaml: cannot open" "missing lexicon named"
finish
