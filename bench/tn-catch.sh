#!/bin/sh
# How much of what 'loa normalize' misreads it also warns about: issue
# 13's "catch what cannot be read".  For each sentence of a judged set
# (bench/tn-review.tsv's three columns; default tests/data/realtext.tsv)
# this reads it as 'loa normalize' does and checks it alone as 'loa
# normalize --unreadable' does (build/tools/tn-catch: one engine for the
# whole set), then counts, by source and over all:
#   exact    read as the judge reads it
#   caught   misread, and warned about
#   missed   misread, with no warning
#   noise    read right, yet warned about (a warning the officer did not
#            need)
# "exact or caught" is what an officer who heeds every warning airs
# right or fixes.  Case and punctuation are folded as in
# bench/tn-review.sh.
#
# usage: bench/tn-catch.sh [-v] [SET]   (-v lists the missed sentences
# and the noise, with the words warned about)
set -eu
cd "$(dirname "$0")/.."
LOA=${LOA:-./loa}
CATCH=${CATCH:-build/tools/tn-catch}
[ -x "$CATCH" ] || make --no-print-directory tools >/dev/null
tmp=$(mktemp -d /tmp/tn-catch.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
verbose=
[ "${1:-}" = -v ] && { verbose=-v; shift; }
set_file=${1:-tests/data/realtext.tsv}
grep -v '^#' "$set_file" >"$tmp/set"
cut -f2 "$tmp/set" >"$tmp/written"
"$LOA" normalize <"$tmp/written" >"$tmp/got"
"$CATCH" <"$tmp/written" >"$tmp/warned"
python3 - "$tmp/set" "$tmp/got" "$tmp/warned" "$verbose" <<'PY'
import sys
sys.path.insert(0, "bench")
from edits import edits, words
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = open(sys.argv[2], encoding="utf-8").read().split("\n")
warned = open(sys.argv[3], encoding="utf-8").read().split("\n")
by = {}
for (src, written, want), out, w in zip(rows, got, warned):
    fields = w.split("\t")
    flagged = fields[0] != "0"
    exact = edits(words(want), words(out)) == 0
    kind = ("noise" if flagged else "exact") if exact else \
           ("caught" if flagged else "missed")
    for key in (src.split("-")[0], "all"):
        c = by.setdefault(key, {"exact": 0, "caught": 0, "missed": 0,
                                "noise": 0})
        c[kind] += 1
    if sys.argv[4] == "-v" and kind in ("missed", "noise"):
        print("%s %s %s\n  want: %s\n  got:  %s%s" % (
            kind.upper(), src, written, want, out,
            "\n  warned: " + ", ".join(fields[1:]) if flagged else ""))
for key in sorted(by, key=lambda k: (k == "all", k)):
    c = by[key]
    n = sum(c.values())
    right = c["exact"] + c["noise"]
    print("tn-catch %-4s %4d sentences: %4d exact, %3d misread: %3d caught, "
          "%3d missed; %3d warned needlessly; exact or caught %.1f%%"
          % (key, n, right, n - right, c["caught"], c["missed"], c["noise"],
             100.0 * (right + c["caught"]) / n))
PY
