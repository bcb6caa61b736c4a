/* The normaliser on any bytes: the first byte picks the options. */
#include "fuzz.h"

#include <stdlib.h>

#include "loa/normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct loa_normalize_options opt = { 0, NULL, 0 };
	struct loa_error err;
	char *out = NULL;

	if (size < 1)
		return 0;
	opt.southern = data[0] & 1;
	loa_error_clear(&err);
	loa_normalize((const char *)data + 1, size - 1, &opt, &out, &err);
	free(out);
	return 0;
}
