/*
 * loa air: the station's playout daemon (loa/air.h, docs/air.md).
 */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "air_cli.h"
#include "cmd_common.h"
#include "commands.h"
#include "loa/air.h"
#include "project.h"
#include "trust_cli.h"

#define MAX_OUTPUTS 8
#define MAX_SCHEDULES 16

struct air_cli {
	struct loa_air_options o;
	const char *schedules[MAX_SCHEDULES];
	const char *outputs[MAX_OUTPUTS + 1];
	char record[PATH_MAX + 8], spool[PATH_MAX];
	const char *root, *db, *commune, *spool_opt;
	size_t n_schedules;
};

static int add_output(struct air_cli *c, const char *url)
{
	if (c->o.n_outputs == MAX_OUTPUTS)
		return cli_usage("air", "at most %d outputs", MAX_OUTPUTS);
	c->outputs[c->o.n_outputs++] = url;
	return 0;
}

/* Options that take a number or a time. */
static int parse_value(struct air_cli *c, const char *opt, const char *v)
{
	int n;

	if (!strcmp(opt, "--clock") || !strcmp(opt, "--until")) {
		long long *to = opt[2] == 'c' ? &c->o.clock_ms : &c->o.until_ms;

		if (air_cli_time(v, to))
			return cli_usage("air", "%s: '%s' is not a local time "
					 "like 2026-11-30T05:59:00", opt, v);
	} else if (!strcmp(opt, "--speed")) {
		if (cli_parse_int(v, 1, 100000, &c->o.speed))
			return cli_usage("air", "--speed: a whole number from 1");
	} else if (!strcmp(opt, "--grace")) {
		if (air_cli_seconds(v, 86400, &c->o.grace_s))
			return cli_usage("air", "--grace: a time like 5m or 90s");
	} else if (!strcmp(opt, "--silence")) {
		if (air_cli_seconds(v, 3600, &c->o.silence_s))
			return cli_usage("air", "--silence: seconds, like 10s");
	} else if (!strcmp(opt, "--retention")) {
		if (cli_parse_int(v, 1, 100000, &n))
			return cli_usage("air", "--retention: days, from 1");
		c->o.retention_days = n;
	} else {
		return -1;
	}
	return 0;
}

static const char **string_option(struct air_cli *c, const char *opt)
{
	return !strcmp(opt, "--weeks") ? &c->o.weeks :
		!strcmp(opt, "--root") ? &c->root :
		!strcmp(opt, "--commune") ? &c->commune :
		!strcmp(opt, "--spool") ? &c->spool_opt :
		!strcmp(opt, "--fallback") ? &c->o.fallback : NULL;
}

static int parse(struct air_cli *c, int argc, char **argv)
{
	const char **slot, *v;
	int i, code;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if ((code = trust_cli_db_option(&c->db, "air", argc, argv, &i)))
			if (code < 0)
				return 2;
		if (code)
			continue;
		if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			c->o.quiet = 1;
		} else if (a[0] == '-' && a[1]) {
			if (!(v = cli_value("air", argc, argv, &i)))
				return 2;
			if ((slot = string_option(c, a)))
				*slot = v;
			else if (!strcmp(a, "--output") || !strcmp(a, "-o"))
				code = add_output(c, v);
			else if (!strcmp(a, "--record"))
				code = add_output(c, (snprintf(c->record,
					sizeof(c->record), "record:%s", v),
					c->record));
			else if ((code = parse_value(c, a, v)) < 0)
				return cli_usage("air", "unknown option '%s'", a);
			if (code)
				return code;
		} else if (c->n_schedules == MAX_SCHEDULES) {
			return cli_usage("air", "at most %d schedule files",
					 MAX_SCHEDULES);
		} else {
			c->schedules[c->n_schedules++] = a;
		}
	}
	if (!c->n_schedules)
		return cli_usage("air", "which schedule? (the station's "
				 "schedule file)");
	if (!c->o.n_outputs)
		return cli_usage("air", "where to? (--output alsa:default, "
				 "icecast://..., file:PATH, null:)");
	return 0;
}

/* The station's schedule: the only commune, or --commune's. */
static int pick(struct air_cli *c, struct loa_schedule_set *set)
{
	struct loa_error err;
	loa_status status;
	size_t i;

	loa_error_clear(&err);
	for (i = 0; i < c->n_schedules; i++)
		if ((status = loa_schedule_load(set, c->schedules[i], &err)))
			return cli_fail(status, &err);
	for (i = 0; i < set->n; i++)
		if (c->commune ? !strcmp(set->items[i]->commune->id, c->commune)
		    : set->n == 1)
			c->o.schedule = set->items[i];
	if (c->o.schedule)
		return 0;
	if (c->commune)
		cli_error("no schedule for commune '%s' in these files",
			  c->commune);
	else
		cli_error("these files hold %zu communes: a daemon plays for "
			  "one station (--commune ID)", set->n);
	return 1;
}

static volatile sig_atomic_t stop;

/*
 * In loa: runs loa-air, beside this program (a source tree) or in
 * PREFIX/lib/loa (installed), with the same arguments and process id;
 * the daemon in this process only when it is not there.
 */
int cmd_air(int argc, char **argv)
{
	static const char *const where[] = { "/loa-air", "/../lib/loa/loa-air" };
	char path[PATH_MAX];

	if (!cli_sibling(where, 2, path, sizeof(path))) {
		argv[0] = path;
		fflush(NULL);
		execv(path, argv);
	}
	return cmd_air_run(argc, argv);
}

int cmd_air_run(int argc, char **argv)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;
	struct air_cli c;
	loa_status status;
	int code;

	memset(&c, 0, sizeof(c));
	c.root = cli_project_root();
	c.o.weeks = "out/week";
	c.o.speed = 1;
	c.o.grace_s = 300;
	c.o.silence_s = 10;
	c.o.outputs = c.outputs;
	if ((code = parse(&c, argc, argv)))
		return code;
	if (c.o.speed != 1 && !c.o.clock_ms)
		return cli_usage("air", "--speed needs a test clock (--clock "
				 "START)");
	loa_error_clear(&err);
	if ((status = loa_schedule_set_new(&set, c.root, &err)))
		return cli_fail(status, &err);
	if ((code = pick(&c, set)) ||
	    (code = trust_cli_open(&c.o.db, c.db, c.root, 1)))
		goto out;
	c.o.spool = air_cli_spool(c.spool_opt, c.root, c.spool,
				  sizeof(c.spool));
	c.o.stop = &stop;
	cli_signals_set_flag(&stop);
	status = loa_air_run(&c.o, &err);
	cli_signals_default();
	if (status)
		code = cli_fail(status, &err);
out:
	loa_db_close(&c.o.db);
	loa_schedule_set_free(&set);
	return code;
}
