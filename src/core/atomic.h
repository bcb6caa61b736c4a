/*
 * Files that reach their final name whole, or not at all.
 *
 * A file is written as ".NAME.tmp-XXXXXX" in the folder of NAME and
 * renamed over it once complete; the encoder (src/audio) names its
 * temporary files the same way.  A process killed in between leaves such
 * a file behind, which atomic_remove_stale clears on the next run.
 */
#ifndef LOA_CORE_ATOMIC_H
#define LOA_CORE_ATOMIC_H

#include <stddef.h>

#include "loa/status.h"

/*
 * Writes len bytes of data to dir/name (mode 0644) through a temporary
 * file and rename(), and only when the contents differ from the file's
 * own, so that writing the same thing again touches nothing.  The
 * temporary file is registered with core/cleanup while it exists.
 */
loa_status atomic_write(const char *dir, const char *name, const void *data,
			size_t len, struct loa_error *err);

/*
 * atomic_write for a file a person keeps (a schedule, a script): the new
 * file takes the mode of the one it replaces (0664 in a folder a group
 * shares, 0640), and its owner and group where the process may set them
 * (the group when the writer is in it; the owner only as root); 0644
 * when there was none.
 */
loa_status atomic_replace(const char *dir, const char *name, const void *data,
			  size_t len, struct loa_error *err);

/*
 * Writes a new file dir/name as atomic_write does, but never over
 * anything: when dir/name exists (a file, a folder, a link), nothing is
 * written and the result is LOA_EINPUT.
 */
loa_status atomic_create(const char *dir, const char *name, const void *data,
			 size_t len, struct loa_error *err);

/*
 * Copies the file src to dir/name (mode 0644) through a temporary file
 * and rename(): a reflink (FICLONE) where the file system shares blocks,
 * else a plain copy; never a hard link, so that editing one file cannot
 * change the other.  With sha256 set, the copy must hash to it before it
 * takes the name (a source damaged or changed underneath is refused).
 * Errors name the file and the system's reason (a full disk, a
 * read-only folder).
 */
loa_status atomic_copy(const char *src, const char *dir, const char *name,
		       const char *sha256, struct loa_error *err);

/*
 * Removes the ".NAME.tmp-..." files that a killed process left in dir,
 * those untouched for min_age seconds: 0 in a folder only its locked
 * writer uses, more where another process may be writing one right now
 * (the air spool, where loa bulletin hands over files while the daemon
 * starts).
 */
void atomic_remove_stale(const char *dir, unsigned min_age);

/* mkdir that accepts a folder already there; 0 or -1 (errno set). */
int atomic_make_dir(const char *path);

#endif
