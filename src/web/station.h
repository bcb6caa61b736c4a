/* The project as one web request sees it (station.c). */
#ifndef LOA_WEB_STATION_H
#define LOA_WEB_STATION_H

#include "loa/guard.h"
#include "loa/render.h"
#include "web_int.h"

struct web_station {
	struct loa_commune *commune;       /* the commune chosen, or NULL */
	struct loa_lexicon *lexicons[2];   /* the project's, the commune's */
	const struct loa_lexicon *refs[2];
	struct loa_normalize_options norm;
	struct loa_allowlist *allow;
	struct loa_render_options opt;     /* as loa approve renders */
};

/*
 * Loads commune (a name under schedules/communes/, "" for none), the
 * lexicons and the allowlist.  s is released with web_station_release
 * whatever the outcome.
 */
loa_status web_station_load(struct web_req *r, const char *commune,
			    struct web_station *s, struct loa_error *err);
void web_station_release(struct web_station *s);

/*
 * "DIR/NAME.yaml" for a name from the browser, once it is known to be a
 * regular file inside DIR (no "..", no link out): as the CLI names it
 * from the project folder.  *out is freed with free().
 */
loa_status web_project_file(struct web_req *r, const char *dir,
			    const char *name, char **out,
			    struct loa_error *err);

/* The NAME of every DIR/NAME.yaml but lexicon.yaml, sorted. */
char **web_list_names(struct web_req *r, const char *dir, size_t *n);
void web_names_free(char **names, size_t n);

#endif
