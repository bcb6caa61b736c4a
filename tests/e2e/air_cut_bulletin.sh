#!/bin/sh
# An emergency handed over while a priority bulletin is on air cuts it,
# airs, and the daemon goes on: reading the new request grows the queue
# that the priority bulletin lives in (it used to be freed under it, and
# the daemon died).
. tests/e2e/lib.sh
. tests/e2e/web-air-station.inc
tone "$TMP/p.wav" 60 500
tone "$TMP/e.wav" 2 700
air -o null: --clock 2026-12-01T05:59 --speed 20 --until 2026-12-01T06:00:20 >"$TMP/air.out" 2>"$TMP/air.err" &
pid=$!
expect_exit 0 "a priority bulletin handed over" "$LOA" bulletin "$TMP/p.wav" --priority priority --by "Lê C" --root "$R"
# Waits (up to a minute) for it to be on air, then sends the emergency.
i=0
until grep -q "priority bulletin by Lê C" "$R/spool/status" 2>/dev/null || [ $i -ge 600 ]; do
	sleep 0.1; i=$((i + 1))
done
expect_exit 0 "an emergency handed over while it airs" "$LOA" bulletin "$TMP/e.wav" --priority emergency --by "Lê C" --root "$R"
wait $pid
rc=$?
[ $rc -eq 0 ] && ok "the daemon ran to the end of its clock" || { not_ok "the daemon ended with $rc"; sed 's/^/#   /' "$TMP/air.err"; }
q "SELECT s.tier || ' ' || coalesce(e.outcome, s.outcome) FROM asrun s LEFT JOIN asrun e ON e.item = s.id
   WHERE s.event IN ('start', 'once') ORDER BY s.id" >"$TMP/got"
printf 'priority pre-empted\nemergency aired\nnormal aired\n' >"$TMP/want"
cmp -s "$TMP/got" "$TMP/want" && ok "cut, the emergency aired, then the 06:00 item" ||
	{ not_ok "as-run rows"; sed 's/^/#   /' "$TMP/got"; }
finish
