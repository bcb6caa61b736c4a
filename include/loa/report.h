/*
 * Reports for the city: what was planned, aired and approved in a
 * period, by commune, zone, topic and week, counted from the as-run log
 * (loa/asrun.h) of one or more station databases, and written as a
 * workbook with native charts, a printable HTML page or CSV.
 * docs/reports.md defines every count.
 *
 * A report is filled with loa_report_add_db (which verifies both chains
 * first and refuses a database whose chain does not hold) or, item by
 * item, with loa_report_add_item; then loa_report_finish sorts it for
 * the writers.  Everything in it is owned by it (loa_report_release).
 */
#ifndef LOA_REPORT_H
#define LOA_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "loa/asrun.h"
#include "loa/db.h"
#include "loa/plan.h"
#include "loa/status.h"

/*
 * The counts of one row; each item adds 1 to exactly one outcome
 * (aired ... open).  With a plan (loa_report_add_plan), an item of the
 * plan that no as-run row names is counted planned, missed and not
 * logged.
 */
enum loa_report_count {
	LOA_REPORT_PLANNED,     /* scheduled, and not itself a re-air */
	LOA_REPORT_AIRED,
	LOA_REPORT_REAIRED,
	LOA_REPORT_PREEMPTED,
	LOA_REPORT_MISSED,
	LOA_REPORT_FAILED,
	LOA_REPORT_INTERRUPTED,
	LOA_REPORT_OPEN,        /* started, not ended when reported */
	LOA_REPORT_EMERGENCY,   /* tier emergency, whatever its outcome */
	LOA_REPORT_PRIORITY,    /* tier priority, whatever its outcome */
	LOA_REPORT_NOT_LOGGED,  /* missed: planned, and no as-run row at
				 * all (the station was not running) */
	LOA_REPORT_N_COUNTS
};

/* Vietnamese column headings of the counts, for every format. */
extern const char *const loa_report_count_titles[LOA_REPORT_N_COUNTS];

/* One row of a table: the fields it is not broken down by are NULL/-1. */
struct loa_report_row {
	char *commune, *zone, *topic;
	int week;               /* the Monday of its ISO week, or -1 */
	long long n[LOA_REPORT_N_COUNTS];
	long long aired_ms;     /* length of the items aired or re-aired */
};

/* The tables of a report, each sorted by its fields. */
enum loa_report_table_id {
	LOA_REPORT_BY_COMMUNE,
	LOA_REPORT_BY_TOPIC,
	LOA_REPORT_BY_WEEK_TOPIC,
	LOA_REPORT_BY_COMMUNE_TOPIC,
	LOA_REPORT_BY_ZONE_TOPIC,  /* an item for two zones is in both */
	LOA_REPORT_N_TABLES
};

struct loa_report_table {
	size_t n, alloc;
	struct loa_report_row *rows;
	size_t *slots, n_slots;   /* hash index into rows (while filling) */
};

/* An approval behind items that aired in the period. */
struct loa_report_approval {
	size_t source;          /* index into sources */
	long long id;
	char *commune, *script_id, *by, *at;
	long long plays;        /* items aired or re-aired under it */
};

/* One input database (or exported log) and what its chains say. */
struct loa_report_source {
	char *path;
	char *communes;         /* "ha-noi-x1, ha-noi-x2" (in the period) */
	long long asrun_rows, approval_rows;
	char asrun_head[65], approvals_head[65];
};

struct loa_report {
	int from, to;           /* the period, inclusive (loa/date.h) */
	const char *const *communes;  /* only these (NULL: all) */
	size_t n_communes;
	struct loa_report_row total;
	struct loa_report_table tables[LOA_REPORT_N_TABLES];
	struct loa_report_approval *approvals;
	size_t n_approvals, alloc_approvals;
	struct loa_report_source *sources;
	size_t n_sources;
	struct loa_report_plan *plan;  /* loa_report_add_plan's (private) */
};

/*
 * The topics every plan must cover ("deepfake" ... "fake-news": the
 * topics of loa_script_topics but "other"), NULL-terminated.
 */
extern const char *const loa_report_required_topics[];

/* The Vietnamese name of a topic id (the id itself when unknown). */
const char *loa_report_topic_title(const char *topic);

/*
 * An empty report for days from..to, counting only the communes
 * communes[0..n-1] (the caller's strings, kept until release) or all
 * when n is 0.
 */
void loa_report_init(struct loa_report *r, int from, int to,
		     const char *const *communes, size_t n_communes);
void loa_report_release(struct loa_report *r);

/*
 * Verifies db's approval and as-run chains, then adds its items of the
 * period and the approvals behind them.  A chain that does not hold is
 * LOA_EINPUT, naming the input (name, or db's path when NULL) and the
 * first bad row, and adds nothing.
 */
loa_status loa_report_add_db(struct loa_report *r, struct loa_db *db,
			     const char *name, struct loa_error *err);

/*
 * Writes db's chains, both verified first, from their first row to the
 * last as-run row of a day on or before to, as JSON Lines to path
 * (docs/reports.md "The exported log"), whole or not at all.
 */
loa_status loa_report_export(struct loa_db *db, int from, int to,
			     const char *path, struct loa_error *err);

/*
 * Reads a file loa_report_export wrote into a temporary database,
 * checks it holds every row its first line announces, then adds it as
 * loa_report_add_db does.  A file changed, cut short or not an export
 * is LOA_EINPUT naming it (and the line), and adds nothing.
 */
loa_status loa_report_add_log(struct loa_report *r, const char *path,
			      struct loa_error *err);

/*
 * Counts "planned" from plan (the broadcasts loa_plan_expand gave for
 * the report's period) instead of from the as-run rows: each broadcast
 * of the period and communes that starts before now (Unix time) counts
 * as planned and, until an as-run row of the same commune, day, slot
 * and script is added, as missed and not logged.  Call it once, before
 * adding any input; plan and its schedules must outlive the report.
 * Rows of communes the plan does not cover are counted as without a
 * plan; loa_report_note says so.
 */
loa_status loa_report_add_plan(struct loa_report *r,
			       const struct loa_plan *plan, long long now,
			       struct loa_error *err);

/*
 * The report's i-th note (0, 1, ...) into buf, in Vietnamese: where
 * "planned" came from and what it could not match.  NULL past the last.
 */
const char *loa_report_note(const struct loa_report *r, size_t i,
			    char *buf, size_t size);

/* Counts one item (outside the period or the communes: ignored). */
loa_status loa_report_add_item(struct loa_report *r,
			       const struct loa_asrun *item,
			       struct loa_error *err);

/* The day an item counts on: planned, else started; -1 if neither. */
int loa_report_item_day(const struct loa_asrun *item);

/* Sorts the tables and approvals; call once, before writing. */
void loa_report_finish(struct loa_report *r);

/*
 * Parses a period: --month YYYY-MM, --quarter YYYY-Qn, --week YYYY-Www,
 * "this" or "next" (today's date is today), into *from and *to.  kind is
 * "month", "quarter" or "week".  0, or -1 when text is not one.
 */
int loa_report_period(const char *kind, const char *text, int today,
		      int *from, int *to);

enum loa_report_format { LOA_REPORT_XLSX, LOA_REPORT_CSV, LOA_REPORT_HTML };

/* "xlsx", "csv", "html"; 0, or -1 when unknown. */
int loa_report_format_parse(const char *name, enum loa_report_format *out);

/*
 * Writes the report to path whole or not at all (a temporary file
 * renamed over it).  csv_sep is the CSV separator (',' or ';').
 */
loa_status loa_report_write(const struct loa_report *r,
			    enum loa_report_format format, char csv_sep,
			    const char *path, struct loa_error *err);

/*
 * The run-sheet of a plan: one row per broadcast (commune, date, day,
 * start, end, slot, zones, position, script, title, topic, duration)
 * and empty boxes to tick, sign and note; format LOA_REPORT_XLSX or
 * LOA_REPORT_HTML, written to path whole or not at all.
 */
loa_status loa_runsheet_write(const struct loa_plan *plan,
			      enum loa_report_format format, const char *path,
			      struct loa_error *err);

#endif
