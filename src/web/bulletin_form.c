/*
 * The Bulletin form's HTML: the text or a script, the priority, the
 * zones of the running daemon's schedule, repeat and interval, the
 * findings at their place in the typed text, the draft to hear, and the
 * emergency's confirmation.  It works without script: every step is a
 * plain form POST to /air/bulletin.
 */
#include "onair.h"

#include <stdio.h>
#include <string.h>

#include "text_vi.h"

static void finding(struct web_resp *w, const struct bulletin *b,
		    const struct loa_finding *f)
{
	int typed = b->text && f->file && b->file && !strcmp(f->file, b->file) &&
		f->line > TYPED_HEAD_LINES;

	web_html(w, f->severity == LOA_SEV_ERROR ? "<li class=\"error\"" :
		 "<li class=\"warning\"");
	if (typed) {
		unsigned line = f->line - TYPED_HEAD_LINES;
		unsigned col = f->column > TYPED_INDENT ?
			f->column - TYPED_INDENT : 1;

		web_printf(w, " data-line=\"%u\" data-column=\"%u\">" T_LINE
			   " %u, " T_COLUMN " %u: ", line, col, line, col);
	} else if (f->file) {
		web_html(w, ">");
		web_text(w, f->file);
		web_printf(w, ":%u:%u: ", f->line, f->column);
	} else {
		web_html(w, ">");
	}
	web_html(w, f->severity == LOA_SEV_ERROR ? T_ERROR ": " :
		 T_WARNING ": ");
	web_text(w, f->message);
	web_html(w, "</li>");
}

/* The findings, the draft's audio, the failure, the confirmation. */
static void outcome(struct web_resp *w, const struct bulletin *b)
{
	size_t i;

	if (b->failure[0]) {
		web_html(w, "<p class=\"error\" id=\"failure\" role=\"alert\">");
		web_text(w, b->failure);
		web_html(w, "</p>");
	}
	if (b->file) {
		web_html(w, "<h3>" T_FINDINGS "</h3><ul id=\"findings\">");
		if (!b->diag.n)
			web_html(w, "<li class=\"ok\">" T_NO_FINDINGS "</li>");
		for (i = 0; i < b->diag.n; i++)
			finding(w, b, &b->diag.items[i]);
		web_html(w, "</ul>");
	}
	if (b->url[0]) {
		web_html(w, "<audio id=\"player\" controls preload=\"auto\" "
			 "src=\"");
		web_text(w, b->url);
		web_html(w, "\"></audio>");
	}
}

static void pick_script(struct web_req *r, struct web_resp *w,
			const struct bulletin *b)
{
	size_t n, i;
	char **names = web_list_names(r, "scripts", &n);

	web_html(w, "<label>" T_BUL_OR_SCRIPT " <select name=\"script\" "
		 "id=\"bscript\"><option value=\"\">" T_BUL_TYPED "</option>");
	for (i = 0; i < n; i++) {
		web_html(w, "<option value=\"");
		web_text(w, names[i]);
		web_html(w, b && !strcmp(b->script, names[i]) ? "\" selected>" :
			 "\">");
		web_text(w, names[i]);
		web_html(w, "</option>");
	}
	web_names_free(names, n);
	web_html(w, "</select></label>");
}

static void choices(struct web_resp *w, const struct air_station *a,
		    const struct bulletin *b)
{
	int emergency = b && !strcmp(b->tier, "emergency");
	size_t i;

	web_printf(w, "<fieldset><legend>" T_BUL_TIER "</legend>"
		   "<label class=\"check\"><input type=\"radio\" name=\"tier\" "
		   "id=\"tier-priority\" value=\"priority\"%s> " T_BUL_PRIORITY
		   "</label><label class=\"check\"><input type=\"radio\" "
		   "name=\"tier\" id=\"tier-emergency\" value=\"emergency\"%s> "
		   T_BUL_EMERGENCY "</label></fieldset>",
		   emergency ? "" : " checked", emergency ? " checked" : "");
	if (a->n_zones)
		web_html(w, "<fieldset><legend>" T_BUL_ZONES "</legend>");
	for (i = 0; i < a->n_zones; i++) {
		web_printf(w, "<label class=\"check\"><input type=\"checkbox\" "
			   "name=\"zone-%zu\" id=\"zone-%zu\" value=\"1\"%s> ",
			   i, i, b && (b->zones & (1ULL << i)) ? " checked" : "");
		web_text(w, a->zones[i]);
		web_html(w, "</label>");
	}
	if (a->n_zones)
		web_html(w, "</fieldset>");
	web_printf(w, "<label>" T_BUL_REPEAT " <input type=\"number\" "
		   "name=\"repeat\" id=\"repeat\" min=\"1\" max=\"100\" "
		   "value=\"%d\"></label><label>" T_BUL_EVERY " <input "
		   "type=\"number\" name=\"every\" id=\"every\" min=\"0\" "
		   "max=\"1440\" value=\"%d\"></label>",
		   b && b->repeat > 0 ? b->repeat : 1,
		   b && b->every_min > 0 ? b->every_min : 0);
	if (a->sched->commune->example_contacts)
		web_html(w, "<label class=\"check\"><input type=\"checkbox\" "
			 "name=\"example\" id=\"example\" value=\"1\"> "
			 T_EXAMPLE "</label>");
}

void web_bulletin_form(struct web_req *r, struct web_resp *w,
		       const struct air_station *a, const struct bulletin *b)
{
	web_html(w, "<section id=\"bulletin-box\"><h2>" T_BUL_TITLE "</h2>");
	if (r->session.role != LOA_ROLE_OPERATOR &&
	    r->session.role != LOA_ROLE_ADMIN) {
		web_html(w, "<p>" T_BUL_NOT_OPERATOR "</p></section>");
		return;
	}
	if (!a) {
		web_html(w, "<p class=\"error\" id=\"failure\">" T_BUL_NO_STATION
			 "</p></section>");
		return;
	}
	/* Nghe thử and Duyệt và gửi run in the worker: it starts now. */
	web_worker_warm(r->st);
	web_html(w, "<p class=\"help\">" T_BUL_HELP "</p><form method=\"post\" "
		 "action=\"/air/bulletin\" id=\"bulletin\" class=\"bulletin\">"
		 "<input type=\"hidden\" name=\"csrf\" value=\"");
	web_text(w, r->session.csrf);
	web_html(w, "\"><label>" T_BUL_TEXT " <textarea name=\"text\" "
		 "id=\"btext\" rows=\"6\" maxlength=\"8000\">");
	web_text(w, b && b->text ? b->text : "");
	web_html(w, "</textarea></label>");
	pick_script(r, w, b);
	choices(w, a, b);
	if (b)
		outcome(w, b);
	if (b && b->ask_confirm)
		web_html(w, "<div class=\"confirm\" role=\"alert\"><p>"
			 T_BUL_CONFIRM_Q "</p><button name=\"do\" "
			 "value=\"confirm\" id=\"confirm\" class=\"danger\">"
			 T_BUL_CONFIRM "</button> <a href=\"/air\">"
			 T_BUL_CANCEL "</a></div>");
	web_html(w, "<div class=\"toolbar\"><button name=\"do\" value=\"listen\" "
		 "id=\"blisten\">" T_BUL_LISTEN "</button><button name=\"do\" "
		 "value=\"send\" id=\"bsend\">" T_BUL_SEND "</button></div>"
		 "</form></section>");
}
