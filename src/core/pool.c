#include "core/pool.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

struct worker {
	pid_t pid;
	int fd;                    /* socketpair end: jobs out, results in */
	long job;                  /* in flight, or -1 */
};

struct pool {
	const struct pool_ops *ops;
	struct worker w[POOL_MAX_JOBS];
	int n;
	void *result;
};

int pool_send_all(int fd, const void *p, size_t n)
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

int pool_recv_all(int fd, void *p, size_t n, int timeout_ms)
{
	char *c = p;
	size_t got = 0;

	while (got < n) {
		struct pollfd pfd = { fd, POLLIN, 0 };
		ssize_t r;

		if (timeout_ms >= 0) {
			int ready = poll(&pfd, 1, timeout_ms);

			if (ready < 0 && errno == EINTR)
				continue;
			if (ready <= 0)
				return -1;
		}
		r = recv(fd, c + got, n - got, 0);
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

static void worker_main(struct pool *p, int fd, pid_t parent,
			const sigset_t *unblocked)
{
	const struct pool_ops *ops = p->ops;
	uint64_t job;

	/* The parent's handlers are not the worker's (see spawn). */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	if (ops->child_setup)
		ops->child_setup();
	sigprocmask(SIG_SETMASK, unblocked, NULL);
#ifdef __linux__
	/* If the parent is killed outright, stop too (and clean up). */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
	if (getppid() != parent)
		_exit(1);
	/* One job per process (see pool.h). */
	if (pool_recv_all(fd, &job, sizeof(job), -1) == 1) {
		memset(p->result, 0, ops->result_size);
		ops->run(ops->ctx, (size_t)job, p->result);
		pool_send_all(fd, &job, sizeof(job));
		pool_send_all(fd, p->result, ops->result_size);
	}
	if (ops->child_end)
		ops->child_end();
	_exit(0);
}

static int spawn(struct pool *p, struct worker *w)
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
		for (i = 0; i < p->n; i++)
			if (p->w[i].fd >= 0)
				close(p->w[i].fd);
		close(sv[0]);
		worker_main(p, sv[1], parent, &old);
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

static void stop_all(struct pool *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		if (p->w[i].pid > 0)
			kill(p->w[i].pid, SIGTERM);
	for (i = 0; i < p->n; i++) {
		if (p->w[i].pid > 0)
			waitpid(p->w[i].pid, NULL, 0);
		if (p->w[i].fd >= 0)
			close(p->w[i].fd);
		p->w[i].pid = -1;
		p->w[i].fd = -1;
	}
}

/* Gives every idle worker of the first want the next job. */
static loa_status hand_out(struct pool *p, int want, const size_t *jobs,
			   size_t n, size_t *next, struct loa_error *err)
{
	int k;

	for (k = 0; k < want; k++) {
		struct worker *w = &p->w[k];
		uint64_t job;

		if (w->job >= 0 || *next >= n)
			continue;
		if (w->pid <= 0) {
			if (spawn(p, w))
				return loa_error_set(err, LOA_EINTERNAL,
						     "cannot start a worker: %s",
						     strerror(errno));
			if (k >= p->n)
				p->n = k + 1;
		}
		job = jobs[*next];
		if (pool_send_all(w->fd, &job, sizeof(job)))
			continue; /* it died; seen by collect */
		w->job = (long)jobs[(*next)++];
	}
	return LOA_OK;
}

/*
 * Reads the result of worker w, whose socket is readable; a worker that
 * died instead fails its job.  Either way the process is gone: the next
 * job gets a fresh one.
 */
static loa_status collect(struct pool *p, struct worker *w,
			  struct loa_error *err)
{
	const struct pool_ops *ops = p->ops;
	uint64_t job = 0;
	int got = pool_recv_all(w->fd, &job, sizeof(job), -1), how = 0;
	loa_status rc;

	if (got == 1)
		got = pool_recv_all(w->fd, p->result, ops->result_size, -1);
	close(w->fd);
	w->fd = -1;
	waitpid(w->pid, &how, 0);
	w->pid = -1;
	if (got == 1 && (long)job == w->job)
		rc = ops->done(ops->ctx, (size_t)job, p->result, 0, err);
	else if (ops->stop_asked && ops->stop_asked(ops->ctx))
		rc = LOA_EINTERRUPTED;
	else
		rc = ops->done(ops->ctx, (size_t)w->job, NULL, how, err);
	w->job = -1;
	return rc;
}

/* One round: hand out jobs, wait for results; how many finished. */
static loa_status round_trip(struct pool *p, int want, const size_t *jobs,
			     size_t n, size_t *next, size_t *finished,
			     struct loa_error *err)
{
	struct pollfd pfd[POOL_MAX_JOBS];
	int n_poll = 0, r, k;
	loa_status rc;

	if ((rc = hand_out(p, want, jobs, n, next, err)))
		return rc;
	for (k = 0; k < p->n; k++) {
		pfd[k].fd = p->w[k].job >= 0 ? p->w[k].fd : -1;
		pfd[k].events = POLLIN;
		pfd[k].revents = 0;
		n_poll += pfd[k].fd >= 0;
	}
	if (!n_poll)
		return loa_error_set(err, LOA_EINTERNAL, "no worker is running");
	r = poll(pfd, (nfds_t)p->n, 250);
	if (r < 0 && errno != EINTR)
		return loa_error_set(err, LOA_EINTERNAL, "poll: %s",
				     strerror(errno));
	for (k = 0; r > 0 && k < p->n; k++) {
		if (!pfd[k].revents)
			continue;
		if ((rc = collect(p, &p->w[k], err)))
			return rc;
		(*finished)++;
	}
	return LOA_OK;
}

loa_status pool_run(const struct pool_ops *ops, const size_t *jobs, size_t n,
		    struct loa_error *err)
{
	struct pool p;
	size_t next = 0, finished = 0;
	loa_status rc = LOA_OK;
	int want = ops->jobs < 1 ? 1 : ops->jobs > POOL_MAX_JOBS ?
		POOL_MAX_JOBS : ops->jobs, k;

	memset(&p, 0, sizeof(p));
	p.ops = ops;
	if ((size_t)want > n)
		want = (int)n;
	for (k = 0; k < POOL_MAX_JOBS; k++) {
		p.w[k].fd = -1;
		p.w[k].pid = -1;
		p.w[k].job = -1;
	}
	if (!(p.result = malloc(ops->result_size ? ops->result_size : 1)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	while (!rc && finished < n) {
		if (ops->stop_asked && ops->stop_asked(ops->ctx))
			rc = LOA_EINTERRUPTED;
		else
			rc = round_trip(&p, want, jobs, n, &next, &finished,
					err);
	}
	stop_all(&p);
	free(p.result);
	return rc;
}
