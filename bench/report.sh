#!/bin/sh
# Report benchmark: a generated year (2026) of as-run rows for 104
# communes, one station database each (tools/gen-asrun: four slots a day
# and the usual mix of outcomes, about 3,100 rows a commune, 325,000 in
# all), reported in one run of 'loa report' as a workbook, then as a
# page.  Target: under 5 s and under 100 MB peak RSS for the workbook.
# Prints wall and CPU seconds (user + system; steadier than wall time on
# a shared machine) and the peak RSS.  The databases are generated once
# into BENCH_DIR (default /tmp/loa-bench-report) and reused.
#
# Usage: bench/report.sh [COMMUNES [DAYS]]
set -eu
cd "$(dirname "$0")/.."
n=${1:-104} days=${2:-365}
dir=${BENCH_DIR:-/tmp/loa-bench-report}/$n-$days
make --no-print-directory all tools >/dev/null
mkdir -p "$dir"
i=1
while [ "$i" -le "$n" ]; do
	db=$(printf '%s/xa-%03d.db' "$dir" "$i")
	if [ ! -e "$db.done" ]; then
		rm -f "$db" "$db-wal" "$db-shm"
		build/tools/gen-asrun "$db" "$(printf 'xa-%03d' "$i")" 2026-01-01 "$days" "$i"
		: >"$db.done"
	fi
	i=$((i + 1))
done
rows=0
for db in "$dir"/*.db; do
	rows=$((rows + $(sqlite3 "$db" 'SELECT count(*) FROM asrun')))
done
echo "report: $n communes, $days days, $rows as-run rows"
for fmt in xlsx html; do
	set -- "$dir"/*.db
	args=""
	for db; do args="$args --db $db"; done
	# shellcheck disable=SC2086
	/usr/bin/time -f '%e %U %S %M' -o "$dir/time" ./loa report \
		--from 2026-01-01 --to 2026-12-31 $args -o "$dir/year.$fmt" >/dev/null
	read -r wall user sys rss <"$dir/time"
	awk -v f="$fmt" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
		printf "  %-4s  %6.2f s wall  %6.2f s CPU  %6.1f MB peak RSS\n",
			f, w, u + s, r / 1024 }'
done
