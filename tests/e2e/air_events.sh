#!/bin/sh
# The daemon's events in the reader's language: a daemon run under LANG=C
# stores each event's message id and arguments, and `loa status` writes
# them in English under LANG=C and in Vietnamese under vi_VN.UTF-8.
# Forged rows (an id not the daemon's, arguments with %n, arguments that
# do not fit) and rows of the old schema show as their stored text.
# Every event message the air layer logs is in its table (src/air/events.c),
# so every one has a translation.
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
if ! locale -a 2>/dev/null | grep -qix 'vi_VN.utf-\{0,1\}8'; then
	mkdir -p "$TMP/locale"
	localedef -i vi_VN -f UTF-8 "$TMP/locale/vi_VN.UTF-8" 2>/dev/null
	export LOCPATH="$TMP/locale"
fi
unset LC_ALL LC_MESSAGES LANGUAGE
LANG=C
export LANG
vi() { env LANG=vi_VN.UTF-8 "$@"; }
station_schedule </dev/null >"$R/schedules/tm.yaml"
check "the station's week is built" station_build 2026-W49
expect_exit 0 "a daemon run under LANG=C" air -o null: --clock 2026-12-01T05:59 --speed 100 --until 2026-12-01T06:02
[ "$(q "SELECT count(*) FROM air_events WHERE msgid = 'on air for %s to %s (test clock)' AND args = '[\"tm\",\"null:\"]'
	AND message = 'on air for tm to null: (test clock)'")" = 1 ] &&
	ok "its start is stored with its id, its arguments and its English text" ||
	not_ok "events: $(q "SELECT kind, msgid, args, message FROM air_events")"
[ "$(q "SELECT count(*) FROM air_events WHERE msgid IS NULL")" = 0 ] &&
	ok "every event of the run has its id" || not_ok "no id: $(q "SELECT message FROM air_events WHERE msgid IS NULL")"

expect_exit 0 "loa status under LANG=C" "$LOA" status --root "$R"
grep -q "daemon   on air for tm to null: (test clock)$" "$TMP/out" &&
	grep -q "daemon   stopped at the end of its test clock$" "$TMP/out" &&
	ok "shows the events in English" || not_ok "status: $(cat "$TMP/out")"
expect_exit 0 "loa status under LANG=vi_VN.UTF-8" vi "$LOA" status --root "$R"
grep -q "chương trình phát bắt đầu phát cho tm tới null: (đồng hồ thử)$" "$TMP/out" &&
	grep -q "chương trình phát đã dừng khi hết đồng hồ thử$" "$TMP/out" &&
	grep -q "đồng hồ  *đồng hồ hệ thống" "$TMP/out" &&
	! grep -q "on air for\|stopped at\|system clock" "$TMP/out" &&
	ok "shows them in Vietnamese, kinds too" || not_ok "status: $(cat "$TMP/out")"
# Times: as the On air page writes them for a Vietnamese reader; ISO
# 8601 under LANG=C and with --iso, for scripts.
grep -q "^  0[56]:[0-5][0-9]:[0-5][0-9] 01/12/2026 chương trình phát  *bắt đầu phát cho tm" "$TMP/out" &&
	! grep -q "2026-12-01T" "$TMP/out" &&
	ok "LANG=vi_VN.UTF-8: the events' times as the page writes them (07:00:00 01/12/2026)" ||
	not_ok "times in Vietnamese: $(cat "$TMP/out")"
expect_exit 0 "loa status --iso under LANG=vi_VN.UTF-8" vi "$LOA" status --iso --root "$R"
grep -q "^  2026-12-01T0[56]:[0-5][0-9]:[0-5][0-9] chương trình phát  *bắt đầu phát cho tm" "$TMP/out" &&
	ok "--iso: ISO 8601 times in Vietnamese words" || not_ok "--iso: $(cat "$TMP/out")"
LANG=C "$LOA" status --root "$R" >"$TMP/out" 2>&1
grep -q "^  2026-12-01T0[56]:[0-5][0-9]:[0-5][0-9] daemon  *on air for tm" "$TMP/out" &&
	ok "LANG=C: ISO 8601 times, as before" || not_ok "LANG=C times: $(cat "$TMP/out")"

# Rows written behind the daemon's back, and one of the old schema.
forge() { # MSGID ARGS MESSAGE
	sqlite3 "$R/loa.db" "INSERT INTO air_events (at, kind, message, msgid, args)
		VALUES ('2026-12-01T07:00:00.000+07:00', 'daemon', '$3', $1, $2)"
}
forge "NULL" "NULL" "old text"
forge "'%s%s%s%s%n'" "'[\"a\",\"b\",\"c\",\"d\"]'" "forged id"
forge "'on air for %s to %s'" "'[\"%n%n%s%s\",\"%x%p\"]'" "forged args"
forge "'on air for %s to %s'" "'not json'" "bad json"
forge "'on air for %s to %s'" "'[\"one\"]'" "too few"
forge "'on air for %s to %s'" "'[\"a\",\"b\",\"c\"]'" "too many"
forge "'on air for %s to %s'" "'[\"a\",2]'" "not text"
expect_exit 0 "loa status reads forged rows" vi "$LOA" status --root "$R"
for t in "old text" "forged id" "bad json" "too few" "too many" "not text" \
	"bắt đầu phát cho %n%n%s%s tới %x%p"; do
	grep -q "chương trình phát $t$" "$TMP/out" && ok "shown as '$t'" ||
		not_ok "'$t' not in: $(cat "$TMP/out")"
done

# A week not built is named in the reader's words too.
expect_exit 0 "a daemon run on a week not built" air -o null: --clock 2027-01-18T08:59 --speed 1000 --until 2027-01-18T09:01
expect_exit 0 "loa status under LANG=vi_VN.UTF-8" vi "$LOA" status --root "$R"
grep -q "tuần  *tuần 2027-W03 chưa được tạo cho tm ('loa build --week 2027-W03 -o .*' sẽ tạo)$" "$TMP/out" &&
	ok "the week not built, in Vietnamese" || not_ok "status: $(cat "$TMP/out")"

# The table holds every format the air layer logs, and nothing else.
msgids() { msgcat --no-wrap "$1" | sed -n 's/^msgid //p' | grep -vx '""' | sort -u; }
xgettext --from-code=UTF-8 -L C -k -kair_event:4 -kair_note:2 -o "$TMP/calls.pot" \
	$(ls src/air/*.c | grep -v '/events\.c$') &&
	xgettext --from-code=UTF-8 -L C -k -kair_event:2 -o "$TMP/kinds.pot" src/air/*.c &&
	xgettext --from-code=UTF-8 -L C -k -kN_ -o "$TMP/table.pot" src/air/events.c ||
	not_ok "xgettext"
{ msgids "$TMP/calls.pot"; msgids "$TMP/kinds.pot"; } | grep -vx '"%s"' | sort -u >"$TMP/used"
msgids "$TMP/table.pot" >"$TMP/table"
[ "$(wc -l <"$TMP/used")" -gt 30 ] && cmp -s "$TMP/used" "$TMP/table" &&
	ok "every event message and kind logged is in the table, and no other" ||
	{ not_ok "table and calls differ"; diff "$TMP/table" "$TMP/used" | sed 's/^/#   /'; }
finish
