# The judged real-text corpus of issue 13 (tests/data/realtext.tsv, its
# second readings and its sources) keeps its shape as batches are merged
# into it by hand: three columns, ids unique and in byte order, every
# page listed once, NFC, readings in words, and the Northern number forms
# of docs/judging.md ("tư" after "mươi", never "mươi bốn": five b50 and
# b51 readings and three of b53's first ones said "hai mươi bốn", and
# their second judges let them through), and Vietnamese spelling ("gh"
# before "e", "ê").
. tests/e2e/lib.sh

python3 - tests/data/realtext.tsv tests/data/realtext-second.tsv \
	tests/data/realtext-sources.txt >"$TMP/report" <<'PY'
import re, sys, unicodedata

def rows(path):
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.startswith("#"):
            yield no, line.rstrip("\n")

def say(ok, what):
    print(("ok - " if ok else "not ok - ") + what)

first, second, sources = sys.argv[1:4]
pages, bad = {}, []
for no, line in rows(sources):
    page, url = line.split("\t")
    # An address may come twice (batches written at once; the head
    # comment of realtext.tsv counts them), a page number never.
    if page in pages:
        bad.append("%s:%d: %s listed twice" % (sources, no, page))
    pages[page] = url
say(not bad, "every source page is listed once" +
    "".join("\n#   " + b for b in bad[:5]))

for path in (first, second):
    shape, order, words, northern, nfc, unlisted, spelling = [], [], [], [], [], [], []
    last = b""
    seen = set()
    for no, line in rows(path):
        cols = line.split("\t")
        if len(cols) != 3:
            shape.append("%s:%d: %d columns" % (path, no, len(cols)))
            continue
        key, written, spoken = cols
        if key.encode() <= last or key in seen:
            order.append("%s:%d: %s after %s" % (path, no, key, last.decode()))
        last = key.encode()
        seen.add(key)
        if unicodedata.normalize("NFC", line) != line:
            nfc.append("%s:%d: %s" % (path, no, key))
        if re.search(r"[0-9]", spoken):
            words.append("%s:%d: %s" % (path, no, key))
        # The second readings stay as their judge wrote them: they
        # measure how judges differ (bench/tn-agree.sh).
        if "mươi bốn" in spoken and path == first:
            northern.append("%s:%d: %s" % (path, no, key))
        # Vietnamese spelling: "ghét", "ghen", never "gét", "gen",
        # which eSpeak NG reads in English (b53-p7441-1, both judges).
        if re.search(r"(?<!\w)g[eéèẻẽẹêếềểễệ]", spoken.lower()):
            spelling.append("%s:%d: %s" % (path, no, key))
        m = re.match(r"b\d+-(p\d+)-\d+$", key)
        if m and m.group(1) not in pages:
            unlisted.append("%s:%d: %s" % (path, no, key))
    name = path.split("/")[-1]
    checks = [(shape, "three columns a row"),
              (order, "ids unique and in byte order"),
              (nfc, "NFC"),
              (words, "readings hold no digit"),
              (unlisted, "every batch row's page is in the sources"),
              (spelling, "readings write 'gh' before 'e' and 'ê'")]
    if path == first:
        checks.append((northern, "readings say 'mươi tư', never 'mươi bốn'"))
    for probs, what in checks:
        say(not probs, "%s: %s" % (name, what) +
            "".join("\n#   " + p for p in probs[:5]))
PY
cat "$TMP/report"
n_fail=$(grep -c '^not ok' "$TMP/report")
finish
