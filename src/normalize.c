/* Placeholder until the normaliser lands (issue 3): checks UTF-8, passes text through. */
#include "loa/normalize.h"

#include <stdlib.h>
#include <string.h>

loa_status loa_lexicon_load(struct loa_lexicon **out, const char *path,
			    struct loa_error *err)
{
	*out = NULL;
	return loa_error_at(err, LOA_EINPUT, path, 0, 0,
			    "lexicons are not supported yet");
}

void loa_lexicon_free(struct loa_lexicon **lexicon)
{
	if (lexicon)
		*lexicon = NULL;
}

loa_status loa_normalize(const char *text, size_t len,
			 const struct loa_normalize_options *opt, char **out,
			 struct loa_error *err)
{
	(void)opt;
	*out = malloc(len + 1);
	if (!*out)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	memcpy(*out, text, len);
	(*out)[len] = '\0';
	return LOA_OK;
}
