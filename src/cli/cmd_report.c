/*
 * loa report: what was planned, aired and approved in a period, from one
 * or more station databases, as a workbook, a printable page or CSV
 * (docs/reports.md).  Every database's chains are verified before any
 * of it is counted; one that does not verify stops the report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/clock.h"
#include "air_cli.h"
#include "loa/date.h"
#include "loa/plan.h"
#include "loa/report.h"
#include "loa/schedule.h"
#include "project.h"
#include "trust_cli.h"

#define MAX_INPUTS 1024

struct report_cli {
	const char *from, *to, *period_kind, *period, *out, *format, *root;
	const char *sep, *clock;
	const char *dbs[MAX_INPUTS], *communes[MAX_INPUTS], *logs[MAX_INPUTS];
	const char *schedules[MAX_INPUTS];
	size_t n_dbs, n_communes, n_logs, n_schedules;
	const char *command;       /* "report" or "export-log" */
};

/* Appends the value of the option at argv[*i] to list; 0, or 2. */
static int push(const char *command, const char *what, const char **list,
		size_t *n, int argc, char **argv, int *i)
{
	const char *v = cli_value(command, argc, argv, i);

	if (!v)
		return 2;
	if (*n == MAX_INPUTS)
		return cli_usage(command, "too many %s (at most %d)", what,
				 MAX_INPUTS);
	list[(*n)++] = v;
	return 0;
}

static const char **single_option(struct report_cli *c, const char *arg)
{
	static const char *const kinds[] = { "--month", "--quarter", "--week" };
	size_t k;

	for (k = 0; k < 3; k++)
		if (!strcmp(arg, kinds[k])) {
			c->period_kind = kinds[k] + 2;
			return &c->period;
		}
	return !strcmp(arg, "--from") ? &c->from : !strcmp(arg, "--to") ?
		&c->to : !strcmp(arg, "-o") || !strcmp(arg, "--output") ?
		&c->out : !strcmp(arg, "--format") ? &c->format :
		!strcmp(arg, "--root") ? &c->root :
		!strcmp(arg, "--clock") ? &c->clock :
		!strcmp(arg, "--csv-separator") ? &c->sep : NULL;
}

static int parse(struct report_cli *c, int argc, char **argv)
{
	const char *cmd = c->command;
	int i, code = 0, report = !strcmp(cmd, "report");

	for (i = 1; i < argc && !code; i++) {
		const char **slot = single_option(c, argv[i]);

		if (slot) {
			if (*slot && slot == &c->period)
				return cli_usage(cmd, "one of --month, "
						 "--quarter, --week");
			if (!(*slot = cli_value(cmd, argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "--db") && (report || !c->n_dbs)) {
			code = push(cmd, "databases", c->dbs, &c->n_dbs, argc,
				    argv, &i);
		} else if (!strcmp(argv[i], "--log") && report) {
			code = push(cmd, "logs", c->logs, &c->n_logs, argc,
				    argv, &i);
		} else if (!strcmp(argv[i], "--schedule") && report) {
			code = push(cmd, "schedules", c->schedules,
				    &c->n_schedules, argc, argv, &i);
		} else if (!strcmp(argv[i], "--commune") && report) {
			code = push(cmd, "communes", c->communes,
				    &c->n_communes, argc, argv, &i);
		} else {
			return cli_usage(cmd, "unknown option '%s'", argv[i]);
		}
	}
	if (code)
		return code;
	if (!c->out)
		return cli_usage(cmd, report ? "where to? (-o FILE.xlsx, .csv "
				 "or .html)" : "where to? (-o FILE.jsonl)");
	if (c->sep && strcmp(c->sep, ",") && strcmp(c->sep, ";"))
		return cli_usage(cmd, "--csv-separator is ',' or ';'");
	return 0;
}

/* The period from --from/--to or a shortcut; 0, or the usage code. */
static int period(const struct report_cli *c, int *from, int *to)
{
	if (c->period && (c->from || c->to))
		return cli_usage(c->command, "--from/--to or a --month, --quarter"
				 " or --week, not both");
	if (c->period) {
		if (loa_report_period(c->period_kind, c->period, clock_today(),
				      from, to))
			return cli_usage(c->command, "'%s' is not a %s (e.g. "
					 "2026-12, 2026-Q4, 2026-W49, this, "
					 "next)", c->period, c->period_kind);
		return 0;
	}
	if (!c->from || !c->to)
		return cli_usage(c->command, "which period? (--from DATE --to "
				 "DATE, --month, --quarter or --week)");
	if (loa_date_parse(c->from, from) || loa_date_parse(c->to, to))
		return cli_usage(c->command, "dates are YYYY-MM-DD");
	if (*from > *to)
		return cli_usage(c->command, "--from is after --to");
	return 0;
}

/* The format from --format, else from the file name's extension. */
static int format(const struct report_cli *c, enum loa_report_format *f)
{
	const char *dot = strrchr(c->out, '.');
	const char *name = c->format ? c->format : dot ? dot + 1 : "";

	if (loa_report_format_parse(name, f))
		return cli_usage("report", "--format is xlsx, csv or html");
	return 0;
}

/*
 * Opens, verifies and counts each database in turn; 0 or the exit code.
 * An input that cannot be read as a station database is refused like
 * one whose chain does not hold: bad input, named.
 */
static int add_inputs(struct loa_report *r, const struct report_cli *c)
{
	size_t i, n = c->n_dbs || c->n_logs ? c->n_dbs : 1;

	for (i = 0; i < c->n_logs; i++) {
		struct loa_error err;
		loa_status status;

		loa_error_clear(&err);
		if ((status = loa_report_add_log(r, c->logs[i], &err))) {
			if (status == LOA_ENOMEM || status == LOA_EINTERNAL)
				return cli_fail(status, &err);
			cli_error("%s", err.msg);
			return 1;
		}
	}
	for (i = 0; i < n; i++) {
		struct loa_db *db = NULL;
		struct loa_error err;
		loa_status status;
		int code;

		if (!c->n_dbs) {
			if ((code = trust_cli_open_readonly(&db, NULL, c->root,
							    LOA_ASRUN_SCHEMA)))
				return code;
		} else if (access(c->dbs[i], F_OK)) {
			cli_error("%s: refused: no such database", c->dbs[i]);
			return 1;
		}
		loa_error_clear(&err);
		/* Read only: the city's copy stays as the station wrote it. */
		status = db ? LOA_OK : loa_db_open_readonly(&db, c->dbs[i],
							   LOA_ASRUN_SCHEMA,
							   &err);
		if (!status)
			status = loa_report_add_db(r, db, NULL, &err);
		loa_db_close(&db);
		if (status == LOA_ENOMEM)
			return cli_fail(status, &err);
		if (status) {
			const char *path = c->n_dbs ? c->dbs[i] : "loa.db";

			if (strstr(err.msg, "refused"))
				cli_error("%s", err.msg);
			else if (!strncmp(err.msg, path, strlen(path)))
				cli_error("refused: %s", err.msg);
			else
				cli_error("%s: refused: %s", path, err.msg);
			return 1;
		}
	}
	return 0;
}

/* The options and the period of command; 0 or the exit code. */
static int start(struct report_cli *c, const char *command, int argc,
		 char **argv, int *from, int *to)
{
	int code;

	memset(c, 0, sizeof(*c));
	c->root = cli_project_root();
	c->command = command;
	if ((code = parse(c, argc, argv)))
		return code;
	return period(c, from, to);
}

/*
 * The plan of the schedules (--schedule) for the period, the one 'loa
 * plan' prints, into r before its inputs, so that "planned" counts the
 * broadcasts of a day the station never ran.  now is the report's time
 * (--clock for tests); 0 or the exit code.
 */
static int add_plan(struct loa_report *r, const struct report_cli *c,
		    struct loa_schedule_set **set, struct loa_plan *plan)
{
	long long now_ms = (long long)time(NULL) * 1000;
	struct loa_error err;
	loa_status status;
	size_t i;

	if (c->clock && air_cli_time(c->clock, &now_ms))
		return cli_usage("report", "--clock: '%s' is not a local time "
				 "like 2026-11-30T05:59:00", c->clock);
	if (!c->n_schedules)
		return 0;
	loa_error_clear(&err);
	if ((status = loa_schedule_set_new(set, c->root, &err)))
		return cli_fail(status, &err);
	loa_plan_init(plan, r->from, r->to);
	for (i = 0; i < c->n_schedules && !status; i++)
		status = loa_schedule_load(*set, c->schedules[i], &err);
	for (i = 0; !status && i < (*set)->n; i++)
		status = loa_plan_expand(plan, (*set)->items[i], &err);
	if (!status)
		status = loa_report_add_plan(r, plan, now_ms / 1000, &err);
	if (status == LOA_EINPUT) {
		cli_error("%s", err.msg);
		return 1;
	}
	return status ? cli_fail(status, &err) : 0;
}

/* A --commune that no input holds is most likely mistyped: say so. */
static void warn_missing(const struct loa_report *r)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_COMMUNE];
	size_t i, j;

	for (i = 0; i < r->n_communes; i++) {
		for (j = 0; j < t->n; j++)
			if (!strcmp(t->rows[j].commune, r->communes[i]))
				break;
		if (j == t->n)
			cli_error("warning: no item of commune '%s' in the "
				  "period in these inputs", r->communes[i]);
	}
}

int cmd_report(int argc, char **argv)
{
	struct report_cli c;
	struct loa_report r;
	struct loa_schedule_set *set = NULL;
	struct loa_plan plan;
	enum loa_report_format f;
	struct loa_error err;
	loa_status status;
	int from, to, code;
	char note[512];
	size_t i;

	if ((code = start(&c, "report", argc, argv, &from, &to)) ||
	    (code = format(&c, &f)))
		return code;
	loa_report_init(&r, from, to, c.communes, c.n_communes);
	loa_plan_init(&plan, from, to);
	if (!(code = add_plan(&r, &c, &set, &plan)) &&
	    !(code = add_inputs(&r, &c))) {
		loa_report_finish(&r);
		warn_missing(&r);
		loa_error_clear(&err);
		status = loa_report_write(&r, f, c.sep ? c.sep[0] : ',', c.out,
					  &err);
		code = status ? cli_fail(status, &err) : 0;
	}
	if (!code)
		printf(_("%s: %lld items planned, %lld aired in full, "
			 "databases: %zu\n"), c.out,
		       r.total.n[LOA_REPORT_PLANNED],
		       r.total.n[LOA_REPORT_AIRED] + r.total.n[LOA_REPORT_REAIRED],
		       r.n_sources);
	for (i = 0; !code && loa_report_note(&r, i, note, sizeof(note)); i++)
		printf("  %s\n", note);
	loa_report_release(&r);
	loa_plan_release(&plan);
	loa_schedule_set_free(&set);
	return code;
}

int cmd_export_log(int argc, char **argv)
{
	struct report_cli c;
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	int from, to, code;

	if ((code = start(&c, "export-log", argc, argv, &from, &to)) ||
	    (code = trust_cli_open_readonly(&db, c.n_dbs ? c.dbs[0] : NULL,
					     c.root, LOA_ASRUN_SCHEMA)))
		return code;
	loa_error_clear(&err);
	status = loa_report_export(db, from, to, c.out, &err);
	loa_db_close(&db);
	if (status == LOA_EINPUT) {
		cli_error("%s", err.msg);
		return 1;
	}
	if (status)
		return cli_fail(status, &err);
	printf(_("%s: the chains to %s\n"), c.out, c.to ? c.to : c.period);
	return 0;
}
