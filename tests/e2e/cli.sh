# The command line: help, version, usage errors and exit codes.
. tests/e2e/lib.sh

expect_exit 0 "loa --help" "$LOA" --help
grep -q "exit status" "$TMP/out" && ok "--help documents exit codes" || not_ok "--help text"
expect_exit 0 "loa --version" "$LOA" --version
grep -Eq '^loa [0-9]+\.[0-9]+' "$TMP/out" && ok "version format" || not_ok "version format"
for c in render say check normalize plan build; do
	expect_exit 0 "loa help $c" "$LOA" help "$c"
	grep -q "^usage: loa $c" "$TMP/out" && ok "help $c shows usage" || not_ok "help $c usage"
	expect_exit 0 "loa $c -h" "$LOA" "$c" -h
done
expect_exit 0 "loa alone is not an error" "$LOA"
grep -q "loa render SCRIPT --commune PROFILE" "$TMP/out" && [ ! -s "$TMP/err" ] &&
	ok "loa alone prints its first steps on standard output" || not_ok "loa alone: no first steps on stdout"
expect_exit 2 "unknown command" "$LOA" frobnicate
stderr_matches "not a loa command" "unknown command is named"
expect_exit 2 "help for an unknown command" "$LOA" help frobnicate
expect_exit 2 "render without a script" "$LOA" render
stderr_matches "^usage: loa render" "usage line shown"
expect_exit 2 "render with an unknown option" "$LOA" render x.yaml --colour
expect_exit 2 "render with a bad format" "$LOA" render x.yaml --format dolby
expect_exit 2 "render with a bad format under its old name" "$LOA" render x.yaml --profile dolby
expect_exit 2 "render with a bad target" "$LOA" render x.yaml --lufs loud
expect_exit 2 "render with a bad date" "$LOA" render x.yaml --date 2026-13-45
# One date parser everywhere: a day the month does not have is refused.
expect_exit 2 "render with an impossible date" "$LOA" render x.yaml --date 2026-02-31
stderr_matches "^loa: --date wants a date such as 2026-12-01, not '2026-02-31'" "impossible render date named"
expect_exit 2 "render on 29 February of a common year" "$LOA" render x.yaml --date 2026-02-29
expect_exit 2 "say with an impossible date" "$LOA" say hello --date 2026-04-31
stderr_matches "not '2026-04-31'" "impossible say date named"
expect_exit 2 "say without text" "$LOA" say
expect_exit 2 "check without files" "$LOA" check
expect_exit 1 "render a missing script" "$LOA" render /nonexistent/x.yaml -o "$TMP/x.mp3"
stderr_matches "/nonexistent/x.yaml: cannot open" "missing file is named"

# Ctrl-C mid-render: the temporary file goes and the exit status is 130.
words="Kính thưa bà con, đây là bản tin thử của loa phường, đọc dài để còn kịp ngắt giữa chừng."
text="$words $words $words $words $words $words $words $words"
mkdir -p "$TMP/int"
"$LOA" say "$text $text $text" -o "$TMP/int/say.mp3" >/dev/null 2>&1 &
pid=$!
n=0
while ! ls -A "$TMP/int" | grep -q '\.tmp-' && [ $n -lt 400 ]; do
	sleep 0.05; n=$((n + 1))
done
kill -INT $pid
wait $pid
rc=$?
[ $rc -eq 130 ] && ok "SIGINT mid-render exits 130" || not_ok "SIGINT mid-render exit $rc"
[ -z "$(ls -A "$TMP/int")" ] && ok "SIGINT mid-render leaves no file" ||
	not_ok "SIGINT mid-render left $(ls -A "$TMP/int")"
# The forms people expect of a tool: --name=value, -V, --week this/next.
expect_exit 0 "-V prints the version" "$LOA" -V
grep -q '^loa [0-9]' "$TMP/out" && ok "-V says 'loa VERSION'" || not_ok "-V printed '$(cat "$TMP/out")'"
"$LOA" plan --week 2026-W49 --format csv schedules/tien-minh.yaml >"$TMP/spaced.csv" 2>&1
expect_exit 0 "--week=2026-W49 --format=csv" "$LOA" plan --week=2026-W49 --format=csv schedules/tien-minh.yaml
cmp -s "$TMP/out" "$TMP/spaced.csv" && ok "--name=value means --name value" || not_ok "--name=value differs"
this=$(date -u -d '+7 hours' +%G-W%V)
"$LOA" plan --week "$this" schedules/tien-minh.yaml >"$TMP/this-by-number" 2>&1
expect_exit 0 "--week this" "$LOA" plan --week this schedules/tien-minh.yaml
cmp -s "$TMP/out" "$TMP/this-by-number" && ok "--week this is the current week in Vietnam ($this)" ||
	not_ok "--week this is not $this"
next=$(date -u -d '+7 hours +7 days' +%G-W%V)
"$LOA" plan --week "$next" schedules/tien-minh.yaml >"$TMP/next-by-number" 2>&1
expect_exit 0 "--week next" "$LOA" plan --week next schedules/tien-minh.yaml
cmp -s "$TMP/out" "$TMP/next-by-number" && ok "--week next is the week after ($next)" || not_ok "--week next is not $next"
expect_exit 2 "--week last is refused" "$LOA" plan --week last schedules/tien-minh.yaml
stderr_matches "'this' or 'next'" "the message names the words --week takes"
# The output's extension and its format agree, or nothing is written.
mkdir -p "$TMP/ext"
expect_exit 2 "-o x.ogg is refused" "$LOA" say "Xin chào." -o "$TMP/ext/x.ogg"
stderr_matches "writes .mp3 files, not '.*x.ogg'" "the message names the format's extension"
expect_exit 2 "--format wav with -o x.mp3 is refused" "$LOA" say "Xin chào." --format wav -o "$TMP/ext/x.mp3"
expect_exit 2 "an output without an extension is refused" "$LOA" say "Xin chào." -o "$TMP/ext/x"
[ -z "$(ls -A "$TMP/ext")" ] && ok "refused outputs write nothing" || not_ok "wrote $(ls -A "$TMP/ext")"
expect_exit 0 "-o x.wav alone chooses the wav format" "$LOA" say "Xin chào." -o "$TMP/ext/x.wav"
[ "$(probe "$TMP/ext/x.wav" stream=codec_name)" = pcm_s16le ] && ok "and writes 16-bit PCM" ||
	not_ok "x.wav is $(probe "$TMP/ext/x.wav" stream=codec_name)"
finish
