/*
 * The pieces of a build (build.h), private to src/sched:
 *   build.c        build_run: lock the folder, plan, render, write out
 *   build_cache.c  keys and fingerprints, the cache of renders
 *   build_pool.c   the worker processes (fork, one render each, IPC)
 *   build_out.c    segments, playlists and manifests in each folder
 *   build_draft.c  a draft's copy, DRAFT in its tags
 */
#ifndef LOA_BUILD_INT_H
#define LOA_BUILD_INT_H

#include <sys/types.h>

#include "build.h"

/* One distinct render: a commune's script for one week. */
struct bld_key {
	const struct loa_schedule *sched;
	const struct loa_script *script;
	int monday;
	char fp[65];
	const char *ext;           /* "mp3", or "wav" for the wav profile */
	size_t primary;            /* the key that renders this fingerprint */
	int state;                 /* enum bld_state */
	int awaiting;              /* not approved for its commune */
	double seconds;
	char sha[65];
	char *error;
	loa_status status;
};

/* BLD_HELD: awaiting approval, not rendered (no --drafts). */
enum bld_state { BLD_TODO, BLD_CACHED, BLD_DONE, BLD_FAILED, BLD_HELD };

/* One broadcast: one output file. */
struct bld_segment {
	const struct loa_broadcast *b;
	size_t key;
	char week[9];
	char name[192];
};

struct build {
	const struct loa_plan *plan;
	const struct build_options *opt;
	struct build_stats *stats;
	struct bld_key *keys;
	size_t n_keys;
	struct bld_segment *segs;
	size_t n_segs;
	char cache[4096];
};

/* build.c: 1 when the caller's signal handler asked the build to stop. */
int bld_stop_asked(const struct build *bd);
/* build.c: tells the caller's progress callback, if any. */
void bld_progress(const struct build *bd, const char *last, double seconds,
		  const char *error);

/* build_cache.c */

/* The cached render of k and its record. */
void bld_key_paths(const struct build *bd, const struct bld_key *k,
		   char audio[4200], char meta[4200]);
/*
 * Fills bd->segs and bd->keys from the plan: one key per commune,
 * script and week, fingerprinted; keys of equal fingerprints share one
 * primary; primaries found in the cache are BLD_CACHED.
 */
loa_status bld_plan_work(struct build *bd, struct loa_error *err);
/*
 * --no-cache: points bd->cache at DIR/.cache/fresh (emptied), where the
 * workers render; bld_cache_promote then moves each finished render to
 * DIR/.cache, so an old entry is replaced only by a complete new one.
 */
loa_status bld_cache_stage(struct build *bd, struct loa_error *err);
loa_status bld_cache_promote(struct build *bd, struct loa_error *err);
/* Records a finished render of k (written last: the cache entry is whole). */
loa_status bld_cache_store(const struct build *bd, const struct bld_key *k,
			   double seconds, const char *sha,
			   struct loa_error *err);

/* build_pool.c */

/* Renders every BLD_TODO primary key in worker processes, -j at a time. */
loa_status bld_run_workers(struct build *bd, struct loa_error *err);

/* build_draft.c */

/*
 * Places k's render at dir/name as a draft: DRAFT in its title and
 * comment tags (an MP3), its frames unchanged.
 */
loa_status bld_place_draft(const struct build *bd, const struct bld_key *k,
			   const char *dir, const char *name,
			   struct loa_error *err);

/* build_out.c */

/* Writes the commune-week folder of segments from..to-1. */
loa_status bld_write_folder(struct build *bd, size_t from, size_t to,
			    struct loa_error *err);

#endif
