/* A commune profile, then every variable a script may use. */
#include "fuzz.h"

#include <stdlib.h>

#include "loa/commune.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const vars[] = {
		"commune.id", "commune.kind", "commune.name", "commune.city",
		"commune.office", "commune.police_phone", "commune.hotline",
		"commune.nope", "name",
	};
	const char *path = fuzz_file("profile.yaml", data, size);
	struct loa_commune *profile = NULL;
	struct loa_error err;
	size_t i;

	loa_error_clear(&err);
	if (!path || loa_commune_load(&profile, path, &err))
		return 0;
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = loa_commune_var(profile, vars[i]);

		if (v && loa_commune_var_known(vars[i]) != 1)
			abort(); /* a value for a name scripts cannot use */
	}
	loa_commune_free(&profile);
	return 0;
}
