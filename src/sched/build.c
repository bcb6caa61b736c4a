/* loa build: plan -> fingerprints -> worker processes -> files in place. */
#include "build_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"

int bld_stop_asked(const struct build *bd)
{
	return bd->opt->stop && *bd->opt->stop;
}

void bld_progress(const struct build *bd, const char *last, double seconds,
		  const char *error)
{
	struct build_progress p;

	if (!bd->opt->progress)
		return;
	memset(&p, 0, sizeof(p));
	p.renders = bd->stats->renders - bd->stats->cached;
	p.rendered = bd->stats->rendered;
	p.failed = bd->stats->failed;
	p.cached = bd->stats->cached;
	p.last = last;
	p.last_seconds = seconds;
	p.error = error;
	bd->opt->progress(bd->opt->ctx, &p);
}

/*
 * Takes DIR/.lock so that two builds never write one folder.  The lock
 * is never followed through a symbolic link (a link planted there would
 * make Loa create a file wherever it points) and must be a plain file.
 */
static loa_status lock_dir(const char *out_dir, int *fd,
			   struct loa_error *err)
{
	char path[4200];
	struct flock fl;
	struct stat st;

	snprintf(path, sizeof(path), "%s/.lock", out_dir);
	*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK,
		   0644);
	if (*fd < 0 && errno == ELOOP)
		return loa_error_set(err, LOA_EINPUT, "'%s' is a symbolic link, "
				     "not Loa's lock file; remove it and build "
				     "again", path);
	if (*fd < 0 && (errno == EROFS || errno == EACCES))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot write to the output "
				     "folder '%s' (%s): nothing was built",
				     out_dir, strerror(errno));
	if (*fd < 0)
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s", path,
				     strerror(errno));
	if (fstat(*fd, &st) || !S_ISREG(st.st_mode)) {
		close(*fd);
		*fd = -1;
		return loa_error_set(err, LOA_EINPUT, "'%s' is not a plain file, "
				     "not Loa's lock file; remove it and build "
				     "again", path);
	}
	/*
	 * A POSIX record lock, not flock(): it belongs to this process
	 * alone, so the forked workers do not hold it, and a build killed
	 * outright frees the folder at once, whatever its workers do.
	 */
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	if (fcntl(*fd, F_SETLK, &fl)) {
		close(*fd);
		*fd = -1;
		return loa_error_set(err, LOA_EINPUT,
				     "another 'loa build' is writing to '%s'; "
				     "wait until it ends", out_dir);
	}
	return LOA_OK;
}

loa_status build_run(const struct loa_plan *plan,
		     const struct build_options *opt,
		     struct build_stats *stats, struct loa_error *err)
{
	struct build bd;
	loa_status rc;
	size_t i, from;
	int lock = -1;

	memset(stats, 0, sizeof(*stats));
	memset(&bd, 0, sizeof(bd));
	bd.plan = plan;
	bd.opt = opt;
	bd.stats = stats;
	loa_error_clear(err);
	if (atomic_make_dir(opt->out_dir))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     opt->out_dir, strerror(errno));
	if ((rc = lock_dir(opt->out_dir, &lock, err)))
		return rc;
	snprintf(bd.cache, sizeof(bd.cache), "%s/.cache", opt->out_dir);
	if (atomic_make_dir(bd.cache)) {
		rc = loa_error_set(err, loa_status_errno(errno),
				   "cannot create '%s': %s",
				   bd.cache, strerror(errno));
		goto out;
	}
	atomic_remove_stale(bd.cache, 0);
	if (opt->no_cache && (rc = bld_cache_stage(&bd, err)))
		goto out;
	if ((rc = bld_plan_work(&bd, err)))
		goto out;
	for (i = 0; i < bd.n_segs; i++)
		stats->segments += !bd.keys[bd.segs[i].key].awaiting;
	bld_progress(&bd, NULL, 0, NULL);
	rc = bld_run_workers(&bd, err);
	if (opt->no_cache) {
		loa_status moved = bld_cache_promote(&bd, rc ? NULL : err);

		rc = rc ? rc : moved;
	}
	if (rc)
		goto out;
	/* Segments are grouped by schedule, then date: cut by week. */
	for (from = 0; from < bd.n_segs; from = i) {
		for (i = from + 1; i < bd.n_segs; i++)
			if (bd.segs[i].b->schedule != bd.segs[from].b->schedule ||
			    strcmp(bd.segs[i].week, bd.segs[from].week))
				break;
		if (bld_stop_asked(&bd)) {
			rc = LOA_EINTERRUPTED;
			goto out;
		}
		if ((rc = bld_write_folder(&bd, from, i, err)))
			goto out;
	}
out:
	if (rc == LOA_EINTERRUPTED)
		loa_error_set(err, rc, "interrupted; run the same command again to resume");
	for (i = 0; i < bd.n_keys; i++)
		free(bd.keys[i].error);
	free(bd.keys);
	free(bd.segs);
	if (lock >= 0)
		close(lock);
	return rc;
}
