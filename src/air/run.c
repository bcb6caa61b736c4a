/*
 * loa_air_run: sets the daemon up (outputs, the log after a crash, the
 * spool, the fallback), runs its loop and takes it down.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "loa/date.h"

static void air_release(struct air *a)
{
	air_outputs_close(a);
	air_prep_release(&a->prep);
	air_week_release(&a->week);
	for (size_t i = 0; i < a->n_done; i++)
		free(a->done[i]);
	free(a->done);
	for (size_t i = 0; i < a->n_queue; i++)
		air_bulletin_release(&a->queue[i]);
	free(a->queue);
	air_audio_release(&a->fallback);
	if (a->lock_fd >= 0)
		close(a->lock_fd);
	pthread_mutex_destroy(&a->note_lock);
}

/* Closes what a crash left open and says so in the event log. */
static loa_status recover(struct air *a, struct loa_error *err)
{
	long long closed = 0;
	loa_status rc;
	char why[100];

	rc = loa_asrun_close_open(a->db, air_reason(why, sizeof(why), "the "
						    "daemon stopped while it "
						    "played (killed, crashed "
						    "or power lost)"),
				  &closed, err);
	if (!rc && closed)
		air_event(a, "daemon", 0, "%lld item(s) left open by the last "
			  "run closed as interrupted", closed);
	return rc;
}

static loa_status set_up(struct air *a, struct loa_error *err)
{
	const struct loa_air_options *o = a->opt;
	long long now = air_clock_now(&a->clock);
	loa_status rc;

	/* Items of today are the daemon's; earlier days are history. */
	a->day0_ms = ((now / 1000 + LOA_UTC_OFFSET) / 86400 * 86400 -
		      LOA_UTC_OFFSET) * 1000;
	if ((rc = air_spool_init(o->spool, a->commune, o->schedule->file,
				 &a->lock_fd, err)) ||
	    (rc = recover(a, err)) || (rc = air_look_back(a, err)))
		return rc;
	if (o->fallback && (rc = air_audio_load(&a->fallback, o->fallback,
						err)))
		return loa_error_set(err, rc, "the fallback file: %s", err->msg);
	if ((rc = air_outputs_open(a, err)))
		return rc;
	a->stream_ms = now;
	if (a->clock.simulated)
		air_event(a, "daemon", 0, "on air for %s to %s (test clock)",
			  a->commune, a->out_names);
	else
		air_event(a, "daemon", 0, "on air for %s to %s", a->commune,
			  a->out_names);
	air_owed_recover(a);
	return LOA_OK;
}

loa_status loa_air_run(const struct loa_air_options *opt,
		       struct loa_error *err)
{
	struct air a;
	loa_status rc;

	memset(&a, 0, sizeof(a));
	a.opt = opt;
	a.lock_fd = -1;
	a.trace = getenv("LOA_TRACE") != NULL;
	a.db = opt->db;
	a.commune = opt->schedule->commune->id;
	pthread_mutex_init(&a.note_lock, NULL);
	air_prep_init(&a.prep);
	air_clock_init(&a.clock, opt->clock_ms, opt->speed);
	if (!(rc = set_up(&a, err))) {
		while (!*opt->stop && !a.stopping &&
		       (!opt->until_ms ||
			air_clock_now(&a.clock) < opt->until_ms))
			air_step(&a);
		if (*opt->stop)
			air_event(&a, "daemon", 0, "stopped by a signal");
		else if (a.stopping)
			air_event(&a, "daemon", 0, "stopped: out of memory");
		else
			air_event(&a, "daemon", 0, "stopped at the end of its "
				  "test clock");
		air_spool_status(opt->spool, "off air\n");
	}
	air_release(&a);
	return rc;
}
