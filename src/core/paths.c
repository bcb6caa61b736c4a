#include "loa/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int has_dotdot(const char *rel)
{
	const char *p = rel;

	while (*p) {
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len == 2 && p[0] == '.' && p[1] == '.')
			return 1;
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

loa_status loa_path_resolve(const char *root, const char *subdir,
			    const char *rel, char **out,
			    struct loa_error *err)
{
	char joined[PATH_MAX], base[PATH_MAX];
	char *real_base = NULL, *real = NULL;
	loa_status rc = LOA_EINPUT;
	struct stat st;
	size_t n;

	*out = NULL;
	if (!*rel)
		return loa_error_set(err, LOA_EINPUT, "empty path");
	if (rel[0] == '/')
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' must be relative to the project folder",
				     rel);
	if (has_dotdot(rel))
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' may not contain '..'", rel);
	if ((size_t)snprintf(joined, sizeof(joined), "%s/%s", root, rel) >=
		    sizeof(joined) ||
	    (size_t)snprintf(base, sizeof(base), "%s/%s", root, subdir) >=
		    sizeof(base))
		return loa_error_set(err, LOA_EINPUT, "path '%s' is too long",
				     rel);
	real_base = realpath(base, NULL);
	if (!real_base) {
		rc = loa_error_set(err, LOA_EINPUT,
				   "the project has no %s/ folder under '%s'",
				   subdir, root);
		goto out;
	}
	real = realpath(joined, NULL);
	if (!real) {
		rc = loa_error_set(err, LOA_EINPUT, "'%s' does not exist", rel);
		goto out;
	}
	n = strlen(real_base);
	if (strncmp(real, real_base, n) || real[n] != '/') {
		rc = loa_error_set(err, LOA_EINPUT,
				   "'%s' leads outside the %s/ folder", rel,
				   subdir);
		goto out;
	}
	if (stat(real, &st) || !S_ISREG(st.st_mode)) {
		rc = loa_error_set(err, LOA_EINPUT, "'%s' is not a file", rel);
		goto out;
	}
	*out = real;
	real = NULL;
	rc = LOA_OK;
out:
	free(real_base);
	free(real);
	return rc;
}
