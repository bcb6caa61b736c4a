#include "loa/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <uninorm.h>


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

/*
 * The NFC form of a name (malloc'd), or NULL when it is not UTF-8 or
 * memory ran out.  Names are compared in NFC: Unikey's "Unicode tổ hợp"
 * and macOS write letters decomposed, Windows and most editors composed,
 * and the two look the same.
 */
static char *nfc(const char *s)
{
	size_t n = 0;

	return (char *)u8_normalize(UNINORM_NFC, (const uint8_t *)s,
				    strlen(s) + 1, NULL, &n);
}

/* 1 when a and b are the same name once both are in NFC. */
static int same_nfc(const char *a, const char *b)
{
	char *na = nfc(a), *nb = nfc(b);
	int same = na && nb && !strcmp(na, nb);

	free(na);
	free(nb);
	return same;
}

/*
 * rel with each component that does not exist replaced by the entry of
 * its folder that is the same name in NFC, into out.  1 when every
 * component was found and one was replaced, else 0.
 */
static int nfc_twin(const char *root, const char *rel, char *out, size_t size)
{
	char dir[PATH_MAX], comp[NAME_MAX + 1];
	const char *p = rel;
	size_t used = 0;
	int changed = 0;

	out[0] = '\0';
	while (*p) {
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p), dl;
		struct dirent *e;
		struct stat st;
		DIR *d;

		if (len > NAME_MAX ||
		    (dl = (size_t)snprintf(dir, sizeof(dir), "%s/%s", root, out)) >=
			    sizeof(dir) - len - 1)
			return 0;
		memcpy(comp, p, len);
		comp[len] = '\0';
		snprintf(dir + dl, sizeof(dir) - dl, "/%s", comp);
		if (lstat(dir, &st)) {
			dir[dl] = '\0';
			if (!(d = opendir(dir)))
				return 0;
			while ((e = readdir(d)) && !same_nfc(e->d_name, comp))
				;
			if (e)
				snprintf(comp, sizeof(comp), "%s", e->d_name);
			closedir(d);
			if (!e)
				return 0;
			changed = 1;
		}
		used += (size_t)snprintf(out + used, size - used, "%s%s",
					 used ? "/" : "", comp);
		if (used >= size)
			return 0;
		p = end ? end + 1 : p + len;
	}
	return changed;
}

/* Edit distance of two names, ASCII letters compared without case. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[256], i, j;

	if (la >= 255 || lb >= 255)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j], cost;

			cost = (a[i - 1] | 0x20) != (b[j - 1] | 0x20) ||
			       ((unsigned char)a[i - 1] >= 0x80 && a[i - 1] != b[j - 1]);
			row[j] = diag + cost;
			if (up + 1 < row[j])
				row[j] = up + 1;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			diag = up;
		}
	}
	return row[lb];
}

/*
 * The name in root/subdir nearest to rel's file name, if one is near
 * enough to be a slip (a mark, a letter, a case), compared in NFC.
 */
static int nearest_name(const char *root, const char *subdir, const char *rel,
			char *out, size_t size)
{
	const char *want = strrchr(rel, '/') ? strrchr(rel, '/') + 1 : rel;
	size_t best = (size_t)-1, limit = strlen(want) / 3 + 2;
	char dir[PATH_MAX], *want_nfc;
	struct dirent *e;
	DIR *d;

	if ((size_t)snprintf(dir, sizeof(dir), "%s/%s", root, subdir) >=
	    sizeof(dir) || !(d = opendir(dir)))
		return 0;
	want_nfc = nfc(want);
	while ((e = readdir(d))) {
		char *name;
		size_t k;

		if (e->d_name[0] == '.')
			continue;
		name = nfc(e->d_name);
		k = distance(want_nfc ? want_nfc : want, name ? name : e->d_name);
		free(name);
		if (k < best && k <= limit) {
			best = k;
			snprintf(out, size, "%s/%s", subdir, e->d_name);
		}
	}
	closedir(d);
	free(want_nfc);
	return best != (size_t)-1;
}

/* "does not exist", with what the officer most likely meant. */
static loa_status missing(const char *root, const char *subdir,
			  const char *rel, struct loa_error *err)
{
	char joined[PATH_MAX], near[PATH_MAX];
	size_t n = strlen(subdir);
	struct stat st;

	if (strncmp(rel, subdir, n) || rel[n] != '/') {
		snprintf(joined, sizeof(joined), "%s/%s/%s", root, subdir, rel);
		if (!stat(joined, &st))
			return loa_error_set(err, LOA_EINPUT,
					     "'%s' does not exist; did you mean "
					     "'%s/%s'?", rel, subdir, rel);
	}
	if (nearest_name(root, subdir, rel, near, sizeof(near)))
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' does not exist; did you mean '%s'?",
				     rel, near);
	return loa_error_set(err, LOA_EINPUT, "'%s' does not exist", rel);
}

loa_status loa_path_resolve(const char *root, const char *subdir,
			    const char *rel, char **out,
			    struct loa_error *err)
{
	char joined[PATH_MAX], base[PATH_MAX], twin[PATH_MAX];
	char *real_base = NULL, *real = NULL;
	loa_status rc = LOA_EINPUT;
	struct stat st;
	size_t n;

	*out = NULL;
	if (!*rel)
		return loa_error_set(err, LOA_EINPUT, "empty path");
	/* Paths copied from Windows Explorer. */
	if (((rel[0] | 0x20) >= 'a' && (rel[0] | 0x20) <= 'z' && rel[1] == ':') ||
	    rel[0] == '\\')
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' is a path on a Windows computer: copy "
				     "the file into the project's %s/ folder and "
				     "write %s/NAME", rel, subdir, subdir);
	if (strchr(rel, '\\'))
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' uses '\\': separate folders with "
				     "'/', as in %s/chime-in.flac", rel, subdir);
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
	/* The same name in another Unicode form is the same file. */
	if (!real && nfc_twin(root, rel, twin, sizeof(twin)) &&
	    (size_t)snprintf(joined, sizeof(joined), "%s/%s", root, twin) <
		    sizeof(joined))
		real = realpath(joined, NULL);
	if (!real) {
		rc = missing(root, subdir, rel, err);
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
