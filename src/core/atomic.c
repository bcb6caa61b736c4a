/* Whole files or none: write beside, then rename (core/atomic.h). */
#include "atomic.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include "cleanup.h"
#include "hash.h"

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

/* 0, or -1 with errno set (a short write on a full disk is ENOSPC). */
static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len) {
		ssize_t w = write(fd, p, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		if (w == 0) {
			errno = ENOSPC;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Makes the temporary file of dir/name in tmp; sets *fd. */
static loa_status temp_open(const char *dir, const char *name,
			    char path[PATH_MAX], char tmp[PATH_MAX], int *fd,
			    int *slot, struct loa_error *err)
{
	if ((size_t)snprintf(path, PATH_MAX, "%s/%s", dir, name) >= PATH_MAX ||
	    (size_t)snprintf(tmp, PATH_MAX, "%s/.%s.tmp-XXXXXX", dir, name) >=
	    PATH_MAX)
		return loa_error_set(err, LOA_EIO, "'%s/%s': path too long", dir,
				     name);
	*fd = cleanup_mkstemp(tmp, slot);
	if (*fd < 0)
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot write '%s': %s", path,
				     strerror(errno));
	return LOA_OK;
}

/*
 * The temporary file fd takes the permission bits of old (the file it
 * will replace), and its owner and group where the process may set them:
 * both as root, the group alone when the writer is in it, else neither
 * (the file is the writer's, as a new one would be).  0644 without old.
 */
static int temp_mode(int fd, const struct stat *old)
{
	int kept;

	if (!old)
		return fchmod(fd, 0644);
	kept = !fchown(fd, old->st_uid, old->st_gid) ||
	       !fchown(fd, (uid_t)-1, old->st_gid);
	(void)kept;
	return fchmod(fd, old->st_mode & 0777);
}

/* Writes data to a new temporary file of dir/name, named in tmp, with
 * the mode (and owner) of old (temp_mode). */
static loa_status temp_write(const char *dir, const char *name,
			     const void *data, size_t len,
			     const struct stat *old, char path[PATH_MAX],
			     char tmp[PATH_MAX], int *slot,
			     struct loa_error *err)
{
	loa_status rc;
	int fd, bad, e;

	if ((rc = temp_open(dir, name, path, tmp, &fd, slot, err)))
		return rc;
	bad = write_all(fd, data, len) || temp_mode(fd, old);
	e = errno;
	if (close(fd) && !bad) {
		bad = 1;
		e = errno;
	}
	if (!bad)
		return LOA_OK;
	unlink(tmp);
	cleanup_forget(*slot);
	return loa_error_set(err, loa_status_errno(e), "cannot write '%s': %s",
			     path, strerror(e));
}

/* atomic_write, and atomic_replace with keep set. */
static loa_status write_file(const char *dir, const char *name,
			     const void *data, size_t len, int keep,
			     struct loa_error *err)
{
	char path[PATH_MAX], tmp[PATH_MAX];
	struct stat old;
	loa_status rc;
	int slot = -1, fits;

	fits = (size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) <
	       sizeof(path);
	if (fits && same_contents(path, data, len))
		return LOA_OK;
	keep = keep && fits && !stat(path, &old) && S_ISREG(old.st_mode);
	if ((rc = temp_write(dir, name, data, len, keep ? &old : NULL, path,
			     tmp, &slot, err)))
		return rc;
	if (rename(tmp, path))
		rc = loa_error_set(err, loa_status_errno(errno),
				   "cannot rename to '%s': %s", path,
				   strerror(errno));
	if (rc)
		unlink(tmp);
	cleanup_forget(slot);
	return rc;
}

loa_status atomic_write(const char *dir, const char *name, const void *data,
			size_t len, struct loa_error *err)
{
	return write_file(dir, name, data, len, 0, err);
}

loa_status atomic_replace(const char *dir, const char *name, const void *data,
			  size_t len, struct loa_error *err)
{
	return write_file(dir, name, data, len, 1, err);
}

loa_status atomic_create(const char *dir, const char *name, const void *data,
			 size_t len, struct loa_error *err)
{
	char path[PATH_MAX], tmp[PATH_MAX];
	loa_status rc;
	int slot = -1;

	if ((rc = temp_write(dir, name, data, len, NULL, path, tmp, &slot,
			     err)))
		return rc;
	/* link() takes the name only when nothing has it, not even a link. */
	if (link(tmp, path))
		rc = errno == EEXIST ?
			loa_error_set(err, LOA_EINPUT, "'%s' exists already",
				      path) :
			loa_error_set(err, loa_status_errno(errno),
				      "cannot create '%s': %s", path,
				      strerror(errno));
	unlink(tmp);
	cleanup_forget(slot);
	return rc;
}

/* Copies in to out: a reflink where possible; 0 or -1 (errno set). */
static int copy_fd(int in, int out)
{
	char buf[65536];
	ssize_t got;

#ifdef FICLONE
	if (!ioctl(out, FICLONE, in))
		return 0;
#endif
	while ((got = read(in, buf, sizeof(buf))) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 || write_all(out, buf, (size_t)got))
			return -1;
	}
	return 0;
}

loa_status atomic_copy(const char *src, const char *dir, const char *name,
		       const char *sha256, struct loa_error *err)
{
	char path[PATH_MAX], tmp[PATH_MAX], got[65];
	int in = -1, out = -1, slot = -1, made = 0, bad, e;
	loa_status rc;

	if ((in = open(src, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = loa_error_set(err, loa_status_errno(errno),
				   "cannot read '%s': %s", src,
				   strerror(errno));
		goto out;
	}
	if ((rc = temp_open(dir, name, path, tmp, &out, &slot, err)))
		goto out;
	made = 1;
	bad = copy_fd(in, out) || fchmod(out, 0644);
	e = errno;
	if (close(out) && !bad) {
		bad = 1;
		e = errno;
	}
	out = -1;
	if (bad) {
		rc = loa_error_set(err, loa_status_errno(e),
				   "cannot write '%s': %s", path, strerror(e));
		goto out;
	}
	if (sha256 && (rc = hash_file_sha256(tmp, got, err)))
		goto out;
	if (sha256 && strcmp(got, sha256)) {
		rc = loa_error_set(err, LOA_EIO, "'%s' changed while it was "
				   "copied to '%s'", src, path);
		goto out;
	}
	rc = LOA_OK;
	if (rename(tmp, path))
		rc = loa_error_set(err, loa_status_errno(errno),
				   "cannot rename to '%s': %s", path,
				   strerror(errno));
out:
	if (out >= 0)
		close(out);
	if (in >= 0)
		close(in);
	if (made && rc)
		unlink(tmp);
	cleanup_forget(slot);
	return rc;
}

void atomic_remove_stale(const char *dir, unsigned min_age)
{
	char path[PATH_MAX];
	struct dirent *e;
	struct stat st;
	time_t now = time(NULL);
	DIR *d = opendir(dir);

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] != '.' || !strstr(e->d_name, ".tmp"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (min_age && (lstat(path, &st) ||
				now - st.st_mtime < (time_t)min_age))
			continue;
		unlink(path);
	}
	closedir(d);
}
