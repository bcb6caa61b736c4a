/*
 * Reading a foreign word from its English sound, the way announcers do
 * ("Facebook" -> "phây búc", "Skype" -> "xờ cai"), instead of from its
 * spelling (translit.h).  The English phonemes come from a source set by
 * the program, eSpeak NG's "en" voice in the loa CLI; where none is set
 * (loa-serve, which does not link eSpeak NG) this reads nothing and the
 * spelling rules read the word.  Table: data/translit-en.tsv.
 */
#ifndef LOA_TRANSLIT_EN_H
#define LOA_TRANSLIT_EN_H

#include <stddef.h>

#include "loa/normalize.h"

/*
 * The reading of the ASCII word p[0, n) from its English sound, as
 * Vietnamese syllables separated by spaces in out[0, size), and 1; 0 and
 * nothing when the source is off or absent, gives no phonemes, or (mode
 * LOA_ENGLISH_KNOWN) took them from its rules rather than its dictionary.
 */
int norm_translit_en(const char *p, size_t n, char *out, size_t size);

/*
 * Maps phonemes as above to Vietnamese syllables separated by spaces in
 * out[0, size).  Returns 0 when they hold no vowel, a name the table does
 * not know, or the reading does not fit.  Pure: for tests.
 */
int norm_translit_en_map(const char *ph, char *out, size_t size);

#endif
