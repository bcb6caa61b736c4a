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
expect_exit 2 "no command" "$LOA"
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
finish
