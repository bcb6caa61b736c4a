/*
 * The Approve page: for one script and one commune, the audio that would
 * be approved, what changed since the last approval, the notice and
 * telephone-number findings, and the Approve button.  The button writes
 * the row `loa approve` writes (loa_approval_render, then
 * loa_approvals_append), with the logged-in person as approver.
 */
#include "station.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/approval.h"
#include "text_vi.h"

struct approval_view {
	char script_name[256], commune_name[256];
	char *file;
	struct web_station st;
	struct loa_script *script;
	struct loa_diag diag;
	struct loa_approval a;       /* described and rendered */
};

static void view_release(struct approval_view *v)
{
	free(v->file);
	web_station_release(&v->st);
	loa_script_free(&v->script);
	loa_diag_release(&v->diag);
	loa_approval_release(&v->a);
}

/* Loads and checks; renders only when the checks found no error. */
static loa_status view_load(struct web_req *r, struct approval_view *v,
			    const char *script, const char *commune,
			    struct loa_error *err)
{
	loa_status status;

	memset(v, 0, sizeof(*v));
	loa_diag_init(&v->diag);
	snprintf(v->script_name, sizeof(v->script_name), "%s", script);
	snprintf(v->commune_name, sizeof(v->commune_name), "%s", commune);
	if (!*commune)
		return loa_error_set(err, LOA_EINPUT, T_COMMUNE);
	if ((status = web_project_file(r, "scripts", script, &v->file, err)) ||
	    (status = web_station_load(r, commune, &v->st, err)))
		return status;
	status = loa_script_check_file(v->file, r->st->root, v->st.commune,
				       v->st.allow, &v->st.norm, &v->diag, err);
	if (status && status != LOA_EINPUT)
		return status;
	loa_diag_sort(&v->diag);
	if (loa_diag_count(&v->diag, LOA_SEV_ERROR))
		return LOA_OK;
	if ((status = loa_script_load(&v->script, v->file, r->st->root, err)))
		return status;
	web_reuse_listen(r, v->script, &v->st);
	return loa_approval_render(&v->a, v->script, v->st.commune, &v->st.opt,
				   NULL, NULL, NULL, err);
}

static void pickers(struct web_req *r, struct web_resp *w, const char *script,
		    const char *commune)
{
	web_html(w, "<form method=\"get\" action=\"/approve\" class=\"toolbar\">"
		 "<label>" T_SCRIPT " <select name=\"script\" id=\"script\">");
	web_name_options(r, w, "scripts", script);
	web_html(w, "</select></label><label>" T_COMMUNE " <select name="
		 "\"commune\" id=\"commune\">");
	web_commune_options(r, w, commune);
	web_html(w, "</select></label><button id=\"show\">" T_SHOW
		 "</button></form>");
}

static void findings(struct web_resp *w, const struct approval_view *v)
{
	size_t i;

	web_html(w, "<h2>" T_CHECKS "</h2><ul id=\"findings\">");
	if (!v->diag.n)
		web_html(w, "<li class=\"ok\">" T_NO_FINDINGS "</li>");
	for (i = 0; i < v->diag.n; i++) {
		const struct loa_finding *f = &v->diag.items[i];

		web_html(w, f->severity == LOA_SEV_ERROR ?
			 "<li class=\"error\">" : "<li class=\"warning\">");
		if (f->file) {
			web_text(w, f->file);
			web_printf(w, ":%u:%u: ", f->line, f->column);
		}
		web_text(w, f->message);
		web_html(w, "</li>");
	}
	web_html(w, "</ul>");
}

/* The audio, the changes, the last approval and the button. */
static void decision(struct web_req *r, struct web_resp *w,
		     struct approval_view *v)
{
	struct loa_approval latest;
	struct loa_db *db = NULL;
	struct loa_error err;
	char why[2048] = "";

	memset(&latest, 0, sizeof(latest));
	web_html(w, "<h2>" T_AUDIO "</h2><audio id=\"player\" controls "
		 "preload=\"auto\" src=\"/audio/approved/");
	web_text(w, v->a.fingerprint);
	web_printf(w, ".%s\"></audio>", v->st.opt.output ?
		   v->st.opt.output->extension : "mp3");
	if (!web_db_open(r, &db, &err) &&
	    !loa_approval_changes(db, v->script, v->st.commune, &v->st.opt, why,
				  sizeof(why), &err) &&
	    !loa_approval_latest(db, v->st.commune->id, v->script->id, &latest,
				 &err) && latest.id) {
		web_html(w, "<p>");
		web_printf(w, T_LATEST, latest.id);
		web_text(w, latest.at);
		web_html(w, ", " T_BY " ");
		web_text(w, latest.by);
		web_html(w, "</p>");
	}
	loa_db_close(&db);
	loa_approval_release(&latest);
	web_html(w, "<h2>" T_CHANGES "</h2><pre id=\"changes\">");
	web_text(w, why[0] ? why : err.msg);
	web_html(w, "</pre>");
	if (r->session.role != LOA_ROLE_APPROVER &&
	    r->session.role != LOA_ROLE_ADMIN) {
		web_html(w, "<p>" T_NOT_APPROVER "</p>");
		return;
	}
	web_html(w, "<form method=\"post\" action=\"/approve\" class=\"approve\">"
		 "<input type=\"hidden\" name=\"csrf\" value=\"");
	web_text(w, r->session.csrf);
	web_html(w, "\"><input type=\"hidden\" name=\"script\" value=\"");
	web_text(w, v->script_name);
	web_html(w, "\"><input type=\"hidden\" name=\"commune\" value=\"");
	web_text(w, v->commune_name);
	web_html(w, "\"><label>" T_NOTE " <input name=\"note\" id=\"note\" "
		 "maxlength=\"500\"></label>");
	if (v->st.commune->example_contacts)
		web_html(w, "<label class=\"check\"><input type=\"checkbox\" "
			 "name=\"example\" id=\"example\" value=\"1\"> " T_EXAMPLE
			 "</label>");
	web_html(w, "<button id=\"approve\">" T_APPROVE "</button></form>");
}

int web_approve_page(struct web_req *r, struct web_resp *w)
{
	const char *script = web_query(r, "script");
	const char *commune = web_query(r, "commune");
	const char *done = web_query(r, "done");
	struct approval_view v;
	struct loa_error err;
	loa_status status;

	web_begin(r, w, T_APPROVE_TITLE);
	web_html(w, "<p class=\"help\">" T_APPROVE_HELP "</p>");
	pickers(r, w, script, commune);
	if (*done) {
		web_html(w, "<p class=\"done\" id=\"done\" role=\"status\">");
		web_text(w, done);
		web_html(w, "</p>");
	}
	if (!*script) {
		web_end(w);
		return 0;
	}
	loa_error_clear(&err);
	status = view_load(r, &v, script, commune, &err);
	if (status) {
		web_html(w, "<p class=\"error\" role=\"alert\">");
		web_text(w, status == LOA_EINPUT ? err.msg :
			 web_failure(r, status, &err));
		web_html(w, "</p>");
		if (status != LOA_EINPUT)
			w->status = 500;
	} else {
		findings(w, &v);
		if (v.script)
			decision(r, w, &v);
		else
			web_html(w, "<p class=\"error\">" T_APPROVE_BLOCKED "</p>");
	}
	view_release(&v);
	web_end(w);
	return 0;
}

/* Back to the page, with what happened in its "done" line. */
static void back(struct web_resp *w, const struct approval_view *v,
		 const char *done)
{
	struct web_resp u;

	memset(&u, 0, sizeof(u));
	norm_buf_init(&u.body, sizeof(w->location) - 1);
	web_html(&u, "/approve?script=");
	web_url(&u, v->script_name);
	web_html(&u, "&commune=");
	web_url(&u, v->commune_name);
	web_html(&u, "&done=");
	web_url(&u, done);
	web_redirect(w, u.body.failed || !u.body.p ? "/approve" : u.body.p);
	norm_buf_release(&u.body);
}

int web_approve(struct web_req *r, struct web_resp *w)
{
	char script[256], commune[256], note[600], example[8], done[1100];
	struct approval_view v;
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;

	web_form(r, "script", script, sizeof(script));
	web_form(r, "commune", commune, sizeof(commune));
	web_form(r, "note", note, sizeof(note));
	web_form(r, "example", example, sizeof(example));
	loa_error_clear(&err);
	status = view_load(r, &v, script, commune, &err);
	if (!status && !v.script)
		status = loa_error_set(&err, LOA_EINPUT, T_APPROVE_BLOCKED);
	if (!status && v.st.commune->example_contacts && strcmp(example, "1"))
		status = loa_error_set(&err, LOA_EINPUT, T_NEED_EXAMPLE);
	if (!status) {
		v.a.example = v.st.commune->example_contacts;
		v.a.by = strdup(r->session.user);
		v.a.note = *note ? strdup(note) : NULL;
		if (!v.a.by || (*note && !v.a.note))
			status = loa_error_set(&err, LOA_ENOMEM, "out of memory");
	}
	if (!status && !(status = web_db_open(r, &db, &err)))
		status = loa_approvals_append(db, &v.a, 1, &err);
	loa_db_close(&db);
	if (status) {
		snprintf(done, sizeof(done), "%s", status == LOA_EINPUT ?
			 err.msg : web_failure(r, status, &err));
	} else {
		snprintf(done, sizeof(done), T_APPROVED, v.a.id, v.a.by);
		snprintf(note, sizeof(note), "approval %lld", v.a.id);
		web_log_action(r, "approve", v.file, note);
	}
	back(w, &v, done);
	view_release(&v);
	return 0;
}
