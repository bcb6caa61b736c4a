/*
 * The project's files as the browser names them: a plain name looked up
 * inside its project folder (loa/paths.h), never a path; the lists of
 * scripts and communes the pages offer.
 */
#include "station.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/paths.h"

int web_name_ok(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;

	if (!*p || *p == '.' || strlen(name) > 200)
		return 0;
	for (; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '/' || *p == '\\')
			return 0;
	return 1;
}

/* "DIR/NAME.yaml", relative to the project, into out. */
static int project_file(const char *dir, const char *name, char *out,
			size_t size)
{
	return web_name_ok(name) &&
		snprintf(out, size, "%s/%s.yaml", dir, name) < (int)size;
}

loa_status web_project_file(struct web_req *r, const char *dir,
			    const char *name, char **out,
			    struct loa_error *err)
{
	char rel[PATH_MAX], *real = NULL;
	loa_status status;

	*out = NULL;
	if (!project_file(dir, name, rel, sizeof(rel)))
		return loa_error_set(err, LOA_EINPUT, "'%s': not a file name",
				     name);
	/* Refuses what leads outside dir, by a link or otherwise. */
	if ((status = loa_path_resolve(r->st->root, dir, rel, &real, err)))
		return status;
	free(real);
	if (strcmp(r->st->root, ".")) {
		char full[PATH_MAX + 1100];

		snprintf(full, sizeof(full), "%s/%s", r->st->root, rel);
		*out = strdup(full);
	} else {
		*out = strdup(rel);
	}
	return *out ? LOA_OK : loa_error_set(err, LOA_ENOMEM, "out of memory");
}

int web_project_dir(struct web_req *r, const char *sub, char dir[PATH_MAX])
{
	char *real_root = realpath(r->st->root, NULL), *real = NULL;
	size_t n;
	int ok = 0;

	snprintf(dir, PATH_MAX, "%s/%s", r->st->root, sub);
	if (real_root && (real = realpath(dir, NULL))) {
		n = strlen(real_root);
		ok = strlen(real) == n + 1 + strlen(sub) &&
			!strncmp(real, real_root, n) && real[n] == '/' &&
			!strcmp(real + n + 1, sub);
	}
	free(real_root);
	free(real);
	return ok;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **web_list_names(struct web_req *r, const char *dir, size_t *n)
{
	char path[PATH_MAX], **names = NULL;
	struct dirent *e;
	size_t cap = 0;
	DIR *d;

	*n = 0;
	snprintf(path, sizeof(path), "%s/%s", r->st->root, dir);
	if (!(d = opendir(path)))
		return NULL;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		char **grown;

		if (len < 6 || strcmp(e->d_name + len - 5, ".yaml") ||
		    !strcmp(e->d_name, "lexicon.yaml") || e->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if (!(grown = realloc(names, cap * sizeof(*names))))
				break;
			names = grown;
		}
		if (!(names[*n] = strndup(e->d_name, len - 5)))
			break;
		(*n)++;
	}
	closedir(d);
	if (names)
		qsort(names, *n, sizeof(*names), by_name);
	return names;
}

void web_names_free(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

void web_commune_options(struct web_req *r, struct web_resp *w,
			 const char *selected)
{
	web_name_options(r, w, "schedules/communes", selected);
}

void web_name_options(struct web_req *r, struct web_resp *w, const char *dir,
		      const char *selected)
{
	size_t n, i;
	char **names = web_list_names(r, dir, &n);

	for (i = 0; i < n; i++) {
		web_html(w, "<option value=\"");
		web_text(w, names[i]);
		web_html(w, strcmp(names[i], selected) ? "\">" :
			 "\" selected>");
		web_text(w, names[i]);
		web_html(w, "</option>");
	}
	web_names_free(names, n);
}
