/*
 * Vietnamese text normalisation: written text in, the words a Northern
 * announcer would speak out.  Runs on every say: part before synthesis.
 * Rules and their order: docs/normalisation.md.
 */
#ifndef LOA_NORMALIZE_H
#define LOA_NORMALIZE_H

#include <stddef.h>

#include "loa/status.h"

/* A user lexicon: written form -> spoken form, loaded from YAML. */
struct loa_lexicon;

loa_status loa_lexicon_load(struct loa_lexicon **out, const char *path,
			    struct loa_error *err);
void loa_lexicon_free(struct loa_lexicon **lexicon);

struct loa_normalize_options {
	int southern;        /* "lẻ" instead of "linh" */
	/* User lexicons, later ones override earlier ones; may be empty. */
	const struct loa_lexicon *const *lexicons;
	size_t n_lexicons;
};

/*
 * Normalises len bytes of UTF-8 text.  opt may be NULL for defaults.
 * Invalid UTF-8 is an input error.  *out is freed with free().
 */
loa_status loa_normalize(const char *text, size_t len,
			 const struct loa_normalize_options *opt, char **out,
			 struct loa_error *err);

#endif
