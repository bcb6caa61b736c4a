/* loa plan: the broadcast programme of a period, without rendering. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/plan.h"
#include "loa/schedule.h"
#include "sched/plan_cli.h"

void plan_cli_period_init(struct plan_cli_period *p)
{
	memset(p, 0, sizeof(*p));
}

int plan_cli_period_option(struct plan_cli_period *p, const char *command,
			   int argc, char **argv, int *i)
{
	const char *arg = argv[*i];
	const char **slot;

	if (!strcmp(arg, "--week"))
		slot = &p->week;
	else if (!strcmp(arg, "--from"))
		slot = &p->from_text;
	else if (!strcmp(arg, "--to"))
		slot = &p->to_text;
	else
		return 0;
	if (*i + 1 >= argc) {
		cli_usage(command, "%s needs a value", arg);
		return -1;
	}
	*slot = argv[++*i];
	return 1;
}

int plan_cli_period_finish(struct plan_cli_period *p, const char *command)
{
	if (p->week && (p->from_text || p->to_text))
		return cli_usage(command, "give --week or --from and --to, not both");
	if (p->week) {
		if (loa_isoweek_parse(p->week, &p->from))
			return cli_usage(command,
					 "--week wants an ISO week such as 2026-W49, not '%s'",
					 p->week);
		p->to = p->from + 6;
		return 0;
	}
	if (!p->from_text || !p->to_text)
		return cli_usage(command, "which period? (--week YYYY-Www, or --from DATE --to DATE)");
	if (loa_date_parse(p->from_text, &p->from))
		return cli_usage(command, "--from wants a date such as 2026-12-01, not '%s'",
				 p->from_text);
	if (loa_date_parse(p->to_text, &p->to))
		return cli_usage(command, "--to wants a date such as 2026-12-07, not '%s'",
				 p->to_text);
	if (p->to < p->from)
		return cli_usage(command, "--to is before --from");
	if (p->to - p->from > 366)
		return cli_usage(command, "the period is longer than a year");
	return 0;
}

int plan_cli_load(struct loa_schedule_set *set, char **paths, int n)
{
	struct loa_error err;
	loa_status rc;
	int i, code = 0, c;

	for (i = 0; i < n; i++) {
		loa_error_clear(&err);
		rc = loa_schedule_load(set, paths[i], &err);
		if (!rc)
			continue;
		c = cli_fail(rc, &err);
		if (c > 1)
			return c;
		code = 1;
	}
	return code;
}

int cmd_plan(int argc, char **argv)
{
	enum loa_plan_format format = LOA_PLAN_TABLE;
	struct loa_schedule_set *set = NULL;
	struct plan_cli_period period;
	struct loa_plan plan;
	struct loa_error err;
	const char *root = ".", *env;
	long long dtstamp = -1;
	loa_status rc;
	int i, used, code = 0, n_files = 0;
	char **files;
	size_t k;

	/* At most argc - 1 schedules; argv outlives the command. */
	files = calloc((size_t)argc, sizeof(*files));
	if (!files) {
		cli_error("out of memory");
		return 3;
	}

	plan_cli_period_init(&period);
	for (i = 1; i < argc && !code; i++) {
		if ((used = plan_cli_period_option(&period, "plan", argc, argv,
						   &i)) < 0)
			code = 2;
		else if (used)
			continue;
		else if (!strcmp(argv[i], "--format") ||
			 !strcmp(argv[i], "--root")) {
			if (i + 1 >= argc)
				code = cli_usage("plan", "%s needs a value", argv[i]);
			else if (!strcmp(argv[i], "--root"))
				root = argv[++i];
			else if (loa_plan_format_parse(argv[++i], &format))
				code = cli_usage("plan",
						 "unknown format '%s' (table, csv, json, ics)",
						 argv[i]);
		} else if (!strcmp(argv[i], "--")) {
			while (++i < argc)
				files[n_files++] = argv[i];
		} else if (argv[i][0] == '-' && argv[i][1]) {
			code = cli_usage("plan", "unknown option '%s'", argv[i]);
		} else {
			files[n_files++] = argv[i];
		}
	}
	if (code)
		goto out;
	if (!n_files) {
		code = cli_usage("plan", "which schedule?");
		goto out;
	}
	if (plan_cli_period_finish(&period, "plan")) {
		code = 2;
		goto out;
	}
	/* Reproducible builds' convention for a fixed timestamp. */
	if ((env = getenv("SOURCE_DATE_EPOCH")) && *env) {
		char *end;

		errno = 0;
		dtstamp = strtoll(env, &end, 10);
		if (*end || errno || dtstamp < 0) {
			cli_error("SOURCE_DATE_EPOCH is not a number of seconds");
			code = 2;
			goto out;
		}
	}
	loa_error_clear(&err);
	if ((rc = loa_schedule_set_new(&set, root, &err))) {
		code = cli_fail(rc, &err);
		goto out;
	}
	if ((code = plan_cli_load(set, files, n_files)) > 1)
		goto out;
	loa_plan_init(&plan, period.from, period.to);
	for (k = 0; k < set->n; k++) {
		if ((rc = loa_plan_expand(&plan, set->items[k], &err))) {
			code = cli_fail(rc, &err);
			loa_plan_release(&plan);
			goto out;
		}
	}
	if ((rc = loa_plan_write(&plan, format, dtstamp, stdout, &err)) &&
	    !code)
		code = cli_fail(rc, &err);
	loa_plan_release(&plan);
out:
	loa_schedule_set_free(&set);
	free(files);
	return code;
}
