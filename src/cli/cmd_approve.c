/*
 * loa approve: renders a script for one commune, or for every commune
 * of a schedule or city file, and records the approvals in one
 * transaction (docs/approvals.md).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/pool.h"
#include "loa/approval.h"
#include "loa/schedule.h"
#include "loa/tts.h"
#include "trust_cli.h"
#include "project.h"

struct approve {
	struct render_cli rc;
	const char *script_path, *commune_arg, *schedule, *by, *note, *db;
	int quiet, jobs;
	int worst;                          /* -j: a worker's worst exit code */
	struct loa_script *script;
	struct loa_commune *commune;        /* one profile, or NULL */
	struct loa_schedule_set *set;       /* --commune all: its communes */
	struct loa_approval *rows;
	size_t n_rows;
};

static int parse(struct approve *ap, int argc, char **argv)
{
	int i, code;

	for (i = 1; i < argc; i++) {
		int used;
		const char **slot = !strcmp(argv[i], "--commune") ?
			&ap->commune_arg : !strcmp(argv[i], "--schedule") ?
			&ap->schedule : !strcmp(argv[i], "--by") ? &ap->by :
			!strcmp(argv[i], "--note") ? &ap->note : NULL;

		if (!strcmp(argv[i], "--date"))
			return cli_usage("approve", "an approval is not bound "
					 "to a date: leave out --date");
		used = render_cli_option(&ap->rc, "approve", argc, argv, &i);
		if (!used)
			used = trust_cli_db_option(&ap->db, "approve", argc,
						   argv, &i);
		if (!used)
			used = cli_jobs_option("approve", argc, argv, &i,
					       &ap->jobs);
		if (used < 0)
			return 2;
		if (used)
			continue;
		if (slot) {
			if (!(*slot = cli_value("approve", argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			ap->quiet = 1;
		} else if ((code = cli_operand("approve", argv[i],
					       &ap->script_path,
					       "only one SCRIPT at a time"))) {
			return code;
		}
	}
	if (!ap->script_path)
		return cli_usage("approve", "which script?");
	if (!ap->commune_arg)
		ap->commune_arg = cli_config_commune();
	if (!ap->commune_arg)
		return cli_usage("approve", "for which commune? (--commune "
				 "PROFILE, or --commune all --schedule FILE)");
	if (!strcmp(ap->commune_arg, "all") && !ap->schedule)
		return cli_usage("approve", "--commune all needs --schedule "
				 "FILE (a schedule or city file)");
	if (!ap->by || !*ap->by)
		return cli_usage("approve", "who approves? (--by NAME)");
	return 0;
}

/* The communes to approve for: one profile, or a schedule's. */
static int load_communes(struct approve *ap)
{
	struct loa_error err, as_profile;
	loa_status status, first = LOA_OK;
	const char *file = ap->schedule;

	loa_error_clear(&err);
	loa_error_clear(&as_profile);
	if (strcmp(ap->commune_arg, "all")) {
		first = loa_commune_load(&ap->commune, ap->commune_arg,
					 &as_profile);
		if (first != LOA_EINPUT || ap->schedule)
			return first ? cli_fail(first, &as_profile) : 0;
		file = ap->commune_arg; /* perhaps a schedule or city file */
	}
	if ((status = loa_schedule_set_new(&ap->set, ap->rc.opt.root, &err)) ||
	    (status = loa_schedule_load(ap->set, file, &err)))
		/* Neither: the profile's own error says more. */
		return first ? cli_fail(first, &as_profile) :
			cli_fail(status, &err);
	return 0;
}

/*
 * Loads commune c's lexicons into ap->rc; with guard, first refuses an
 * example profile without --examples and any unlisted phone number.
 */
static int load_row(struct approve *ap, const struct loa_commune *c,
		    int guard)
{
	int code;

	if (guard && c && c->example_contacts && !ap->rc.examples) {
		cli_error("%s: the phone numbers of this profile are examples "
			  "(example_contacts: true); it can be approved only "
			  "as an example, with --examples", c->file);
		return 1;
	}
	render_cli_release(&ap->rc);
	if ((code = render_cli_lexicons(&ap->rc, c)))
		return code;
	/* No unlisted phone number is ever approved for the air. */
	return guard ? render_cli_guard(&ap->rc, ap->script, NULL, c) : 0;
}

/*
 * Describes, renders (or reuses ROOT/.loa/approved/<fingerprint>.EXT,
 * written whole or not at all, re-hashed before reuse) and hashes one
 * commune's row; load_row has loaded its lexicons.
 */
static int prepare_row(struct approve *ap, const struct loa_commune *c,
		       struct loa_approval *a)
{
	enum loa_approved_render how;
	char out[PATH_MAX];
	struct loa_error err;
	loa_status status;

	loa_error_clear(&err);
	if ((status = loa_approval_render(a, ap->script, c, &ap->rc.opt,
					  cli_state_dir(ap->rc.opt.root ?
							ap->rc.opt.root : "."),
					  out, &how, &err)))
		return cli_fail(status, &err);
	if (how == LOA_APPROVED_DAMAGED)
		cli_error("%s: the saved render did not match its recorded "
			  "SHA-256 (damaged or unfinished); rendered again",
			  out);
	a->example = c && c->example_contacts;
	if (!(a->by = strdup(ap->by)) || (ap->note && !(a->note =
							strdup(ap->note))))
		return cli_fail(LOA_ENOMEM, NULL);
	if (!ap->quiet)
		printf(_("%s: rendered for %s\n"), out,
		       c ? c->id : _("every commune"));
	return 0;
}

/* What a worker sends back: prepare_row's exit code. */
struct approve_result {
	int code;
};

/* In a worker: renders commune job's row into .loa/approved. */
static void render_job(void *ctx, size_t job, void *result)
{
	struct approve *ap = ctx;
	struct approve_result *res = result;
	struct loa_approval a;

	memset(&a, 0, sizeof(a));
	ap->quiet = 1; /* the parent prints each row's line */
	if (!(res->code = load_row(ap, ap->set->items[job]->commune, 1)))
		res->code = prepare_row(ap, ap->set->items[job]->commune, &a);
	loa_approval_release(&a);
}

static loa_status render_done(void *ctx, size_t job, const void *result,
			      int how, struct loa_error *err)
{
	struct approve *ap = ctx;
	const struct approve_result *res = result;

	(void)err;
	if (!res) {
		cli_error("rendering for %s: the worker died (%s %d)",
			  ap->set->items[job]->commune->id,
			  WIFSIGNALED(how) ? "signal" : "status",
			  WIFSIGNALED(how) ? WTERMSIG(how) : WEXITSTATUS(how));
		ap->worst = 3;
	} else if (res->code > ap->worst) {
		ap->worst = res->code;
	}
	return LOA_OK;
}

/*
 * A city's renders, -j at a time, one process each (eSpeak NG keeps
 * state from one synthesis to the next, and a fresh process makes each
 * render's bytes the same whatever the order and -j).  The rows are then
 * made by the parent alone, in the city file's order, reusing them.
 */
static int render_all(struct approve *ap)
{
	struct pool_ops ops;
	struct loa_error err;
	size_t *jobs, i, n = ap->set->n;
	loa_status status;

	if (!(jobs = malloc(n * sizeof(*jobs))))
		return cli_fail(LOA_ENOMEM, NULL);
	for (i = 0; i < n; i++)
		jobs[i] = i;
	memset(&ops, 0, sizeof(ops));
	ops.jobs = ap->jobs ? ap->jobs : 1;
	ops.result_size = sizeof(struct approve_result);
	ops.ctx = ap;
	ops.run = render_job;
	ops.done = render_done;
	ops.child_setup = cli_signals_remove_temps;
	ops.child_end = loa_tts_shutdown;
	loa_error_clear(&err);
	status = pool_run(&ops, jobs, n, &err);
	free(jobs);
	return status ? cli_fail(status, &err) : ap->worst;
}

/* Commune i of the command's communes. */
static const struct loa_commune *commune_at(const struct approve *ap,
					    size_t i)
{
	return ap->set ? ap->set->items[i]->commune : ap->commune;
}

/*
 * Every commune checked (the guard, once each) and rendered, a city's in
 * worker processes; then the rows, in order, by this process alone.
 */
static int prepare_rows(struct approve *ap)
{
	size_t i, n = ap->set ? ap->set->n : 1;
	int code = 0;

	/* The guard starts eSpeak NG, so a city's is done in its workers:
	 * a process forked after eSpeak NG started hangs in it. */
	if (ap->set && n > 1)
		code = render_all(ap);
	else
		code = load_row(ap, commune_at(ap, 0), 1);
	if (code)
		return code;
	if (!(ap->rows = calloc(n, sizeof(*ap->rows))))
		return cli_fail(LOA_ENOMEM, NULL);
	for (i = 0; i < n && !code; i++) {
		if (!(code = load_row(ap, commune_at(ap, i), 0)))
			code = prepare_row(ap, commune_at(ap, i), &ap->rows[i]);
		ap->n_rows++;
	}
	return code;
}

static int record(struct approve *ap)
{
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	size_t i;
	int code;

	if ((code = trust_cli_open(&db, ap->db, ap->rc.opt.root, 0)))
		return code;
	loa_error_clear(&err);
	status = loa_approvals_append(db, ap->rows, ap->n_rows, &err);
	loa_db_close(&db);
	if (status)
		return cli_fail(status, &err);
	for (i = 0; i < ap->n_rows; i++)
		printf(_("approval %lld: %s for %s by %s%s, audio %s\n"),
		       ap->rows[i].id, ap->rows[i].script_id,
		       ap->rows[i].commune_id ? ap->rows[i].commune_id : "-",
		       ap->rows[i].by, ap->rows[i].example ? _(" (example)") : "",
		       ap->rows[i].audio_sha);
	return 0;
}

int cmd_approve(int argc, char **argv)
{
	struct approve ap;
	struct loa_error err;
	loa_status status;
	size_t i;
	int code;

	memset(&ap, 0, sizeof(ap));
	render_cli_init(&ap.rc);
	ap.rc.unreadable = 1;
	if ((code = parse(&ap, argc, argv)))
		goto out;
	loa_error_clear(&err);
	if ((code = load_communes(&ap)))
		goto out;
	if ((status = loa_script_load(&ap.script, ap.script_path,
				      ap.rc.opt.root, &err))) {
		code = cli_fail(status, &err);
		goto out;
	}
	cli_signals_remove_temps();
	if (!(code = prepare_rows(&ap)))
		code = record(&ap);
out:
	for (i = 0; i < ap.n_rows; i++)
		loa_approval_release(&ap.rows[i]);
	free(ap.rows);
	loa_script_free(&ap.script);
	loa_commune_free(&ap.commune);
	loa_schedule_set_free(&ap.set);
	render_cli_release(&ap.rc);
	return code;
}
