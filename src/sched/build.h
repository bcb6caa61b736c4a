/*
 * Building a period: every broadcast of a plan rendered into
 * DIR/<commune>/<week>/, with playlists and manifests, through a
 * content-addressed cache (DIR/.cache/<fingerprint>.mp3) and a pool of
 * worker processes.
 *
 * eSpeak NG keeps process-wide state: it must be initialised once per
 * process, and one synthesis leaves traces in the next.  So every render
 * runs in a worker process of its own (up to -j at a time), which makes
 * the bytes depend on the fingerprint alone, not on the order of work;
 * the parent never synthesises: it computes fingerprints, hands out
 * jobs and copies results into place.  Every file reaches its final name by rename(), so an
 * interrupted build leaves no partial file, and the next run resumes
 * from the cache.
 */
#ifndef LOA_BUILD_H
#define LOA_BUILD_H

#include <signal.h>
#include <stddef.h>

#include "loa/db.h"
#include "loa/plan.h"
#include "loa/render.h"

struct build_progress {
	size_t renders, rendered, failed; /* renders to do, done, failed */
	size_t cached;                    /* segments found in the cache */
	const char *last;                 /* the segment just finished */
	double last_seconds;
	const char *error;                /* its error, or NULL */
};

/* The most worker processes a build runs at once (-j). */
#define BUILD_MAX_JOBS 64       /* POOL_MAX_JOBS (core/pool.h) */

struct build_options {
	const char *out_dir;
	int jobs;                         /* 1 to BUILD_MAX_JOBS workers */
	/* Render everything afresh; a cache entry is replaced only once
	 * its new render is complete (until then the old one stays). */
	int no_cache;
	/* Render options for a schedule's commune (date is set per week). */
	const struct loa_render_options *(*render_options)(
		void *ctx, const struct loa_schedule *s);
	/* Called after each render and once before the first. */
	void (*progress)(void *ctx, const struct build_progress *p);
	void *ctx;
	/* Set by a signal handler: stop the workers and return. */
	volatile sig_atomic_t *stop;
	/*
	 * Called first in each worker process, its signals at their default
	 * actions: the caller installs handlers there if it wants any (the
	 * library installs none).  A worker must end on SIGTERM.
	 */
	void (*worker_setup)(void);
	/*
	 * The station database: when set, a segment is placed only when its
	 * content (the render fingerprint without the date tag) is approved
	 * for its commune (loa/approval.h); the others await approval, are
	 * reported through awaiting and stay out of playlists and manifests.
	 */
	struct loa_db *db;
	/* Awaiting segments are still rendered, as DRAFT_<name>. */
	int drafts;
	void (*awaiting)(void *ctx, const struct loa_schedule *s,
			 const struct loa_script *script, const char *why);
};

struct build_stats {
	size_t segments;                  /* output files */
	size_t renders;                   /* distinct fingerprints */
	size_t rendered, cached, failed;  /* of the distinct fingerprints */
	/* Cache entries not trusted, so rendered afresh: a record missing,
	 * unreadable or out of bounds; audio missing or not its SHA-256. */
	size_t bad_record, bad_audio;
	size_t folders_failed;            /* commune-weeks left incomplete */
	size_t awaiting;                  /* commune-script-weeks unapproved */
	double audio_seconds;             /* of all segments */
	loa_status worst;                 /* the most serious render failure */
};

/*
 * Builds plan.  Returns LOA_OK when the build ran to the end, even if
 * some renders failed (see stats->failed and stats->worst; err then
 * holds the first failure), LOA_EINTERRUPTED when stopped, or another
 * status when the build could not run at all.
 */
loa_status build_run(const struct loa_plan *plan,
		     const struct build_options *opt,
		     struct build_stats *stats, struct loa_error *err);

#endif
