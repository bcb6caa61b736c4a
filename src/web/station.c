/*
 * What a request needs from the project besides the script: the commune
 * profile chosen on the page, the lexicons a render reads with (the
 * project's and the commune's), the telephone allowlist, and the render
 * options `loa approve` uses; the worker's pages load it (worker.c).
 * The names the browser gives are found by names.c.
 */
#include "station.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loa/paths.h"

static loa_status add_lexicon(struct web_station *s, const char *path,
			      struct loa_error *err)
{
	loa_status status = loa_lexicon_load(&s->lexicons[s->norm.n_lexicons],
					     path, err);

	if (status)
		return status;
	s->refs[s->norm.n_lexicons] = s->lexicons[s->norm.n_lexicons];
	s->norm.n_lexicons++;
	s->norm.lexicons = s->refs;
	return LOA_OK;
}

/* The lexicons and the allowlist, once s->commune is set (or NULL). */
static loa_status station_finish(struct web_req *r, struct web_station *s,
				 struct loa_error *err)
{
	char path[PATH_MAX], *real = NULL;
	struct stat sb;
	loa_status status = LOA_OK;

	s->opt.example = s->commune && s->commune->example_contacts;
	snprintf(path, sizeof(path), "%s/scripts/lexicon.yaml", r->st->root);
	if (!stat(path, &sb) && (status = add_lexicon(s, path, err)))
		goto out;
	if (s->commune && s->commune->lexicon &&
	    ((status = loa_path_resolve(r->st->root, "schedules",
					s->commune->lexicon, &real, err)) ||
	     (status = add_lexicon(s, real, err))))
		goto out;
	status = loa_allowlist_load_project(&s->allow, r->st->root, err);
out:
	free(real);
	return status;
}

static void station_init(struct web_req *r, struct web_station *s)
{
	memset(s, 0, sizeof(*s));
	loa_render_options_init(&s->opt);
	s->opt.root = r->st->root;
	s->opt.normalize = &s->norm;
}

loa_status web_station_load(struct web_req *r, const char *commune,
			    struct web_station *s, struct loa_error *err)
{
	char *file = NULL;
	loa_status status;

	station_init(r, s);
	if (*commune &&
	    ((status = web_project_file(r, "schedules/communes", commune,
					&file, err)) ||
	     (status = loa_commune_load(&s->commune, file, err)))) {
		free(file);
		return status;
	}
	free(file);
	return station_finish(r, s, err);
}

loa_status web_station_load_profile(struct web_req *r, const char *profile,
				    struct web_station *s,
				    struct loa_error *err)
{
	loa_status status;

	station_init(r, s);
	if ((status = loa_commune_load(&s->commune, profile, err)))
		return status;
	return station_finish(r, s, err);
}

void web_station_release(struct web_station *s)
{
	loa_commune_free(&s->commune);
	loa_lexicon_free(&s->lexicons[0]);
	loa_lexicon_free(&s->lexicons[1]);
	loa_allowlist_free(&s->allow);
}
