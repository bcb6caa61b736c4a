/* The project as one web request sees it (station.c). */
#ifndef LOA_WEB_STATION_H
#define LOA_WEB_STATION_H

#include <limits.h>

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
 * The same, for the commune profile at profile: a path the program
 * found itself (the running daemon's schedule), never one from the
 * browser.
 */
loa_status web_station_load_profile(struct web_req *r, const char *profile,
				    struct web_station *s,
				    struct loa_error *err);

/*
 * Listen: renders script for the station into
 * ROOT/.loa/web/listen/FINGERPRINT.EXT (once per content) and puts its
 * URL, /audio/listen/FINGERPRINT.EXT, into url.
 */
loa_status web_listen_render(struct web_req *r,
			     const struct loa_script *script,
			     struct web_station *st, char url[200],
			     struct loa_error *err);

/*
 * Before an approval renders: when Listen already rendered this content
 * (the same dateless fingerprint) and no approved render is there yet,
 * the listened file is copied (atomic_copy) to ROOT/.loa/approved/, which
 * loa_approval_render then reuses instead of rendering it again.  A
 * failure only means the approval renders it itself.
 */
void web_reuse_listen(struct web_req *r, const struct loa_script *script,
		      struct web_station *st);

/*
 * "DIR/NAME.yaml" for a name from the browser, once it is known to be a
 * regular file inside DIR (no "..", no link out): as the CLI names it
 * from the project folder.  *out is freed with free().
 */
loa_status web_project_file(struct web_req *r, const char *dir,
			    const char *name, char **out,
			    struct loa_error *err);

/*
 * 1 when ROOT/sub, put into dir, is the project's own folder sub, not a
 * link out of the project.
 */
int web_project_dir(struct web_req *r, const char *sub, char dir[PATH_MAX]);

/* The file's text, at most WEB_MAX_BODY bytes, malloc'd; NULL when
 * unreadable or longer. */
char *web_read_text(const char *path);

/* The new-script form's values, and what was wrong with them. */
struct web_new_form {
	char title[256], name[80], from[256];
	const char *why;           /* NULL, or the message to show */
};
/* The Scripts page: the list, and for editors the new-script form (f:
 * the values sent and the message, or NULL). */
void web_scripts_list(struct web_req *r, struct web_resp *w,
		      const struct web_new_form *f);
/* The blank script's text (script_new.c), id and title put in, into b. */
void web_script_skeleton(struct web_req *r, struct norm_buf *b,
			 const char *id, const char *title);
/* The form itself (script_new.c), names: the scripts to copy from. */
void web_new_form(struct web_req *r, struct web_resp *w, char **names,
		  size_t n, const struct web_new_form *f);

/* The NAME of every DIR/NAME.yaml but lexicon.yaml, sorted. */
char **web_list_names(struct web_req *r, const char *dir, size_t *n);
void web_names_free(char **names, size_t n);

#endif
