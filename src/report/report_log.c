/*
 * The exported log (docs/reports.md): a station's approval and as-run
 * chains as JSON Lines, row for row with their hashes, for a city that
 * collects files rather than databases.  SQLite's own JSON functions
 * write and read the rows, so no JSON parser lives here; the rows read
 * back go into a temporary station database, where the trust layer's
 * verification runs on them exactly as on a station's own.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "core/cleanup.h"
#include "loa/date.h"
#include "report_int.h"
#include "store/db.h"

#define LINE_MAX_BYTES (1L << 20)
#define SQL_MAX 2048

static const char *const approval_cols[] = {
	"id", "kind", "at", "by", "note", "revokes", "example", "script_id",
	"script_file", "script_sha", "commune_id", "commune_values", "assets",
	"settings", "spoken_sha", "fingerprint", "audio_sha", "frames_sha",
	"prev_hash", "row_hash", NULL
};
static const char *const asrun_cols[] = {
	"id", "event", "item", "commune_id", "scheduled", "started", "ended",
	"slot", "zones", "outputs", "file", "sha256", "script_id", "topic",
	"title", "length_ms", "approval", "tier", "outcome", "reason",
	"retry_of", "simulated", "prev_hash", "row_hash", NULL
};

/* "json_object('t','asrun','id',id,...)" or the INSERT's values. */
static void col_list(char *q, size_t size, const char *const *cols,
		     int extract)
{
	size_t at = strlen(q), i;

	for (i = 0; cols[i]; i++)
		at += (size_t)snprintf(q + at, size - at, extract ?
				       "%sjson_extract(?1, '$.%s')" :
				       "%s'%s', \"%s\"", i ? ", " : "", cols[i],
				       cols[i]);
}

/* Writes each row of table (up to id last) as one JSON line. */
static loa_status dump_table(sqlite3 *sql, const char *table,
			     const char *const *cols, long long last,
			     FILE *out, struct loa_error *err)
{
	char q[SQL_MAX];
	sqlite3_stmt *st = NULL;
	int step;

	snprintf(q, sizeof(q), "SELECT json_object('t', '%s', ", table);
	col_list(q, sizeof(q), cols, 0);
	snprintf(q + strlen(q), sizeof(q) - strlen(q),
		 ") FROM %s WHERE id <= ?1 ORDER BY id", table);
	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK)
		return loa_error_set(err, LOA_EINTERNAL, "export: %s",
				     sqlite3_errmsg(sql));
	sqlite3_bind_int64(st, 1, last);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		fprintf(out, "%s\n", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (step != SQLITE_DONE)
		return loa_error_set(err, LOA_EIO, "export: %s",
				     sqlite3_errmsg(sql));
	return LOA_OK;
}

/* One integer from a query with the bound text a; -1 on error. */
static long long query_int(sqlite3 *sql, const char *q, const char *a)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return v;
}

/* The rows up to the period's last as-run row, and their heads. */
static loa_status export_body(struct loa_db *db, int from, int to, FILE *out,
			      struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	struct loa_report_source src;
	char day[11], a[11];
	long long last;
	loa_status status;

	memset(&src, 0, sizeof(src));
	if ((status = report_verify(db, loa_db_path(db), &src, err)))
		return status;
	loa_date_format(to, day);
	loa_date_format(from, a);
	last = query_int(sql, "SELECT coalesce(max(id), 0) FROM asrun WHERE "
			 "substr(coalesce(scheduled, started, ended), 1, 10) "
			 "<= ?1", day);
	if (last < 0)
		return loa_error_set(err, LOA_EIO, "export: %s",
				     sqlite3_errmsg(sql));
	fprintf(out, "{\"loa_export\":1,\"from\":\"%s\",\"to\":\"%s\","
		"\"approvals\":%lld,\"asrun\":%lld}\n", a, day,
		src.approval_rows, last);
	if ((status = dump_table(sql, "approvals", approval_cols,
				 src.approval_rows, out, err)))
		return status;
	return dump_table(sql, "asrun", asrun_cols, last, out, err);
}

struct export_ctx {
	struct loa_db *db;
	int from, to;
	struct loa_error err;      /* the export's own, kept apart */
	loa_status status;
};

static int export_stream(const void *ctx, FILE *out)
{
	struct export_ctx *e = (struct export_ctx *)ctx;

	e->status = export_body(e->db, e->from, e->to, out, &e->err);
	return e->status ? -1 : 0;
}

loa_status loa_report_export(struct loa_db *db, int from, int to,
			     const char *path, struct loa_error *err)
{
	struct export_ctx e;
	loa_status status;

	memset(&e, 0, sizeof(e));
	e.db = db;
	e.from = from;
	e.to = to;
	status = report_output(path, NULL, export_stream, &e, err);
	/* The export's own failure says more than "cannot write". */
	return e.status ? loa_error_set(err, e.status, "%s", e.err.msg) :
		status;
}

struct log_reader {
	const char *path;
	sqlite3_stmt *ins[2];       /* approvals, asrun */
	long long want[2], got[2];
	unsigned line;
};

static loa_status bad_line(struct log_reader *lr, const char *why,
			   struct loa_error *err)
{
	return loa_error_at(err, LOA_EINPUT, lr->path, lr->line, 1,
			    "refused: %s", why);
}

static loa_status prepare_inserts(sqlite3 *sql, struct log_reader *lr,
				  struct loa_error *err)
{
	char q[SQL_MAX];
	int t;

	for (t = 0; t < 2; t++) {
		const char *const *cols = t ? asrun_cols : approval_cols;
		size_t i, at;

		at = (size_t)snprintf(q, sizeof(q), "INSERT INTO %s (",
				      t ? "asrun" : "approvals");
		for (i = 0; cols[i]; i++)
			at += (size_t)snprintf(q + at, sizeof(q) - at, "%s\"%s\"",
					       i ? ", " : "", cols[i]);
		snprintf(q + at, sizeof(q) - at, ") SELECT ");
		col_list(q, sizeof(q), cols, 1);
		if (sqlite3_prepare_v2(sql, q, -1, &lr->ins[t], NULL) != SQLITE_OK)
			return loa_error_set(err, LOA_EINTERNAL, "import: %s",
					     sqlite3_errmsg(sql));
	}
	return LOA_OK;
}

/* One line: the header first, then rows of either table. */
static loa_status read_line(sqlite3 *sql, struct log_reader *lr,
			    const char *text, struct loa_error *err)
{
	long long t;
	sqlite3_stmt *st;
	int rc;

	if (lr->line == 1) {
		if (query_int(sql, "SELECT json_extract(?1, '$.loa_export') "
			      "= 1 AND json_valid(?1)", text) != 1)
			return bad_line(lr, "not a log exported by 'loa "
					"export-log'", err);
		lr->want[0] = query_int(sql, "SELECT json_extract(?1, "
					"'$.approvals')", text);
		lr->want[1] = query_int(sql, "SELECT json_extract(?1, "
					"'$.asrun')", text);
		return LOA_OK;
	}
	t = query_int(sql, "SELECT CASE json_extract(?1, '$.t') WHEN "
		      "'approvals' THEN 0 WHEN 'asrun' THEN 1 ELSE 2 END", text);
	if (t < 0 || t > 1 || (t == 0 && lr->got[1]))
		return bad_line(lr, "not an approval or as-run row in order",
				err);
	st = lr->ins[t];
	sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return bad_line(lr, sqlite3_errmsg(sql), err);
	lr->got[t]++;
	return LOA_OK;
}

static loa_status read_log(sqlite3 *sql, struct log_reader *lr, FILE *in,
			   struct loa_error *err)
{
	char *text = NULL;
	size_t size = 0;
	ssize_t n;
	loa_status status = LOA_OK;

	while (!status && (n = getline(&text, &size, in)) > 0) {
		lr->line++;
		if (n > LINE_MAX_BYTES)
			status = bad_line(lr, "a line too long", err);
		else
			status = read_line(sql, lr, text, err);
	}
	free(text);
	if (!status && ferror(in))
		status = loa_error_set(err, LOA_EIO, "%s: %s", lr->path,
				       strerror(errno));
	if (!status && (!lr->line || lr->got[0] != lr->want[0] ||
			lr->got[1] != lr->want[1]))
		status = loa_error_set(err, LOA_EINPUT, "%s: refused: cut "
				       "short or added to: its first line "
				       "announces %lld approval and %lld "
				       "as-run rows, it holds %lld and %lld",
				       lr->path, lr->want[0], lr->want[1],
				       lr->got[0], lr->got[1]);
	return status;
}

/* The log's rows into db, in one transaction. */
static loa_status import(struct loa_db *db, const char *path,
			 struct loa_error *err)
{
	struct log_reader lr = { path, { NULL, NULL }, { -1, -1 }, { 0, 0 }, 0 };
	sqlite3 *sql = db_sqlite(db);
	loa_status status;
	FILE *in = fopen(path, "r");

	if (!in)
		return loa_error_set(err, LOA_EINPUT, "%s: refused: %s", path,
				     strerror(errno));
	sqlite3_exec(sql, "PRAGMA synchronous = OFF; BEGIN", NULL, NULL, NULL);
	status = prepare_inserts(sql, &lr, err);
	if (!status)
		status = read_log(sql, &lr, in, err);
	sqlite3_finalize(lr.ins[0]);
	sqlite3_finalize(lr.ins[1]);
	sqlite3_exec(sql, status ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
	fclose(in);
	return status;
}

loa_status loa_report_add_log(struct loa_report *r, const char *path,
			      struct loa_error *err)
{
	char tmp[] = "/tmp/loa-log-XXXXXX", side[64];
	struct loa_db *db = NULL;
	int slot;
	loa_status status = report_temp(tmp, &slot, err);

	if (status)
		return status;
	status = loa_db_open(&db, tmp, err);
	if (!status)
		status = import(db, path, err);
	if (!status)
		status = loa_report_add_db(r, db, path, err);
	loa_db_close(&db);
	unlink(tmp);
	snprintf(side, sizeof(side), "%s-wal", tmp);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", tmp);
	unlink(side);
	cleanup_forget(slot);
	return status;
}
