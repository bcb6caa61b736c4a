#!/bin/sh
# How far two judges agree, and how far 'loa normalize' agrees with each:
# the ceiling the real-text figure of issue 13 is measured against.
# tests/data/realtext-second.tsv holds a second, independent reading of
# some blind batches of tests/data/realtext.tsv (judged from the written
# text and docs/judging.md without seeing the first reading); for those
# rows this prints the share of sentences the two judges read alike, and
# the share 'loa normalize' reads exactly as the first judge, the second,
# either and both.  Case and punctuation are folded as in
# bench/tn-review.sh.
#
# usage: bench/tn-agree.sh [-v]   (-v lists the rows the judges differ on)
set -eu
cd "$(dirname "$0")/.."
LOA=${LOA:-./loa}
tmp=$(mktemp -d /tmp/tn-agree.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
verbose=${1:-}
grep -v '^#' tests/data/realtext-second.tsv >"$tmp/second"
cut -f2 "$tmp/second" | "$LOA" normalize >"$tmp/got"
python3 - tests/data/realtext.tsv "$tmp/second" "$tmp/got" "$verbose" <<'PY'
import sys
sys.path.insert(0, "bench")
from edits import edits, words
first = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.startswith("#"):
        key, written, reading = line.rstrip("\n").split("\t")
        first[key] = (written, reading)
second = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
got = open(sys.argv[3], encoding="utf-8").read().split("\n")
by = {}
for (key, written, reading), out in zip(second, got):
    if first[key][0] != written:
        sys.exit("tn-agree: %s: written text differs from realtext.tsv" % key)
    a, b, g = words(first[key][1]), words(reading), words(out)
    judges = edits(a, b)
    row = (1, judges == 0, judges, len(a), g == a, g == b, g in (a, b),
           g == a and g == b)
    for k in (key.split("-")[0], "all"):
        by[k] = [x + y for x, y in zip(by.get(k, [0] * 8), row)]
    if judges and sys.argv[4] == "-v":
        print("DIFF %s\n  first:  %s\n  second: %s\n  loa:    %s"
              % (written, first[key][1], reading, out))
for k in sorted(by, key=lambda k: (k == "all", k)):
    n, same, e, nw, la, lb, either, both = by[k]
    pc = lambda x: 100.0 * x / n
    print("tn-agree %-4s %3d sentences: judges alike %d (%.1f%%, words %.2f%%);"
          " loa = first %d (%.1f%%), = second %d (%.1f%%), = either %d"
          " (%.1f%%), = both %d (%.1f%%)"
          % (k, n, same, pc(same), 100.0 * e / nw, la, pc(la), lb, pc(lb),
             either, pc(either), both, pc(both)))
PY
