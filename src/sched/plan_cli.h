/*
 * Command-line helpers shared by 'loa plan' and 'loa build' (defined in
 * src/cmd_plan.c): the period options and loading a list of schedules.
 */
#ifndef LOA_PLAN_CLI_H
#define LOA_PLAN_CLI_H

#include "loa/schedule.h"

struct plan_cli_period {
	const char *week, *from_text, *to_text;
	int from, to;            /* days, inclusive, after finish */
};

void plan_cli_period_init(struct plan_cli_period *p);

/*
 * Consumes --week W, --from DATE or --to DATE at argv[*i].  Returns 1
 * when consumed, 0 when argv[*i] is another option, -1 after printing a
 * usage error.
 */
int plan_cli_period_option(struct plan_cli_period *p, const char *command,
			   int argc, char **argv, int *i);

/* Checks and resolves the period; 0, or 2 after a usage error. */
int plan_cli_period_finish(struct plan_cli_period *p, const char *command);

/*
 * Loads every schedule in paths into set, printing each file's error
 * and going on with the others.  Returns 0 when all loaded, 1 when some
 * had bad input, 3 or more on a failure that stops everything.
 */
int plan_cli_load(struct loa_schedule_set *set, char **paths, int n);

#endif
