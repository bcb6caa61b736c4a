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

struct loa_lexicon {
	struct norm_entry *entries;
	size_t n;
	char *file;
};

/* The built-in dictionary. */
const struct norm_entry *norm_builtin(size_t *n);
/* The built-in entry for one written word (no phrases, no place
 * prefixes), or NULL. */
const struct norm_entry *norm_dict_find(const char *p, size_t n);
/* The default for case: written forms without lower-case letters
 * ("UBND", "AI", "CA") match exactly, others ("Zalo", "V/v") ignore
 * case. */
int norm_default_sensitive(const char *written);

#endif
