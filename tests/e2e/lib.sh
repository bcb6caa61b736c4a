# Shared helpers for end-to-end tests: TAP-style "ok"/"not ok" lines.
# Each test file sources this, then calls the helpers below.
set -u
: "${LOA:=$PWD/loa}"
ROOT=$(pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n_fail=0

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; n_fail=$((n_fail + 1)); }

# check DESCRIPTION COMMAND...: passes when the command succeeds
check() {
	d=$1; shift
	if "$@" >"$TMP/.out" 2>&1; then ok "$d"; else
		not_ok "$d"; sed 's/^/#   /' "$TMP/.out" | head -n 20; fi
}

# expect_exit CODE DESCRIPTION COMMAND...: runs it, keeps stderr in $TMP/err
expect_exit() {
	code=$1 d=$2; shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	if [ "$rc" -eq "$code" ]; then ok "$d"; else
		not_ok "$d (exit $rc, wanted $code)"; sed 's/^/#   /' "$TMP/err" | head -n 10; fi
}

# stderr_matches REGEX DESCRIPTION: the last expect_exit's stderr matches
stderr_matches() {
	if grep -Eq -- "$1" "$TMP/err"; then ok "$2"; else
		not_ok "$2"; echo "#   wanted /$1/ in:"; sed 's/^/#   /' "$TMP/err" | head -n 5; fi
}

# probe FILE ENTRY: one ffprobe field, e.g. probe x.mp3 stream=codec_name
probe() {
	ffprobe -v error -show_entries "$2" -of default=nw=1:nk=1 "$1" 2>/dev/null | head -n 1
}

# loudness FILE: prints "I TP" measured by ffmpeg's ebur128 filter
loudness() {
	ffmpeg -nostats -hide_banner -i "$1" -filter_complex ebur128=peak=true \
		-f null - 2>&1 | awk '
		/Integrated loudness:/ { sec = "I" }
		/True peak:/ { sec = "TP" }
		/^ *I: / && sec == "I" { i = $2 }
		/^ *Peak: / && sec == "TP" { tp = $2 }
		END { print i, tp }'
}

# within A B TOL: |A - B| <= TOL
within() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }
# at_most A B: A <= B
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

finish() { exit $((n_fail > 0)); }
