/*
 * The word lists of the normaliser's rules, from data/word-lists.tsv
 * (compiled in by tools/gen-data.c): for each line of the file a
 * NULL-terminated array norm_list_<list>, for norm_prev_in and its kin.
 */
#ifndef LOA_NORM_LISTS_H
#define LOA_NORM_LISTS_H

#include <stddef.h>

#define DATA_ROW(list, where, ...) extern const char *const norm_list_##list[];
#include "word-lists.tsv.h"
#undef DATA_ROW

/* Whether p[0, n) is one of the NULL-terminated words, exactly. */
int norm_word_in(const char *p, size_t n, const char *const *words);

#endif
