/*
 * The server's side of the worker (web_int.h, "forward.c").  loa-serve
 * links neither eSpeak NG nor FFmpeg, so the pages that render or check
 * a script run in "loa serve-worker" (worker.c), a process of the full
 * program started by exec, never by a bare fork (eSpeak NG is set up
 * once per process: docs/web.md, "Memory").  One request at a time goes
 * to it over a socket; it stays for worker_idle_s seconds after its last
 * request, so that checks as you type answer at once, and a thread of
 * the server stops it then.  A worker that dies, hangs or answers
 * garbage is killed; the person gets a plain error, the next request a
 * new worker.  A page that will soon need one (the editor, the Bulletin
 * form) asks for it ahead (web_worker_warm): the reaper thread starts it
 * and has it load eSpeak NG, so the page is not delayed and its first
 * check answers as fast as the next.
 */
#include "web_int.h"

#include <errno.h>
#include <microhttpd.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "text_vi.h"

extern char **environ;

/* The longest render or check a worker may take before it is killed. */
#define WORKER_TIMEOUT_MS (300 * 1000)

struct web_worker {
	pthread_mutex_t lock;      /* one request at a time; the fields */
	pthread_cond_t wake;       /* a request ended, or the server stops */
	pthread_t reaper;
	int has_reaper, stopping;
	int warm;                  /* a page asked for a worker ahead */
	int fd;                    /* the socket; -1: no worker */
	pid_t pid;
	struct timespec last;      /* its last request's end (monotonic) */
	const struct loa_serve_options *opt;
	const char *db_path;
};

/* Ends the worker: closing the socket ends its loop; hard also kills. */
static void worker_stop(struct web_worker *wk, int hard)
{
	int st;

	if (wk->fd < 0)
		return;
	close(wk->fd);
	if (hard)
		kill(wk->pid, SIGKILL);
	while (waitpid(wk->pid, &st, 0) < 0 && errno == EINTR)
		;
	wk->fd = -1;
	wk->pid = 0;
}

/* "WORKER serve-worker --db PATH --spool DIR", its socket as stdin. */
static int worker_start(struct web_worker *wk, const char *db_path)
{
	const struct loa_serve_options *o = wk->opt;
	char *argv[] = { (char *)o->worker, (char *)"serve-worker",
			 (char *)"--db", (char *)db_path, (char *)"--spool",
			 (char *)o->spool, NULL };
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, dflt;
	int sv[2], rc;

	if (!o->spool)
		argv[4] = NULL;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return errno;
	sigemptyset(&none);
	sigemptyset(&dflt);
	sigaddset(&dflt, SIGPIPE);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, sv[1], STDIN_FILENO);
	posix_spawnattr_init(&attr);
	/* Not the server's thread's mask, nor its ignored SIGPIPE. */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK |
				 POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &dflt);
	rc = posix_spawnp(&wk->pid, o->worker, &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(sv[1]);
	if (rc) {
		close(sv[0]);
		return rc;
	}
	wk->fd = sv[0];
	return 0;
}

/* 1 when the worker is gone (it died while idle): reaped. */
static int worker_gone(struct web_worker *wk)
{
	int st;

	if (wk->fd < 0 || waitpid(wk->pid, &st, WNOHANG) != wk->pid)
		return wk->fd < 0;
	close(wk->fd);
	wk->fd = -1;
	wk->pid = 0;
	return 1;
}

/*
 * With the lock held: starts a worker and sends it "GET /warm" (worker.c:
 * eSpeak NG loaded); a failure is said in the log, and the next request
 * starts a worker of its own.
 */
static void warm_up(struct web_worker *wk)
{
	struct web_req r;
	struct norm_buf req;
	struct web_wire m;
	int rc;

	memset(&r, 0, sizeof(r));
	memset(&m, 0, sizeof(m));
	r.method = "GET";
	r.path = "/warm";
	norm_buf_init(&req, 4096);
	web_wire_request(&r, &req);
	if ((rc = worker_start(wk, wk->db_path)))
		fprintf(stderr, "loa: cannot start the worker '%s serve-worker': "
			"%s\n", wk->opt->worker, strerror(rc));
	else if (web_wire_send(wk->fd, &req) ||
		 web_wire_recv(wk->fd, WORKER_TIMEOUT_MS, WEB_WIRE_RESPONSE, &m)) {
		fprintf(stderr, "loa: the worker (process %ld) started ahead did "
			"not answer; a new one starts at the next request\n",
			(long)wk->pid);
		worker_stop(wk, 1);
	}
	clock_gettime(CLOCK_MONOTONIC, &wk->last);
	web_wire_release(&m);
	norm_buf_release(&req);
}

/*
 * Starts a worker when a page asked for one ahead; stops the worker once
 * it has been idle for worker_idle_s seconds.
 */
static void *reaper(void *arg)
{
	struct web_worker *wk = arg;
	struct timespec until;
	int rc;

	pthread_mutex_lock(&wk->lock);
	while (!wk->stopping) {
		if (wk->warm) {
			wk->warm = 0;
			if (worker_gone(wk))
				warm_up(wk);
			continue;
		}
		if (wk->fd < 0) {
			pthread_cond_wait(&wk->wake, &wk->lock);
			continue;
		}
		until = wk->last;
		until.tv_sec += wk->opt->worker_idle_s;
		rc = pthread_cond_timedwait(&wk->wake, &wk->lock, &until);
		if (rc == ETIMEDOUT)
			worker_stop(wk, 0);
	}
	pthread_mutex_unlock(&wk->lock);
	return NULL;
}

loa_status web_worker_init(struct web_state *st, struct loa_error *err)
{
	struct web_worker *wk = calloc(1, sizeof(*wk));
	pthread_condattr_t ca;

	if (!wk)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	wk->fd = -1;
	wk->opt = st->opt;
	wk->db_path = st->db_path;
	pthread_mutex_init(&wk->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&wk->wake, &ca);
	pthread_condattr_destroy(&ca);
	st->worker = wk;
	if (pthread_create(&wk->reaper, NULL, reaper, wk))
		return loa_error_set(err, LOA_ENOMEM, "cannot start a thread");
	wk->has_reaper = 1;
	return LOA_OK;
}

void web_worker_free(struct web_state *st)
{
	struct web_worker *wk = st->worker;

	if (!wk)
		return;
	pthread_mutex_lock(&wk->lock);
	wk->stopping = 1;
	pthread_cond_signal(&wk->wake);
	pthread_mutex_unlock(&wk->lock);
	if (wk->has_reaper)
		pthread_join(wk->reaper, NULL);
	worker_stop(wk, 0);
	pthread_cond_destroy(&wk->wake);
	pthread_mutex_destroy(&wk->lock);
	free(wk);
	st->worker = NULL;
}

/*
 * Sends the request and reads the answer into m, starting a worker when
 * there is none: NULL, else what to tell the person.  A request that
 * could not be sent to a worker that was there goes to a new one (that
 * worker never saw it); one sent and not answered does not.
 */
static const char *ask(struct web_state *st, const struct norm_buf *req,
		       struct web_wire *m)
{
	struct web_worker *wk = st->worker;
	int fresh = worker_gone(wk), rc;

	if (!fresh && web_wire_send(wk->fd, req)) {
		worker_stop(wk, 1);
		fresh = 1;
	}
	if (fresh && (rc = worker_start(wk, st->db_path))) {
		fprintf(stderr, "loa: cannot start the worker '%s serve-worker': "
			"%s\n", wk->opt->worker, strerror(rc));
		return T_ERR_WORKER_START;
	}
	if ((!fresh || !web_wire_send(wk->fd, req)) &&
	    !web_wire_recv(wk->fd, WORKER_TIMEOUT_MS, WEB_WIRE_RESPONSE, m))
		return NULL;
	fprintf(stderr, "loa: the worker (process %ld) stopped or did not "
		"answer in time; a new one starts at the next request\n",
		(long)wk->pid);
	worker_stop(wk, 1);
	return T_ERR_WORKER;
}

void web_worker_warm(struct web_state *st)
{
	struct web_worker *wk = st->worker;

	/* In the worker itself there is none. */
	if (!wk)
		return;
	pthread_mutex_lock(&wk->lock);
	if (wk->fd < 0) {
		wk->warm = 1;
		pthread_cond_signal(&wk->wake);
	}
	pthread_mutex_unlock(&wk->lock);
}

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind,
			       const char *key, const char *value)
{
	struct norm_buf *b = cls;

	(void)kind;
	norm_buf_add(b, key, strlen(key) + 1);
	norm_buf_add(b, value ? value : "", value ? strlen(value) + 1 : 1);
	return MHD_YES;
}

int web_forward(struct web_req *r, struct web_resp *w)
{
	struct web_worker *wk = r->st->worker;
	struct norm_buf args, req;
	struct web_wire m;
	const char *why;

	memset(&m, 0, sizeof(m));
	norm_buf_init(&args, WEB_MAX_BODY);
	norm_buf_init(&req, WEB_MAX_BODY * 2 + 4096);
	if (r->conn)
		MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND,
					  add_arg, &args);
	r->args = args.p;
	r->args_len = args.len;
	web_wire_request(r, &req);
	if (args.failed || req.failed) {
		why = T_ERR_TOO_BIG;
	} else {
		pthread_mutex_lock(&wk->lock);
		why = ask(r->st, &req, &m);
		clock_gettime(CLOCK_MONOTONIC, &wk->last);
		pthread_cond_signal(&wk->wake);
		pthread_mutex_unlock(&wk->lock);
	}
	if (!why && web_wire_read_response(&m, w))
		why = T_ERR_WORKER;
	if (why && !strncmp(r->path, "/api/", 5)) {
		w->status = 503;
		w->type = "application/json";
		norm_buf_reset(&w->body);
		web_html(w, "{\"failure\":");
		web_json(w, why);
		web_html(w, "}");
	} else if (why) {
		web_error_page(r, w, 503, why);
	}
	r->args = NULL;
	web_wire_release(&m);
	norm_buf_release(&args);
	norm_buf_release(&req);
	return 0;
}
