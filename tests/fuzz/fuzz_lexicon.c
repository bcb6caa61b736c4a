/* A lexicon file, then a sentence normalised with it. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "loa/normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char text[] =
		"UBND xã gọi 113 lúc 6h30 ngày 30/4, Zalo OTP 0912 345 678.";
	const char *path = fuzz_file("lexicon.yaml", data, size);
	struct loa_lexicon *lex = NULL;
	struct loa_normalize_options opt = { 0, NULL, 1 };
	struct loa_error err;
	char *out = NULL;

	loa_error_clear(&err);
	if (!path || loa_lexicon_load(&lex, path, &err))
		return 0;
	opt.lexicons = (const struct loa_lexicon *const *)&lex;
	loa_normalize(text, strlen(text), &opt, &out, &err);
	free(out);
	loa_lexicon_free(&lex);
	return 0;
}
