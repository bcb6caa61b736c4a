/*
 * The schedules the Week page reads, loaded once and shared by the
 * requests while no file of the project's schedules/, schedules/communes/,
 * scripts/ and audio/ changes (name, size or modification time): loading
 * the 104-commune city file is most of the page's work.  A set replaced
 * by a newer one is freed when the last request using it gives it back.
 */
#include "week.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/hash.h"

struct web_week_sets {
	struct loa_schedule_set *set;
	char bad[1024];            /* the first schedule with an error */
	char sig[65];              /* of the files it was loaded from */
	int refs;                  /* requests using it, + 1 while current */
};

/* A digest of the names, sizes and times of the files it depends on. */
static void signature(struct web_req *r, char sig[65])
{
	static const char *const dirs[] = {
		"schedules", "schedules/communes", "scripts", "audio"
	};
	struct loa_error err;
	struct hash h;
	size_t i;

	sig[0] = '\0';
	if (hash_init(&h, &err))
		return;
	for (i = 0; i < sizeof(dirs) / sizeof(*dirs); i++) {
		char path[PATH_MAX];
		struct dirent *e;
		struct stat sb;
		DIR *d;

		snprintf(path, sizeof(path), "%s/%s", r->st->root, dirs[i]);
		hash_str(&h, dirs[i]);
		if (!(d = opendir(path)))
			continue;
		/* readdir's order is the folder's own: stable while the
		 * folder does not change, and any change is a new digest. */
		while ((e = readdir(d))) {
			snprintf(path, sizeof(path), "%s/%s/%s", r->st->root,
				 dirs[i], e->d_name);
			if (e->d_name[0] == '.' || stat(path, &sb))
				continue;
			hash_str(&h, e->d_name);
			hash_int(&h, (int64_t)sb.st_size);
			hash_int(&h, (int64_t)sb.st_mtim.tv_sec);
			hash_int(&h, (int64_t)sb.st_mtim.tv_nsec);
		}
		closedir(d);
	}
	hash_final(&h, sig);
}

/* Every schedules/NAME.yaml; one with an error is left out and named. */
static loa_status load(struct web_req *r, struct web_week_sets *s,
		       struct loa_error *err)
{
	size_t n, i;
	char **names = web_list_names(r, "schedules", &n);
	loa_status status;

	if ((status = loa_schedule_set_new(&s->set, r->st->root, err)))
		goto out;
	for (i = 0; i < n; i++) {
		struct loa_error bad;
		char *file = NULL;

		loa_error_clear(&bad);
		if ((web_project_file(r, "schedules", names[i], &file, &bad) ||
		     loa_schedule_load(s->set, file, &bad)) && !s->bad[0])
			snprintf(s->bad, sizeof(s->bad), "%s", bad.msg);
		free(file);
	}
out:
	web_names_free(names, n);
	return status;
}

void web_week_sets_free(struct web_week_sets **sets)
{
	if (!*sets)
		return;
	loa_schedule_set_free(&(*sets)->set);
	free(*sets);
	*sets = NULL;
}

/* Drops one reference; the last one frees. Call with the lock held. */
static void unref(struct web_week_sets *s)
{
	if (--s->refs == 0)
		web_week_sets_free(&s);
}

loa_status web_week_sets_get(struct web_req *r, struct web_week_sets **out,
			     struct loa_error *err)
{
	struct web_state *st = r->st;
	struct web_week_sets *s;
	char sig[65];
	loa_status status;

	signature(r, sig);
	pthread_mutex_lock(&st->lock);
	if ((s = st->week_sets) && sig[0] && !strcmp(s->sig, sig))
		s->refs++;
	else
		s = NULL;
	pthread_mutex_unlock(&st->lock);
	if ((*out = s))
		return LOA_OK;
	if (!(s = calloc(1, sizeof(*s))))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if ((status = load(r, s, err))) {
		web_week_sets_free(&s);
		return status;
	}
	memcpy(s->sig, sig, sizeof(s->sig));
	s->refs = 2;               /* this request's, and the state's */
	pthread_mutex_lock(&st->lock);
	if (st->week_sets)
		unref(st->week_sets);
	st->week_sets = s;
	pthread_mutex_unlock(&st->lock);
	*out = s;
	return LOA_OK;
}

void web_week_sets_put(struct web_req *r, struct web_week_sets **sets)
{
	if (!*sets)
		return;
	pthread_mutex_lock(&r->st->lock);
	unref(*sets);
	pthread_mutex_unlock(&r->st->lock);
	*sets = NULL;
}

const struct loa_schedule_set *web_week_sets_set(const struct web_week_sets *s)
{
	return s->set;
}

const char *web_week_sets_bad(const struct web_week_sets *s)
{
	return s->bad;
}
