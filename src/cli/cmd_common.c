#include "cmd_common.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "core/clock.h"
#include "core/pool.h"
#include "loa/date.h"
#include "loa/guard.h"
#include "loa/paths.h"
#include "project.h"

void render_cli_init(struct render_cli *rc)
{
	memset(rc, 0, sizeof(*rc));
	loa_render_options_init(&rc->opt);
	rc->opt.root = cli_project_root();
	loa_date_format(clock_today(), rc->date);
	rc->opt.date = rc->date;
	rc->opt.normalize = &rc->norm;
}

static int parse_number(const char *command, const char *name,
			const char *text, double min, double max, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(text, &end);
	if (end == text || *end || errno || !isfinite(v) || v < min || v > max)
		return cli_usage(command, "%s wants a number from %g to %g, not '%s'",
				 name, min, max, text);
	*out = v;
	return 0;
}

int render_cli_option(struct render_cli *rc, const char *command, int argc,
		      char **argv, int *i)
{
	const char *arg = argv[*i], *value;

	if (!strcmp(arg, "--examples")) {
		rc->examples = 1;
		rc->opt.example = 1;
		return 1;
	}
	if (strcmp(arg, "--format") && strcmp(arg, "--profile") &&
	    strcmp(arg, "--lufs") &&
	    strcmp(arg, "--true-peak") && strcmp(arg, "--date") &&
	    strcmp(arg, "--root"))
		return 0;
	if (!(value = cli_value(command, argc, argv, i)))
		return -1;
	/* --profile is the option's old name, kept for existing scripts. */
	if (!strcmp(arg, "--format") || !strcmp(arg, "--profile")) {
		rc->opt.output = loa_output_format_find(value);
		rc->format_given = 1;
		if (!rc->opt.output) {
			cli_usage(command, "unknown format '%s' (ip-speaker, fm, wav)",
				  value);
			return -1;
		}
	} else if (!strcmp(arg, "--lufs")) {
		if (parse_number(command, arg, value, -40, -5,
				 &rc->opt.target_lufs))
			return -1;
	} else if (!strcmp(arg, "--true-peak")) {
		if (parse_number(command, arg, value, -12, 0,
				 &rc->opt.true_peak_db))
			return -1;
	} else if (!strcmp(arg, "--date")) {
		int date;

		if (loa_date_parse(value, &date)) {
			cli_usage(command, "--date wants a date such as 2026-12-01, not '%s'",
				  value);
			return -1;
		}
		loa_date_format(date, rc->date);
	} else {
		rc->opt.root = value;
	}
	return 1;
}

static int load_lexicon(struct render_cli *rc, const char *path)
{
	struct loa_error err;
	loa_status status;

	status = loa_lexicon_load(&rc->lexicons[rc->norm.n_lexicons], path, &err);
	if (status)
		return cli_fail(status, &err);
	rc->lexicon_refs[rc->norm.n_lexicons] = rc->lexicons[rc->norm.n_lexicons];
	rc->norm.n_lexicons++;
	rc->norm.lexicons = rc->lexicon_refs;
	return 0;
}

int render_cli_lexicons(struct render_cli *rc,
			const struct loa_commune *commune)
{
	char path[PATH_MAX];
	struct stat st;
	int code;

	snprintf(path, sizeof(path), "%s/scripts/lexicon.yaml", rc->opt.root);
	if (!stat(path, &st) && (code = load_lexicon(rc, path)))
		return code;
	if (commune && commune->lexicon) {
		struct loa_error err;
		char *real;
		loa_status status = loa_path_resolve(rc->opt.root, "schedules",
						     commune->lexicon, &real, &err);

		if (status) {
			cli_error("%s: lexicon: %s", commune->file, err.msg);
			return loa_exit_code(status);
		}
		code = load_lexicon(rc, real);
		free(real);
		if (code)
			return code;
	}
	return 0;
}

int render_cli_output(struct render_cli *rc, const char *command,
		      const char *path)
{
	const char *base = strrchr(path, '/'), *dot;

	dot = strrchr(base ? base + 1 : path, '.');
	if (!dot || !dot[1])
		return cli_usage(command, "name the output file with .mp3 or "
				 ".wav, not '%s'", path);
	if (!rc->format_given && !strcasecmp(dot + 1, "wav"))
		rc->opt.output = loa_output_format_find("wav");
	if (strcasecmp(dot + 1, rc->opt.output->extension))
		return cli_usage(command, "the %s format writes .%s files, "
				 "not '%s'", rc->opt.output->name,
				 rc->opt.output->extension, path);
	return 0;
}

void cli_print_findings(struct loa_diag *diag)
{
	loa_diag_sort(diag);
	fflush(stdout);
	loa_diag_print(diag, "loa: ", stderr);
	if (diag->failed)
		cli_error("out of memory: some findings are not shown");
}

int render_cli_guard(struct render_cli *rc, const struct loa_script *script,
		     const char *text, const struct loa_commune *commune)
{
	struct loa_allowlist *allow = NULL;
	struct loa_diag diag;
	struct loa_error err;
	loa_status status;
	int code = 0;

	loa_diag_init(&diag);
	loa_error_clear(&err);
	status = loa_allowlist_load_project(&allow, rc->opt.root, &err);
	if (status) {
		code = cli_fail(status, &err);
		goto out;
	}
	loa_guard_examples(commune, &diag);
	if (script)
		status = loa_guard_script(script, commune, allow, &rc->norm,
					  &diag, &err);
	else
		status = loa_guard_text(text, "text", commune, allow, &rc->norm,
					&diag, &err);
	if (rc->unreadable && script)
		loa_guard_unreadable_findings(script, commune, &rc->norm,
					      &diag);
	cli_print_findings(&diag);
	/* A failure that is no refused number (a variable without a
	 * profile, memory) was not a finding: say it. */
	if (status && !loa_diag_count(&diag, LOA_SEV_ERROR))
		code = cli_fail(status, &err);
	else if (status)
		code = loa_exit_code(status);
out:
	loa_allowlist_free(&allow);
	loa_diag_release(&diag);
	return code;
}

int cli_make_parents(char *path)
{
	char *p;

	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return 0;
}

void cli_hms(double seconds, char buf[32])
{
	long s = seconds > 0 && seconds < 1e9 ? (long)(seconds + 0.5) : 0;

	snprintf(buf, 32, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
}

void render_cli_print(const char *out, const struct loa_render_result *r)
{
	printf(_("%s: %.1f s, %.1f LUFS, %.1f dBTP\n"), out, r->seconds,
	       r->integrated_lufs, r->true_peak_db);
}

void render_cli_release(struct render_cli *rc)
{
	size_t i;

	for (i = 0; i < rc->norm.n_lexicons; i++)
		loa_lexicon_free(&rc->lexicons[i]);
	rc->norm.n_lexicons = 0;
}

int cli_jobs_option(const char *command, int argc, char **argv, int *i,
		    int *jobs)
{
	const char *v = argv[*i];

	if (!strcmp(v, "-j") || !strcmp(v, "--jobs")) {
		if (!(v = cli_value(command, argc, argv, i)))
			return -1;
	} else if (!strncmp(v, "-j", 2) && v[2]) {
		v += 2;
	} else {
		return 0;
	}
	if (cli_parse_int(v, 1, POOL_MAX_JOBS, jobs)) {
		cli_usage(command, "-j wants a number of workers from 1 to %d, "
			  "not '%s'", POOL_MAX_JOBS, v);
		return -1;
	}
	return 1;
}
