/*
 * The Scripts pages: the list, the editor, and the requests behind it —
 * check as you type (the findings of `loa check`, through the library),
 * the spoken form (`render --explain`), listen (a draft rendered for a
 * commune) and save.  A draft is checked as a file of its own under
 * ROOT/.loa/web/drafts/, so the script in scripts/ changes only on Save.
 */
#include "station.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/hash.h"
#include "core/sealed.h"
#include "loa/audio.h"
#include "text_vi.h"

struct draft {
	char dir[PATH_MAX];
	char path[PATH_MAX + 300];
};

static void draft_remove(struct draft *d)
{
	if (d->path[0])
		unlink(d->path);
	if (d->dir[0])
		rmdir(d->dir);
	d->path[0] = d->dir[0] = '\0';
}

/* Writes text as DRAFTS/XXXXXX/NAME.yaml. */
static loa_status draft_write(struct web_req *r, const char *name,
			      const char *text, struct draft *d,
			      struct loa_error *err)
{
	const char *parts[] = { "/.loa", "/.loa/web", "/.loa/web/drafts" };
	char file[280];
	size_t i;
	loa_status status;

	memset(d, 0, sizeof(*d));
	for (i = 0; i < 3; i++) {
		snprintf(d->dir, sizeof(d->dir), "%s%s", r->st->root, parts[i]);
		if (atomic_make_dir(d->dir))
			return loa_error_set(err, LOA_EIO, "cannot create '%s'",
					     d->dir);
	}
	snprintf(d->dir, sizeof(d->dir), "%s/.loa/web/drafts/XXXXXX",
		 r->st->root);
	if (!mkdtemp(d->dir)) {
		d->dir[0] = '\0';
		return loa_error_set(err, LOA_EIO, "cannot create a draft folder");
	}
	if (snprintf(file, sizeof(file), "%s.yaml", name) >= (int)sizeof(file))
		return loa_error_set(err, LOA_EINPUT, T_ERR_NAME);
	if ((status = atomic_write(d->dir, file, text, strlen(text), err)))
		return status;
	snprintf(d->path, sizeof(d->path), "%s/%s", d->dir, file);
	return LOA_OK;
}

/* The request's script name, draft text and commune, checked. */
struct edit {
	char name[256], commune[256];
	char *text;
	struct web_station st;
	struct draft draft;
	struct loa_diag diag;
	struct loa_script *script;   /* the draft, when it has no error */
};

static void edit_release(struct edit *e)
{
	draft_remove(&e->draft);
	web_station_release(&e->st);
	loa_diag_release(&e->diag);
	loa_script_free(&e->script);
	free(e->text);
}

/* Loads the station, writes and checks the draft: LOA_OK or a failure
 * that is not a finding. */
static loa_status edit_check(struct web_req *r, struct edit *e,
			     struct loa_error *err)
{
	loa_status status;

	memset(e, 0, sizeof(*e));
	loa_diag_init(&e->diag);
	web_form(r, "name", e->name, sizeof(e->name));
	web_form(r, "commune", e->commune, sizeof(e->commune));
	e->text = web_form_dup(r, "text");
	if (!web_name_ok(e->name) || !e->text)
		return loa_error_set(err, LOA_EINPUT, T_ERR_NAME);
	if ((status = web_station_load(r, e->commune, &e->st, err)) ||
	    (status = draft_write(r, e->name, e->text, &e->draft, err)))
		return status;
	status = loa_script_check_file(e->draft.path, r->st->root,
				       e->st.commune, e->st.allow, &e->st.norm,
				       &e->diag, err);
	if (status && status != LOA_EINPUT)
		return status;
	loa_diag_sort(&e->diag);
	if (!loa_diag_count(&e->diag, LOA_SEV_ERROR))
		return loa_script_load(&e->script, e->draft.path, r->st->root,
				       err);
	return LOA_OK;
}

static void json_findings(struct web_resp *w, struct edit *e)
{
	size_t i;

	web_printf(w, "\"errors\":%zu,\"findings\":[",
		   loa_diag_count(&e->diag, LOA_SEV_ERROR));
	for (i = 0; i < e->diag.n; i++) {
		const struct loa_finding *f = &e->diag.items[i];
		int here = f->file && !strcmp(f->file, e->draft.path);

		web_printf(w, "%s{\"line\":%u,\"column\":%u,\"severity\":\"%s\","
			   "\"here\":%s,\"file\":", i ? "," : "",
			   f->line, f->column,
			   f->severity == LOA_SEV_ERROR ? "error" : "warning",
			   here ? "true" : "false");
		web_json(w, here || !f->file ? "" : f->file);
		web_html(w, ",\"message\":");
		web_json(w, f->message);
		web_html(w, "}");
	}
	web_html(w, "]");
}

/* A failure that is not a finding, as JSON: the person's input (400,
 * its message), or else the plain text of web_failure (500). */
static int json_failure(struct web_req *r, struct web_resp *w,
			loa_status status, const struct loa_error *err)
{
	w->status = status == LOA_EINPUT ? 400 : 500;
	w->type = "application/json";
	norm_buf_reset(&w->body);
	web_html(w, "{\"failure\":");
	web_json(w, status == LOA_EINPUT ? err->msg :
		 web_failure(r, status, err));
	web_html(w, "}");
	return 0;
}

int web_check(struct web_req *r, struct web_resp *w)
{
	struct loa_error err;
	struct edit e;
	char *spoken = NULL;
	loa_status status;

	loa_error_clear(&err);
	status = edit_check(r, &e, &err);
	if (!status && e.script && e.st.commune)
		status = loa_render_spoken_text(e.script, e.st.commune,
						&e.st.opt, &spoken, &err);
	if (status) {
		json_failure(r, w, status, &err);
	} else {
		w->type = "application/json";
		web_html(w, "{");
		json_findings(w, &e);
		web_html(w, ",\"spoken\":");
		web_json(w, spoken);
		web_html(w, "}");
	}
	free(spoken);
	edit_release(&e);
	return 0;
}

int web_save(struct web_req *r, struct web_resp *w)
{
	struct loa_error err;
	struct edit e;
	char *file = NULL, dir[PATH_MAX], base[300];
	loa_status status;

	loa_error_clear(&err);
	status = edit_check(r, &e, &err);
	/* Only a script that is there already, and inside scripts/. */
	if (!status)
		status = web_project_file(r, "scripts", e.name, &file, &err);
	if (!status && e.script) {
		snprintf(dir, sizeof(dir), "%s/scripts", r->st->root);
		snprintf(base, sizeof(base), "%s.yaml", e.name);
		status = atomic_replace(dir, base, e.text, strlen(e.text), &err);
		if (!status)
			web_log_action(r, "save", file, NULL);
	}
	if (status) {
		json_failure(r, w, status, &err);
	} else {
		w->type = "application/json";
		web_printf(w, "{\"saved\":%s,", e.script ? "true" : "false");
		json_findings(w, &e);
		web_html(w, "}");
	}
	free(file);
	edit_release(&e);
	return 0;
}

loa_status web_listen_render(struct web_req *r,
			     const struct loa_script *script,
			     struct web_station *st, char url[200],
			     struct loa_error *err)
{
	char fp[65], dir[PATH_MAX], out[PATH_MAX + 80];
	const char *ext = st->opt.output ? st->opt.output->extension : "mp3";
	struct loa_render_result result;
	struct stat sb;
	loa_status status;

	if ((status = loa_render_fingerprint(script, st->commune, &st->opt, fp,
					     err)))
		return status;
	snprintf(dir, sizeof(dir), "%s/.loa/web/listen", r->st->root);
	if (atomic_make_dir(dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s'", dir);
	snprintf(out, sizeof(out), "%s/%s.%s", dir, fp, ext);
	if (stat(out, &sb) && (status = loa_render_script(
				       script, st->commune, &st->opt, out,
				       &result, err)))
		return status;
	snprintf(url, 200, "/audio/listen/%s.%s", fp, ext);
	return LOA_OK;
}

void web_reuse_listen(struct web_req *r, const struct loa_script *script,
		      struct web_station *st)
{
	char fp[65], heard[PATH_MAX + 80], dir[PATH_MAX], name[80];
	char approved[PATH_MAX + 80], sha[65];
	const char *ext = st->opt.output ? st->opt.output->extension : "mp3";
	struct loa_error err;
	struct stat sb;

	/* Listen renders without a date, as an approval does. */
	if (st->opt.date || loa_render_fingerprint(script, st->commune,
						   &st->opt, fp, &err))
		return;
	snprintf(heard, sizeof(heard), "%s/.loa/web/listen/%s.%s",
		 r->st->root, fp, ext);
	snprintf(dir, sizeof(dir), "%s/.loa/approved", r->st->root);
	snprintf(name, sizeof(name), "%s.%s", fp, ext);
	snprintf(approved, sizeof(approved), "%s/%s", dir, name);
	if (stat(heard, &sb) || !S_ISREG(sb.st_mode) || !stat(approved, &sb) ||
	    atomic_make_dir(dir))
		return;
	/* Sealed as loa_approval_render seals its own renders, which it
	 * then reuses: the record is written after the copy is whole. */
	if (atomic_copy(heard, dir, name, NULL, &err) ||
	    hash_file_sha256(approved, sha, &err))
		return;
	snprintf(name, sizeof(name), "%s.meta", fp);
	sealed_write(dir, name, loa_audio_duration(approved), sha, &err);
}

int web_listen(struct web_req *r, struct web_resp *w)
{
	struct loa_error err;
	struct edit e;
	char url[200] = "";
	loa_status status;

	loa_error_clear(&err);
	status = edit_check(r, &e, &err);
	if (!status && e.script)
		status = web_listen_render(r, e.script, &e.st, url, &err);
	if (status) {
		json_failure(r, w, status, &err);
	} else {
		w->type = "application/json";
		web_html(w, "{\"audio\":");
		web_json(w, url);
		web_html(w, ",");
		json_findings(w, &e);
		web_html(w, "}");
	}
	edit_release(&e);
	return 0;
}
