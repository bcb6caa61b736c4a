/* The normaliser on any bytes: the first byte picks the options, and
 * whether loa_find_foreign (the rules for foreign words) runs too. */
#include "fuzz.h"

#include <stdlib.h>

#include "loa/normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct loa_normalize_options opt = { 0, NULL, 0 };
	struct loa_error err;
	struct loa_foreign *fw = NULL;
	char *out = NULL;
	size_t n = 0;

	if (size < 1)
		return 0;
	opt.southern = data[0] & 1;
	loa_error_clear(&err);
	loa_normalize((const char *)data + 1, size - 1, &opt, &out, &err);
	free(out);
	if (data[0] & 2) {
		loa_find_foreign((const char *)data + 1, size - 1, &opt, &fw, &n,
				 &err);
		free(fw);
	}
	return 0;
}
