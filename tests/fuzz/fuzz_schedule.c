/*
 * A schedule or city file, loaded against the source tree (its scripts
 * and commune profiles are the bundled ones).
 */
#include "fuzz.h"

#include "loa/schedule.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("schedule.yaml", data, size);
	struct loa_schedule_set *set = NULL;
	struct loa_error err;

	loa_error_clear(&err);
	if (path && !loa_schedule_set_new(&set, LOA_FUZZ_ROOT, &err))
		loa_schedule_load(set, path, &err);
	loa_schedule_set_free(&set);
	return 0;
}
