# loa report read by the programs an office uses (slow: make check only,
# LOA_SLOW=1): the workbook converted headless by LibreOffice, its sheets'
# counts read back; the page printed to PDF by headless chromium.
. tests/e2e/lib.sh
if [ -z "${LOA_SLOW:-}" ]; then
	echo "# skipped: LibreOffice and chromium run in 'make check' only"
	finish
fi
: "${LOA_BUILD:=$ROOT/build}"
unset LOA_DB
cd "$TMP" || exit 3
"$LOA_BUILD/tools/gen-asrun" a.db xa-a 2026-12-01 31 3 || { not_ok "gen-asrun"; finish; }
"$LOA" report --month 2026-12 --db a.db -o r.xlsx >/dev/null &&
	"$LOA" report --month 2026-12 --db a.db -o r.html >/dev/null ||
	{ not_ok "loa report"; finish; }

# All sheets to CSV (UTF-8, the last option: every sheet, one file each).
check "LibreOffice opens and converts the workbook" \
	soffice -env:UserInstallation="file://$TMP/lo-profile" --headless \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
	--outdir lo r.xlsx
planned=$(sqlite3 a.db "SELECT count(*) FROM asrun WHERE event IN ('start', 'once') AND scheduled IS NOT NULL AND retry_of IS NULL")
row=$(grep '^xa-a,' "lo/r-Theo xã.csv" 2>/dev/null)
if [ "${row#xa-a,}" != "$row" ] && [ "$(echo "$row" | cut -d, -f2)" = "$planned" ]; then
	ok "LibreOffice reads the planned count ($planned)"; else not_ok "Theo xã: $row"; fi
if ls lo | grep -q 'Tổng hợp' && ls lo | grep -q 'Phê duyệt'; then
	ok "LibreOffice sees the Vietnamese sheet names"; else not_ok "sheets: $(ls lo)"; fi
check "chromium prints the page to PDF" \
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr" \
	--print-to-pdf="$TMP/r.pdf" "file://$TMP/r.html"
if [ "$(head -c 5 r.pdf 2>/dev/null)" = "%PDF-" ] && [ "$(wc -c <r.pdf)" -gt 10000 ]; then
	ok "a PDF of $(wc -c <r.pdf) bytes"; else not_ok "no PDF"; fi
"$LOA" plan --root "$ROOT" "$ROOT/schedules/tien-minh.yaml" --week 2026-W49 \
	--format html -o run.html >/dev/null
check "chromium prints the run-sheet" \
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr" \
	--print-to-pdf="$TMP/run.pdf" "file://$TMP/run.html"
if [ "$(head -c 5 run.pdf 2>/dev/null)" = "%PDF-" ]; then ok "the run-sheet's PDF"; else
	not_ok "no run-sheet PDF"; fi
finish
