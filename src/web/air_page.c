/*
 * The On air page: what the daemon plays now and what comes next (its
 * spool/status, read by loa_air_state as `loa status` does), whether it
 * runs (the spool's lock), its last events, and the Bulletin form
 * (bulletin.c).  air.js reloads the live part from /air/now every few
 * seconds, so the form being typed in is never reset.
 */
#include "onair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "loa/air.h"
#include "loa/asrun.h"
#include "text_vi.h"
#include "week.h"

loa_status web_air_station(struct web_req *r, struct air_station *a,
			   struct loa_error *err)
{
	loa_status status;
	size_t i;

	memset(a, 0, sizeof(*a));
	if (loa_air_station(r->st->opt->spool, a->commune, a->schedule, err))
		return loa_error_set(err, LOA_EINPUT, T_BUL_NO_STATION);
	if ((status = loa_schedule_set_new(&a->set, r->st->root, err)) ||
	    (status = loa_schedule_load(a->set, a->schedule, err)))
		return status;
	for (i = 0; i < a->set->n; i++)
		if (!strcmp(a->set->items[i]->commune->id, a->commune))
			a->sched = a->set->items[i];
	if (!a->sched)
		return loa_error_set(err, LOA_EINPUT, "%s: no commune '%s'",
				     a->schedule, a->commune);
	a->zones = a->sched->zone_names;
	a->n_zones = a->sched->n_zones < AIR_MAX_ZONES ? a->sched->n_zones :
		AIR_MAX_ZONES;
	return LOA_OK;
}

void web_air_station_release(struct air_station *a)
{
	loa_schedule_set_free(&a->set);
}

struct event_ctx {
	struct web_resp *w;
	int n;
};

/* An event in the page's language (the request thread's locale). */
static int event_row(void *ctx, const struct loa_air_event *e)
{
	struct event_ctx *c = ctx;
	char at[24], text[1600];

	web_html(c->w, "<tr><td class=\"when\">");
	web_text(c->w, clock_when_vi(e->at, at, sizeof(at)));
	web_html(c->w, "</td><td>");
	web_text(c->w, loa_air_event_kind(e->kind));
	web_html(c->w, "</td><td>");
	web_text(c->w, loa_air_event_text(e, text, sizeof(text)));
	web_html(c->w, "</td></tr>");
	c->n++;
	return 0;
}

#define RECENT 5

/* The last items of the as-run log, kept while walking it. */
struct recent_ctx {
	struct {
		char at[24], what[300], tier[16], why[400];
		enum loa_asrun_outcome outcome;
	} items[RECENT];
	size_t n;
};

static int recent_item(void *ctx, const struct loa_asrun *it)
{
	struct recent_ctx *c = ctx;
	size_t k = c->n++ % RECENT;

	/* A bulletin refused before it started has only its end. */
	clock_when_vi(it->started ? it->started : it->scheduled ? it->scheduled :
		 it->ended ? it->ended : "", c->items[k].at,
		 sizeof(c->items[k].at));
	snprintf(c->items[k].what, sizeof(c->items[k].what), "%s",
		 it->title ? it->title : it->file ? it->file : "");
	snprintf(c->items[k].tier, sizeof(c->items[k].tier), "%s",
		 it->tier ? it->tier : "");
	/* Why it did not simply air, in the page's language. */
	loa_air_reason_text(it->reason, 1, c->items[k].why,
			    sizeof(c->items[k].why));
	c->items[k].outcome = it->outcome;
	return 0;
}

/* What aired last, newest first: items since the day of the newest
 * event (the daemon's clock, a test clock too), not the whole log. */
static void recent(struct web_resp *w, struct loa_db *db, const char *day)
{
	struct loa_asrun_filter f = { day, NULL, NULL };
	struct recent_ctx *c = calloc(1, sizeof(*c));
	struct loa_error err;
	size_t i;

	loa_error_clear(&err);
	if (!c || loa_asrun_each(db, &f, recent_item, c, &err) || !c->n) {
		free(c);
		return;
	}
	web_html(w, "<h2>" T_AIR_RECENT "</h2><table class=\"list\" "
		 "id=\"recent\"><tbody>");
	for (i = 0; i < RECENT && i < c->n; i++) {
		size_t k = (c->n - 1 - i) % RECENT;
		const char *outcome = loa_asrun_outcome_name(c->items[k].outcome);

		/* The log's own words stay in data- attributes. */
		web_html(w, "<tr data-tier=\"");
		web_text(w, c->items[k].tier);
		web_html(w, "\" data-outcome=\"");
		web_text(w, outcome ? outcome : "open");
		web_html(w, "\"><td class=\"when\">");
		web_text(w, c->items[k].at);
		web_html(w, "</td><td>");
		web_text(w, c->items[k].what);
		if (c->items[k].why[0]) {
			web_html(w, "<br><small class=\"why\">");
			web_text(w, c->items[k].why);
			web_html(w, "</small>");
		}
		web_html(w, "</td><td>");
		web_text(w, web_tier_title(c->items[k].tier));
		web_html(w, "</td><td>");
		web_text(w, web_outcome_title(c->items[k].outcome));
		web_html(w, "</td></tr>");
	}
	web_html(w, "</tbody></table>");
	free(c);
}

static int newest_day(void *ctx, const struct loa_air_event *e)
{
	snprintf(ctx, 11, "%.10s", e->at);
	return 0;
}

/* What aired last, then the daemon's last events. */
static void history(struct web_req *r, struct web_resp *w)
{
	struct event_ctx c = { w, 0 };
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	char day[11] = "";

	loa_error_clear(&err);
	if (!(status = web_db_open(r, &db, &err)) &&
	    !(status = loa_air_events(db, NULL, 1, newest_day, day, &err)) &&
	    day[0])
		recent(w, db, day);
	web_html(w, "<h2>" T_AIR_EVENTS "</h2><table class=\"list\" "
		 "id=\"events\"><thead><tr><th>" T_AIR_TIME "</th><th>"
		 T_AIR_KIND "</th><th>" T_AIR_MESSAGE "</th></tr></thead>"
		 "<tbody>");
	if (!status)
		status = loa_air_events(db, NULL, 10, event_row, &c, &err);
	if (status || !c.n) {
		web_html(w, "<tr><td colspan=\"3\">");
		web_text(w, status ? err.msg : T_AIR_NO_EVENTS);
		web_html(w, "</td></tr>");
	}
	web_html(w, "</tbody></table>");
	loa_db_close(&db);
}

/* A status line with fields in the page's words, "" for other lines;
 * *next set when it says what comes next, not what is on air. */
static const char *status_words(char *line, char *buf, size_t size,
				int *next)
{
	const char *f[LOA_AIR_LINE_FIELDS];
	char at[24];

	*next = 0;
	switch (loa_air_status_line(line, f)) {
	case LOA_AIR_OFF:
		return T_AIR_OFF;
	case LOA_AIR_NOTHING:
		return T_AIR_NOTHING;
	case LOA_AIR_ITEM:
		snprintf(buf, size, T_AIR_NOW_ITEM, clock_when_vi(f[0], at,
			 sizeof(at)), f[1], f[2], f[3]);
		return buf;
	case LOA_AIR_BULLETIN:
		snprintf(buf, size, T_AIR_NOW_BULLETIN, clock_when_vi(f[0], at,
			 sizeof(at)),
			 web_tier_title(f[1]), f[2], *f[3] ? ": " : "", f[3]);
		return buf;
	case LOA_AIR_NEXT_ITEM:
		*next = 1;
		snprintf(buf, size, T_AIR_NEXT_ITEM, clock_when_vi(f[0], at,
			 sizeof(at)), f[1], f[2], f[3]);
		return buf;
	case LOA_AIR_NEXT_REAIR:
		*next = 1;
		snprintf(buf, size, T_AIR_NEXT_REAIR, f[0], *f[1] ? ": " : "",
			 f[1]);
		return buf;
	case LOA_AIR_NEXT_NONE:
		*next = 1;
		return T_AIR_NEXT_NONE;
	default:
		return "";
	}
}

/* The daemon's status lines, in the page's words (an older daemon's
 * lines as they are). */
static void status_lines(struct web_resp *w, char *text)
{
	char *line = text, *next, buf[1200];
	const char *words;
	int is_next;

	web_html(w, "<dl id=\"status\">");
	for (; line && *line; line = next) {
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		if (*(words = status_words(line, buf, sizeof(buf), &is_next))) {
			web_html(w, is_next ? "<dt>" T_AIR_NEXT "</dt><dd id="
				 "\"next\">" : "<dt>" T_AIR_NOW "</dt><dd id="
				 "\"now\">");
			web_text(w, words);
		} else if (!strncmp(line, "on air since ", 13)) {
			web_html(w, "<dt>" T_AIR_NOW "</dt><dd id=\"now\">");
			web_text(w, line + 13);
		} else if (!strncmp(line, "next: ", 6)) {
			web_html(w, "<dt>" T_AIR_NEXT "</dt><dd id=\"next\">");
			web_text(w, line + 6);
		} else {
			web_html(w, "<dt></dt><dd>");
			web_text(w, line);
		}
		web_html(w, "</dd>");
	}
	web_html(w, "</dl>");
}

void web_air_now_block(struct web_req *r, struct web_resp *w)
{
	struct loa_error err;
	char *text = NULL;
	long pid = 0;

	loa_error_clear(&err);
	loa_air_state(r->st->opt->spool, &text, &pid, &err);
	web_html(w, "<section id=\"onair\" aria-live=\"polite\"><p>"
		 T_AIR_DAEMON ": ");
	if (pid)
		web_printf(w, "<strong class=\"ok\" id=\"daemon\" "
			   "data-running=\"1\">" T_AIR_RUNNING "</strong>",
			   pid);
	else
		web_html(w, "<strong class=\"error\" id=\"daemon\" "
			 "data-running=\"0\">" T_AIR_STOPPED "</strong>");
	web_html(w, "</p>");
	if (!text)
		web_html(w, "<p>" T_AIR_NEVER "</p>");
	else if (!pid)
		web_html(w, "<p>" T_AIR_LAST_SAID "</p>");
	if (text)
		status_lines(w, text);
	free(text);
	history(r, w);
	web_html(w, "</section>");
}

void web_air_page_show(struct web_req *r, struct web_resp *w,
		       const struct air_station *a, const struct bulletin *b)
{
	const char *done = web_query(r, "done");

	web_begin(r, w, T_AIR_TITLE);
	if (*done) {
		web_html(w, "<p class=\"done\" id=\"done\" role=\"status\">");
		web_text(w, done);
		web_html(w, "</p>");
	}
	web_air_now_block(r, w);
	web_bulletin_form(r, w, a, b);
	web_html(w, "<script src=\"/static/air.js\" defer></script>");
	web_end(w);
}

int web_air_page(struct web_req *r, struct web_resp *w)
{
	struct air_station a;
	struct loa_error err;
	int known;

	loa_error_clear(&err);
	known = !web_air_station(r, &a, &err);
	web_air_page_show(r, w, known ? &a : NULL, NULL);
	web_air_station_release(&a);
	return 0;
}

int web_air_now(struct web_req *r, struct web_resp *w)
{
	web_air_now_block(r, w);
	return 0;
}
