/*
 * Building pages: every text that is not the program's own goes through
 * web_text (HTML-escaped) or web_json; the page frame (menu, style
 * sheet, script) is the same on every page.
 */
#include "web_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/escape.h"
#include "text_vi.h"

static void put_buf(void *out, const char *s, size_t n)
{
	norm_buf_add(out, s, n);
}

void web_html(struct web_resp *w, const char *s)
{
	norm_buf_adds(&w->body, s);
}

void web_text(struct web_resp *w, const char *s)
{
	esc_html_text(put_buf, &w->body, s ? s : "");
}

void web_json(struct web_resp *w, const char *s)
{
	esc_json_string(put_buf, &w->body, s ? s : "");
}

void web_printf(struct web_resp *w, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf))
		w->body.failed = 2; /* only for short, numeric fragments */
	else if (n > 0)
		norm_buf_add(&w->body, buf, (size_t)n);
}

void web_url(struct web_resp *w, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		char esc[3];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-_.~", c)) {
			norm_buf_addc(&w->body, (char)c);
			continue;
		}
		esc[0] = '%';
		esc[1] = hex[c >> 4];
		esc[2] = hex[c & 15];
		norm_buf_add(&w->body, esc, 3);
	}
}

static const char *role_label(enum loa_role role)
{
	switch (role) {
	case LOA_ROLE_EDITOR: return T_ROLE_EDITOR;
	case LOA_ROLE_APPROVER: return T_ROLE_APPROVER;
	case LOA_ROLE_OPERATOR: return T_ROLE_OPERATOR;
	default: return T_ROLE_ADMIN;
	}
}

/* The menu, from the page table: one link per page with a label. */
static void nav(struct web_req *r, struct web_resp *w)
{
	const struct web_page *p;

	web_html(w, "<nav><a class=\"brand\" href=\"/scripts\">Loa</a>");
	for (p = web_pages; p->method; p++) {
		if (!p->nav)
			continue;
		web_html(w, "<a href=\"");
		web_html(w, p->path);
		web_html(w, !strcmp(p->path, r->path) ?
			 "\" aria-current=\"page\">" : "\">");
		web_text(w, p->nav);
		web_html(w, "</a>");
	}
	/* The words a screen reader says first; the eye sees the name. */
	web_html(w, "<span class=\"who\"><span class=\"sr\">" T_LOGGED_IN_AS
		 " </span>");
	web_text(w, r->session.user);
	web_html(w, " (");
	web_text(w, role_label(r->session.role));
	web_html(w, ")</span><form method=\"post\" action=\"/logout\">"
		 "<input type=\"hidden\" name=\"csrf\" value=\"");
	web_text(w, r->session.csrf);
	web_html(w, "\"><button>" T_LOGOUT "</button></form></nav>");
}

void web_begin(struct web_req *r, struct web_resp *w, const char *title)
{
	web_html(w, "<!doctype html><html lang=\"vi\"><head>"
		 "<meta charset=\"utf-8\">"
		 "<meta name=\"viewport\" content=\"width=device-width, "
		 "initial-scale=1\"><title>");
	web_text(w, title);
	web_html(w, " · " T_SITE "</title>"
		 "<link rel=\"stylesheet\" href=\"/static/app.css\">"
		 "<link rel=\"icon\" href=\"/static/favicon.svg\">"
		 "<script src=\"/static/app.js\" defer></script>");
	if (r->has_session) {
		web_html(w, "<meta name=\"csrf\" content=\"");
		web_text(w, r->session.csrf);
		web_html(w, "\">");
	}
	web_html(w, "</head><body>");
	if (r->has_session)
		nav(r, w);
	web_html(w, "<main><h1>");
	web_text(w, title);
	web_html(w, "</h1>");
}

void web_end(struct web_resp *w)
{
	web_html(w, "</main></body></html>\n");
}

void web_error_page(struct web_req *r, struct web_resp *w, unsigned status,
		    const char *message)
{
	norm_buf_reset(&w->body);
	w->body.failed = 0;
	free(w->file);
	w->file = NULL;
	w->data = NULL;
	w->status = status;
	w->type = NULL;
	w->cookie[0] = w->location[0] = w->disposition[0] = '\0';
	web_begin(r, w, message);
	web_html(w, "<p><a href=\"/scripts\">" T_NAV_SCRIPTS "</a></p>");
	web_end(w);
}

/* s for a log line: cut to size, control bytes as '?'. */
static void log_field(char *out, size_t size, const char *s)
{
	size_t i;

	for (i = 0; s && s[i] && i + 1 < size; i++)
		out[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' : s[i];
	out[i] = '\0';
}

/* One line in the server's log (the worker shares its stderr) naming
 * the request: who, from where, the script and commune, then text. */
static void log_request(struct web_req *r, const char *text)
{
	char user[100], script[100], commune[100], buf[256];
	char detail[1400];
	const char *name = web_query(r, "script");

	log_field(user, sizeof(user), r->has_session ? r->session.user : "");
	if (!*name)
		name = web_form(r, "name", buf, sizeof(buf));
	if (!*name)
		name = web_form(r, "script", buf, sizeof(buf));
	log_field(script, sizeof(script), name);
	name = web_query(r, "commune");
	if (!*name)
		name = web_form(r, "commune", buf, sizeof(buf));
	log_field(commune, sizeof(commune), name);
	log_field(detail, sizeof(detail), text);
	fprintf(stderr, "loa: web: %s %s by '%s' from %s, script '%s', commune "
		"'%s': %s\n", r->method, r->path, user, r->address, script,
		commune, detail);
}

void web_log_detail(struct web_req *r, const struct loa_error *err)
{
	char line[sizeof(err->msg) + sizeof(err->detail) + 8];

	if (err->detail[0]) {
		snprintf(line, sizeof(line), "%s (%s)", err->msg, err->detail);
		log_request(r, line);
	}
}

const char *web_failure(struct web_req *r, loa_status status,
			const struct loa_error *err)
{
	char line[sizeof(err->msg) + sizeof(err->detail) + 8];

	snprintf(line, sizeof(line), "%s%s%s%s",
		 err->msg[0] ? err->msg : loa_strerror(status),
		 err->detail[0] ? " (" : "", err->detail,
		 err->detail[0] ? ")" : "");
	log_request(r, line);
	switch (status) {
	case LOA_ETTS: return T_FAIL_TTS;
	case LOA_EAUDIO: return T_FAIL_AUDIO;
	case LOA_EIO: case LOA_ESYSTEM: return T_FAIL_FILES;
	default: return T_ERR_INTERNAL;
	}
}

void web_redirect(struct web_resp *w, const char *to)
{
	w->status = 303;
	snprintf(w->location, sizeof(w->location), "%s", to);
}

