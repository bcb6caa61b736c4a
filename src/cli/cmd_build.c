/* loa build: render a period of one or more schedules into a folder. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sched/build.h"
#include "cmd_common.h"
#include "commands.h"
#include "loa/plan.h"
#include "loa/schedule.h"
#include "plan_cli.h"
#include "trust_cli.h"
#include "project.h"

static volatile sig_atomic_t build_stop;

struct build_cli {
	struct render_cli base;       /* options and the project lexicon */
	struct render_cli *own;       /* per schedule, for commune lexicons */
	const struct loa_schedule_set *set;
	int tty, quiet;
	int awaiting_header;          /* "awaiting approval:" printed */
	size_t width;                 /* of the last progress line */
};

static const struct loa_render_options *options_for(void *ctx,
						    const struct loa_schedule *s)
{
	struct build_cli *bc = ctx;
	size_t i;

	for (i = 0; bc->own && i < bc->set->n; i++)
		if (bc->set->items[i] == s && bc->own[i].opt.normalize)
			return &bc->own[i].opt;
	return &bc->base.opt;
}

static void progress(void *ctx, const struct build_progress *p)
{
	struct build_cli *bc = ctx;
	size_t done = p->rendered + p->failed;

	if (p->error) {
		if (bc->tty && bc->width)
			fputc('\n', stderr);
		bc->width = 0;
		cli_error("%s: %s", p->last, p->error);
	}
	if (bc->quiet)
		return;
	if (bc->tty) {
		char bar[31];
		size_t i, fill = p->renders ? 30 * done / p->renders : 30;

		for (i = 0; i < 30; i++)
			bar[i] = i < fill ? '#' : '.';
		bar[30] = '\0';
		bc->width = 1;
		fputc('\r', stderr);
		fprintf(stderr,
			_("[%s] %zu/%zu rendered, %zu cached, %zu failed "),
			bar, done, p->renders, p->cached, p->failed);
		if (done == p->renders) {
			fputc('\n', stderr);
			bc->width = 0;
		}
	} else if (!p->last) {
		fprintf(stderr, _("loa build: %zu to render, %zu from the cache\n"),
			p->renders, p->cached);
	} else if (!p->error) {
		fprintf(stderr, "loa build: [%zu/%zu] %s (%.1f s)\n", done,
			p->renders, p->last, p->last_seconds);
	}
	fflush(stderr);
}

/* One commune's script that is not approved, and what changed. */
static void awaiting(void *ctx, const struct loa_schedule *s,
		     const struct loa_script *script, const char *why)
{
	struct build_cli *bc = ctx;

	if (!bc->awaiting_header++)
		cli_error("awaiting approval (left out of the playlists; "
			  "'loa approve' them after listening):");
	fprintf(stderr, "  %s for %s: %s\n", script->id, s->commune->id, why);
}

/* Commune lexicons change the spoken text: their own render options. */
static int setup_lexicons(struct build_cli *bc)
{
	size_t i;
	int code;

	if ((code = render_cli_lexicons(&bc->base, NULL)))
		return code;
	bc->own = calloc(bc->set->n ? bc->set->n : 1, sizeof(*bc->own));
	if (!bc->own) {
		cli_error("out of memory");
		return 3;
	}
	for (i = 0; i < bc->set->n; i++) {
		const struct loa_commune *c = bc->set->items[i]->commune;
		struct render_cli *rc = &bc->own[i];

		/* Example numbers never reach a playlist by accident. */
		if (c->example_contacts && !bc->base.examples) {
			cli_error("%s: the phone numbers of this profile are "
				  "examples (example_contacts: true); build it "
				  "only as an example, with --examples", c->file);
			return 1;
		}
		if (!c->lexicon)
			continue;
		render_cli_init(rc);
		rc->opt = bc->base.opt;
		rc->opt.normalize = &rc->norm;
		rc->norm.southern = bc->base.norm.southern;
		if ((code = render_cli_lexicons(rc, c)))
			return code;
	}
	return 0;
}

/* What the command line asks of 'loa build'. */
struct build_args {
	struct plan_cli pc;
	const char *out, *db;
	int jobs, no_cache, drafts;
};

/* Reads the options into a and bc; 0, or the exit code of a usage error. */
static int parse_args(struct build_args *a, struct build_cli *bc, int argc,
		      char **argv)
{
	int i, used, code = 0;

	for (i = 1; i < argc && !code; i++) {
		if (!strcmp(argv[i], "--date")) {
			code = cli_usage("build",
					 "build dates every segment by its week; --date is for render");
		} else if ((used = plan_cli_arg(&a->pc, "build", argc, argv,
						&i)) < 0 ||
			   (!used && (used = render_cli_option(&bc->base, "build",
							       argc, argv, &i)) < 0)) {
			code = 2;
		} else if (used) {
			continue;
		} else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
			code = (a->out = cli_value("build", argc, argv, &i)) ? 0 : 2;
		} else if ((used = cli_jobs_option("build", argc, argv, &i,
						   &a->jobs))) {
			code = used < 0 ? 2 : 0;
		} else if (!strcmp(argv[i], "--no-cache")) {
			a->no_cache = 1;
		} else if (!strcmp(argv[i], "--drafts")) {
			a->drafts = 1;
		} else if (!strcmp(argv[i], "--db")) {
			code = (a->db = cli_value("build", argc, argv, &i)) ? 0 : 2;
		} else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			bc->quiet = 1;
		} else {
			code = cli_usage("build", "unknown option '%s'", argv[i]);
		}
	}
	if (code || (code = plan_cli_need_files(&a->pc, "build")))
		return code;
	if (!a->out)
		a->out = cli_config_output();
	if (!a->out)
		return cli_usage("build", "where to? (-o DIR)");
	return plan_cli_finish(&a->pc, "build");
}

/* 1 when path names an existing folder (or a link to one). */
static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/*
 * Creates the missing folders above the output folder (a fresh project
 * has no out/ for out/week), but only inside the project: a mistyped
 * path elsewhere is refused in plain words, not created.  0, or the exit
 * code after a message.
 */
static int make_out_parents(const char *out, const char *root)
{
	char path[PATH_MAX], real[PATH_MAX], top[PATH_MAX];
	const char *above;
	char *cut;
	size_t n;

	if (snprintf(path, sizeof(path), "%s", out) >= (int)sizeof(path))
		return cli_usage("build", "the output folder's name is too long");
	while ((cut = strrchr(path, '/')) && cut > path && !cut[1])
		*cut = '\0';
	/* A folder above out that exists: build_run makes out itself. */
	if (!(cut = strrchr(path, '/')) || cut == path)
		return 0;
	*cut = '\0';
	if (is_dir(path))
		return 0;
	while ((cut = strrchr(path, '/')) && cut > path) {
		*cut = '\0';
		if (is_dir(path))
			break;
	}
	above = is_dir(path) ? path : *out == '/' ? "/" : ".";
	if (!realpath(above, real) || !realpath(root, top)) {
		cli_error("cannot create '%s': %s", out, strerror(errno));
		return loa_exit_code(loa_status_errno(errno));
	}
	n = strlen(top);
	if (strncmp(real, top, n) ||
	    (real[n] && real[n] != '/' && top[n - 1] != '/')) {
		cli_error("cannot create '%s': its folder does not exist, and "
			  "loa build makes missing folders only inside the "
			  "project '%s'", out, root);
		return 1;
	}
	snprintf(path, sizeof(path), "%s", out);
	if (cli_make_parents(path)) {
		cli_error("cannot create the folders of '%s': %s", out,
			  strerror(errno));
		return loa_exit_code(loa_status_errno(errno));
	}
	return 0;
}

/* Runs the build of plan; the exit code. */
static int run(const struct build_args *a, struct build_cli *bc,
	       const struct loa_plan *plan)
{
	struct build_options bo;
	struct build_stats stats;
	struct loa_error err;
	char hms[32];
	loa_status rc;
	int code;

	bc->tty = isatty(STDERR_FILENO);
	if ((code = make_out_parents(a->out, bc->base.opt.root)))
		return code;
	memset(&bo, 0, sizeof(bo));
	if ((code = trust_cli_open(&bo.db, a->db, bc->base.opt.root, 0)))
		return code;
	bo.drafts = a->drafts;
	bo.awaiting = awaiting;
	bo.out_dir = a->out;
	bo.jobs = a->jobs;
	bo.no_cache = a->no_cache;
	bo.render_options = options_for;
	bo.progress = progress;
	bo.ctx = bc;
	bo.stop = &build_stop;
	/* A worker dies of a signal, its temporary files removed. */
	bo.worker_setup = cli_signals_remove_temps;
	/* Stop cleanly: workers are told to stop, files stay whole. */
	cli_signals_set_flag(&build_stop);
	rc = build_run(plan, &bo, &stats, &err);
	cli_signals_default();
	loa_db_close(&bo.db);
	if (rc)
		return cli_fail(rc, &err);
	cli_hms(stats.audio_seconds, hms);
	if (!bc->quiet)
		printf(_("%s: %zu segments of %zu communes, %s of audio "
			 "(%.0f s); %zu rendered, %zu from the cache, %zu "
			 "failed\n"), a->out, stats.segments, bc->set->n, hms,
		       stats.audio_seconds,
		       stats.rendered, stats.cached, stats.failed);
	if (stats.bad_record + stats.bad_audio)
		fprintf(stderr, "loa build: %zu cache entries were not trusted "
			"and were rendered again: %zu with a missing or damaged "
			"record, %zu whose audio was missing or did not match its "
			"SHA-256\n", stats.bad_record + stats.bad_audio,
			stats.bad_record, stats.bad_audio);
	if (stats.awaiting && !bc->quiet)
		printf(_("%zu commune-scripts await approval%s\n"),
		       stats.awaiting, bo.drafts ?
		       _(" (built as DRAFT_ files, in no playlist)") : "");
	if (!stats.failed)
		return stats.awaiting ? 1 : 0;
	cli_error("%zu of %zu renders failed; %zu commune-weeks got no "
		  "playlists or manifest", stats.failed, stats.renders,
		  stats.folders_failed);
	return loa_exit_code(stats.worst);
}

int cmd_build(int argc, char **argv)
{
	struct loa_schedule_set *set = NULL;
	struct build_args a;
	struct build_cli bc;
	struct loa_plan plan;
	int code, load_code = 0;
	size_t k;

	memset(&bc, 0, sizeof(bc));
	memset(&a, 0, sizeof(a));
	a.jobs = 1;
	render_cli_init(&bc.base);
	loa_plan_init(&plan, 0, -1);
	if ((code = plan_cli_init(&a.pc, argc)) ||
	    (code = parse_args(&a, &bc, argc, argv)))
		goto out;
	load_code = plan_cli_load(&a.pc, bc.base.opt.root, &set, &plan);
	if (load_code > 1) {
		code = load_code;
		goto out;
	}
	bc.set = set;
	if ((code = setup_lexicons(&bc)))
		goto out;
	code = run(&a, &bc, &plan);
	if (load_code && !code)
		code = load_code;
	if (load_code)
		cli_error("some schedules had errors and were not built");
out:
	loa_plan_release(&plan);
	if (bc.own)
		for (k = 0; k < set->n; k++)
			render_cli_release(&bc.own[k]);
	free(bc.own);
	render_cli_release(&bc.base);
	loa_schedule_set_free(&set);
	plan_cli_release(&a.pc);
	return code;
}
