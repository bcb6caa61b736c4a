/*
 * loa plan's output from a schedule: a schedule or city file is loaded,
 * its first weeks of validity expanded and written in every format.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#include "loa/date.h"
#include "loa/plan.h"
#include "loa/schedule.h"

static void write_all(const struct loa_plan *plan)
{
	static const enum loa_plan_format formats[] = {
		LOA_PLAN_TABLE, LOA_PLAN_CSV, LOA_PLAN_JSON, LOA_PLAN_ICS
	};
	struct loa_error err;
	size_t i, len;
	char *buf;
	FILE *f;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		buf = NULL;
		f = open_memstream(&buf, &len);
		if (!f)
			return;
		loa_error_clear(&err);
		loa_plan_write(plan, formats[i], -1, f, &err);
		fclose(f);
		free(buf);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("schedule.yaml", data, size);
	struct loa_schedule_set *set = NULL;
	struct loa_plan plan;
	struct loa_error err;
	int from = loa_date_from_civil(2026, 11, 30);
	size_t i;

	loa_plan_init(&plan, from, from + 13);
	loa_error_clear(&err);
	if (!path || loa_schedule_set_new(&set, LOA_FUZZ_ROOT, &err) ||
	    loa_schedule_load(set, path, &err))
		goto out;
	for (i = 0; i < set->n; i++)
		if (loa_plan_expand(&plan, set->items[i], &err))
			goto out;
	write_all(&plan);
out:
	loa_plan_release(&plan);
	loa_schedule_set_free(&set);
	return 0;
}
