/*
 * The report's counting: a generated as-run set on a real SQLite file
 * (three communes, every outcome, bulletins, re-airs, zones) counted by
 * loa_report_add_db, and every total of every table compared with a
 * count taken by SQL from the rows themselves; a cut-then-re-aired item
 * counted as docs/reports.md says; and the periods.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>

#include <string.h>

#include "loa/date.h"
#include "loa/report.h"
#include "unit_tmp.h"

static char path[128];

static int setup(void **state)
{
	if (tmp_group_setup(state))
		return -1;
	snprintf(path, sizeof(path), "%s/loa.db", root);
	return 0;
}

static const char *const communes[] = { "xa-1", "xa-2", "xa-3" };
static const char *const topics[] = {
	"deepfake", "online-fraud", "ai-law", "fake-news", "other"
};
static const char *const zones[] = { "Thôn A", "Thôn A, Thôn B", NULL };

/* Writes item i of the generated set (its outcome from i). */
static void gen_item(struct loa_db *db, int i)
{
	static const enum loa_asrun_outcome ends[] = {
		LOA_ASRUN_AIRED, LOA_ASRUN_AIRED, LOA_ASRUN_PREEMPTED,
		LOA_ASRUN_MISSED, LOA_ASRUN_FAILED, LOA_ASRUN_AIRED,
		LOA_ASRUN_REAIRED, LOA_ASRUN_INTERRUPTED, LOA_ASRUN_OPEN,
	};
	char sched[40], start[40];
	enum loa_asrun_outcome oc = ends[i % 9];
	struct loa_error err;
	struct loa_asrun a;
	int day = i % 45; /* 2026-11-20 ... 2027-01-03 */
	char d[11];

	loa_date_format(loa_date_from_civil(2026, 11, 20) + day, d);
	snprintf(sched, sizeof(sched), "%sT%02d:00:00+07:00", d, 6 + i % 12);
	snprintf(start, sizeof(start), "%sT%02d:00:00.010+07:00", d, 6 + i % 12);
	memset(&a, 0, sizeof(a));
	a.commune_id = (char *)communes[i % 3];
	a.scheduled = i % 11 == 10 ? NULL : sched;   /* a bulletin */
	a.zones = (char *)zones[i % 3];
	a.topic = (char *)topics[i % 5];
	a.script_id = (char *)"kb";
	a.length_ms = 1000 * (i % 97 + 30);
	a.tier = (char *)(i % 11 == 10 ? "emergency" : i % 7 == 0 ?
			  "priority" : "normal");
	a.retry_of = oc == LOA_ASRUN_REAIRED ? 1 : 0;
	if (oc == LOA_ASRUN_MISSED || oc == LOA_ASRUN_FAILED) {
		a.outcome = oc;
		a.reason = (char *)"test";
		assert_int_equal(loa_asrun_record(db, &a, &err), LOA_OK);
		return;
	}
	a.started = start;
	assert_int_equal(loa_asrun_begin(db, &a, &err), LOA_OK);
	if (oc == LOA_ASRUN_INTERRUPTED)
		assert_int_equal(loa_asrun_close_open(db, "crash", NULL, &err),
				 LOA_OK);
	else if (oc != LOA_ASRUN_OPEN)
		assert_int_equal(loa_asrun_end(db, a.id, start, oc, NULL, &err),
				 LOA_OK);
}

/* Items of December with their outcome, as rows say (docs/asrun.md). */
#define ITEMS "(SELECT s.*, coalesce(e.outcome, s.outcome) AS oc FROM asrun s" \
	" LEFT JOIN asrun e ON e.event = 'end' AND e.item = s.id" \
	" WHERE s.event IN ('start', 'once') AND substr(coalesce(s.scheduled," \
	" s.started), 1, 10) BETWEEN '2026-12-01' AND '2026-12-31')"

/* The SQL condition of each count, in enum loa_report_count order. */
static const char *const conditions[LOA_REPORT_N_COUNTS] = {
	"scheduled IS NOT NULL AND retry_of IS NULL", "oc = 'aired'",
	"oc = 're-aired'", "oc = 'pre-empted'", "oc = 'missed'",
	"oc = 'failed'", "oc = 'interrupted'", "oc IS NULL",
	"tier = 'emergency' AND retry_of IS NULL",
	"tier = 'priority' AND retry_of IS NULL",
	"0", /* not logged: nothing without a plan */
};

static long long sql_count(sqlite3 *sql, const char *what, const char *where,
			   const char *extra)
{
	char q[1024];
	sqlite3_stmt *st;
	long long n;

	snprintf(q, sizeof(q), "SELECT %s FROM " ITEMS " WHERE (%s) AND (%s)",
		 what, where, extra);
	assert_int_equal(sqlite3_prepare_v2(sql, q, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Every count and the minutes of row equal SQL's under extra. */
static void row_matches(sqlite3 *sql, const struct loa_report_row *row,
			const char *extra)
{
	int c;

	for (c = 0; c < LOA_REPORT_N_COUNTS; c++)
		assert_int_equal(row->n[c],
				 sql_count(sql, "count(*)", conditions[c], extra));
	assert_int_equal(row->aired_ms,
			 sql_count(sql, "coalesce(sum(length_ms), 0)",
				   "oc IN ('aired', 're-aired')", extra));
}

static void test_generated_set(void **state)
{
	struct loa_db *db = NULL;
	struct loa_error err;
	struct loa_report r;
	sqlite3 *sql;
	size_t i;
	char extra[256];

	(void)state;
	assert_int_equal(loa_db_open(&db, path, &err), LOA_OK);
	for (i = 0; i < 400; i++)
		gen_item(db, (int)i);
	loa_report_init(&r, loa_date_from_civil(2026, 12, 1),
			loa_date_from_civil(2026, 12, 31), NULL, 0);
	assert_int_equal(loa_report_add_db(&r, db, NULL, &err), LOA_OK);
	loa_report_finish(&r);
	loa_db_close(&db);
	assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
	row_matches(sql, &r.total, "1");
	assert_true(r.total.n[LOA_REPORT_AIRED] > 0);
	assert_true(r.total.n[LOA_REPORT_OPEN] > 0);
	assert_int_equal(r.tables[LOA_REPORT_BY_COMMUNE].n, 3);
	for (i = 0; i < r.tables[LOA_REPORT_BY_COMMUNE].n; i++) {
		const struct loa_report_row *row =
			&r.tables[LOA_REPORT_BY_COMMUNE].rows[i];

		snprintf(extra, sizeof(extra), "commune_id = '%s'", row->commune);
		row_matches(sql, row, extra);
	}
	for (i = 0; i < r.tables[LOA_REPORT_BY_TOPIC].n; i++) {
		const struct loa_report_row *row =
			&r.tables[LOA_REPORT_BY_TOPIC].rows[i];

		snprintf(extra, sizeof(extra), "topic = '%s'", row->topic);
		row_matches(sql, row, extra);
	}
	for (i = 0; i < r.tables[LOA_REPORT_BY_ZONE_TOPIC].n; i++) {
		const struct loa_report_row *row =
			&r.tables[LOA_REPORT_BY_ZONE_TOPIC].rows[i];

		/* An item for two zones counts in each. */
		snprintf(extra, sizeof(extra), "commune_id = '%s' AND topic = "
			 "'%s' AND %s", row->commune, row->topic,
			 !strcmp(row->zone, "Thôn A") ? "zones LIKE '%Thôn A%'" :
			 !strcmp(row->zone, "Thôn B") ? "zones LIKE '%Thôn B%'" :
			 "zones IS NULL");
		row_matches(sql, row, extra);
	}
	sqlite3_close(sql);
	assert_true(r.n_sources == 1 && r.sources[0].asrun_rows > 400);
	loa_report_release(&r);
}

/* An item of xa-1 on topic deepfake, as the hand-made cases start. */
static struct loa_asrun item(const char *scheduled,
			     enum loa_asrun_outcome oc, long long length_ms)
{
	struct loa_asrun a;

	memset(&a, 0, sizeof(a));
	a.commune_id = (char *)"xa-1";
	a.scheduled = (char *)scheduled;
	a.topic = (char *)"deepfake";
	a.outcome = oc;
	a.length_ms = length_ms;
	return a;
}

/* Every count of row is want's. */
static void counts_are(const struct loa_report_row *row,
		       const long long want[LOA_REPORT_N_COUNTS])
{
	int c;

	for (c = 0; c < LOA_REPORT_N_COUNTS; c++)
		assert_int_equal(row->n[c], want[c]);
}

static void test_cut_then_reaired(void **state)
{
	struct loa_asrun cut, retry;
	struct loa_report r;
	struct loa_error err;
	const char *only[] = { "xa-1" };
	static const long long once_cut[LOA_REPORT_N_COUNTS] = {
		[LOA_REPORT_PLANNED] = 1, [LOA_REPORT_REAIRED] = 1,
		[LOA_REPORT_PREEMPTED] = 1,
	};

	(void)state;
	cut = item("2026-12-03T06:00:00+07:00", LOA_ASRUN_PREEMPTED, 90000);
	cut.id = 7;
	cut.started = (char *)"2026-12-03T06:00:00.010+07:00";
	retry = cut;
	retry.id = 9;
	retry.retry_of = 7;
	retry.outcome = LOA_ASRUN_REAIRED;
	loa_report_init(&r, loa_date_from_civil(2026, 12, 1),
			loa_date_from_civil(2026, 12, 7), only, 1);
	assert_int_equal(loa_report_add_item(&r, &cut, &err), LOA_OK);
	assert_int_equal(loa_report_add_item(&r, &retry, &err), LOA_OK);
	cut.commune_id = (char *)"xa-2";        /* not asked for */
	assert_int_equal(loa_report_add_item(&r, &cut, &err), LOA_OK);
	cut.commune_id = (char *)"xa-1";
	cut.scheduled = (char *)"2026-12-08T06:00:00+07:00"; /* after */
	assert_int_equal(loa_report_add_item(&r, &cut, &err), LOA_OK);
	loa_report_finish(&r);
	/* Planned once, cut once, re-aired once, its minutes once. */
	counts_are(&r.total, once_cut);
	assert_int_equal(r.total.aired_ms, 90000);
	assert_int_equal(r.tables[LOA_REPORT_BY_ZONE_TOPIC].n, 1);
	assert_int_equal(r.tables[LOA_REPORT_BY_WEEK_TOPIC].rows[0].week,
			 loa_date_from_civil(2026, 11, 30));
	loa_report_release(&r);
}

static void test_periods(void **state)
{
	static const struct {
		const char *kind, *text;
		int rc, from[3], to[3]; /* civil dates, when rc is 0 */
	} cases[] = {
		{ "month", "2026-12", 0, { 2026, 12, 1 }, { 2026, 12, 31 } },
		{ "month", "2028-02", 0, { 2028, 2, 1 }, { 2028, 2, 29 } },
		{ "quarter", "2026-Q4", 0, { 2026, 10, 1 }, { 2026, 12, 31 } },
		{ "week", "2026-W49", 0, { 2026, 11, 30 }, { 2026, 12, 6 } },
		{ "week", "this", 0, { 2026, 11, 30 }, { 2026, 12, 6 } },
		{ "week", "next", 0, { 2026, 12, 7 }, { 2026, 12, 13 } },
		{ "month", "2026-13", -1, { 0 }, { 0 } },
		{ "month", "2026-1", -1, { 0 }, { 0 } },
		{ "quarter", "2026-Q5", -1, { 0 }, { 0 } },
		{ "week", "2026-W54", -1, { 0 }, { 0 } },
	};
	int from, to, today = loa_date_from_civil(2026, 12, 3);
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(loa_report_period(cases[i].kind, cases[i].text,
						   today, &from, &to),
				 cases[i].rc);
		if (cases[i].rc)
			continue;
		assert_int_equal(from, loa_date_from_civil(cases[i].from[0],
				 cases[i].from[1], cases[i].from[2]));
		assert_int_equal(to, loa_date_from_civil(cases[i].to[0],
				 cases[i].to[1], cases[i].to[2]));
	}
}

/*
 * Planned from a plan: a slot occurrence that plays script s twice and a
 * later day's broadcast; two as-run rows take the two broadcasts of the
 * first day, a third row of the same key is not in the plan, a commune
 * without a plan is noted, and a broadcast after now is not counted.
 */
static void test_planned_from_plan(void **state)
{
	struct loa_commune commune = { 0 };
	struct loa_script script = { 0 };
	struct loa_slot slot = { 0 };
	struct loa_schedule s = { 0 };
	struct loa_broadcast b[3];
	static const long long four_aired[LOA_REPORT_N_COUNTS] = {
		[LOA_REPORT_PLANNED] = 4, [LOA_REPORT_AIRED] = 4,
	};
	struct loa_plan plan;
	struct loa_asrun row;
	struct loa_report r;
	struct loa_error err;
	int day = loa_date_from_civil(2026, 12, 1);
	char note[512];
	int i;

	(void)state;
	commune.id = (char *)"xa-1";
	script.id = (char *)"s";
	script.topic = (char *)"deepfake";
	slot.id = (char *)"sang";
	s.commune = &commune;
	memset(b, 0, sizeof(b));
	for (i = 0; i < 3; i++) {
		b[i].schedule = &s;
		b[i].slot = &slot;
		b[i].script = &script;
		b[i].date = day + (i == 2);
		b[i].start = 6 * 3600 + 60 * i;
		b[i].seconds = 60;
	}
	plan.from = day;
	plan.to = day + 6;
	plan.n = plan.alloc = 3;
	plan.items = b;
	loa_report_init(&r, day, day + 6, NULL, 0);
	/* "now": the second day's 06:00 broadcast is not due yet. */
	assert_int_equal(loa_report_add_plan(&r, &plan,
		loa_date_from_civil(2026, 12, 2) * 86400LL - 7 * 3600, &err),
		LOA_OK);
	assert_int_equal(r.total.n[LOA_REPORT_PLANNED], 2);
	assert_int_equal(r.total.n[LOA_REPORT_NOT_LOGGED], 2);
	assert_int_equal(loa_report_add_plan(&r, &plan, 0, &err),
			 LOA_EINTERNAL);

	row = item("2026-12-01T06:00:00+07:00", LOA_ASRUN_AIRED, 60000);
	row.slot = (char *)"sang";
	row.script_id = (char *)"s";
	for (i = 0; i < 3; i++)
		assert_int_equal(loa_report_add_item(&r, &row, &err), LOA_OK);
	row.commune_id = (char *)"xa-9";
	assert_int_equal(loa_report_add_item(&r, &row, &err), LOA_OK);
	loa_report_finish(&r);
	/* Two broadcasts taken, the third row and xa-9's counted as before. */
	counts_are(&r.total, four_aired);
	assert_non_null(loa_report_note(&r, 0, note, sizeof(note)));
	assert_non_null(strstr(note, "theo lịch phát sóng: 2 chương trình"));
	assert_non_null(loa_report_note(&r, 1, note, sizeof(note)));
	assert_non_null(strstr(note, "1 chương trình của lịch sau"));
	assert_non_null(loa_report_note(&r, 2, note, sizeof(note)));
	assert_non_null(strstr(note, "1 mục trong nhật ký không có"));
	assert_non_null(loa_report_note(&r, 3, note, sizeof(note)));
	assert_non_null(strstr(note, "Xã xa-9 không có trong lịch"));
	assert_null(loa_report_note(&r, 4, note, sizeof(note)));
	/* The zone rows the taken broadcasts emptied are gone. */
	assert_int_equal(r.tables[LOA_REPORT_BY_COMMUNE].n, 2);
	loa_report_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_set),
		cmocka_unit_test(test_cut_then_reaired),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_planned_from_plan),
	};

	return cmocka_run_group_tests(tests, setup, tmp_group_teardown);
}
