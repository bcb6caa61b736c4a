/*
 * The Scripts list and the editor page.  The editor works without
 * script too (the text is a plain form field); app.js adds the check as
 * you type, the spoken form, Listen and Save (scripts.c, run by the
 * worker).  And the renders Listen and Approve made, played in the page.
 */
#include "station.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text_vi.h"

void web_scripts_list(struct web_req *r, struct web_resp *w,
		      const struct web_new_form *f)
{
	size_t n, i;
	char **names = web_list_names(r, "scripts", &n);

	web_begin(r, w, T_SCRIPTS_TITLE);
	if (!n)
		web_html(w, "<p>" T_SCRIPTS_NONE "</p>");
	else
		web_html(w, "<table class=\"list\"><thead><tr><th>" T_SCRIPT_FILE
			 "</th><th>" T_SCRIPT_NAME "</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		struct loa_script *script = NULL;
		struct loa_error err;
		char *file = NULL;

		if (!web_project_file(r, "scripts", names[i], &file, &err))
			loa_script_load(&script, file, r->st->root, &err);
		web_html(w, "<tr><td><a href=\"/scripts/");
		web_url(w, names[i]);
		web_html(w, "\">");
		web_text(w, names[i]);
		web_html(w, "</a></td><td>");
		if (script)
			web_text(w, script->title ? script->title : script->id);
		else
			web_html(w, "<span class=\"error\">" T_SCRIPT_BROKEN
				 "</span>");
		web_html(w, "</td></tr>");
		loa_script_free(&script);
		free(file);
	}
	if (n)
		web_html(w, "</tbody></table>");
	if (r->session.role == LOA_ROLE_EDITOR ||
	    r->session.role == LOA_ROLE_ADMIN)
		web_new_form(r, w, names, n, f);
	web_names_free(names, n);
	web_end(w);
}

int web_scripts_page(struct web_req *r, struct web_resp *w)
{
	web_scripts_list(r, w, NULL);
	return 0;
}

/* The file's text, at most WEB_MAX_BODY bytes; NULL when unreadable. */
char *web_read_text(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *text = f ? malloc(WEB_MAX_BODY + 1) : NULL;
	size_t n = 0;

	if (text) {
		n = fread(text, 1, WEB_MAX_BODY + 1, f);
		if (ferror(f) || n > WEB_MAX_BODY) {
			free(text);
			text = NULL;
		} else {
			text[n] = '\0';
		}
	}
	if (f)
		fclose(f);
	return text;
}

/* The words app.js shows, from text_vi.h, as data- attributes. */
static void script_words(struct web_resp *w)
{
	static const char *const words[][2] = {
		{ "line", T_LINE }, { "column", T_COLUMN },
		{ "error", T_ERROR }, { "warning", T_WARNING },
		{ "ok", T_NO_FINDINGS }, { "saved", T_SAVED },
		{ "notsaved", T_NOT_SAVED }, { "rendering", T_RENDERING },
		{ "checking", T_CHECKING },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(*words); i++) {
		web_printf(w, " data-t-%s=\"", words[i][0]);
		web_text(w, words[i][1]);
		web_html(w, "\"");
	}
}

static void editor(struct web_req *r, struct web_resp *w, const char *name,
		   const char *text)
{
	int can_save = r->session.role == LOA_ROLE_EDITOR ||
		r->session.role == LOA_ROLE_ADMIN;

	web_html(w, "<p class=\"help\">" T_EDIT_HELP "</p>"
		 "<form id=\"editor\" data-name=\"");
	web_text(w, name);
	web_html(w, "\"");
	script_words(w);
	web_html(w, "><div class=\"toolbar\"><label>" T_COMMUNE
		 " <select id=\"commune\" name=\"commune\">");
	web_commune_options(r, w, web_query(r, "commune"));
	web_html(w, "</select></label><button type=\"button\" id=\"listen\">"
		 T_LISTEN "</button>");
	if (can_save)
		web_html(w, "<button type=\"button\" id=\"save\">" T_SAVE
			 "</button>");
	web_html(w, "<a id=\"to-approve\" href=\"/approve?script=");
	web_url(w, name);
	web_html(w, "\">" T_APPROVE_LINK "</a></div>"
		 "<div class=\"grid\"><div class=\"code\">"
		 "<div id=\"gutter\" aria-hidden=\"true\"></div>"
		 "<textarea id=\"text\" name=\"text\" spellcheck=\"false\" "
		 "aria-label=\"" T_TEXT "\">");
	web_text(w, text);
	web_html(w, "</textarea></div><aside><h2>" T_FINDINGS "</h2>"
		 "<p id=\"status\" role=\"status\"></p><ul id=\"findings\"></ul>"
		 "<audio id=\"player\" controls preload=\"auto\"></audio>"
		 "<h2>" T_SPOKEN "</h2><p class=\"help\">" T_SPOKEN_HELP "</p>"
		 "<pre id=\"spoken\"></pre></aside></div></form>");
}

int web_script_page(struct web_req *r, struct web_resp *w)
{
	const char *name = r->path + strlen("/scripts/");
	struct loa_error err;
	char *file = NULL, *text = NULL;

	if (web_project_file(r, "scripts", name, &file, &err) ||
	    !(text = web_read_text(file))) {
		web_error_page(r, w, 404, T_NO_SCRIPT);
		goto out;
	}
	/* Its check as you type follows at once: the worker starts now. */
	web_worker_warm(r->st);
	web_begin(r, w, name);
	editor(r, w, name, text);
	web_end(w);
out:
	free(file);
	free(text);
	return 0;
}

/* /audio/listen/HEX.EXT and /audio/approved/HEX.EXT: renders only. */
int web_audio(struct web_req *r, struct web_resp *w)
{
	const char *name = strrchr(r->path, '/') + 1, *dot = strchr(name, '.');
	const char *folder = NULL;
	char path[PATH_MAX];
	struct stat sb;
	size_t i;

	if (!strncmp(r->path, "/audio/listen/", 14))
		folder = ".loa/web/listen";
	else if (!strncmp(r->path, "/audio/approved/", 16))
		folder = ".loa/approved";
	for (i = 0; name[i] && name + i != dot; i++)
		if (!strchr("0123456789abcdef", name[i]))
			break;
	if (!folder || i != 64 || !dot || name + i != dot ||
	    (strcmp(dot, ".mp3") && strcmp(dot, ".wav") && strcmp(dot, ".ogg")))
		return web_error_page(r, w, 404, T_ERR_NOT_FOUND), 0;
	snprintf(path, sizeof(path), "%s/%s/%s", r->st->root, folder, name);
	if (stat(path, &sb) || !S_ISREG(sb.st_mode))
		return web_error_page(r, w, 404, T_ERR_NOT_FOUND), 0;
	if (!(w->file = strdup(path)))
		return web_error_page(r, w, 500, T_ERR_INTERNAL), 0;
	w->type = !strcmp(dot, ".mp3") ? "audio/mpeg" : !strcmp(dot, ".wav") ?
		"audio/wav" : "audio/ogg";
	return 0;
}
