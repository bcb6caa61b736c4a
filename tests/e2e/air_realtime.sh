# loa air at real speed (a test clock at speed 1): one slot of two items
# recorded to a WAV file that holds exactly the two items.  Takes about
# 25 s of real time: run by 'make check' only.
. tests/e2e/lib.sh
[ "${LOA_SLOW:-}" = 1 ] || { echo "# slow: run by 'make check' only"; finish; }
. tests/e2e/air-station.inc
station_schedule </dev/null >"$R/schedules/tm.yaml"
check "a week built" station_build 2026-W49
expect_exit 0 "real time, from 2 s before the slot, with a sound card" air -o "file:$TMP/air.wav" -o alsa:null --clock 2026-12-01T05:59:58 --until 2026-12-01T06:00:19
[ "$(q "SELECT group_concat(outcome, ' ') FROM asrun WHERE event = 'end'")" = "aired aired" ] &&
	ok "both items aired" || not_ok "outcomes: $(q "SELECT outcome FROM asrun")"
len=$(probe "$TMP/air.wav" format=duration)
want=$(q "SELECT sum(length_ms) / 1000.0 FROM asrun WHERE event = 'start'")
within "$len" "$want" 0.05 && ok "the recording is the two items ($len s)" || not_ok "recording $len s, items $want s"
set -- $(loudness "$TMP/air.wav")
within "$1" -16 1.5 && ok "at the station's loudness ($1 LUFS)" || not_ok "loudness $1"
finish
