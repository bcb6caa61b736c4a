#!/bin/sh
# The icecast:// output against Debian's icecast2 (make check only: it
# runs in real time, about 45 s).  A rendered segment is streamed through
# tools/air-out and read back from the mount by ffmpeg while it plays: it
# must arrive, decode and keep its loudness within 1 LU.  Then the server
# is stopped mid-stream and started again: the stream must resume, and
# the output's notes must tell of the loss and of the reconnection.
# Last, the server is frozen (SIGSTOP) and thawed (about 30 s more).
. "$(dirname "$0")/lib.sh"
if [ "${LOA_SLOW:-}" != 1 ]; then
	echo "# skipped: real-time test, run by make check"
	exit 0
fi
AIR_OUT=${LOA_BUILD:-$ROOT/build}/tools/air-out
trap 'icecast_stop; rm -rf "$TMP"' EXIT

# wait_for FILE TEXT [SECONDS]: up to 20 s (or SECONDS) for TEXT to
# appear in FILE.
wait_for() {
	for _ in $(seq 1 $((${3:-20} * 10))); do
		grep -q -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

if ! icecast_start "$TMP/ice"; then
	not_ok "icecast2 starts"
	finish
fi
URL="icecast://source:hackme-loa@127.0.0.1:$ICE_PORT/loa.mp3"
LISTEN="http://127.0.0.1:$ICE_PORT/loa.mp3"
check "a segment renders" "$LOA" say \
	"Thông báo của Ủy ban nhân dân xã về lịch tiêm chủng cho trẻ em dưới năm tuổi vào sáng thứ bảy tuần này tại trạm y tế xã." \
	-o "$TMP/seg.mp3"

# 1. The segment, between a second of silence on each side, in real time.
"$AIR_OUT" --name "Loa test" --input "$TMP/seg.mp3" --lead 1.5 --tail 1 "$URL" \
	>"$TMP/notes1" 2>"$TMP/err1" &
player=$!
# The listener comes once the source is on the mount (the status page):
# a fixed 0.7 s could end before a slow air-out start had connected.
for _ in $(seq 1 600); do
	curl -s -m 5 "http://127.0.0.1:$ICE_PORT/status-json.xsl" | grep -q '/loa\.mp3"' && break
	kill -0 "$player" 2>/dev/null || break
	sleep 0.1
done
ffmpeg -nostdin -v error -y -i "$LISTEN" -c copy "$TMP/heard.mp3" 2>/dev/null
wait "$player"
rc=$?
if [ "$rc" -eq 0 ]; then ok "air-out streams the segment"; else
	not_ok "air-out streams the segment (exit $rc)"; sed 's/^/#   /' "$TMP/err1"; fi
src_s=$(probe "$TMP/seg.mp3" format=duration)
got_s=$(ffmpeg -nostdin -v error -i "$TMP/heard.mp3" -f null - 2>&1 && probe "$TMP/heard.mp3" format=duration)
if [ -n "$got_s" ] && at_most "$src_s" "$got_s"; then
	ok "the listener got the whole segment (${got_s} s for ${src_s} s)"
else
	not_ok "the listener got the whole segment ('$got_s' s for $src_s s)"
fi
set -- $(loudness "$TMP/seg.mp3")
src_i=$1
set -- $(loudness "$TMP/heard.mp3")
if [ -n "${1:-}" ] && within "$1" "$src_i" 1; then
	ok "the stream keeps the loudness ($1 LUFS, source $src_i)"
else
	not_ok "the stream keeps the loudness ('${1:-}' LUFS, source $src_i)"
fi

# 2. The server stops mid-stream and comes back on the same port.
"$AIR_OUT" --input "$TMP/seg.mp3" --loop --seconds 24 "$URL" \
	>"$TMP/notes2" 2>"$TMP/err2" &
player=$!
sleep 4
icecast_stop
sleep 2
if icecast_start "$TMP/ice"; then ok "icecast2 restarts"; else not_ok "icecast2 restarts"; fi
if wait_for "$TMP/notes2" "reconnected after"; then
	ok "the output reconnects"
else
	not_ok "the output reconnects"; sed 's/^/#   /' "$TMP/notes2"
fi
ffmpeg -nostdin -v error -y -t 4 -i "$LISTEN" -c copy "$TMP/resumed.mp3" 2>/dev/null
got_s=$(probe "$TMP/resumed.mp3" format=duration)
if [ -n "$got_s" ] && at_most 3.5 "$got_s" &&
	ffmpeg -nostdin -v error -i "$TMP/resumed.mp3" -f null - 2>/dev/null; then
	ok "the stream resumes (${got_s} s heard after the restart)"
else
	not_ok "the stream resumes ('$got_s' s heard after the restart)"
fi
set -- $(loudness "$TMP/resumed.mp3")
if [ -n "${1:-}" ] && at_most -30 "$1"; then
	ok "the resumed stream carries the segment ($1 LUFS)"
else
	not_ok "the resumed stream carries the segment ('${1:-}' LUFS)"
fi
wait "$player"
rc=$?
if [ "$rc" -eq 0 ]; then ok "air-out kept going through the outage"; else
	not_ok "air-out kept going through the outage (exit $rc)"; sed 's/^/#   /' "$TMP/err2"; fi
if grep -q "icecast://source@127.0.0.1:$ICE_PORT/loa.mp3: lost the connection" "$TMP/notes2"; then
	ok "the loss is noted, without the password"
else
	not_ok "the loss is noted, without the password"; sed 's/^/#   /' "$TMP/notes2"
fi
# 3. The server freezes (SIGSTOP): its kernel keeps taking the audio,
# so only the probe notices; it thaws, and the stream comes back.
"$AIR_OUT" --input "$TMP/seg.mp3" --loop --seconds 70 "$URL" \
	>"$TMP/notes3" 2>"$TMP/err3" &
player=$!
sleep 4
kill -STOP "$ICE_PID"
if wait_for "$TMP/notes3" "lost the connection (the server does not answer" 30; then
	ok "a frozen server is noticed"
else
	not_ok "a frozen server is noticed"; sed 's/^/#   /' "$TMP/notes3"
fi
kill -CONT "$ICE_PID"
if wait_for "$TMP/notes3" "reconnected after" 40; then
	ok "the output reconnects after the server thaws"
else
	not_ok "the output reconnects after the server thaws"; sed 's/^/#   /' "$TMP/notes3"
fi
ffmpeg -nostdin -v error -y -t 4 -i "$LISTEN" -c copy "$TMP/thawed.mp3" 2>/dev/null
got_s=$(probe "$TMP/thawed.mp3" format=duration)
if [ -n "$got_s" ] && at_most 3.5 "$got_s"; then
	ok "the stream comes back (${got_s} s heard)"
else
	not_ok "the stream comes back ('$got_s' s heard)"
fi
kill "$player" 2>/dev/null
wait "$player"
if grep -q hackme "$TMP/notes1" "$TMP/notes2" "$TMP/notes3" "$TMP/err1" "$TMP/err2" "$TMP/err3"; then
	not_ok "no note shows the password"
else
	ok "no note shows the password"
fi
finish
