/*
 * Reading a Latin-script word that is neither Vietnamese nor in a
 * dictionary the way an announcer does ("phiên âm"): "Salmonella" ->
 * "xan mô nen la", "TikTok" -> "tích tốc".  Rules: data/translit.tsv.
 */
#ifndef LOA_TRANSLIT_H
#define LOA_TRANSLIT_H

#include <stddef.h>

#include "norm_buf.h"

/* The longest word read; longer ones are left as written. */
#define NORM_TRANSLIT_MAX 40

/*
 * Appends the Vietnamese reading of the ASCII word p[0, n) as words and
 * returns 1; returns 0 and writes nothing when p is no such word: other
 * than ASCII letters, a Vietnamese syllable (with or without its marks),
 * all capitals (spelled elsewhere), shorter than 2 or longer than
 * NORM_TRANSLIT_MAX letters.  A word in CamelCase is read part by part,
 * each part by the built-in dictionary when it knows it ("BVBank").
 */
int norm_translit(struct norm_buf *b, const char *p, size_t n, int southern);

/*
 * The letter-to-sound rules alone on one lower-case ASCII word (no
 * dictionary, no parts): its syllables, separated by spaces, in
 * out[0, size).  Returns 0 when the word has no vowel or the reading
 * does not fit.  For tests and bench/translit.sh.
 */
int norm_translit_rules(const char *p, size_t n, char *out, size_t size);

/*
 * The Vietnamese spelling of onset ON before the vowel NUC: "k" for "c"
 * before e, ê, i, y; "gh", "ngh" for "g", "ng" before e, ê, i; "g" for
 * "gi" before i; else ON.  Shared by the spelling and the English-sound
 * readings of foreign words.
 */
const char *norm_translit_onset(const char *on, const char *nuc);

#endif
