/*
 * Command-line helpers shared by 'loa plan' and 'loa build': the
 * schedules and the period named on the command line, and turning them
 * into a plan.
 */
#ifndef LOA_PLAN_CLI_H
#define LOA_PLAN_CLI_H

#include "loa/plan.h"
#include "loa/schedule.h"

struct plan_cli {
	const char *week, *from_text, *to_text;
	int from, to;            /* days, inclusive, after plan_cli_finish */
	char **files;            /* schedules, borrowed from argv */
	int n_files;
};

/* Room for the files of argc arguments; 0, or 3 when out of memory. */
int plan_cli_init(struct plan_cli *p, int argc);
void plan_cli_release(struct plan_cli *p);

/*
 * Consumes --week W, --from DATE, --to DATE, a schedule file, or "--"
 * and the files after it, at argv[*i].  Returns 1 when consumed, 0 when
 * argv[*i] is another option, -1 after printing a usage error.
 */
int plan_cli_arg(struct plan_cli *p, const char *command, int argc,
		 char **argv, int *i);

/* Some schedule was named; 0, or 2 after a usage error. */
int plan_cli_need_files(const struct plan_cli *p, const char *command);

/* Checks and resolves the period; 0, or 2 after a usage error. */
int plan_cli_finish(struct plan_cli *p, const char *command);

/*
 * Loads every schedule into a new *set (root: the project folder),
 * printing each file's error and going on with the others, then expands
 * those that loaded into plan over the period.  Each slot that breaks
 * ROOT/schedules/policy.yaml (loa/policy.h) is printed at its place.
 * Returns 0 when all loaded, 1 when some had bad input or broke the policy, 3 or more on a failure that stops
 * everything (*set may then be NULL; free it either way).
 */
int plan_cli_load(struct plan_cli *p, const char *root,
		  struct loa_schedule_set **set, struct loa_plan *plan);

#endif
