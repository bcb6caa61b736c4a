/* What the report's files share inside src/report. */
#ifndef LOA_REPORT_INT_H
#define LOA_REPORT_INT_H

#include <stdint.h>
#include <stdio.h>

#include "loa/report.h"

/* The topic and zone of items that name none. */
#define REPORT_NO_TOPIC "(none)"
#define REPORT_WHOLE_COMMUNE "(toàn xã)"

/* The fields a row is found by; NULL/-1 where it does not break down. */
struct report_key {
	const char *commune, *zone, *topic;
	int week;
};

/* FNV-1a of s (and an end mark) continued from h. */
uint64_t report_hash_text(uint64_t h, const char *s);

/* The row of t for k, created empty when new; NULL without memory. */
struct loa_report_row *report_row(struct loa_report_table *t,
				  const struct report_key *k);

/* Counts item: 1 counted, 0 outside the period or communes, -1 nomem. */
int report_add(struct loa_report *r, const struct loa_asrun *item);

/* How report_count counts: add (1) or take back (-1), and whether the
 * item is a broadcast of the plan that nothing logged. */
struct report_op {
	int delta, not_logged;
};

/* Counts item (on day) into the total and every table; 1, or -1 nomem. */
int report_count(struct loa_report *r, const struct loa_asrun *item, int day,
		 const struct report_op *op);

/* 1 when day is in the period and commune one the report counts. */
int report_wanted(const struct loa_report *r, int day, const char *commune);

/*
 * Matches a planned as-run item (on day) to a broadcast of the plan and
 * takes that broadcast's "not logged" back; notes what did not match.
 * 1 matched, 0 not, -1 without memory.
 */
int report_plan_match(struct loa_report *r, const struct loa_asrun *item,
		      int day);
void report_plan_free(struct loa_report_plan **plan);

/*
 * Verifies both chains of db (named name in messages) into src's rows
 * and heads; a chain that does not hold is LOA_EINPUT.
 */
loa_status report_verify(struct loa_db *db, const char *name,
			 struct loa_report_source *src, struct loa_error *err);

/* Adds a copy of name to list[0..*n-1] unless there; 0, or -1 nomem. */
int report_note_name(char ***list, size_t *n, const char *name);

/* The writers: to a stream (CSV, HTML) or a named file (XLSX). */
int report_write_csv(const struct loa_report *r, char sep, FILE *out);
int report_write_html(const struct loa_report *r, FILE *out);
loa_status report_write_xlsx(const struct loa_report *r, const char *path,
			     struct loa_error *err);

/* A writer of a named file (a workbook) or of a stream (CSV, HTML). */
typedef loa_status report_xlsx_fn(const void *ctx, const char *path,
				  struct loa_error *err);
typedef int report_stream_fn(const void *ctx, FILE *out);

/*
 * Creates the empty file tmp ("/tmp/...-XXXXXX"), registered with
 * core/cleanup (cleanup_forget(*slot) once it is removed).
 */
loa_status report_temp(char *tmp, int *slot, struct loa_error *err);

/*
 * Writes path whole or not at all (core/atomic.h) with xlsx, through a
 * private temporary file, or else with stream, through memory.
 */
loa_status report_output(const char *path, report_xlsx_fn *xlsx,
			 report_stream_fn *stream, const void *ctx,
			 struct loa_error *err);

/*
 * Minutes aired per week (rows) and required topic (columns, then
 * "other"): the week Mondays into weeks[], the ms into ms[w][t].  The
 * caller frees both; 0, or -1 without memory.
 */
#define REPORT_CHART_TOPICS 6
int report_week_pivot(const struct loa_report *r, int **weeks,
		      long long (**ms)[REPORT_CHART_TOPICS], size_t *n);

/* The chart topics: the required ones, then "other". */
const char *report_chart_topic(size_t i);

/* "2026-12-01 – 2026-12-31" into buf. */
void report_period_text(const struct loa_report *r, char *buf, size_t size);

#endif
