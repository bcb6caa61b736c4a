/* Whole files or none: write beside, then rename (core/atomic.h). */
#include "atomic.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cleanup.h"

int atomic_make_dir(const char *path)
{
	return mkdir(path, 0777) && errno != EEXIST ? -1 : 0;
}

/* 1 when path holds exactly len bytes of data. */
static int same_contents(const char *path, const void *data, size_t len)
{
	struct stat st;
	char *old = NULL;
	FILE *f = NULL;
	int same = 0;

	if (stat(path, &st) || (size_t)st.st_size != len)
		goto out;
	if (!(f = fopen(path, "rb")) || !(old = malloc(len ? len : 1)))
		goto out;
	same = fread(old, 1, len, f) == len && !memcmp(old, data, len);
out:
	free(old);
	if (f)
		fclose(f);
	return same;
}

loa_status atomic_write(const char *dir, const char *name, const void *data,
			size_t len, struct loa_error *err)
{
	char path[PATH_MAX], tmp[PATH_MAX];
	loa_status rc = LOA_OK;
	int fd, slot, bad;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >=
	    sizeof(path) ||
	    (size_t)snprintf(tmp, sizeof(tmp), "%s/.%s.tmp-XXXXXX", dir, name) >=
	    sizeof(tmp))
		return loa_error_set(err, LOA_EIO, "'%s/%s': path too long", dir,
				     name);
	if (same_contents(path, data, len))
		return LOA_OK;
	fd = cleanup_mkstemp(tmp, &slot);
	if (fd < 0)
		return loa_error_set(err, LOA_EIO, "cannot create a file in '%s': %s",
				     dir, strerror(errno));
	bad = write(fd, data, len) != (ssize_t)len;
	bad |= fchmod(fd, 0644) != 0;
	bad |= close(fd) != 0;
	if (bad)
		rc = loa_error_set(err, LOA_EIO, "cannot write '%s'", path);
	else if (rename(tmp, path))
		rc = loa_error_set(err, LOA_EIO, "cannot rename to '%s': %s",
				   path, strerror(errno));
	if (rc)
		unlink(tmp);
	cleanup_forget(slot);
	return rc;
}

void atomic_remove_stale(const char *dir)
{
	char path[PATH_MAX];
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] != '.' || !strstr(e->d_name, ".tmp"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}
