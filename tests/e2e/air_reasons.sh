#!/bin/sh
# The as-run log's reasons in the reader's language: a daemon run under
# LANG=C stores each reason as its message id and its arguments
# (docs/asrun.md, "Reasons"); `loa log` words them by LANG (its CSV in
# English), and the Log and On air pages of a real `loa serve` in
# Vietnamese.  Rows an older daemon wrote (English text) still show:
# as they are, or worded when they are exactly one of the reasons.
# Every reason the air layer logs is in its table (src/air/reasons.c).
. tests/e2e/lib.sh
. tests/e2e/air-station.inc
vi_locale
LANG=C
export LANG
vi() { env LANG=vi_VN.UTF-8 "$@"; }
station_schedule </dev/null >"$R/schedules/tm.yaml"
check "the station's week is built" station_build 2026-W49
tone "$TMP/e1.wav" 3 660
expect_exit 0 "a first run sets the spool up" air -o null: --clock 2026-11-29T05:00 --speed 1000 --until 2026-11-29T05:00:05
# Monday's 06:00 items are past the grace time at 06:10.
expect_exit 0 "Monday from 06:10, under LANG=C" air -o null: --clock 2026-11-30T06:10 --speed 1000 --until 2026-11-30T06:11
expect_exit 0 "an emergency handed over" "$LOA" bulletin "$TMP/e1.wav" --priority emergency --by "Trần Thị B" --at 2026-12-01T06:00:03 --root "$R"
expect_exit 0 "Tuesday's first item cut, under LANG=C" air -o "file:$TMP/air.wav" --clock 2026-12-01T05:59:50 --speed 100 --until 2026-12-01T06:01

# The Log page and the On air page of a real loa serve (LANG=C), in
# Vietnamese (tests/web/reasons.py): pages recent (the On air page's
# last items, since the day of the newest event) or pages log (the Log
# page and the events).
printf 'mat-khau-op1\n' | "$LOA" user add op --role operator --root "$R" >/dev/null
pages() {
	/usr/bin/python3 tests/web/reasons.py "$LOA" "$R" "$1" >"$TMP/web" 2>&1
	cat "$TMP/web"
	grep -q '^ok - the end' "$TMP/web" || not_ok "the pages' checks ran to their end"
}
pages recent


# Two bulletins that cannot air on Wednesday: one whose audio no longer
# reads, one whose approval was withdrawn.  Never started, each is in
# the log of the day it was given up.
expect_exit 0 "a bulletin handed over" "$LOA" bulletin "$TMP/e1.wav" --priority emergency --by "Trần Thị B" --at 2026-12-02T05:00 --root "$R"
for f in "$R"/spool/*.wav; do chmod u+w "$f"; printf 'not a wav' >"$f"; done
expect_exit 0 "Wednesday, under LANG=C" air -o null: --clock 2026-12-02T04:59:58 --speed 100 --until 2026-12-02T05:00:05
tone "$TMP/p1.wav" 2 550
expect_exit 0 "another handed over" "$LOA" bulletin "$TMP/p1.wav" --priority priority --by "Lê C" --at 2026-12-02T05:10 --root "$R"
check "its approval withdrawn" "$LOA" revoke "$(q "SELECT max(id) FROM approvals")" --by "Nguyễn Văn A" --reason "thử" --root "$R"
expect_exit 0 "Wednesday again, under LANG=C" air -o null: --clock 2026-12-02T05:09:58 --speed 100 --until 2026-12-02T05:10:05

tab=$(printf '\t')
[ "$(q "SELECT count(*) FROM asrun WHERE outcome = 'missed' AND reason GLOB
	'its time passed %lld s ago (more than the grace time, %d s)$tab[0-9]*${tab}300'")" = 2 ] &&
	ok "a missed item's reason is stored as its id and its arguments" ||
	not_ok "missed: $(q "SELECT reason FROM asrun WHERE outcome = 'missed'")"
[ "$(q "SELECT reason FROM asrun WHERE outcome = 'pre-empted'")" = "cut by an emergency bulletin" ] &&
	ok "the cut's reason is its id (no arguments)" ||
	not_ok "cut: $(q "SELECT outcome, reason FROM asrun WHERE reason IS NOT NULL")"

[ "$(q "SELECT count(*) FROM asrun WHERE outcome = 'failed' AND reason GLOB 'its audio does not play: %s$tab?*'")" = 1 ] &&
	[ "$(q "SELECT reason FROM asrun WHERE outcome = 'failed' AND file = 'p1.wav'")" = "its audio is not approved for this commune" ] &&
	ok "the bulletins' reasons are stored as ids and arguments" ||
	not_ok "bulletins: $(q "SELECT file, reason FROM asrun WHERE outcome = 'failed'")"
[ "$(q "SELECT count(*) FROM air_events WHERE msgid = 'emergency bulletin by %s not aired: %s' AND
	message GLOB 'emergency bulletin by Trần Thị B not aired: its audio does not play: ?*' AND message NOT GLOB '*$tab*'
	AND json_extract(args, '\$[1]') GLOB 'its audio does not play: %s$tab?*'")" = 1 ] &&
	ok "its event keeps the reason's id and arguments, and English words as its text" ||
	not_ok "event: $(q "SELECT message, args FROM air_events WHERE kind = 'bulletin'")"
expect_exit 0 "loa status under LANG=vi_VN.UTF-8" vi "$LOA" status --root "$R"
grep -q "tin khẩn cấp của Trần Thị B không được phát: âm thanh không phát được: ." "$TMP/out" &&
	grep -q "tin ưu tiên của Lê C không được phát: âm thanh chưa được duyệt cho xã này$" "$TMP/out" &&
	! grep -q "its audio\|%s" "$TMP/out" &&
	ok "loa status words the bulletins' reasons in Vietnamese" || not_ok "status: $(cat "$TMP/out")"
expect_exit 0 "loa status under LANG=C" "$LOA" status --root "$R"
grep -q "priority bulletin by Lê C not aired: its audio is not approved for this commune$" "$TMP/out" &&
	ok "and in English" || not_ok "status: $(cat "$TMP/out")"

# Rows of an older daemon, written through loa/asrun.h as it wrote them.
put() { "$LOA_BUILD/tools/asrun-put" "$R/loa.db" tm 2026-11-28 "$@" >/dev/null; }
check "old rows" put 06:00 sang a missed normal 0 "its time passed 75 s ago (more than the grace time, 300 s)"
check "an old cut" put 06:01 sang b pre-empted normal 0 "cut by an emergency bulletin"
check "a forged one" put 06:02 sang a failed normal 0 "%n%s${tab}x"
expect_exit 0 "the chain still holds" "$LOA" verify --root "$R"

# log_has LANG WHAT DATE LINE [NOT]: loa log --date DATE under LANG has
# a line ending in LINE, and no NOT.
log_has() {
	env LANG="$1" "$LOA" log --date "$3" --root "$R" >"$TMP/out" 2>&1
	grep -q "$4\$" "$TMP/out" && ! grep -q "${5:-^$}" "$TMP/out" &&
		ok "$2" || not_ok "$2: $(cat "$TMP/out")"
}
log_has C "the missed item, in English" 2026-11-30 \
	"missed .*_a.mp3 (its time passed 600 s ago (more than the grace time, 300 s))"
log_has vi_VN.UTF-8 "the missed item, in Vietnamese" 2026-11-30 \
	"bị lỡ .*_a.mp3 (đã quá giờ 600 giây (quá thời gian cho phép trễ, 300 giây))" "its time\|grace\|%lld"
log_has C "the cut, in English" 2026-12-01 "pre-empted .*_a.mp3 (cut by an emergency bulletin)"
log_has vi_VN.UTF-8 "the cut, in Vietnamese" 2026-12-01 \
	"bị chen ngang .*_a.mp3 (bị tin khẩn cấp cắt ngang)" "cut by"
log_has vi_VN.UTF-8 "a bulletin refused before it started is in its day's log" 2026-12-02 \
	"hỏng .*p1.wav (âm thanh chưa được duyệt cho xã này)" "its audio"
[ "$(env LANG=C "$LOA" log --date 2026-12-02 --root "$R" | grep -c " failed ")" = 2 ] &&
	ok "both bulletins not aired are in Wednesday's log" ||
	not_ok "Wednesday: $(env LANG=C "$LOA" log --date 2026-12-02 --root "$R" 2>&1)"
expect_exit 0 "loa log --format csv under LANG=vi_VN.UTF-8" vi "$LOA" log --date 2026-11-30 --format csv --root "$R"
[ "$(grep -c ',"its time passed [0-9]* s ago (more than the grace time, 300 s)"' "$TMP/out")" = 2 ] &&
	! grep -q "$tab\|%lld" "$TMP/out" &&
	ok "the CSV keeps the reasons in English, like its codes" || not_ok "csv: $(cat "$TMP/out")"
expect_exit 0 "loa log of the old rows" vi "$LOA" log --date 2026-11-28 --root "$R"
grep -q "(its time passed 75 s ago (more than the grace time, 300 s))$" "$TMP/out" &&
	grep -q " b (bị tin khẩn cấp cắt ngang)$" "$TMP/out" &&
	grep -q " a (%n%s x)$" "$TMP/out" &&
	ok "old rows: as they are, or worded when exactly a reason; forged ones as stored" ||
	not_ok "old rows: $(cat "$TMP/out")"

pages log

# The table holds every reason the air layer logs, and nothing else.
msgids() { msgcat --no-wrap "$1" | sed -n 's/^msgid //p' | grep -vx '""' | sort -u; }
xgettext --from-code=UTF-8 -L C -k -kair_reason:3 -o "$TMP/calls.pot" \
	$(ls src/air/*.c | grep -v '/reasons\.c$') &&
	xgettext --from-code=UTF-8 -L C -k -kN_ -o "$TMP/table.pot" src/air/reasons.c ||
	not_ok "xgettext"
msgids "$TMP/calls.pot" >"$TMP/used"
msgids "$TMP/table.pot" >"$TMP/table"
[ "$(wc -l <"$TMP/used")" -ge 12 ] && cmp -s "$TMP/used" "$TMP/table" &&
	ok "every reason logged is in the table, and no other" ||
	{ not_ok "table and calls differ"; diff "$TMP/table" "$TMP/used" | sed 's/^/#   /'; }
finish
