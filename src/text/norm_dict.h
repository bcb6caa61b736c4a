/*
 * The normaliser's dictionaries: the built-in table of abbreviations and
 * loanwords for government and scam-awareness text, and user lexicons
 * loaded from YAML (struct loa_lexicon, include/loa/normalize.h).
 */
#ifndef LOA_NORM_DICT_H
#define LOA_NORM_DICT_H

#include <stddef.h>

#include "loa/normalize.h"

struct norm_entry {
	const char *written;   /* one or more words separated by spaces */
	const char *spoken;
	unsigned char sensitive; /* match case exactly */
	unsigned char place;     /* only before a capitalised word ("X.") */
};

#define NORM_LEX_BUCKETS 4096

struct loa_lexicon {
	struct norm_entry *entries; /* sorted by bucket */
	size_t n;
	/* Entries whose first word hashes to bucket b (norm_word_bucket) are
	 * entries[at[b]] .. entries[at[b + 1] - 1]. */
	size_t at[NORM_LEX_BUCKETS + 1];
	char *file;
};

/* The bucket of a word: case-folded, a final '.' ignored. */
size_t norm_word_bucket(const char *p, size_t n);

/* ASCII case folding of one byte; the first byte of a Vietnamese
 * capital and of its small letter are the same. */
char norm_fold_byte(char ch);

/* The built-in dictionary (data/lexicon*.tsv). */
const struct norm_entry *norm_builtin(size_t *n);
/* The built-in entries by the bucket of their first word
 * (norm_word_bucket): bucket b is e[at[b]] .. e[at[b + 1] - 1], in table
 * order.  Built on the first call, once for the process (pthread_once):
 * safe from any thread. */
const struct norm_entry *const *norm_dict_index(const size_t **at);
/* The built-in entry for one written word (no phrases, no place
 * prefixes), or NULL. */
const struct norm_entry *norm_dict_find(const char *p, size_t n);
/* The default for case: written forms without lower-case letters
 * ("UBND", "AI", "CA") match exactly, others ("Zalo", "V/v") ignore
 * case. */
int norm_default_sensitive(const char *written);

#endif
