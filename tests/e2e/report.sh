# loa report: every total of a generated as-run month matches a count
# taken with sqlite3 from the rows themselves; the workbook read back by
# openpyxl (sheets, values, charts, dates and durations as numbers); the
# page self-contained with the chains' heads; tampered and truncated
# databases refused by name.  LibreOffice and chromium: report_office.sh.
. tests/e2e/lib.sh
: "${LOA_BUILD:=$ROOT/build}"
GEN="$LOA_BUILD/tools/gen-asrun"
PY=/usr/bin/python3
unset LOA_DB
cd "$TMP" || exit 3
"$GEN" a.db xa-a 2026-11-25 40 1 && "$GEN" b.db 'xa-b<&>' 2026-12-01 31 7 ||
	{ not_ok "gen-asrun"; finish; }

. "$ROOT/tests/e2e/asrun-counts.inc"

expect_exit 0 "a month over two databases, as CSV" \
	"$LOA" report --month 2026-12 --db a.db --db b.db -o r.csv
total=$(sed -n '2p' r.csv | cut -d, -f6-16)
want=$(expected a.db b.db)
if [ "$total" = "$want" ]; then ok "every total matches sqlite3 ($want)"; else
	not_ok "totals $total, sqlite3 says $want"; fi
minutes=$(sed -n '2p' r.csv | cut -d, -f17 | tr -d '\r')
want_min=$(awk -v a="$(ms a.db)" -v b="$(ms b.db)" 'BEGIN { printf "%.1f", (a + b) / 60000 }')
if [ "$minutes" = "$want_min" ]; then ok "minutes aired match ($minutes)"; else
	not_ok "minutes $minutes, sqlite3 says $want_min"; fi
if head -c 3 r.csv | od -An -tx1 | grep -q 'ef bb bf'; then ok "CSV starts with a BOM"; else
	not_ok "no BOM"; fi
# Each commune's row (first topic ...) sums to the commune's own count.
a_aired=$(awk -F, '$1 == "xã" && $2 == "xa-a" { s += $7 } END { print s + 0 }' r.csv)
if [ "$a_aired" = "$(count a.db "oc = 'aired'")" ]; then ok "commune xa-a: aired by topic sums to sqlite3's count"; else
	not_ok "xa-a aired $a_aired"; fi

expect_exit 0 "one commune, ';' separated" \
	"$LOA" report --from 2026-12-01 --to 2026-12-31 --commune xa-a \
	--db a.db --db b.db --csv-separator ';' -o one.csv
if grep -q 'xa-b' one.csv; then not_ok "--commune xa-a lists xa-b"; else
	ok "--commune keeps to its commune"; fi
if sed -n 2p one.csv | grep -q "^tổng;;;;;$(count a.db "scheduled IS NOT NULL AND retry_of IS NULL");"; then
	ok "';' between fields, planned of xa-a alone"; else not_ok "one.csv: $(sed -n 2p one.csv)"; fi

expect_exit 0 "the workbook" "$LOA" report --month 2026-12 --db a.db --db b.db -o r.xlsx
check "openpyxl reads the sheets, values, dates, durations and 3 charts" \
	$PY - r.xlsx "$(count a.db "oc = 'aired'")" "$(count b.db "scheduled IS NOT NULL AND retry_of IS NULL")" <<'EOF'
import datetime, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames[0] == "Tổng hợp", wb.sheetnames
for s in ("Theo xã", "Theo chủ đề", "Theo tuần", "Theo thôn", "Phê duyệt", "Nguồn"):
    assert s in wb.sheetnames, s
assert len(wb["Tổng hợp"]._charts) == 3, wb["Tổng hợp"]._charts
assert isinstance(wb["Tổng hợp"]["B2"].value, datetime.datetime)
assert wb["Tổng hợp"]["B2"].value.date() == datetime.date(2026, 12, 1)
rows = {r[0]: r for r in wb["Theo xã"].iter_rows(min_row=2, values_only=True)}
assert rows["xa-a"][2] == int(sys.argv[2]), (rows["xa-a"], sys.argv[2])
assert rows["xa-b<&>"][1] == int(sys.argv[3]), rows["xa-b<&>"]
dur = wb["Theo xã"].cell(row=2, column=13)
assert dur.number_format == "[h]:mm:ss", dur.number_format
assert not isinstance(dur.value, str) and dur.value, dur.value
ap = wb["Phê duyệt"]
assert ap.max_row > 1 and isinstance(ap.cell(row=2, column=6).value, datetime.datetime)
EOF

expect_exit 0 "the printable page" "$LOA" report --month 2026-12 --db a.db --db b.db -o r.html
if grep -qiE '<script|https?://|<link|src=' r.html; then not_ok "the page fetches or runs something"; else
	ok "no script, no link, no network"; fi
if grep -q 'xa-b&lt;&amp;&gt;' r.html && ! grep -q 'xa-b<&>' r.html; then ok "text escaped"; else
	not_ok "commune id not escaped"; fi
head=$(sqlite3 a.db "SELECT row_hash FROM asrun ORDER BY id DESC LIMIT 1")
ahead=$(sqlite3 b.db "SELECT row_hash FROM approvals ORDER BY id DESC LIMIT 1")
if grep -q "$head" r.html && grep -q "$ahead" r.html; then ok "the chains' heads at the bottom"; else
	not_ok "heads missing"; fi
if [ "$(grep -c '<svg' r.html)" -ge 3 ]; then ok "inline SVG charts"; else not_ok "no charts"; fi

cp b.db bad.db
sqlite3 bad.db "DROP TRIGGER asrun_no_update; UPDATE asrun SET length_ms = 1 WHERE id = 5"
expect_exit 1 "a changed as-run row refuses the report" \
	"$LOA" report --month 2026-12 --db a.db --db bad.db -o t.xlsx
stderr_matches 'bad\.db.*refused.*row 5' "it names the database and the row"
if [ -e t.xlsx ]; then not_ok "a report was written"; else ok "nothing written"; fi
cp a.db cut.db
sqlite3 cut.db "DROP TRIGGER approvals_no_update; UPDATE approvals SET by = 'x' WHERE id = 2"
expect_exit 1 "a changed approval refuses it too" \
	"$LOA" report --month 2026-12 --db cut.db -o t.csv
stderr_matches 'cut\.db.*approval row 2' "named with its row"
head -c 20000 a.db >trunc.db
expect_exit 1 "a truncated database is refused" \
	"$LOA" report --month 2026-12 --db a.db --db trunc.db -o t.csv
stderr_matches 'refused.*trunc\.db' "by its name"
expect_exit 1 "a missing database is refused" \
	"$LOA" report --month 2026-12 --db nothere.db -o t.csv
if [ -e t.csv ] || [ -e nothere.db ]; then not_ok "something written"; else ok "nothing written"; fi

# The city's way without databases: exported logs, verified on reading.
expect_exit 0 "export-log" "$LOA" export-log --month 2026-12 --db a.db -o a.jsonl
"$LOA" export-log --from 2026-12-01 --to 2026-12-31 --db b.db -o b.jsonl >/dev/null
expect_exit 0 "a report from two exported logs" \
	"$LOA" report --month 2026-12 --log a.jsonl --log b.jsonl -o l.csv
if [ "$(tail -n +2 l.csv)" = "$(tail -n +2 r.csv)" ]; then ok "the same counts as from the databases"; else
	not_ok "logs and databases differ"; fi
if [ "$(head -1 a.jsonl | cut -c1-15)" = '{"loa_export":1' ] &&
	[ "$(sed -n 2p a.jsonl | cut -c1-17)" = '{"t":"approvals",' ]; then ok "JSON Lines, a header first"; else
	not_ok "export: $(head -c 80 a.jsonl)"; fi
sed '40s/"length_ms":\([0-9]*\)/"length_ms":9\1/' a.jsonl >bad.jsonl
if cmp -s a.jsonl bad.jsonl; then not_ok "sed changed nothing"; fi
expect_exit 1 "a changed row in a log refuses the report" \
	"$LOA" report --month 2026-12 --log b.jsonl --log bad.jsonl -o t.csv
stderr_matches 'bad\.jsonl: refused: as-run row' "named, with its row"
sed '$d' a.jsonl >short.jsonl
expect_exit 1 "a log cut short is refused" \
	"$LOA" report --month 2026-12 --log short.jsonl -o t.csv
stderr_matches 'short\.jsonl: refused: cut short' "named"
expect_exit 1 "export-log refuses a database whose chain does not hold" \
	"$LOA" export-log --month 2026-12 --db bad.db -o bad2.jsonl
stderr_matches 'bad\.db: refused: as-run row 5' "named, with its row"
if [ -e bad2.jsonl ]; then not_ok "an export was written"; else ok "no export written"; fi
expect_exit 1 "a file that is no export is refused" \
	"$LOA" report --month 2026-12 --log r.csv -o t.csv
stderr_matches 'r\.csv:1:1: refused: not a log' "named, with its line"
if [ -e t.csv ]; then not_ok "a report was written"; else ok "nothing written"; fi

# The week's run-sheet (loa plan --format xlsx|html): a row per broadcast.
plan() { "$LOA" plan --root "$ROOT" "$ROOT/schedules/tien-minh.yaml" --week 2026-W49 "$@"; }
n_plan=$(($(plan --format csv | wc -l) - 1))
expect_exit 0 "a run-sheet workbook" plan --format xlsx -o run.xlsx
check "openpyxl: one row per broadcast, dates and times as values" \
	$PY - run.xlsx "$n_plan" <<'EOF2'
import datetime, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Lịch phát"]
rows = list(ws.iter_rows(min_row=3, values_only=True))
assert len(rows) == int(sys.argv[2]) > 0, (len(rows), sys.argv[2])
assert ws["M2"].value == "Đã phát (✓)"
assert isinstance(rows[0][1], datetime.datetime) and rows[0][1].date() == datetime.date(2026, 11, 30)
assert isinstance(rows[0][3], datetime.time) and isinstance(rows[0][11], datetime.time)
EOF2
expect_exit 0 "a run-sheet page" plan --format html -o run.html
if [ "$(grep -c '<td class="box">' run.html)" = "$n_plan" ]; then ok "a box to tick per broadcast"; else
	not_ok "boxes: $(grep -c '<td class="box">' run.html), broadcasts $n_plan"; fi
expect_exit 2 "a run-sheet needs -o" plan --format xlsx
expect_exit 2 "-o is for a run-sheet" plan --format csv -o x.csv

expect_exit 0 "a period with nothing aired" "$LOA" report --month 2026-10 --db a.db -o empty.html
if [ "$(grep -c 'CHƯA PHÁT' empty.html)" = 5 ]; then ok "every required topic flagged as not aired"; else
	not_ok "flags: $(grep -c 'CHƯA PHÁT' empty.html)"; fi
expect_exit 0 "an empty workbook" "$LOA" report --month 2026-10 --db a.db -o empty.xlsx
check "its charts still name a range" $PY -c "
import sys, zipfile
z = zipfile.ZipFile('empty.xlsx')
charts = [n for n in z.namelist() if n.startswith('xl/charts/chart')]
assert len(charts) == 3, charts
for n in charts:
    assert '\$A\$2:\$A\$1' not in z.read(n).decode(), n
"
expect_exit 0 "a commune no input holds" \
	"$LOA" report --month 2026-12 --commune xa-z --db a.db -o z.csv
stderr_matches "warning: no item of commune 'xa-z'" "is named in a warning"
expect_exit 2 "a month that is not one" "$LOA" report --month 2026-13 --db a.db -o x.csv
expect_exit 2 "a period twice" "$LOA" report --month 2026-12 --week this --db a.db -o x.csv
expect_exit 2 "an unknown format" "$LOA" report --month 2026-12 --db a.db -o x.pdf
expect_exit 0 "a quarter" "$LOA" report --quarter 2026-Q4 --db a.db -o q.csv
if [ "$(sed -n 2p q.csv | cut -d, -f6)" = "$(sqlite3 a.db "SELECT count(*) FROM asrun WHERE event IN ('start', 'once') AND retry_of IS NULL AND scheduled BETWEEN '2026-10-01' AND '2026-12-31T99'")" ]; then
	ok "Q4: October to December"; else
	not_ok "Q4: $(sed -n 2p q.csv)"; fi
# Inputs are only read: a city's copies keep their bytes and time, an
# older schema (3: before the web's tables) included, and no -wal/-shm
# appears beside them; a schema without the as-run log is refused.
cp a.db ro4.db && cp a.db ro3.db && cp a.db ro2.db
sqlite3 ro3.db "DROP TABLE web_actions; DROP TABLE users; PRAGMA user_version = 3"
sqlite3 ro2.db "DROP TABLE air_events; DROP TABLE asrun; PRAGMA user_version = 2"
stamp() { for f; do printf '%s %s\n' "$(sha256sum <"$f")" "$(stat -c %y "$f")"; done; }
before=$(stamp ro4.db ro3.db ro2.db)
expect_exit 0 "a report from a schema-4 and a schema-3 copy" \
	"$LOA" report --month 2026-12 --db ro4.db --db ro3.db -o ro.csv
expect_exit 0 "export-log from the schema-3 copy" "$LOA" export-log --month 2026-12 --db ro3.db -o ro3.jsonl
expect_exit 1 "a schema-2 copy is refused" "$LOA" report --month 2026-12 --db ro2.db -o ro2.csv
stderr_matches 'ro2\.db: .*older Loa \(schema 2.*loa verify' "saying how to bring it up to date"
if [ "$(stamp ro4.db ro3.db ro2.db)" = "$before" ]; then ok "the inputs' bytes and times unchanged"; else
	not_ok "an input changed"; fi
if ls ro*.db-* 2>/dev/null | grep -q .; then not_ok "side files: $(ls ro*.db-*)"; else
	ok "no -wal or -shm beside them"; fi
if [ "$(sqlite3 ro3.db 'PRAGMA user_version')" = 3 ]; then ok "schema 3 left at 3"; else not_ok "migrated"; fi
# CSV injection: a commune id from a database that a spreadsheet would
# run as a formula is a text cell in the report's CSV; counts stay numbers.
"$GEN" inj.db '=HYPERLINK("http://x","y")' 2026-12-01 3 5 >/dev/null
expect_exit 0 "a report of a commune named like a formula" "$LOA" report --month 2026-12 --db inj.db -o inj.csv
check "its cells are text, its counts numbers" $PY - inj.csv <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
xa = [r for r in rows[1:] if r[0] == "xã"]
assert xa and all(r[1] == "'=HYPERLINK(\"http://x\",\"y\")" for r in xa), xa[:1]
assert all(c.isdigit() for r in rows[1:] for c in r[5:16]), rows[1]
EOF
finish
