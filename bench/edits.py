# For the bench scripts that score the normaliser (tn-review.sh,
# tn-catch.sh, translit.sh): the words of a reading, and the edit
# distance between two lists of words.
import re


# The words of s, case and punctuation folded (pauses and quotation marks,
# straight or curly, are not words), so that every script counts a
# sentence alike.
def words(s):
    s = re.sub(r"[\],.;:!?()\"'\[\-–“”‘’«»]", " ", s.lower())
    return s.split()


def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
