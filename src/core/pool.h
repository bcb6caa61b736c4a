/*
 * Worker processes, one job each: the parent hands a job number to an
 * idle worker over a socketpair and reads back a fixed-size result; a
 * worker that dies fails its job, not the run.  Processes, not threads:
 * eSpeak NG keeps process-wide state, and a fresh process per job makes
 * a render's bytes independent of the order and of -j.  The build
 * (src/sched/build_pool.c) and loa approve for a city use it.  The
 * parent must not have started eSpeak NG: a worker forked after it did
 * inherits its state and hangs when it shuts it down.
 */
#ifndef LOA_CORE_POOL_H
#define LOA_CORE_POOL_H

#include <stddef.h>

#include "loa/status.h"

#define POOL_MAX_JOBS 64

struct pool_ops {
	int jobs;                   /* workers at a time, 1..POOL_MAX_JOBS */
	size_t result_size;         /* bytes each job sends back */
	void *ctx;
	/* In the worker: does job, filling result (zeroed, result_size). */
	void (*run)(void *ctx, size_t job, void *result);
	/*
	 * In the parent, as each job ends: result, or NULL when its worker
	 * died (how: a waitpid status).  A non-zero return stops the run.
	 */
	loa_status (*done)(void *ctx, size_t job, const void *result,
			   int how, struct loa_error *err);
	void (*child_setup)(void);  /* in each worker first; may be NULL */
	void (*child_end)(void);    /* in each worker last; may be NULL */
	int (*stop_asked)(void *ctx); /* may be NULL */
};

/*
 * Runs jobs[0..n-1] in worker processes; returns when every job is done,
 * or LOA_EINTERRUPTED when stop_asked, or done's error.  Workers left
 * are stopped (SIGTERM) and reaped before it returns.
 */
loa_status pool_run(const struct pool_ops *ops, const size_t *jobs, size_t n,
		    struct loa_error *err);

/* Writes n bytes to the socket fd, without SIGPIPE; 0, or -1.  (Also the
 * web server's frames to its worker, src/web/wire.c.) */
int pool_send_all(int fd, const void *p, size_t n);

/* Reads n bytes from the socket fd: 1, 0 at its end before any byte, or
 * -1 (an error, an end midway, or no byte for timeout_ms when that is
 * not negative). */
int pool_recv_all(int fd, void *p, size_t n, int timeout_ms);

#endif
