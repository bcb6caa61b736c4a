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

# vi_locale: makes LANG=vi_VN.UTF-8 work, building the locale into a
# temporary folder (LOCPATH, no root) on a machine that lacks it.
vi_locale() {
	unset LC_ALL LC_MESSAGES LANGUAGE
	locale -a 2>/dev/null | grep -qix 'vi_VN.utf-\{0,1\}8' && return
	mkdir -p "$TMP/locale"
	localedef -i vi_VN -f UTF-8 "$TMP/locale/vi_VN.UTF-8" 2>/dev/null
	export LOCPATH="$TMP/locale"
}

# An Icecast server for the air tests: icecast_start DIR starts Debian's
# icecast2 on a free port of 127.0.0.1 with a configuration generated in
# DIR (source password "hackme-loa") and sets ICE_PORT; icecast_stop
# stops it; icecast_start DIR again restarts it on the same port.  As
# root, icecast2 runs as nobody (changeowner), so DIR and the folder it
# is in are opened to it (its log folder is written by nobody).
ICE_PID=
icecast_start() {
	ice_dir=$1
	mkdir -p "$ice_dir/log" && chmod 711 "$(dirname "$ice_dir")" &&
		chmod 755 "$ice_dir" && chmod 777 "$ice_dir/log"
	# A port picked here is free only until icecast2 binds it: another
	# process (another suite) may take it in between, and icecast2 then
	# exits at once; a new port is picked, up to 5 times.  A restart
	# keeps its port.
	ice_keep=${ICE_PORT:-}
	for ice_try in 1 2 3 4 5; do
		[ -n "$ice_keep" ] ||
			ICE_PORT=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
		icecast_run "$ice_dir" && return 0
		[ -z "$ice_keep" ] && ! kill -0 "$ICE_PID" 2>/dev/null &&
			grep -q "Could not create listener socket on port $ICE_PORT" "$ice_dir/log/error.log" "$ice_dir/stdout" 2>/dev/null ||
			break
		echo "# icecast2: port $ICE_PORT taken meanwhile (try $ice_try), another one"
	done
	echo "# icecast2 did not start:"; sed 's/^/#   /' "$ice_dir/stdout" "$ice_dir/log/error.log" 2>/dev/null | tail -n 10
	return 1
}
# icecast_run DIR: one start on $ICE_PORT, 0 once it answers.
icecast_run() {
	ice_dir=$1
	owner=
	[ "$(id -u)" -eq 0 ] && owner='<changeowner><user>nobody</user><group>nogroup</group></changeowner>'
	cat >"$ice_dir/icecast.xml" <<XML
<icecast>
  <limits><sources>4</sources><source-timeout>10</source-timeout></limits>
  <authentication><source-password>hackme-loa</source-password>
    <admin-user>admin</admin-user><admin-password>hackme-loa</admin-password></authentication>
  <hostname>127.0.0.1</hostname><location>loa-test-$$-$ICE_PORT</location>
  <listen-socket><port>$ICE_PORT</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <fileserve>0</fileserve>
  <paths><basedir>/usr/share/icecast2</basedir><logdir>$ice_dir/log</logdir>
    <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot></paths>
  <logging><accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>3</loglevel></logging>
  <security><chroot>0</chroot>$owner</security>
</icecast>
XML
	icecast2 -c "$ice_dir/icecast.xml" >"$ice_dir/stdout" 2>&1 &
	ICE_PID=$!
	# Ready when it answers on its port (its status page, with its own
	# location: not another server that took the port), while it runs,
	# at most a minute (10 s was short under the sanitizers, busy).
	for _ in $(seq 1 600); do
		curl -s -m 5 "http://127.0.0.1:$ICE_PORT/status-json.xsl" 2>/dev/null |
			grep -q "loa-test-$$-$ICE_PORT" && return 0
		kill -0 "$ICE_PID" 2>/dev/null || break
		sleep 0.1
	done
	return 1
}
icecast_stop() {
	[ -n "$ICE_PID" ] || return 0
	kill "$ICE_PID" 2>/dev/null; wait "$ICE_PID" 2>/dev/null
	ICE_PID=
}

# tm_profile FILE: the test commune profile tm (xã Tiên Minh)
tm_profile() {
	cat >"$1" <<'EOS'
id: tm
kind: xã
name: xã Tiên Minh
city: thành phố Hải Phòng
office: UBND xã Tiên Minh
police_phone: "0225 3999 101"
hotline: "113"
EOS
}

# tm_schedule FILE DAYS SCRIPTS: commune tm's schedule of one 5-minute
# slot, sang, at 06:30 on DAYS ("daily", "[mon, wed]") playing SCRIPTS
# ("a, b")
tm_schedule() {
	cat >"$1" <<EOS
commune: tm
slots:
  - id: sang
    days: $2
    start: "06:30"
    length: 5m
    play: [$3]
EOS
}

# small_project DIR: a project of one commune (tm) and two short scripts
# (a, b) played daily by DIR/schedules/tm.yaml, both approved in
# DIR/loa.db; loa_build DIR ARGS... builds its week 2026-W49.
small_project() {
	mkdir -p "$1/scripts" "$1/schedules/communes"
	for s in a b; do
		cat >"$1/scripts/$s.yaml" <<EOS
id: $s
title: "Tin $s"
topic: other
parts:
  - say: Kính thưa bà con {{commune.name}}, tin $s.
  - pause: 1s
  - say: Xin cảm ơn bà con.
EOS
	done
	tm_profile "$1/schedules/communes/tm.yaml"
	tm_schedule "$1/schedules/tm.yaml" daily "a, b"
	for s in a b; do
		"$LOA" approve --root "$1" "$1/scripts/$s.yaml" \
			--commune "$1/schedules/tm.yaml" --by test -q >/dev/null 2>&1 ||
			echo "# small_project: approving $s failed"
	done
}
loa_build() { r=$1; shift; "$LOA" build --root "$r" "$r/schedules/tm.yaml" --week 2026-W49 "$@"; }

# outputs_match DIR: every segment of DIR/tm/2026-W49 is listed in its
# manifest.csv with its own SHA-256, and no temporary file is left
outputs_match() {
	m="$1/tm/2026-W49/manifest.csv"
	[ -f "$m" ] || return 1
	find "$1" -name '.*.tmp*' | grep -q . && return 1
	tail -n +2 "$m" | tr -d '\r' | awk -F, '{ print $NF "  " $1 }' |
		(cd "$1/tm/2026-W49" && sha256sum -c --quiet -) >/dev/null 2>&1
}

# sums DIR: the SHA-256 of every file of a build folder at a final name
# (not the cache, the lock or temporary files), sorted
sums() {
	[ -d "$1" ] || return 0
	(cd "$1" && find . -path ./.cache -prune -o -type f ! -name .lock \
		! -name '.*.tmp*' -print | xargs -r sha256sum | sort)
}

# outputs_whole DIR REF-SUMS [tmp]: every file of DIR at a final name is
# one of the reference's (sums) and every cache entry hashes to its
# record; no temporary file is left, unless the third argument is given
# (a process killed outright cannot remove its own)
outputs_whole() {
	[ $# -lt 3 ] && find "$1" -name '.*.tmp*' | grep -q . && return 1
	[ -z "$(sums "$1" | comm -23 - "$2")" ] || return 1
	for m in "$1"/.cache/*.meta; do
		[ -e "$m" ] || continue
		[ "$(sha256sum <"${m%.meta}.mp3" | cut -c1-64)" = "$(cut -d' ' -f2 "$m")" ] ||
			return 1
	done
}
