/*
 * The build's renders in worker processes (core/pool.h): one render
 * each, -j at a time; a worker that dies fails its job, not the build.
 */
#include "build_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/hash.h"
#include "core/i18n.h"
#include "core/pool.h"
#include "loa/tts.h"

struct result_msg {
	int32_t status;
	double seconds;
	char sha[65];
	char msg[1024];
};

static void render_one(const struct build *bd, struct bld_key *k,
		       struct result_msg *res)
{
	const struct loa_render_options *base =
		bd->opt->render_options(bd->opt->ctx, k->sched);
	struct loa_render_options ro = *base;
	struct loa_render_result result;
	char mp3[4200], meta[4200], date[11];
	struct loa_error err;
	loa_status rc;

	loa_error_clear(&err);
	loa_date_format(k->monday, date);
	ro.date = date;
	bld_key_paths(bd, k, mp3, meta);
	unlink(meta); /* a stale record must not outlive a re-render */
	rc = loa_render_script(k->script, k->sched->commune, &ro, mp3,
			       &result, &err);
	if (!rc)
		rc = hash_file_sha256(mp3, res->sha, &err);
	/*
	 * Segments are hard links to this file: read-only, so that a tag
	 * editor working in place cannot change the cache behind its hash.
	 */
	if (!rc)
		chmod(mp3, 0444);
	if (!rc) {
		res->seconds = result.seconds;
		rc = bld_cache_store(bd, k, result.seconds, res->sha, &err);
	}
	res->status = rc;
	snprintf(res->msg, sizeof(res->msg), "%s", rc ? err.msg : "");
}

static void record(struct build *bd, struct bld_key *k, loa_status status,
		   double seconds, const char *sha, const char *msg,
		   struct loa_error *err)
{
	char name[256];

	if (status) {
		k->state = BLD_FAILED;
		k->status = status;
		k->error = strdup(msg);
		bd->stats->failed++;
		if (!bd->stats->worst || status < bd->stats->worst)
			bd->stats->worst = status;
		if (!err->msg[0])
			loa_error_set(err, status, "%s", msg);
	} else {
		k->state = BLD_DONE;
		k->seconds = seconds;
		memcpy(k->sha, sha, 65);
		bd->stats->rendered++;
	}
	snprintf(name, sizeof(name), "%s/%s", k->sched->commune->id,
		 k->script->id);
	bld_progress(bd, name, seconds, status ? msg : NULL);
}

/* In a worker: one render. */
static void run_job(void *ctx, size_t job, void *result)
{
	struct build *bd = ctx;

	render_one(bd, &bd->keys[job], result);
}

/* In the parent: a render's result, or its worker's death. */
static loa_status job_done(void *ctx, size_t job, const void *result,
			   int how, struct loa_error *err)
{
	struct build *bd = ctx;
	struct result_msg res;
	char msg[128];

	if (!result) {
		snprintf(msg, sizeof(msg), _("the worker rendering it died "
					     "(%s %d)"),
			 WIFSIGNALED(how) ? _("signal") : _("status"),
			 WIFSIGNALED(how) ? WTERMSIG(how) : WEXITSTATUS(how));
		record(bd, &bd->keys[job], LOA_EINTERNAL, 0, "", msg, err);
		return LOA_OK;
	}
	memcpy(&res, result, sizeof(res));
	res.msg[sizeof(res.msg) - 1] = '\0';
	res.sha[64] = '\0';
	record(bd, &bd->keys[job], res.status, res.seconds, res.sha, res.msg,
	       err);
	return LOA_OK;
}

static int stop_asked(void *ctx)
{
	return bld_stop_asked(ctx);
}

/*
 * Every worker is forked from here: the chimes and beds levelled once
 * now are every render's, instead of being levelled once per render.
 */
static void preload_assets(const struct build *bd, const size_t *todo,
			   size_t n_todo)
{
	size_t i, j;

	for (i = 0; i < n_todo; i++) {
		const struct bld_key *k = &bd->keys[todo[i]];

		for (j = 0; j < i && bd->keys[todo[j]].script != k->script; j++)
			;
		if (j == i)
			loa_render_preload(k->script, k->sched->commune,
					   bd->opt->render_options(bd->opt->ctx,
								   k->sched));
	}
}

loa_status bld_run_workers(struct build *bd, struct loa_error *err)
{
	struct pool_ops ops;
	size_t *todo, n_todo = 0, i;
	loa_status rc;

	todo = malloc((bd->n_keys ? bd->n_keys : 1) * sizeof(*todo));
	if (!todo)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < bd->n_keys; i++)
		if (bd->keys[i].primary == i && bd->keys[i].state == BLD_TODO)
			todo[n_todo++] = i;
	memset(&ops, 0, sizeof(ops));
	ops.jobs = bd->opt->jobs;
	ops.result_size = sizeof(struct result_msg);
	ops.ctx = bd;
	ops.run = run_job;
	ops.done = job_done;
	ops.child_setup = bd->opt->worker_setup;
	ops.child_end = loa_tts_shutdown;
	ops.stop_asked = stop_asked;
	preload_assets(bd, todo, n_todo);
	rc = pool_run(&ops, todo, n_todo, err);
	loa_render_preload_release();
	free(todo);
	return rc;
}
