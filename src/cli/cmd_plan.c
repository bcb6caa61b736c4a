/* loa plan: the broadcast programme of a period, without rendering. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/plan.h"
#include "loa/report.h"
#include "loa/schedule.h"
#include "plan_cli.h"
#include "project.h"

/* SOURCE_DATE_EPOCH, reproducible builds' fixed timestamp, if set. */
static int source_date_epoch(long long *dtstamp)
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	char *end;

	if (!env || !*env)
		return 0;
	errno = 0;
	*dtstamp = strtoll(env, &end, 10);
	if (*end || errno || *dtstamp < 0) {
		cli_error("SOURCE_DATE_EPOCH is not a number of seconds");
		return 2;
	}
	return 0;
}

int cmd_plan(int argc, char **argv)
{
	enum loa_plan_format format = LOA_PLAN_TABLE;
	struct loa_schedule_set *set = NULL;
	struct loa_plan plan;
	struct loa_error err;
	struct plan_cli pc;
	const char *root = cli_project_root(), *out = NULL;
	enum loa_report_format sheet;
	int sheet_format = 0;         /* --format xlsx or html: a run-sheet */
	long long dtstamp = -1;
	loa_status rc;
	int i, used, code;

	loa_plan_init(&plan, 0, -1);
	if ((code = plan_cli_init(&pc, argc)))
		return code;
	for (i = 1; i < argc && !code; i++) {
		if ((used = plan_cli_arg(&pc, "plan", argc, argv, &i)) < 0)
			code = 2;
		else if (used)
			continue;
		else if (!strcmp(argv[i], "--root"))
			code = (root = cli_value("plan", argc, argv, &i)) ? 0 : 2;
		else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output"))
			code = (out = cli_value("plan", argc, argv, &i)) ? 0 : 2;
		else if (!strcmp(argv[i], "--format")) {
			const char *v = cli_value("plan", argc, argv, &i);

			if (!v)
				code = 2;
			else if ((!strcmp(v, "xlsx") || !strcmp(v, "html")) &&
				 !loa_report_format_parse(v, &sheet))
				sheet_format = 1;
			else if (loa_plan_format_parse(v, &format))
				code = cli_usage("plan", "unknown format '%s' "
						 "(table, csv, json, ics, xlsx, "
						 "html)", v);
		} else {
			code = cli_usage("plan", "unknown option '%s'", argv[i]);
		}
	}
	if (!code && sheet_format != !!out)
		code = cli_usage("plan", sheet_format ? "a run-sheet needs -o "
				 "FILE" : "-o is for --format xlsx or html");
	if (code || (code = plan_cli_need_files(&pc, "plan")) ||
	    (code = plan_cli_finish(&pc, "plan")) ||
	    (code = source_date_epoch(&dtstamp)))
		goto out;
	/* Bad schedules (1) are reported; the others are still planned. */
	if ((code = plan_cli_load(&pc, root, &set, &plan)) > 1)
		goto out;
	loa_error_clear(&err);
	if (sheet_format)
		rc = loa_runsheet_write(&plan, sheet, out, &err);
	else
		rc = loa_plan_write(&plan, format, dtstamp, stdout, &err);
	if (rc && !code)
		code = cli_fail(rc, &err);
out:
	loa_plan_release(&plan);
	loa_schedule_set_free(&set);
	plan_cli_release(&pc);
	return code;
}
