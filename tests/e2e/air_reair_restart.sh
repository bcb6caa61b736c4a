#!/bin/sh
# A priority bulletin cut by an emergency is owed one airing from its
# start; a daemon killed (kill -9: a crash, a power cut) before that
# airing still owes it when it starts again, since the debt is read from
# the log (the cut row, no row re-airing it) and the spool (its audio).
# Real daemons writing real files, real SQLite, each on a test clock:
#   1. cut, killed during the emergency, restarted: re-aired once, with
#      retry_of; restarted again: not a third time;
#   2. killed during the re-air itself: closed as interrupted, and not
#      aired a third time after a restart;
#   3. cut, killed, its approval withdrawn, restarted: not re-aired;
#   4. cut, killed, restarted over an hour later: not re-aired;
# each with the event saying why; the report counts each bulletin once.
. tests/e2e/lib.sh
. tests/e2e/web-air-station.inc
. tests/e2e/asrun-counts.inc
. tests/e2e/air-bulletin.inc
for p in 1 3 4; do tone "$TMP/p$p.wav" 60 $((500 + p)); done
tone "$TMP/p2.wav" 180 502
tone "$TMP/e.wav" 2 700
tone "$TMP/elong.wav" 600 800

# The outcome of FILE's airings, in order: "pre-empted re-aired".
outcomes() {
	qw "SELECT coalesce(e.outcome, 'open') FROM asrun s LEFT JOIN asrun e ON e.item = s.id
		WHERE s.event = 'start' AND s.file = '$1' ORDER BY s.id" | paste -sd' ' -
}
# event FILE TEXT: the bulletin events about FILE's airings ending in TEXT
event() {
	qw "SELECT count(*) FROM air_events v JOIN asrun s ON s.id = v.item
		WHERE s.file = '$1' AND v.kind = 'bulletin' AND v.msgid IS NOT NULL
		AND v.message LIKE 'priority bulletin by Lê C, cut by an emergency%$2'"
}
# Audio files left in the spool (not the lock, status and station).
spool_audio() { find "$R/spool" -maxdepth 1 -type f -name '*.wav' | wc -l; }
# daemon CLOCK OUT: a daemon on its own in the background, $pid (not a
# shell function's subshell: kill -9 must reach the daemon itself).  At
# speed 4 a 60 s bulletin airs for 15 s: time for the emergency to be
# handed over (and a page server to start) under the sanitizers on a busy
# machine; at speed 20 it had ended before the emergency came, once in CI.
daemon() {
	LANG=C "$LOA" air "$R/schedules/tm.yaml" --root "$R" --weeks "$W" -q -o "file:$TMP/$2.wav" \
		--clock "$1" --speed 4 >/dev/null 2>&1 &
	pid=$!
}
# run_to CLOCK UNTIL OUT: a daemon run from CLOCK to UNTIL.
run_to() {
	air -o "file:$TMP/$3.wav" --clock "$1" --speed 100 --until "$2" >"$TMP/$3.out" 2>"$TMP/$3.err"
	rc=$?
	[ $rc -eq 0 ] && ok "$3: the daemon ran from $1 to $2" ||
		{ not_ok "$3: the daemon ended with $rc"; sed 's/^/#   /' "$TMP/$3.err"; }
}
# page_watch NAME PATTERN: in the background, the On air page's live part
# (/air/now) read by the operator op over a real server, again and again
# (up to a minute) until it matches PATTERN (a Python regex), into
# $TMP/NAME.html; returns once logged in.  page_seen NAME DESCRIPTION
# PATTERN waits for it and checks.
page_watch() {
	rm -f "$TMP/$1.ready"
	/usr/bin/python3 - "$LOA" "$R" "$TMP/$1.ready" "$2" >"$TMP/$1.html" 2>&1 <<'EOF' &
import re, sys, time
sys.path.insert(0, 'tests/web')
from client import Client, Server
srv = Server(sys.argv[1], None, root=sys.argv[2]).start()
try:
    op = Client(srv.port)
    op.login('op', 'mat-khau-op1')
    open(sys.argv[3], 'w').close()
    end = time.monotonic() + 60
    while True:
        page = op.request('GET', '/air/now')[2].decode()
        if re.search(sys.argv[4], page) or time.monotonic() > end:
            break
        time.sleep(0.05)
    print(page)
finally:
    srv.stop()
EOF
	watch=$!
	i=0
	until [ -e "$TMP/$1.ready" ] || [ $i -ge 600 ]; do sleep 0.1; i=$((i + 1)); done
}
page_seen() {
	wait $watch
	grep -Eq "$3" "$TMP/$1.html" && ok "the On air page, in Vietnamese (the daemon's LANG=C): $2" ||
		{ not_ok "the On air page: $2"; grep -A3 'id="status"' "$TMP/$1.html" | sed 's/^/#   /'; }
}
NOW_PRIORITY='id="now">từ [0-9:]* 01/12/2026: tin ưu tiên của Lê C<'
NOW_EMERGENCY='id="now">từ [0-9:]* 01/12/2026: tin khẩn cấp của Lê C<'
NEXT_REAIR='id="next">tin ưu tiên của Lê C, bị tin khẩn cấp cắt ngang, sẽ phát lại từ đầu<'
vi_locale
# cut_and_kill P CLOCK [web]: a daemon airs P, an emergency of 10 minutes cuts
# it, and the daemon is killed (-9) while the emergency airs.
cut_and_kill() {
	daemon "$2" "k$1"
	[ "${3:-}" = web ] && page_watch priority "$NOW_PRIORITY"
	bulletin "$1" priority >/dev/null && until_q "$(started "$1.wav")" 1
	[ "${3:-}" = web ] && page_seen priority "a priority bulletin on air" "$NOW_PRIORITY" &&
		page_watch emergency "$NEXT_REAIR"
	n=$(qw "SELECT count(*) FROM asrun WHERE file = 'elong.wav' AND event = 'start'")
	bulletin elong emergency >/dev/null &&
		until_q "SELECT count(*) FROM asrun WHERE file = 'elong.wav' AND event = 'start'" $((n + 1))
	# What comes next, while the emergency airs: the owed re-air.
	i=0
	until "$LOA" status --root "$R" >"$TMP/status" && grep -q "^on air since .*: emergency bulletin by" "$TMP/status" ||
		[ $i -ge 600 ]; do sleep 0.1; i=$((i + 1)); done
	if [ "${3:-}" = web ]; then
		page_seen emergency "an emergency on air" "$NOW_EMERGENCY"
		grep -Eq "$NEXT_REAIR" "$TMP/emergency.html" && ok "the On air page: the owed re-air comes next" ||
			not_ok "the On air page: the re-air next"
		LANG=vi_VN.UTF-8 "$LOA" status --root "$R" >"$TMP/status.vi" 2>&1
		grep -q "^đang phát từ [0-2][0-9]:[0-5][0-9]:[0-5][0-9] 01/12/2026: tin khẩn cấp của Lê C$" "$TMP/status.vi" &&
			grep -qx "tiếp theo: tin ưu tiên của Lê C, bị tin khẩn cấp cắt ngang, sẽ phát lại từ đầu" "$TMP/status.vi" &&
			ok "LANG=vi_VN.UTF-8 loa status: the emergency and the re-air next, in Vietnamese" ||
			{ not_ok "loa status in Vietnamese"; sed 's/^/#   /' "$TMP/status.vi"; }
	fi
	kill -9 $pid
	{ wait $pid; } 2>/dev/null
	grep -qx "next: priority bulletin by Lê C, again from its start" "$TMP/status" &&
		ok "loa status: the re-air of $1 comes next" || { not_ok "loa status during the emergency"; sed 's/^/#   /' "$TMP/status"; }
	[ "$(outcomes "$1.wav")" = pre-empted ] && ok "$1 cut, and the daemon killed (-9) before its re-air" ||
		not_ok "$1 before the kill: $(outcomes "$1.wav")"
}

# 1. Killed before the re-air: the restart re-airs it once.
cut_and_kill p1 2026-12-01T05:50 web
[ "$(spool_audio)" = 1 ] && ok "the cut bulletin's audio stays in the spool" || not_ok "spool audio: $(spool_audio)"
run_to 2026-12-01T06:20 2026-12-01T06:22 r1
[ "$(outcomes p1.wav)" = "pre-empted re-aired" ] && ok "p1 re-aired once after the restart" ||
	not_ok "p1 airings: $(outcomes p1.wav)"
[ "$(q "SELECT count(*) FROM asrun r JOIN asrun c ON c.id = r.retry_of
	WHERE r.event = 'start' AND r.file = 'p1.wav' AND c.file = 'p1.wav' AND c.retry_of IS NULL
	AND r.sha256 = c.sha256 AND r.approval = c.approval AND r.tier = 'priority'
	AND r.started >= '2026-12-01T06:20' AND r.length_ms = 60000")" = 1 ] &&
	ok "the re-air names the cut airing (retry_of), with its hash and approval" ||
	not_ok "re-air row: $(q "SELECT id, started, retry_of, approval FROM asrun WHERE file = 'p1.wav'")"
[ "$(event p1.wav 'airs again from its start')" = 1 ] && ok "event: p1 airs again from its start" ||
	not_ok "events: $(q "SELECT message FROM air_events WHERE kind = 'bulletin'")"
# The restarted daemon's output, read back: the 60 s tone, not silence.
secs=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$TMP/r1.wav")
mean=$(ffmpeg -nostats -i "$TMP/r1.wav" -af volumedetect -f null - 2>&1 | sed -n 's/.*mean_volume: \(.*\) dB/\1/p')
awk -v s="$secs" -v m="$mean" 'BEGIN { exit !(s >= 60 && m > -40) }' &&
	ok "the restarted daemon's output holds the re-air (${secs} s, mean ${mean} dB)" ||
	not_ok "r1 output ${secs} s, mean ${mean} dB"
[ "$(spool_audio)" = 0 ] && ok "its audio left the spool once re-aired" || not_ok "spool audio: $(spool_audio)"
run_to 2026-12-01T06:30 2026-12-01T06:31 r1b
[ "$(outcomes p1.wav)" = "pre-empted re-aired" ] && ok "restarted again: p1 not aired a third time" ||
	not_ok "p1 airings: $(outcomes p1.wav)"

# 2. Killed during the re-air itself.
daemon 2026-12-01T07:30 k2
bulletin p2 priority >/dev/null && until_q "$(started p2.wav)" 1
bulletin e emergency >/dev/null && until_q "$(started p2.wav re)" 1
kill -9 $pid
{ wait $pid; } 2>/dev/null
[ "$(outcomes p2.wav)" = "pre-empted open" ] && ok "p2 cut, re-airing, and the daemon killed during the re-air" ||
	not_ok "p2 before the restart: $(outcomes p2.wav)"
run_to 2026-12-01T07:45 2026-12-01T07:46 r2
[ "$(outcomes p2.wav)" = "pre-empted interrupted" ] && ok "restarted: its re-air closed as interrupted, not aired a third time" ||
	not_ok "p2 airings: $(outcomes p2.wav)"

# 3. Withdrawn while the daemon was down.
cut_and_kill p3 2026-12-01T08:30
p3=$(q "SELECT approval FROM asrun WHERE file = 'p3.wav'")
expect_exit 0 "p3's approval withdrawn while the daemon is down" "$LOA" revoke "$p3" --by "Lê C" --reason "sai nội dung" --root "$R"
run_to 2026-12-01T08:40 2026-12-01T08:41 r3
[ "$(outcomes p3.wav)" = pre-empted ] && ok "withdrawn: p3 not re-aired after the restart" || not_ok "p3 airings: $(outcomes p3.wav)"
[ "$(event p3.wav 'not aired again: its approval is no longer in force')" = 1 ] &&
	ok "event: p3 not aired again, its approval withdrawn" ||
	not_ok "events: $(q "SELECT message FROM air_events WHERE kind = 'bulletin'")"

# 4. Restarted over an hour after the cut.
cut_and_kill p4 2026-12-01T09:30
run_to 2026-12-01T10:45 2026-12-01T10:46 r4
[ "$(outcomes p4.wav)" = pre-empted ] && ok "over an hour later: p4 not re-aired" || not_ok "p4 airings: $(outcomes p4.wav)"
[ "$(event p4.wav 'not aired again: more than an hour has passed, or another day has begun')" = 1 ] &&
	ok "event: p4 cut more than an hour ago, not aired again" ||
	not_ok "events: $(q "SELECT message FROM air_events WHERE kind = 'bulletin'")"
[ "$(spool_audio)" = 1 ] && ok "only the audio of the re-air killed in its airing (p2) is left in the spool" ||
	not_ok "spool audio: $(spool_audio)"

expect_exit 0 "the approval and as-run chains verify" "$LOA" verify --root "$R"
expect_exit 0 "the month reported" "$LOA" report --root "$R" --month 2026-12 -o "$TMP/r.csv"
total=$(sed -n '2p' "$TMP/r.csv" | cut -d, -f6-16)
want=$(expected "$R/loa.db")
[ "$total" = "$want" ] && ok "every total matches the as-run rows ($want)" || not_ok "report $total, sqlite3 $want"
[ "$(echo "$total" | cut -d, -f3,10)" = "1,4" ] &&
	ok "re-aired 1, priority 4: a bulletin aired again counts once" || not_ok "report counts $total"
finish
