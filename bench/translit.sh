#!/bin/sh
# Scores the normaliser's rules for foreign words (src/text/translit.c,
# data/translit.tsv) on the built-in dictionary's own readings of English
# and brand words: each entry of data/lexicon.tsv written as one word of
# ASCII letters (a capital first at most: "Salmonella", "radar", not
# "TikTok", whose parts the dictionary may know) with a reading in small
# Vietnamese words is read by the rules alone, without the dictionary
# (so each entry is left out of its own reading), and compared with the
# dictionary's reading.  Prints the share of words read exactly and the
# syllable error rate (edit distance over syllables / syllables).
#
# The rules were written while looking at these entries, so this measures
# how far the rules reach on the kind of words announcers were judged on,
# not an unseen estimate; blind batches of tests/data/realtext.tsv are.
#
# usage: bench/translit.sh [-v]   (-v lists the words read differently)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
make -s "$BUILD/tools/translit-rules" >/dev/null
tmp=$(mktemp -d /tmp/translit.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
verbose=${1:-}
# Entries: written (one word, ASCII letters, lower case after the first),
# spoken (small letters only: no names, no digits), read "any" case.
python3 - data/lexicon.tsv >"$tmp/set" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#"):
        continue
    written, spoken, case = line.rstrip("\n").split("\t")
    if (re.fullmatch(r"[A-Za-z][a-z]+", written) and case == "any" and
            spoken == spoken.lower() and not re.search(r"\d", spoken) and
            spoken != written.lower()):
        print(line, end="")
PY
# The spelling rules, then the English sound (eSpeak NG's "en" voice,
# src/text/translit_en.c) with the spelling rules where it gives nothing,
# then the sound only for words eSpeak NG's English dictionary has.
score() {
python3 - "$tmp/set" "$tmp/got" "$verbose" "$1" <<'PY'
import sys
sys.path.insert(0, "bench")
from edits import edits
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = open(sys.argv[2], encoding="utf-8").read().split("\n")
n = ok = err = syl = 0
for (written, want, _), out in zip(rows, got):
    w, g = want.split(), ([] if out == "-" else out.split())
    e = edits(w, g)
    n += 1; ok += e == 0; err += e; syl += len(w)
    if e and sys.argv[3] == "-v":
        print("DIFF %-8s %-20s want: %-28s got: %s" % (sys.argv[4], written, want, out))
print("%-8s %d of %d words exact (%.1f%%), syllable error rate %.1f%% "
      "(%d edits in %d syllables)" % (sys.argv[4], ok, n, 100.0 * ok / n, 100.0 * err / syl, err, syl))
PY
}
for mode in spelling sound known; do
	case $mode in
	spelling) opt= ;;
	*) opt="-s $mode" ;;
	esac
	# shellcheck disable=SC2086
	cut -f1 "$tmp/set" | "$BUILD/tools/translit-rules" $opt >"$tmp/got"
	score "$mode"
done
