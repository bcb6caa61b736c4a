#!/bin/sh
# make fuzz: seeds each harness's corpus from the tree, then runs every
# harness (or those named in FUZZ_ONLY) for FUZZ_TIME seconds under
# libFuzzer.  Crash inputs land in $OUT/crashes/HARNESS/: copy each one
# to tests/crash_vectors/HARNESS/ with the fix, so make check replays it.
#   usage: tests/fuzz/run.sh BUILD_DIR   (from the top of the tree)
set -u
OUT=$1
TIME=${FUZZ_TIME:-60}
HARNESSES=${FUZZ_ONLY:-"normalize lexicon commune script schedule plan policy stationdb duration"}
C=$OUT/corpus

seed() { # HARNESS FILE...: copies bundled files into the harness's corpus
	h=$1; shift
	mkdir -p "$C/$h"
	for f in "$@"; do
		[ -f "$f" ] && cp "$f" "$C/$h/$(echo "$f" | tr / _)"
	done
}
seed script scripts/*.yaml
seed commune schedules/communes/*.yaml
seed schedule schedules/*.yaml
seed plan schedules/*.yaml
seed lexicon scripts/lexicon.yaml
seed policy docs/examples/*.yaml tests/fuzz/seeds/policy/*.yaml
seed stationdb tests/fuzz/seeds/stationdb/*.sql
seed duration tests/fuzz/seeds/duration/*
mkdir -p "$C/normalize"
# The normaliser's test pairs, 50 written forms a seed, each seed opened
# by the harness's option byte ('n': northern).
cut -f1 tests/data/normalize-pairs.tsv | grep -v '^#' |
	split -l 50 - "$C/normalize/.pairs-"
# The real-text set's sentences too (tests/data/realtext.tsv), and the
# written variants (tests/data/normalize-variants.tsv).
cut -f2 tests/data/realtext.tsv | grep -v '^#' |
	split -l 50 - "$C/normalize/.pairs-real-"
cut -f2 tests/data/normalize-variants.tsv | grep -v '^#' |
	split -l 50 - "$C/normalize/.pairs-variants-"
for f in "$C"/normalize/.pairs-*; do
	{ printf n; cat "$f"; } >"$C/normalize/${f##*/.}" && rm -f "$f"
done
for f in scripts/*.yaml; do
	{ printf n; sed -n 's/^ *- say: *//p' "$f"; } \
		>"$C/normalize/say-$(basename "$f" .yaml)"
done

status=0
for h in $HARNESSES; do
	mkdir -p "$OUT/crashes/$h"
	echo "fuzz: $h for ${TIME}s"
	"$OUT/fuzz/fuzz_$h" -max_total_time="$TIME" -timeout=20 \
		-rss_limit_mb=2048 -dict=tests/fuzz/loa.dict -print_final_stats=1 \
		-artifact_prefix="$OUT/crashes/$h/" "$C/$h" \
		>"$OUT/fuzz-$h.log" 2>&1
	rc=$?
	grep -E '^#[0-9]+.*(DONE|pulse|NEW)' "$OUT/fuzz-$h.log" | tail -n 1
	grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$OUT/fuzz-$h.log"
	if [ "$rc" -ne 0 ]; then
		echo "fuzz: $h found a crash (exit $rc): $(ls "$OUT/crashes/$h")"
		grep -m 3 -E 'ERROR|SUMMARY' "$OUT/fuzz-$h.log"
		status=1
	fi
done
exit $status
