/*
 * The build's worker pool: up to -j processes, one render each.  The
 * parent sends a job number over a socketpair and reads back a fixed
 * result message; a worker that dies fails its job, not the build.
 */
#include "build_int.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "core/hash.h"
#include "loa/tts.h"
#include "core/i18n.h"

struct result_msg {
	uint32_t job;
	int32_t status;
	double seconds;
	char sha[65];
	char msg[1024];
};

static int send_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n) {
		ssize_t w = send(fd, c, n, MSG_NOSIGNAL);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

/* 1 when n bytes were read, 0 at end of file, -1 on error. */
static int recv_all(int fd, void *p, size_t n)
{
	char *c = p;
	size_t got = 0;

	while (got < n) {
		ssize_t r = recv(fd, c + got, n - got, 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got ? -1 : 0;
		got += (size_t)r;
	}
	return 1;
}

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

static void worker_main(struct build *bd, int fd, pid_t parent,
			const sigset_t *unblocked)
{
	uint32_t job;

	/* The parent's handlers are not the worker's (see spawn_worker). */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	if (bd->opt->worker_setup)
		bd->opt->worker_setup();
	sigprocmask(SIG_SETMASK, unblocked, NULL);
#ifdef __linux__
	/* If the parent is killed outright, stop too (and clean up). */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
	if (getppid() != parent)
		_exit(1);
	/*
	 * One render per process: eSpeak NG carries state from one synthesis
	 * to the next (its voice flutter, for one), so a segment rendered
	 * after others would differ from the same segment rendered first.
	 * A fresh process makes the bytes a function of the fingerprint,
	 * identical to 'loa render', whatever the order and -j.
	 */
	if (recv_all(fd, &job, sizeof(job)) == 1) {
		struct result_msg res;

		memset(&res, 0, sizeof(res));
		res.job = job;
		if (job < bd->n_keys)
			render_one(bd, &bd->keys[job], &res);
		else
			res.status = LOA_EINTERNAL;
		send_all(fd, &res, sizeof(res));
	}
	loa_tts_shutdown();
	_exit(0);
}

static int spawn_worker(struct build *bd, struct bld_worker *w)
{
	pid_t pid, parent = getpid();
	sigset_t stops, old;
	int sv[2], i;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return -1;
	fflush(stdout);
	fflush(stderr);
	/*
	 * Held until the child has its own handlers: a SIGTERM in between
	 * would reach the parent's handler, and the worker would live on.
	 */
	sigemptyset(&stops);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGHUP);
	sigprocmask(SIG_BLOCK, &stops, &old);
	pid = fork();
	if (pid == 0) {
		/* Other workers' sockets would keep them from seeing EOF. */
		for (i = 0; i < bd->n_workers; i++)
			if (bd->workers[i].fd >= 0)
				close(bd->workers[i].fd);
		close(sv[0]);
		worker_main(bd, sv[1], parent, &old);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	close(sv[1]);
	w->pid = pid;
	w->fd = sv[0];
	w->job = -1;
	return 0;
}

static void stop_workers(struct build *bd)
{
	int i;

	for (i = 0; i < bd->n_workers; i++)
		if (bd->workers[i].pid > 0)
			kill(bd->workers[i].pid, SIGTERM);
	for (i = 0; i < bd->n_workers; i++) {
		if (bd->workers[i].pid > 0)
			waitpid(bd->workers[i].pid, NULL, 0);
		if (bd->workers[i].fd >= 0)
			close(bd->workers[i].fd);
		bd->workers[i].pid = -1;
		bd->workers[i].fd = -1;
	}
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

/*
 * Gives every idle worker of the first want the next job, starting (or
 * restarting) its process as needed.
 */
static loa_status hand_out(struct build *bd, int want, const size_t *todo,
			   size_t n_todo, size_t *next, struct loa_error *err)
{
	int k;

	for (k = 0; k < want; k++) {
		struct bld_worker *w = &bd->workers[k];
		uint32_t job;

		if (w->job >= 0 || *next >= n_todo)
			continue;
		if (w->pid <= 0) {
			if (spawn_worker(bd, w))
				return loa_error_set(err, LOA_EINTERNAL,
						     "cannot start a worker: %s",
						     strerror(errno));
			if (k >= bd->n_workers)
				bd->n_workers = k + 1;
		}
		job = (uint32_t)todo[*next];
		if (send_all(w->fd, &job, sizeof(job)))
			continue; /* it died; seen by collect */
		w->job = (long)todo[(*next)++];
	}
	return LOA_OK;
}

/*
 * Reads the result of worker w, whose socket is readable, and records
 * it; a worker that died instead fails its job.  Either way the process
 * is gone: the next job gets a fresh one.
 */
static loa_status collect(struct build *bd, struct bld_worker *w,
			  struct loa_error *err)
{
	struct result_msg res;
	int got = recv_all(w->fd, &res, sizeof(res)), st = 0;
	char msg[128];

	close(w->fd);
	w->fd = -1;
	waitpid(w->pid, &st, 0);
	w->pid = -1;
	if (got == 1 && (long)res.job == w->job) {
		res.msg[sizeof(res.msg) - 1] = '\0';
		res.sha[64] = '\0';
		record(bd, &bd->keys[w->job], res.status, res.seconds, res.sha,
		       res.msg, err);
	} else if (bld_stop_asked(bd)) {
		return LOA_EINTERRUPTED;
	} else {
		snprintf(msg, sizeof(msg), _("the worker rendering it died "
					     "(%s %d)"),
			 WIFSIGNALED(st) ? _("signal") : _("status"),
			 WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
		record(bd, &bd->keys[w->job], LOA_EINTERNAL, 0, "", msg, err);
	}
	w->job = -1;
	return LOA_OK;
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
	size_t *todo, n_todo = 0, next = 0, finished = 0, i;
	struct pollfd pfd[BUILD_MAX_JOBS];
	loa_status rc = LOA_OK;
	int want, k;

	todo = malloc((bd->n_keys ? bd->n_keys : 1) * sizeof(*todo));
	if (!todo)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < bd->n_keys; i++)
		if (bd->keys[i].primary == i && bd->keys[i].state == BLD_TODO)
			todo[n_todo++] = i;
	want = bd->opt->jobs < 1 ? 1 : bd->opt->jobs > BUILD_MAX_JOBS ?
		BUILD_MAX_JOBS : bd->opt->jobs;
	if ((size_t)want > n_todo)
		want = (int)n_todo;
	preload_assets(bd, todo, n_todo);
	for (k = 0; k < want; k++) {
		bd->workers[k].fd = -1;
		bd->workers[k].pid = -1;
		bd->workers[k].job = -1;
	}
	bd->n_workers = 0;
	while (finished < n_todo) {
		int n_poll = 0, r;

		if (bld_stop_asked(bd)) {
			rc = LOA_EINTERRUPTED;
			goto out;
		}
		if ((rc = hand_out(bd, want, todo, n_todo, &next, err)))
			goto out;
		for (k = 0; k < bd->n_workers; k++) {
			pfd[k].fd = bd->workers[k].job >= 0 ? bd->workers[k].fd : -1;
			pfd[k].events = POLLIN;
			pfd[k].revents = 0;
			n_poll += pfd[k].fd >= 0;
		}
		if (!n_poll) {
			rc = loa_error_set(err, LOA_EINTERNAL, "no worker is running");
			goto out;
		}
		r = poll(pfd, (nfds_t)bd->n_workers, 250);
		if (r < 0 && errno != EINTR) {
			rc = loa_error_set(err, LOA_EINTERNAL, "poll: %s",
					   strerror(errno));
			goto out;
		}
		for (k = 0; r > 0 && k < bd->n_workers; k++) {
			if (!pfd[k].revents)
				continue;
			if ((rc = collect(bd, &bd->workers[k], err)))
				goto out;
			finished++;
		}
	}
out:
	stop_workers(bd);
	loa_render_preload_release();
	free(todo);
	return rc;
}
