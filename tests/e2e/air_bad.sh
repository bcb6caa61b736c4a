# loa air and loa bulletin on bad input: an unknown output, a missing
# week, a bulletin that is not audio, a damaged request, a segment
# changed after the build or no longer approved.  Each gets a plain
# message, and the daemon keeps serving what it can.
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
station_schedule </dev/null >"$R/schedules/tm.yaml"
check "a week built" station_build 2026-W49
tone "$TMP/e.wav" 2 660
tone "$TMP/fallback.wav" 1 330

# 'loa air' runs the daemon program, loa-air, which links no renderer.
expect_exit 2 "loa air without a schedule: a usage error" "$LOA" air
# The dispatch itself: a loa with a stand-in loa-air beside it runs it.
mkdir -p "$TMP/bin"
cp "$LOA" "$TMP/bin/loa"
printf '#!/bin/sh\necho "loa-air ran: $*"\n' >"$TMP/bin/loa-air"
chmod +x "$TMP/bin/loa-air"
"$TMP/bin/loa" air x.yaml --output null: >"$TMP/dispatch" 2>&1
grep -q "^loa-air ran: x.yaml --output null:" "$TMP/dispatch" &&
	ok "loa air runs loa-air, the daemon's own program, with its arguments" ||
	not_ok "loa air runs loa-air: $(cat "$TMP/dispatch")"
if readelf -d "$(dirname "$LOA")/loa-air" | grep -Eq 'NEEDED.*(espeak|avfilter|avdevice|microhttpd|xlsxwriter)'; then
	not_ok "loa-air links a library playout does not need"
else
	ok "loa-air links neither eSpeak NG, libavfilter, libavdevice nor the web's libraries"
fi
expect_exit 1 "an unknown output alone: refused" air -o foo:bar --clock 2026-11-30T05:00 --speed 1000 --until 2026-11-30T05:00:01
stderr_matches "output 'foo:bar' left out: unknown output kind" "the output is named, and why"
stderr_matches "no output could be opened" "and why nothing runs"
expect_exit 0 "an unknown output beside a good one: the good one serves" air -o foo:bar -o null: --clock 2026-11-30T05:59 --speed 1000 --until 2026-11-30T06:01
stderr_matches "output 'foo:bar' left out" "the bad one is named"
[ "$(q "SELECT count(*) FROM asrun WHERE event = 'start'")" = 2 ] && ok "both items aired" || not_ok "items aired: $(q "SELECT count(*) FROM asrun WHERE event = 'start'")"
[ "$(q "SELECT count(*) FROM air_events WHERE kind = 'output' AND message LIKE '%left out: unknown output kind%'")" = 2 ] &&
	ok "the bad output is in the event log, each run" || not_ok "output event"

expect_exit 1 "--speed with a sound card: refused" air -o alsa:null -o null: --clock 2026-11-30T05:00 --speed 10 --until 2026-11-30T05:01
stderr_matches "plays in real time: --speed is only for file:, record: and null: outputs" "said in plain words"

# A second daemon for the same station is refused.
rm -f "$R/spool/status"
"$LOA" air "$R/schedules/tm.yaml" --root "$R" --weeks "$W" -q -o null: --clock 2026-11-30T04:00 --until 2026-11-30T04:00:30 &
first=$!
# Up to 2 minutes (sanitizers on a busy machine), while it runs.
n=0
while [ ! -s "$R/spool/status" ] && kill -0 "$first" 2>/dev/null && [ $n -lt 1200 ]; do
	sleep 0.1; n=$((n + 1))
done
expect_exit 1 "a second daemon for the station" air -o null: --clock 2026-11-30T04:00 --speed 1000 --until 2026-11-30T04:01
stderr_matches "another 'loa air' is already running for this station" "refused in plain words"
kill "$first"; wait "$first"
[ "$(cat "$R/spool/status")" = "off air" ] && ok "SIGTERM stops the first one cleanly" || not_ok "status after SIGTERM: $(cat "$R/spool/status")"

# A missing week: said once, and bulletins still air.  (Seven weeks on,
# past the look-back's 35 days: the week built is not logged as missed.)
expect_exit 0 "a bulletin for a daemon without a week" "$LOA" bulletin "$TMP/e.wav" --priority emergency --by "Trần Thị B" --at 2027-01-18T09:00 --root "$R"
expect_exit 0 "no week built: the daemon still runs" air -o null: --clock 2027-01-18T08:59 --speed 1000 --until 2027-01-18T09:01
stderr_matches "no week built for tm at '.*2027-W03'" "the missing week is named"
[ "$(grep -c "no week built" "$TMP/err")" = 1 ] && ok "and said once" || not_ok "said $(grep -c "no week built" "$TMP/err") times"
[ "$(q "SELECT count(*) FROM asrun WHERE tier = 'emergency' AND event = 'start'")" = 1 ] &&
	ok "the bulletin aired without a week" || not_ok "bulletin without a week"

# A bulletin that is not audio: refused, nothing handed over.
printf '#EXTM3U\n/etc/passwd\n' >"$TMP/not.mp3"
n=$(q "SELECT count(*) FROM approvals")
expect_exit 1 "a bulletin that is not audio" "$LOA" bulletin "$TMP/not.mp3" --priority emergency --by "Trần Thị B" --root "$R"
stderr_matches "not.mp3: not an audio file Loa can air" "a plain message naming it"
[ "$(q "SELECT count(*) FROM approvals")" = "$n" ] && ! ls "$R/spool" | grep -q '\.req$' &&
	ok "no approval, nothing in the spool" || not_ok "something was recorded"
expect_exit 2 "a bulletin without --priority" "$LOA" bulletin "$TMP/e.wav" --by X --root "$R"
expect_exit 2 "--repeat without --every" "$LOA" bulletin "$TMP/e.wav" --priority priority --by X --repeat 2 --root "$R"

# A damaged request is set aside and logged; the air goes on.
printf 'audio=x.wav\ntier=loud\n' >"$R/spool/1-1-0.req"
expect_exit 0 "a damaged request" air -o null: --clock 2026-12-01T05:59 --speed 1000 --until 2026-12-01T05:59:02
[ -e "$R/spool/1-1-0.req.bad" ] && ok "set aside as .bad" || not_ok "damaged request kept"
[ "$(q "SELECT count(*) FROM air_events WHERE kind = 'bulletin' AND message LIKE '%set aside%'")" = 1 ] &&
	ok "and logged" || not_ok "damaged request event"

# A segment changed after the build, another no longer approved: both
# fail with the reason, and the fallback fills their time.
seg=$W/tm/2026-W49/2026-12-02_0600_sang_1_a.mp3
printf 'x' >>"$seg"
"$LOA" revoke 2 --by "Nguyễn Văn A" --reason "test" --root "$R" >/dev/null
expect_exit 0 "a day with bad segments" air -o "file:$TMP/air.wav" --fallback "$TMP/fallback.wav" --clock 2026-12-02T05:59 --speed 1000 --until 2026-12-02T06:01
q "SELECT outcome, reason FROM asrun WHERE scheduled LIKE '2026-12-02%' ORDER BY id" >"$TMP/got"
grep -q "^failed its file differs from its manifest" "$TMP/got" && ok "the changed file: failed, why" || { not_ok "changed file"; cat "$TMP/got"; }
grep -q "^failed its audio is not the audio approved" "$TMP/got" && ok "the withdrawn approval: failed, why" || { not_ok "revoked"; cat "$TMP/got"; }
[ "$(q "SELECT count(*) FROM air_events WHERE kind = 'fallback'")" = 2 ] && ok "the fallback played twice" || not_ok "fallback events"
len=$(probe "$TMP/air.wav" format=duration)
want=$(q "SELECT sum(length_ms) / 1000.0 FROM asrun WHERE scheduled LIKE '2026-12-02%'")
within "$len" "$want" 0.1 && ok "the recording fills both items' time ($len s)" || not_ok "recording $len s, items $want s"

# Silence sent while something plays is an alarm (default: over 10 s).
ffmpeg -v error -y -f lavfi -i "anullsrc=r=44100:cl=mono" -t 12 "$TMP/quiet.wav"
expect_exit 0 "a silent bulletin handed over" "$LOA" bulletin "$TMP/quiet.wav" --priority priority --by "Lê C" --at 2026-12-03T05:00 --root "$R"
expect_exit 0 "the daemon airs it" air -o null: --clock 2026-12-03T04:59 --speed 1000 --until 2026-12-03T05:01
[ "$(q "SELECT count(*) FROM air_events WHERE kind = 'silence' AND message LIKE '10 s of silence%' AND item > 0")" = 1 ] &&
	ok "a silence alarm, naming the item" || not_ok "silence alarm: $(q "SELECT message FROM air_events WHERE kind = 'silence'")"

# A SCRIPT bulletin is rendered and approved by its submitter; --repeat
# airs it again --every apart.
printf 'id: khan\ntitle: Tin khẩn\ntopic: other\nvoice:\n  rate: 175\nparts:\n  - say: Thông báo khẩn. Gọi {{commune.police_phone}}.\n' >"$R/scripts/khan.yaml"
expect_exit 0 "a script bulletin, twice" "$LOA" bulletin "$R/scripts/khan.yaml" --priority priority --by "Phạm D" --repeat 2 --every 10m --at 2026-12-03T07:00 --root "$R"
[ "$(q "SELECT by FROM approvals WHERE script_id = 'khan'")" = "Phạm D" ] && ok "approved in the submitter's name" || not_ok "script approval"
expect_exit 0 "the daemon airs it" air -o null: --clock 2026-12-03T06:59 --speed 1000 --until 2026-12-03T07:20
[ "$(q "SELECT group_concat(substr(started, 12, 8), ' ') FROM asrun WHERE file = 'khan.yaml' AND event = 'start'")" = "07:00:00 07:10:00" ] &&
	ok "at 07:00 and again at 07:10" || not_ok "repeats: $(q "SELECT started FROM asrun WHERE file = 'khan.yaml'")"
[ "$(q "SELECT count(*) FROM asrun s JOIN asrun e ON e.item = s.id WHERE s.file = 'khan.yaml' AND s.tier = 'priority' AND e.outcome = 'aired' AND s.approval > 0")" = 2 ] &&
	ok "both aired, priority, with their approval" || not_ok "script bulletin rows"
finish
