#!/usr/bin/env python3
"""Writes data/toneless-pairs.tsv and data/toneless-words.tsv: for each Vietnamese syllable written
without marks ("chong", "dao"), the marked form that our own texts use most
("chống", "đảo").  Web addresses drop the marks ("chongluadao.vn"); the
normaliser cuts them into syllables and gives each this most frequent
reading.  Corpus: the project's own Vietnamese (campaign scripts, the
normaliser's test pairs, the review set bench/tn-review.tsv) and a list of
place names, offices and slogans (tools/toneless-extra.txt), which
weighs more, and the towns and districts of the whole country
(tools/toneless-places.txt), whose pairs only count, where ours have
none.

usage: tools/gen-toneless.py DIR (make toneless: DIR is data)
"""
import collections
import glob
import os
import re
import sys
import unicodedata

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = (sorted(glob.glob(os.path.join(TOP, "scripts", "*.yaml"))) +
           [os.path.join(TOP, "tests", "data", "normalize-pairs.tsv"),
            os.path.join(TOP, "bench", "tn-review.tsv")])
# Place names, offices and slogans weigh more: addresses are where text
# without marks is met.
PLACES = os.path.join(TOP, "tools", "toneless-extra.txt")
# Place names whose pairs only count (districts, towns): a lone syllable
# keeps the marks the texts give it ("hue" is "huế", not "huệ").
PAIRS_ONLY = os.path.join(TOP, "tools", "toneless-places.txt")
PLACE_WEIGHT = 20
# The shape of a Vietnamese syllable once its marks are gone.
SYLLABLE = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?"
                      r"[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")


def lines(path):
    """The lines of a source; in a data file, each field once and each
    distinct topic once, as when the pairs were written in C."""
    with open(path, encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read().lower())
    if not path.endswith(".tsv") or "normalize-pairs" not in path:
        return text.split("\n")
    out, topics = [], []
    for line in text.split("\n"):
        if line.startswith("#") or not line:
            continue
        fields = line.split("\t")
        out += fields[:2]
        if len(fields) > 2 and fields[2] not in topics:
            topics.append(fields[2])
    return out + topics


def bare(word):
    """The syllable with every mark dropped, đ as d."""
    s = unicodedata.normalize("NFD", word).replace("\u0111", "d")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def cuts_otherwise(pair):
    """The two bare syllables joined are one syllable, or two cut at
    another place: "long an" as "longan" is also "lon gan"."""
    a, b = pair.split(" ")
    joined = a + b
    return bool(SYLLABLE.fullmatch(joined)) or any(
        SYLLABLE.fullmatch(joined[:k]) and SYLLABLE.fullmatch(joined[k:])
        for k in range(1, len(joined)) if k != len(a))


def favourites(counts, same=()):
    """Keys whose most frequent marked form is a clear favourite; for keys
    in same, also one without marks ("long an")."""
    rows = []
    for key in sorted(counts):
        word, n = counts[key].most_common(1)[0]
        total = sum(counts[key].values())
        if (word != key or key in same) and n >= 2 and n * 2 > total:
            rows.append((key, word))
    return rows


HEADER = """\
# Vietnamese written without marks, %s: the marked form our own
# texts use most (web addresses drop the marks: "chongluadao.vn").
# Made by 'make toneless' (tools/gen-toneless.py); do not edit by hand.
# Sorted in byte order by 'bare', UTF-8 in NFC; compiled into the library
# by tools/gen-data.c (src/text/norm_spell.c reads it).
#   bare    the syllable%s in lower-case ASCII, d for đ
#   marked  the same with its marks
# columns: bare\tmarked
"""


def write(path, what, rows):
    """One data file, replaced only once complete."""
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        out.write(HEADER % what)
        for key, word in rows:
            out.write("%s\t%s\n" % (key, word))
    os.replace(path + ".tmp", path)


def main():
    words = collections.defaultdict(collections.Counter)
    pairs = collections.defaultdict(collections.Counter)
    # The pairs of PAIRS_ONLY apart: they only fill gaps.
    towns = collections.defaultdict(collections.Counter)
    place_pairs = set()
    for path in SOURCES + [PLACES, PAIRS_ONLY]:
        weight = PLACE_WEIGHT if path in (PLACES, PAIRS_ONLY) else 1
        into = towns if path == PAIRS_ONLY else pairs
        for line in lines(path):
            if line.startswith("#"):
                continue
            prev = None
            for word in re.findall(r"[a-zà-ỹđ]+|[^a-zà-ỹđ ]+", line):
                key = bare(word)
                # Vietnamese-looking syllables only; the bare form counts
                # too, so that "ma" (ma túy) can keep its level tone.
                if not key.isascii() or not SYLLABLE.fullmatch(key):
                    prev = None
                    continue
                if path != PAIRS_ONLY:
                    words[key][word] += weight
                if prev:
                    into[prev[0] + " " + key][prev[1] + " " + word] += weight
                    if path in (PLACES, PAIRS_ONLY):
                        place_pairs.add(prev[0] + " " + key)
                prev = (key, word)
    single = dict(favourites(words))

    def says_more(k, w):
        """A pair is kept only where it says more than its two words
        alone, or where it is a place name's and its letters cut another
        way too ("longan" is "long an", not "lon gan"; "hungyen" is "hung
        yen"): the cut prefers a pair it knows."""
        return (w != " ".join(single.get(x, x) for x in k.split(" ")) or
                (k in place_pairs and cuts_otherwise(k)))

    ours = favourites(pairs, place_pairs)
    kept = [(k, w) for k, w in ours if says_more(k, w)]
    # A town's pair only where our texts have no favourite for it: "can
    # duoc" stays "cần được", not the district Cần Đước.
    ours = dict(ours)
    kept = sorted(kept + [(k, w) for k, w in favourites(towns, place_pairs)
                          if k not in ours and says_more(k, w)])
    write(os.path.join(sys.argv[1], "toneless-pairs.tsv"),
          ("two syllables", "s"), kept)
    write(os.path.join(sys.argv[1], "toneless-words.tsv"),
          ("one syllable", ""), sorted(single.items()))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main()
