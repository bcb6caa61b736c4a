/*
 * A broadcast policy file, then checked against every bundled schedule
 * (loaded once from the source tree), its findings collected.
 */
#include "fuzz.h"

#include <glob.h>
#include <stddef.h>

#include "loa/diag.h"
#include "loa/policy.h"
#include "loa/schedule.h"

static struct loa_schedule_set *schedules(void)
{
	static struct loa_schedule_set *set;
	static int tried;
	struct loa_error err;
	glob_t g;
	size_t i;

	if (tried)
		return set;
	tried = 1;
	if (loa_schedule_set_new(&set, LOA_FUZZ_ROOT, &err))
		return NULL;
	if (glob(LOA_FUZZ_ROOT "/schedules/*.yaml", 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			loa_schedule_load(set, g.gl_pathv[i], &err);
		globfree(&g);
	}
	return set;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("policy.yaml", data, size);
	struct loa_schedule_set *set = schedules();
	struct loa_policy *policy = NULL;
	struct loa_diag diag;
	struct loa_error err;
	size_t i;

	loa_error_clear(&err);
	if (!path || loa_policy_load(&policy, path, &err))
		return 0;
	loa_diag_init(&diag);
	for (i = 0; set && i < set->n; i++)
		loa_policy_check(policy, set->items[i], &diag, &err);
	loa_diag_release(&diag);
	loa_policy_free(&policy);
	return 0;
}
