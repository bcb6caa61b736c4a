#!/bin/sh
# Scores 'loa normalize' on bench/tn-review.tsv: realistic commune
# announcements (scam warnings, AI-law bulletins, official documents,
# everyday notices) written for this project, each with the reading a
# Northern announcer gives it, as judged by the reviewers who wrote them.
# Prints the share of sentences read exactly and the word error rate,
# overall and by source.  Case and punctuation are folded as in
# bench/tn-peers.sh (pauses are not words).
#
# The set grew review by review and its faults were then fixed, so it
# measures regressions more than unseen text: a fresh review round is the
# honest estimate for new text (docs/normalisation.md, "Measuring").
#
# usage: bench/tn-review.sh [-v] [SET]   (-v lists the sentences that
# differ; SET is another file in the same three columns, such as
# tests/data/realtext.tsv, the held-back real-text set of issue 13)
set -eu
cd "$(dirname "$0")/.."
LOA=${LOA:-./loa}
tmp=$(mktemp -d /tmp/tn-review.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
verbose=
[ "${1:-}" = -v ] && { verbose=-v; shift; }
set_file=${1:-bench/tn-review.tsv}
grep -v '^#' "$set_file" >"$tmp/set"
cut -f2 "$tmp/set" | "$LOA" normalize >"$tmp/got"
python3 - "$tmp/set" "$tmp/got" "$verbose" <<'PY'
import sys
sys.path.insert(0, "bench")
from edits import edits, words
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = open(sys.argv[2], encoding="utf-8").read().split("\n")
by = {}
for (src, written, want), out in zip(rows, got):
    w, g = words(want), words(out)
    e = edits(w, g)
    s = by.setdefault(src.split("-")[0], [0, 0, 0, 0])
    t = by.setdefault("all", [0, 0, 0, 0])
    for x in (s, t):
        x[0] += 1; x[1] += (e == 0); x[2] += e; x[3] += len(w)
    if e and sys.argv[3] == "-v":
        print("DIFF %s\n  want: %s\n  got:  %s" % (written, want, out))
for key in sorted(by, key=lambda k: (k == "all", k)):
    n, ok, e, nw = by[key]
    print("tn-review %-4s %4d of %4d sentences exact (%.1f%%), WER %.2f%%"
          % (key, ok, n, 100.0 * ok / n, 100.0 * e / nw))
PY
