/*
 * Drawing the Week page: the choice of commune, zone and week, then one
 * section per day (seven columns on a wide screen, a list on a phone,
 * app.css), each broadcast with its approval state and what aired.
 */
#include "week.h"

#include <stdio.h>
#include <string.h>

#include "loa/air.h"
#include "loa/report.h"
#include "text_vi.h"

const char *web_outcome_title(enum loa_asrun_outcome outcome)
{
	switch (outcome) {
	case LOA_ASRUN_AIRED: return loa_report_count_titles[LOA_REPORT_AIRED];
	case LOA_ASRUN_REAIRED:
		return loa_report_count_titles[LOA_REPORT_REAIRED];
	case LOA_ASRUN_PREEMPTED:
		return loa_report_count_titles[LOA_REPORT_PREEMPTED];
	case LOA_ASRUN_MISSED: return loa_report_count_titles[LOA_REPORT_MISSED];
	case LOA_ASRUN_FAILED: return loa_report_count_titles[LOA_REPORT_FAILED];
	case LOA_ASRUN_INTERRUPTED:
		return loa_report_count_titles[LOA_REPORT_INTERRUPTED];
	default: return T_AIR_NOW;
	}
}

const char *web_tier_title(const char *tier)
{
	return !tier ? "" : !strcmp(tier, "emergency") ? T_TIER_EMERGENCY :
		!strcmp(tier, "priority") ? T_TIER_PRIORITY : T_TIER_NORMAL;
}

/* "dd/mm" of a date. */
static void day_month(struct web_resp *w, int date)
{
	int y, m, d;

	loa_date_to_civil(date, &y, &m, &d);
	web_printf(w, "%02d/%02d", d, m);
}

/* "Bỏ khỏi lịch" ended an entry: the first day it no longer airs. */
static void ended(struct web_resp *w, const char *query)
{
	int date, y, m, d;

	if (loa_date_parse(query, &date))
		return;
	loa_date_to_civil(date, &y, &m, &d);
	web_printf(w, "<p class=\"done\" role=\"status\" id=\"ended\">"
		   T_END_DONE " %02d/%02d/%04d" T_END_KEPT "</p>", d, m, y);
}

/* "m:ss", or "h:mm:ss" from an hour on. */
static void duration(struct web_resp *w, double seconds)
{
	long s = (long)(seconds + 0.5);

	if (s >= 3600)
		web_printf(w, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
	else
		web_printf(w, "%ld:%02ld", s / 60, s % 60);
}

/* A link to another week of the same commune and zone. */
static void week_link(struct web_resp *w, const struct week_view *v,
		      int monday, const char *label)
{
	char week[9];

	loa_isoweek_format(monday, week);
	web_html(w, "<a href=\"/week?commune=");
	web_url(w, v->commune);
	web_html(w, "&amp;zone=");
	web_url(w, v->zone);
	web_printf(w, "&amp;week=%s\">", week);
	web_text(w, label);
	web_html(w, "</a>");
}

static void choose(struct web_resp *w, const struct week_view *v)
{
	char week[9];
	size_t i;

	web_html(w, "<form class=\"toolbar\" method=\"get\" action=\"/week\">"
		 "<label>" T_COMMUNE " <select id=\"commune\" name=\"commune\">");
	for (i = 0; i < v->set->n; i++) {
		const struct loa_commune *c = v->set->items[i]->commune;

		web_html(w, "<option value=\"");
		web_text(w, c->id);
		web_html(w, c == v->s->commune ? "\" selected>" : "\">");
		web_text(w, c->name ? c->name : c->id);
		web_html(w, "</option>");
	}
	web_html(w, "</select></label><label>" T_ZONE " <select id=\"zone\" "
		 "name=\"zone\"><option value=\"\">" T_ALL_ZONES "</option>");
	for (i = 0; i < v->s->n_zones; i++) {
		web_html(w, "<option value=\"");
		web_text(w, v->s->zone_ids[i]);
		web_html(w, (int)i == v->zone_bit ? "\" selected>" : "\">");
		web_text(w, v->s->zone_names[i]);
		web_html(w, "</option>");
	}
	loa_isoweek_format(v->monday, week);
	web_printf(w, "</select></label><label>" T_WEEK " <input id=\"week\" "
		   "type=\"week\" name=\"week\" value=\"%s\"></label>"
		   "<button id=\"show\">" T_SHOW "</button></form>"
		   "<p class=\"weeknav\">", week);
	week_link(w, v, v->monday - 7, T_PREV_WEEK);
	week_link(w, v, v->today - loa_date_weekday(v->today), T_THIS_WEEK);
	week_link(w, v, v->monday + 7, T_NEXT_WEEK);
	web_html(w, "</p>");
}

/* past: the broadcast is over, so a rebuild no longer matters. */
static void approval_state(struct web_resp *w, const struct week_view *v,
			   const struct loa_script *script, int past)
{
	int changed;
	const struct week_approval *a = week_approval(v, script, &changed);

	if (!a) {
		web_html(w, "<span class=\"appr none\">" T_APPR_NONE "</span>");
	} else if (a->revoked) {
		web_printf(w, "<span class=\"appr withdrawn\">" T_APPR_WITHDRAWN
			   "</span>", a->id);
	} else if (changed) {
		web_printf(w, "<span class=\"appr none\">" T_APPR_CHANGED
			   "</span>", a->id);
	} else {
		web_printf(w, "<span class=\"appr in-force\" title=\"");
		web_text(w, a->by);
		web_html(w, " ");
		web_text(w, a->at);
		web_printf(w, "\">" T_APPR_IN_FORCE "</span>", a->id);
		if (!past && week_awaits_build(v, script))
			web_html(w, " <span class=\"appr waiting\">"
				 T_APPR_NOT_BUILT "</span>");
	}
}

/* One as-run item: its outcome, when it started, and why. */
static void run_label(struct web_resp *w, const struct week_run *run)
{
	const char *name = loa_asrun_outcome_name(run->outcome);

	web_html(w, "<span class=\"run ");
	web_html(w, name ? name : "open");
	web_html(w, "\">");
	web_text(w, web_outcome_title(run->outcome));
	if (run->started && strlen(run->started) >= 19) {
		web_printf(w, " %.8s", run->started + 11);
	}
	if (run->reason && *run->reason) {
		char why[1600];

		/* In the page's language (the request thread's locale). */
		web_html(w, " <small>(");
		web_text(w, loa_air_reason_text(run->reason, 1, why,
						sizeof(why)));
		web_html(w, ")</small>");
	}
	web_html(w, "</span>");
}

/* The as-run items of broadcast b: the first unclaimed, and its re-airs. */
static int runs_of(struct web_resp *w, struct week_view *v,
		   const struct loa_broadcast *b)
{
	long long first = 0;
	size_t i;

	for (i = 0; i < v->n_runs; i++) {
		struct week_run *run = &v->runs[i];

		if (run->shown || run->date != b->date || !run->slot ||
		    !run->script_id || strcmp(run->slot, b->slot->id) ||
		    strcmp(run->script_id, b->script->id) ||
		    (first && run->retry_of != first))
			continue;
		if (!first)
			first = run->id;
		run->shown = 1;
		run_label(w, run);
	}
	return first != 0;
}

/* The NAME of scripts/NAME.yaml for a link to the editor. */
static void script_link(struct web_resp *w, const struct loa_script *s)
{
	const char *base = strrchr(s->file, '/');
	size_t n;
	char name[256];

	base = base ? base + 1 : s->file;
	n = strlen(base);
	if (n > 5 && !strcmp(base + n - 5, ".yaml"))
		n -= 5;
	snprintf(name, sizeof(name), "%.*s", (int)n, base);
	web_html(w, "<a class=\"script\" href=\"/scripts/");
	web_url(w, name);
	web_html(w, "\">");
	web_text(w, s->title ? s->title : s->id);
	web_html(w, "</a>");
}

static void broadcast(struct web_resp *w, struct week_view *v,
		      const struct loa_broadcast *b)
{
	int past = b->date < v->today ||
		(b->date == v->today && b->start + b->seconds < v->now);

	web_html(w, "<li class=\"item\" data-script=\"");
	web_text(w, b->script->id);
	web_printf(w, "\"><div class=\"when\"><span class=\"time\">%02d:%02d"
		   "</span> ", b->start / 3600 % 24, b->start / 60 % 60);
	web_text(w, b->slot->name ? b->slot->name : b->slot->id);
	web_html(w, "</div><div class=\"what\">");
	script_link(w, b->script);
	/* The estimate to a tenth of a second too, for a reader to check. */
	web_printf(w, " <span class=\"dur\" data-seconds=\"%.1f\">",
		   b->seconds);
	duration(w, b->seconds);
	web_html(w, "</span></div><div class=\"zones\">");
	web_text(w, b->slot->zones);
	web_html(w, "</div><div class=\"state\">");
	approval_state(w, v, b->script, past);
	if (!runs_of(w, v, b) && past)
		web_html(w, "<span class=\"run nolog\">" T_NO_LOG "</span>");
	web_html(w, "</div></li>");
}

/* What the log holds for the day that the plan does not: bulletins. */
static void extras(struct web_resp *w, struct week_view *v, int date)
{
	size_t i;

	for (i = 0; i < v->n_runs; i++) {
		struct week_run *run = &v->runs[i];
		const char *at = run->scheduled ? run->scheduled : run->started;

		if (run->shown || run->date != date)
			continue;
		run->shown = 1;
		web_html(w, "<li class=\"item extra\"><div class=\"when\">"
			 "<span class=\"time\">");
		if (at && strlen(at) >= 16)
			web_printf(w, "%.5s", at + 11);
		web_html(w, "</span> ");
		web_text(w, run->tier && !strcmp(run->tier, "emergency") ?
			 T_BULLETIN_EMERGENCY : run->tier &&
			 !strcmp(run->tier, "priority") ? T_BULLETIN_PRIORITY :
			 T_NOT_PLANNED);
		web_html(w, "</div><div class=\"what\">");
		web_text(w, run->title ? run->title : run->script_id);
		web_html(w, "</div><div class=\"state\">");
		run_label(w, run);
		web_html(w, "</div></li>");
	}
}

static void days(struct web_resp *w, struct week_view *v)
{
	int date;
	size_t k;

	web_html(w, "<div class=\"week\">");
	for (date = v->monday; date <= v->monday + 6; date++) {
		size_t shown = 0;

		web_html(w, date == v->today ? "<section class=\"day today\">" :
			 "<section class=\"day\">");
		web_html(w, "<h3>");
		web_text(w, week_day_name(date));
		web_html(w, " <span class=\"date\">");
		day_month(w, date);
		web_html(w, "</span></h3><ol class=\"items\">");
		for (k = 0; k < v->plan.n; k++)
			if (v->plan.items[k].date == date &&
			    week_in_zone(v, v->plan.items[k].slot)) {
				broadcast(w, v, &v->plan.items[k]);
				shown++;
			}
		extras(w, v, date);
		web_html(w, "</ol>");
		if (!shown)
			web_html(w, "<p class=\"empty\">" T_NO_BROADCAST "</p>");
		web_html(w, "</section>");
	}
	web_html(w, "</div>");
}

static void heading(struct web_resp *w, const struct week_view *v)
{
	int year, week, y, m, d;
	double total = 0;
	size_t k, n = 0;

	for (k = 0; k < v->plan.n; k++)
		if (week_in_zone(v, v->plan.items[k].slot)) {
			total += v->plan.items[k].seconds;
			n++;
		}
	loa_isoweek(v->monday, &year, &week);
	loa_date_to_civil(v->monday + 6, &y, &m, &d);
	web_html(w, "<h2 id=\"week-title\">");
	web_text(w, v->s->commune->name ? v->s->commune->name :
		 v->s->commune->id);
	web_printf(w, " · " T_WEEK_HEADING " (", week, year);
	day_month(w, v->monday);
	web_html(w, " – ");
	day_month(w, v->monday + 6);
	web_printf(w, "/%d)</h2><p class=\"help\">" T_WEEK_TOTAL, y, n);
	duration(w, total);
	web_html(w, "</p>");
}

int web_week_page(struct web_req *r, struct web_resp *w)
{
	return web_week_draw(r, w, NULL);
}

int web_week_draw(struct web_req *r, struct web_resp *w,
		  const struct week_add_form *f)
{
	struct week_view v;
	struct loa_error err;
	loa_status status;

	memset(&v, 0, sizeof(v));
	loa_error_clear(&err);
	status = week_view_load(r, &v, &err);
	web_begin(r, w, T_NAV_WEEK);
	if (v.bad_week)
		web_html(w, "<p class=\"error\">" T_BAD_WEEK "</p>");
	if (v.bad_schedule[0]) {
		web_html(w, "<p class=\"error\" id=\"bad-schedule\">"
			 T_BAD_SCHEDULE " ");
		web_text(w, v.bad_schedule);
		web_html(w, "</p>");
	}
	if (status == LOA_EINPUT || status == LOA_EIO) {
		web_html(w, "<p class=\"error\">" T_ERR_DB " ");
		web_text(w, err.msg);
		web_html(w, "</p>");
	} else if (status) {
		web_error_page(r, w, 500, T_ERR_INTERNAL);
	} else if (!v.s) {
		web_html(w, "<p>" T_NO_SCHEDULE "</p>");
	} else {
		web_html(w, "<p class=\"help\">" T_WEEK_HELP "</p>");
		choose(w, &v);
		if (*web_query(r, "added"))
			web_html(w, "<p class=\"done\" role=\"status\" "
				 "id=\"added\">" T_ADD_DONE "</p>");
		if (*web_query(r, "removed"))
			web_html(w, "<p class=\"done\" role=\"status\" "
				 "id=\"removed\">" T_REMOVE_DONE "</p>");
		ended(w, web_query(r, "ended"));
		heading(w, &v);
		days(w, &v);
		week_add_form(r, w, &v, f);
	}
	if (status == LOA_OK || status == LOA_EINPUT || status == LOA_EIO)
		web_end(w);
	week_view_release(r, &v);
	return 0;
}
