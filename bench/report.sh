#!/bin/sh
# Report benchmark: a generated year (2026) of as-run rows for 104
# communes, one station database each (tools/gen-asrun: four slots a day
# and the usual mix of outcomes, about 3,100 rows a commune, 325,000 in
# all), reported in one run of 'loa report' as a workbook, then as a
# page, first with "planned" counted from the log, then from the plan of
# a city file (--schedule) whose rotations give the scripts gen-asrun
# logged, so the plan's 146,000 broadcasts are expanded and matched too.
# Target: under 5 s and under 100 MB peak RSS for the workbook.
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
# The city's project: gen-asrun's scripts (kb-TOPIC) and its four slots
# (s1..s4); slot s on day d plays topic (4d + s) mod 6, a rotation of 3.
p=$dir/project
mkdir -p "$p/scripts" "$p/schedules"
for t in deepfake online-fraud personal-data ai-law fake-news other; do
	printf 'id: kb-%s\ntitle: Bản tin %s\ntopic: %s\nvoice:\n  rate: 175\nparts:\n  - say: Bản tin %s.\n' \
		"$t" "$t" "$t" "$t" >"$p/scripts/kb-$t.yaml"
done
awk -v n="$n" 'BEGIN {
	split("deepfake online-fraud personal-data ai-law fake-news other", t, " ")
	split("06:00 11:00 17:00 19:30", at, " ")
	print "city: thành phố thử\ntemplate:\n  valid_from: 2026-01-01\n  slots:"
	for (s = 0; s < 4; s++) {
		printf "    - id: s%d\n      days: [mon, tue, wed, thu, fri, sat, sun]\n", s + 1
		printf "      start: \"%s\"\n      length: 10m\n      play:\n", at[s + 1]
		printf "        - rotate: [kb-%s, kb-%s, kb-%s]\n", t[s % 6 + 1],
			t[(s + 4) % 6 + 1], t[(s + 8) % 6 + 1]
	}
	print "communes:"
	for (i = 1; i <= n; i++)
		printf "  - profile:\n      id: xa-%03d\n      kind: xã\n      name: xã %03d\n      city: thành phố thử\n      office: UBND xã %03d\n      police_phone: \"0225 3999 %03d\"\n      hotline: \"113\"\n      example_contacts: true\n", i, i, i, i
}' >"$p/schedules/city.yaml"
echo "report: $n communes, $days days, $rows as-run rows"
set -- "$dir"/*.db
args=""
for db; do args="$args --db $db"; done
for plan in "" "--schedule $p/schedules/city.yaml"; do
	for fmt in xlsx html; do
		# shellcheck disable=SC2086
		/usr/bin/time -f '%e %U %S %M' -o "$dir/time" ./loa report \
			--root "$p" $plan --clock 2027-01-01T00:00:00 --from 2026-01-01 \
			--to 2026-12-31 $args -o "$dir/year.$fmt" >"$dir/out"
		read -r wall user sys rss <"$dir/time"
		awk -v f="$fmt${plan:+ plan}" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
			printf "  %-9s  %6.2f s wall  %6.2f s CPU  %6.1f MB peak RSS\n",
				f, w, u + s, r / 1024 }'
		sed -n '1,3p' "$dir/out" | sed 's/^/      /'
	done
done
