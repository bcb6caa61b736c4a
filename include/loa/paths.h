/*
 * Paths named by untrusted files (campaign scripts, schedules) must stay
 * inside the project.  These helpers resolve such a path against the
 * project folder and refuse anything that escapes a given subfolder.
 */
#ifndef LOA_PATHS_H
#define LOA_PATHS_H

#include "loa/status.h"

/*
 * Resolves rel (relative to root) into *out, a real path that must lie
 * inside root/subdir and name an existing regular file.  Absolute paths,
 * ".." components and symbolic links that lead outside are refused.  On
 * failure *out is NULL and err says why (without file:line, which the
 * caller adds).  *out is freed with free().
 */
loa_status loa_path_resolve(const char *root, const char *subdir,
			    const char *rel, char **out,
			    struct loa_error *err);

#endif
