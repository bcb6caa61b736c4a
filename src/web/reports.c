/*
 * The Log and reports page: one day of the as-run log, as `loa log
 * --date D` prints it, and the report of a period (loa/report.h), the
 * station database's chains verified first, downloaded as a workbook,
 * CSV or the printable page.  The report is written by the report
 * layer into ROOT/.loa/web/reports/, read into the answer and removed.
 */
#include "onair.h"
#include "week.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/clock.h"
#include "loa/air.h"
#include "loa/plan.h"
#include "loa/report.h"
#include "text_vi.h"

/* What the report form asked for, and what went wrong with it. */
struct report_ask {
	const char *kind, *format;
	int from, to;
	const char *error;          /* a text_vi.h message, or NULL */
	unsigned status;            /* the answer's status with error */
	char detail[1024];          /* the report layer's refusal */
};

/* "06:00:00" (and ".042") of an ISO time, or "–". */
static void clock_cell(struct web_resp *w, const char *iso)
{
	web_html(w, "<td>");
	if (iso && strlen(iso) >= 19)
		web_printf(w, "%.*s", iso[19] == '.' ? 12 : 8, iso + 11);
	else
		web_html(w, "–");
	web_html(w, "</td>");
}

static int log_row(void *ctx, const struct loa_asrun *it)
{
	struct web_resp *w = ctx;
	const char *name = loa_asrun_outcome_name(it->outcome);
	char why[1600];

	web_printf(w, "<tr class=\"%s\"><td>%lld</td>", name ? name : "open",
		   it->id);
	clock_cell(w, it->scheduled);
	clock_cell(w, it->started);
	clock_cell(w, it->ended);
	web_html(w, "<td>");
	web_text(w, web_tier_title(it->tier));
	web_html(w, "</td><td class=\"outcome\">");
	web_text(w, web_outcome_title(it->outcome));
	web_html(w, "</td><td>");
	web_text(w, it->slot ? it->slot : "–");
	web_html(w, "</td><td>");
	web_text(w, it->title ? it->title : it->file);
	web_html(w, "<br><small>");
	web_text(w, it->file);
	if (it->reason && *it->reason) {
		/* In the page's language (the request thread's locale). */
		web_html(w, " (");
		web_text(w, loa_air_reason_text(it->reason, 1, why,
						sizeof(why)));
		web_html(w, ")");
	}
	web_html(w, "</small></td></tr>");
	return 0;
}

static void day_link(struct web_resp *w, int date, const char *label)
{
	char day[11];

	loa_date_format(date, day);
	web_printf(w, "<a href=\"/reports?date=%s\">", day);
	web_text(w, label);
	web_html(w, "</a>");
}

/* The day's as-run log; the day from ?date=, today when none. */
static void day_log(struct web_req *r, struct web_resp *w)
{
	const char *asked = web_query(r, "date");
	struct loa_asrun_filter f = { NULL, NULL, NULL };
	struct loa_db *db = NULL;
	struct loa_error err;
	int date, today = clock_today();
	char day[11];

	if (!*asked || loa_date_parse(asked, &date)) {
		if (*asked)
			web_html(w, "<p class=\"error\">" T_BAD_DATE "</p>");
		date = today;
	}
	loa_date_format(date, day);
	web_printf(w, "<h2>" T_LOG_TITLE "</h2><form class=\"toolbar\" "
		   "method=\"get\" action=\"/reports\"><label>" T_DATE
		   " <input id=\"date\" type=\"date\" name=\"date\" value=\"%s\">"
		   "</label><button id=\"show-log\">" T_SHOW "</button></form>"
		   "<p class=\"weeknav\">", day);
	day_link(w, date - 1, T_PREV_DAY);
	day_link(w, today, T_TODAY);
	day_link(w, date + 1, T_NEXT_DAY);
	web_html(w, "</p><div class=\"scroll\"><table class=\"list\" id=\"log\">"
		 "<thead><tr><th>" T_LOG_ITEM "</th><th>" T_LOG_PLANNED "</th>"
		 "<th>" T_LOG_STARTED "</th><th>" T_LOG_ENDED "</th><th>"
		 T_LOG_TIER "</th><th>" T_LOG_OUTCOME "</th><th>" T_LOG_SLOT
		 "</th><th>" T_LOG_WHAT "</th></tr></thead><tbody>");
	f.from = f.to = day;
	loa_error_clear(&err);
	if (web_db_open(r, &db, &err) ||
	    loa_asrun_each(db, &f, log_row, w, &err)) {
		web_html(w, "</tbody></table></div><p class=\"error\">" T_ERR_DB
			 " ");
		web_text(w, err.msg);
		web_html(w, "</p>");
	} else {
		web_html(w, "</tbody></table></div>");
	}
	loa_db_close(&db);
}

static void option(struct web_resp *w, const char *value, const char *label,
		   const char *chosen)
{
	web_html(w, "<option value=\"");
	web_html(w, value);
	web_html(w, strcmp(value, chosen) ? "\">" : "\" selected>");
	web_text(w, label);
	web_html(w, "</option>");
}

/* The report form, filled with what was asked (or this month). */
static void report_form(struct web_req *r, struct web_resp *w,
			const struct report_ask *a)
{
	static const char *const fields[][3] = {
		{ "month", "month", T_PERIOD_MONTH },
		{ "quarter", "text", T_PERIOD_QUARTER },
		{ "week", "week", T_PERIOD_WEEK },
		{ "from", "date", T_FROM }, { "to", "date", T_TO },
	};
	char month[8], quarter[16], week[9], today[11];
	const char *value[5];
	int y, m, d;
	size_t i;

	loa_date_format(clock_today(), today);
	loa_date_to_civil(clock_today(), &y, &m, &d);
	snprintf(month, sizeof(month), "%.7s", today);
	snprintf(quarter, sizeof(quarter), "%d-Q%d", y, (m - 1) / 3 + 1);
	loa_isoweek_format(clock_today(), week);
	value[0] = *web_query(r, "month") ? web_query(r, "month") : month;
	value[1] = *web_query(r, "quarter") ? web_query(r, "quarter") : quarter;
	value[2] = *web_query(r, "week") ? web_query(r, "week") : week;
	value[3] = *web_query(r, "from") ? web_query(r, "from") : today;
	value[4] = *web_query(r, "to") ? web_query(r, "to") : today;
	web_html(w, "<h2>" T_REPORT_TITLE "</h2><p class=\"help\">"
		 T_REPORT_HELP "</p>");
	if (a->error) {
		web_html(w, "<p class=\"error\" id=\"report-error\">");
		web_text(w, a->error);
		if (a->detail[0]) {
			web_html(w, " ");
			web_text(w, a->detail);
		}
		web_html(w, "</p>");
	}
	web_html(w, "<form class=\"report\" method=\"get\" action=\"/reports/"
		 "download\"><label>" T_PERIOD " <select id=\"kind\" "
		 "name=\"kind\">");
	option(w, "month", T_PERIOD_MONTH, a->kind);
	option(w, "quarter", T_PERIOD_QUARTER, a->kind);
	option(w, "week", T_PERIOD_WEEK, a->kind);
	option(w, "range", T_PERIOD_RANGE, a->kind);
	web_html(w, "</select></label>");
	for (i = 0; i < 5; i++) {
		web_printf(w, "<label>%s <input id=\"%s\" type=\"%s\" "
			   "name=\"%s\" value=\"", fields[i][2], fields[i][0],
			   fields[i][1], fields[i][0]);
		web_text(w, value[i]);
		web_html(w, "\"></label>");
	}
	web_html(w, "<label>" T_FORMAT " <select id=\"format\" name=\"format\">");
	option(w, "xlsx", T_FORMAT_XLSX, a->format);
	option(w, "csv", T_FORMAT_CSV, a->format);
	option(w, "html", T_FORMAT_HTML, a->format);
	web_html(w, "</select></label><button id=\"download\">" T_DOWNLOAD
		 "</button></form>");
}

static void page(struct web_req *r, struct web_resp *w,
		 const struct report_ask *a)
{
	web_begin(r, w, T_NAV_REPORTS);
	day_log(r, w);
	report_form(r, w, a);
	web_end(w);
}

int web_reports_page(struct web_req *r, struct web_resp *w)
{
	struct report_ask a;

	memset(&a, 0, sizeof(a));
	a.kind = "month";
	a.format = "xlsx";
	page(r, w, &a);
	return 0;
}

/* The period the form names; 0, or -1 with a->error set. */
static int ask_period(struct web_req *r, struct report_ask *a)
{
	const char *kind = a->kind;

	if (!strcmp(kind, "month") || !strcmp(kind, "quarter") ||
	    !strcmp(kind, "week")) {
		if (!loa_report_period(kind, web_query(r, kind), clock_today(),
				       &a->from, &a->to))
			return 0;
	} else if (!strcmp(kind, "range")) {
		if (loa_date_parse(web_query(r, "from"), &a->from) ||
		    loa_date_parse(web_query(r, "to"), &a->to)) {
			a->error = T_BAD_RANGE;
			return -1;
		}
		if (a->from > a->to) {
			a->error = T_RANGE_BACKWARDS;
			return -1;
		}
		if (a->to - a->from > 3 * 366) {
			a->error = T_RANGE_LONG;
			return -1;
		}
		return 0;
	}
	a->error = T_BAD_PERIOD;
	return -1;
}

/* "2026-12", "2026-Q4", "2026-W49" or "2026-12-01_2026-12-15". */
static void period_label(const struct report_ask *a, char *out, size_t size)
{
	char from[11], to[11];
	int y, m, d;

	loa_date_format(a->from, from);
	loa_date_format(a->to, to);
	loa_date_to_civil(a->from, &y, &m, &d);
	if (!strcmp(a->kind, "month"))
		snprintf(out, size, "%.7s", from);
	else if (!strcmp(a->kind, "quarter"))
		snprintf(out, size, "%d-Q%d", y, (m - 1) / 3 + 1);
	else if (!strcmp(a->kind, "week"))
		loa_isoweek_format(a->from, out);
	else
		snprintf(out, size, "%s_%s", from, to);
}

/* The answer's type and its name: ASCII, and UTF-8 for a browser. */
static void attachment(struct web_resp *w, const struct report_ask *a,
		       enum loa_report_format f)
{
	static const char *const types[] = {
		"application/vnd.openxmlformats-officedocument.spreadsheetml."
		"sheet", "text/csv; charset=utf-8", "text/html; charset=utf-8"
	};
	static const char *const exts[] = { "xlsx", "csv", "html" };
	char label[32];

	period_label(a, label, sizeof(label));
	w->type = types[f];
	/* "báo-cáo" percent-encoded: the label is digits, '-', 'Q', 'W'. */
	snprintf(w->disposition, sizeof(w->disposition),
		 "attachment; filename=\"bao-cao-%s.%s\"; filename*=UTF-8''"
		 "b%%C3%%A1o-c%%C3%%A1o-%s.%s", label, exts[f], label, exts[f]);
}

/* Appends the file at path to the answer's body; 0, or -1. */
static int send_file(struct web_resp *w, const char *path)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t n;
	int rc = f ? 0 : -1;

	while (f && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		norm_buf_add(&w->body, buf, n);
	if (f && (ferror(f) || w->body.failed))
		rc = -1;
	if (f)
		fclose(f);
	return rc;
}

/*
 * The period's plan of the schedule the daemon plays (it names it in the
 * spool), so that "planned" also counts the days the station's PC was
 * off, as 'loa report --schedule' does.  No plan when no daemon has run:
 * the report then counts from the as-run rows and its notes say so.
 */
static loa_status station_plan(struct web_req *r, struct air_station *a,
			       struct loa_plan *plan, int *have,
			       struct loa_error *err)
{
	loa_status status = web_air_station(r, a, err);

	*have = 0;
	/* No daemon has named its station yet: no plan, and no error. */
	if (status && !a->commune[0]) {
		loa_error_clear(err);
		return LOA_OK;
	}
	if (!status)
		status = loa_plan_expand(plan, a->sched, err);
	*have = !status;
	return status;
}

/* The report written by the report layer into path; LOA_EINPUT: refused. */
static loa_status write_report(struct web_req *r, const struct report_ask *a,
			       enum loa_report_format f, const char *path,
			       const struct loa_plan *plan,
			       struct loa_error *err)
{
	struct loa_report rep;
	struct loa_db *db = NULL;
	loa_status status = LOA_OK;

	loa_report_init(&rep, a->from, a->to, NULL, 0);
	if (plan)
		status = loa_report_add_plan(&rep, plan, (long long)time(NULL),
					     err);
	if (!status && !(status = web_db_open(r, &db, err)) &&
	    !(status = loa_report_add_db(&rep, db, NULL, err))) {
		loa_report_finish(&rep);
		status = loa_report_write(&rep, f, ',', path, err);
	}
	loa_db_close(&db);
	loa_report_release(&rep);
	return status;
}

/* ROOT/.loa/web/reports/report-RANDOM.EXT, its folders made. */
static int report_path(struct web_req *r, enum loa_report_format f,
		       char *path, size_t size)
{
	static const char *const parts[] = {
		"/.loa", "/.loa/web", "/.loa/web/reports"
	};
	static const char *const exts[] = { "xlsx", "csv", "html" };
	char token[WEB_TOKEN_HEX + 1];
	size_t i;

	for (i = 0; i < 3; i++) {
		snprintf(path, size, "%s%s", r->st->root, parts[i]);
		if (atomic_make_dir(path))
			return -1;
	}
	web_random_hex(token, WEB_TOKEN_HEX);
	return snprintf(path, size, "%s/.loa/web/reports/report-%s.%s",
			r->st->root, token, exts[f]) >= (int)size ? -1 : 0;
}

int web_report_download(struct web_req *r, struct web_resp *w)
{
	struct report_ask a;
	enum loa_report_format f;
	struct air_station station;
	struct loa_plan plan;
	struct loa_error err;
	char path[4096];
	loa_status status;
	int have_plan = 0;

	memset(&a, 0, sizeof(a));
	a.kind = web_query(r, "kind");
	a.format = web_query(r, "format");
	loa_error_clear(&err);
	if (loa_report_format_parse(a.format, &f)) {
		a.error = T_BAD_FORMAT;
	} else if (!ask_period(r, &a)) {
		if (report_path(r, f, path, sizeof(path))) {
			web_error_page(r, w, 500, T_ERR_INTERNAL);
			return 0;
		}
		loa_plan_init(&plan, a.from, a.to);
		if ((status = station_plan(r, &station, &plan, &have_plan, &err)))
			a.error = T_REPORT_NO_PLAN;
		else
			status = write_report(r, &a, f, path,
					      have_plan ? &plan : NULL, &err);
		loa_plan_release(&plan);
		web_air_station_release(&station);
		if (!status && !send_file(w, path)) {
			attachment(w, &a, f);
			unlink(path);
			return 0;
		}
		unlink(path);
		if (!a.error)
			a.error = status == LOA_EINPUT ? T_REPORT_REFUSED :
				T_REPORT_FAILED;
		a.status = status == LOA_EINPUT ? 409 : 500;
		snprintf(a.detail, sizeof(a.detail), "%s", err.msg);
		if (status != LOA_EINPUT)
			fprintf(stderr, "loa: report: %s\n", err.msg);
	}
	norm_buf_reset(&w->body);
	w->body.failed = 0;
	w->status = a.status ? a.status : 400;
	page(r, w, &a);
	return 0;
}
