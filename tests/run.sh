#!/bin/sh
# Runs every test suite for each build directory given (build, build-san)
# and ends with one line: "N passed, N failed".
#   unit tests: $BUILD/tests/test_* (cmocka)
#   end-to-end: tests/e2e/*.sh, run with LOA pointing at that build's loa
set -u
cd "$(dirname "$0")/.." || exit 3
# Messages in English, whatever the caller's language: tests that check
# another language set LANG themselves (tests/e2e/i18n.sh).
unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C.UTF-8
total_pass=0
total_fail=0
failed_suites=""

count() { # file: adds cmocka and tap-style counts from a log
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
	tp=$(grep -c '^ok ' "$1")
	tf=$(grep -c '^not ok ' "$1")
	echo $((p + tp)) $((f + tf))
}

for build in "$@"; do
	if [ "$build" = build ]; then loa=./loa; else loa=$build/loa; fi
	export LOA="$PWD/${loa#./}" LOA_BUILD="$PWD/$build"
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	for suite in "$build"/tests/test_* tests/e2e/*.sh; do
		[ -e "$suite" ] || continue
		case "$suite" in *.d|*/lib.sh) continue ;; esac
		log=$(mktemp)
		case "$suite" in
		*.sh) sh "$suite" >"$log" 2>&1 ;;
		*) "$suite" >"$log" 2>&1 ;;
		esac
		rc=$?
		set -- $(count "$log")
		pass=$1 fail=$2
		if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then
			fail=1 # crashed, or a sanitizer stopped it
		fi
		name="$build:$(basename "$suite")"
		if [ "$fail" -ne 0 ]; then
			echo "FAIL $name ($pass passed, $fail failed, exit $rc)"
			grep -v '^ok ' "$log" | tail -n 40 | sed 's/^/    /'
			failed_suites="$failed_suites $name"
		else
			echo "ok   $name ($pass passed)"
		fi
		total_pass=$((total_pass + pass))
		total_fail=$((total_fail + fail))
		rm -f "$log"
	done
done
[ -n "$failed_suites" ] && echo "failed suites:$failed_suites"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
