# loa plan: table, CSV (BOM), JSON and iCalendar output on small fixtures,
# week edges, bad input among good input, usage errors.
. tests/e2e/lib.sh
PY=/usr/bin/python3
R=$TMP/root
mkdir -p "$R/scripts" "$R/schedules/communes"
for id in a b c; do
	cat >"$R/scripts/$id.yaml" <<EOF
id: $id
title: "Tin $id, số 1; \"thử\""
topic: other
parts:
  - say: Xin chào bà con {{commune.name}}.
EOF
done
tm_profile "$R/schedules/communes/tm.yaml"
cat >"$R/schedules/tm.yaml" <<'EOF'
commune: tm
valid_from: 2026-11-02
exclude: [2027-01-01]
zones:
  t1: Thôn Nhân Giả
  t2: Thôn Tiên Đôi, Nội
slots:
  - id: sang
    name: Bản tin sáng
    days: [mon, wed, fri]
    start: "06:30"
    length: 10m
    zones: [t1, t2]
    play:
      - rotate: [a, b, c]
      - c
  - id: toi
    name: Bản tin tối
    days: sun
    start: "19:00"
    length: 5m
    play: [b]
EOF
cat >"$R/schedules/city.yaml" <<'EOF'
template:
  slots:
    - id: sang
      days: daily
      start: "07:00"
      length: 5m
      play: [a]
communes:
  - profile:
      id: an-lu
      kind: phường
      name: phường An Lư
      city: thành phố Hải Phòng
      office: UBND phường An Lư
      police_phone: "0225 3999 103"
      hotline: "113"
EOF
cat >"$R/schedules/bad.yaml" <<'EOF'
commune: tm
slots:
  - id: sang
    days: daily
    start: "25:00"
    length: 10m
    play: [a]
EOF
plan() { "$LOA" plan --root "$R" "$@"; }

expect_exit 0 "plan prints a table" plan "$R/schedules/tm.yaml" --week 2026-W49
grep -q "xã Tiên Minh (tm), 2026-11-30 to 2026-12-06" "$TMP/out" &&
grep -q "Mon 2026-11-30  06:30" "$TMP/out" &&
grep -q "Thôn Nhân Giả, Thôn Tiên Đôi, Nội" "$TMP/out" &&
	ok "table names commune, days and zones" || not_ok "table content"
[ "$(grep -c ' sang \| Bản tin' "$TMP/out")" -eq 7 ] && ok "table has 7 broadcasts" ||
	{ not_ok "table rows"; cat "$TMP/out"; }

expect_exit 0 "plan --format csv" plan "$R/schedules/tm.yaml" "$R/schedules/city.yaml" --week 2026-W49 --format csv
head -c 3 "$TMP/out" | od -An -tx1 | grep -q "ef bb bf" && ok "csv starts with a UTF-8 BOM" || not_ok "csv BOM"
$PY - "$TMP/out" <<'EOF' && ok "csv parses: 14 rows, quoted fields intact" || not_ok "csv parse"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert len(rows) == 14, len(rows)
assert rows[0]["zones"] == "Thôn Nhân Giả, Thôn Tiên Đôi, Nội", rows[0]
assert rows[0]["title"] == 'Tin a, số 1; "thử"', rows[0]["title"]
assert rows[-1]["commune"] == "an-lu" and rows[-1]["zones"] == "toàn phường"
assert open(sys.argv[1], "rb").read().count(b"\r\n") == 15
EOF

expect_exit 0 "plan --format json" plan "$R/schedules/tm.yaml" --from 2026-11-30 --to 2026-12-02 --format json
$PY - "$TMP/out" <<'EOF' && ok "json parses with rotation a, then b" || not_ok "json parse"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
b = d["broadcasts"]
assert d["from"] == "2026-11-30" and d["to"] == "2026-12-02"
assert [x["script"] for x in b] == ["a", "c", "b", "c"], b
assert b[1]["position"] == 2 and b[1]["start"] > b[0]["start"]
EOF

# Week edges: 2026 has 53 ISO weeks; 1 January 2027 is excluded.
expect_exit 0 "plan 2026-W53" plan "$R/schedules/tm.yaml" --week 2026-W53 --format json
$PY - "$TMP/out" <<'EOF' && ok "2026-W53 runs 2026-12-28 to 2027-01-03 without the holiday" || not_ok "W53"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["from"] == "2026-12-28" and d["to"] == "2027-01-03", d
dates = sorted({x["date"] for x in d["broadcasts"]})
assert dates == ["2026-12-28", "2026-12-30", "2027-01-03"], dates
EOF
expect_exit 0 "plan 2027-W01" plan "$R/schedules/tm.yaml" --week 2027-W01 --format csv
grep -q "2027-01-04,Mon,06:30:00" "$TMP/out" && ok "2027-W01 starts Monday 2027-01-04" || not_ok "W01"
expect_exit 2 "2027-W53 does not exist" plan "$R/schedules/tm.yaml" --week 2027-W53
stderr_matches "ISO week" "message explains the week format"

expect_exit 0 "plan --format ics" plan "$R/schedules/tm.yaml" "$R/schedules/city.yaml" --week 2026-W49 --format ics
cp "$TMP/out" "$TMP/plan.ics"
if $PY -c 'import icalendar' 2>/dev/null; then
	$PY - "$TMP/plan.ics" <<'EOF' && ok "icalendar parses 14 events with local times" || not_ok "icalendar"
import sys, datetime, icalendar
raw = open(sys.argv[1], "rb").read()
assert all(len(l) <= 75 for l in raw.split(b"\r\n")), "line longer than 75 octets"
assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
cal = icalendar.Calendar.from_ical(raw)
ev = list(cal.walk("VEVENT"))
assert len(ev) == 14, len(ev)
uids = {str(e["UID"]) for e in ev}
assert len(uids) == 14
first = ev[0]
start = first.decoded("DTSTART")
assert start.utcoffset() == datetime.timedelta(hours=7), start
assert start.strftime("%Y-%m-%d %H:%M") == "2026-11-30 06:30", start
assert str(first["SUMMARY"]).startswith("Bản tin sáng: Tin a, số 1;"), first["SUMMARY"]
assert "Thôn Tiên Đôi, Nội" in str(first["LOCATION"])
EOF
else
	ok "# SKIP python3-icalendar is not installed"
fi
plan "$R/schedules/tm.yaml" "$R/schedules/city.yaml" --week 2026-W49 --format ics >"$TMP/again.ics"
cmp -s "$TMP/again.ics" "$TMP/plan.ics" && ok "ics output is deterministic" || not_ok "ics differs between runs"
# An edit that moves every broadcast keeps every UID: a re-import updates.
sed 's/start: "06:30"/start: "06:45"/' "$R/schedules/tm.yaml" >"$R/schedules/tm-later.yaml"
plan "$R/schedules/tm-later.yaml" --week 2026-W49 --format ics >"$TMP/later.ics"
plan "$R/schedules/tm.yaml" --week 2026-W49 --format ics >"$TMP/tm.ics"
grep '^UID:' "$TMP/tm.ics" >"$TMP/uids"
if [ -s "$TMP/uids" ] && grep '^UID:' "$TMP/later.ics" | cmp -s - "$TMP/uids" &&
   ! grep '^DTSTART' "$TMP/later.ics" | cmp -s - "$(grep '^DTSTART' "$TMP/tm.ics" >"$TMP/starts"; echo "$TMP/starts")"; then
	ok "ics UIDs stay the same when the start times move"
else
	not_ok "ics UIDs changed with the start time"; diff "$TMP/uids" "$TMP/later.ics" | head -n 5 | sed 's/^/#   /'
fi

# One bad schedule among good ones: reported, the others still planned.
expect_exit 1 "bad schedule among good ones exits 1" plan "$R/schedules/bad.yaml" "$R/schedules/city.yaml" --week 2026-W49 --format csv
stderr_matches "bad.yaml:5:12: expected a time such as 06:30, not '25:00'" "error names file:line:column"
grep -q "^an-lu," "$TMP/out" && ok "good schedule still planned" || not_ok "good schedule missing"

expect_exit 2 "no period is a usage error" plan "$R/schedules/tm.yaml"
expect_exit 2 "unknown format" plan "$R/schedules/tm.yaml" --week 2026-W49 --format xml
expect_exit 2 "no schedule" plan --week 2026-W49
expect_exit 2 "--to before --from" plan "$R/schedules/tm.yaml" --from 2026-12-02 --to 2026-12-01
expect_exit 2 "--from an impossible date" plan "$R/schedules/tm.yaml" --from 2026-02-31 --to 2026-03-05
stderr_matches "^loa: --from wants a date such as 2026-12-01, not '2026-02-31'" "impossible --from named"
expect_exit 2 "--to an impossible date" plan "$R/schedules/tm.yaml" --from 2026-02-01 --to 2026-02-29
stderr_matches "not '2026-02-29'" "impossible --to named"
expect_exit 0 "loa plan -h" "$LOA" plan -h
finish
