/*
 * The SQLite chores of the two chained tables (approvals and the as-run
 * log): the writer's transaction, binding and copying columns, the time
 * a row is written, and one step of a chain walk.
 */
#include "trust.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/clock.h"
#include "loa/date.h"
#include "store/db.h"
#include "core/i18n.h"

loa_status trust_in_transaction(struct loa_db *db, trust_locked_fn fn,
				void *ctx, struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	const char *path = loa_db_path(db);
	loa_status rc;

	if (sqlite3_exec(sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	rc = fn(sql, path, ctx, err);
	if (!rc && sqlite3_exec(sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = db_error(sql, path, err);
	if (rc)
		sqlite3_exec(sql, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

void trust_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

int trust_column_dup(sqlite3_stmt *st, int col, char **to)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	*to = NULL;
	if (!t)
		return sqlite3_column_type(st, col) == SQLITE_NULL ? 0 : -1;
	*to = strdup((const char *)t);
	return *to ? 0 : -1;
}

void trust_column_hex(sqlite3_stmt *st, int col, char hex[65])
{
	const unsigned char *t = sqlite3_column_text(st, col);

	snprintf(hex, 65, "%s", t ? (const char *)t : "");
}

loa_status trust_now_iso(char **to, struct loa_error *err)
{
	long long t = (long long)time(NULL) + LOA_UTC_OFFSET;
	long long day = t / 86400 - (t % 86400 < 0);
	char buf[26];

	clock_iso_local((int)day, (int)(t - day * 86400), buf);
	if (!(*to = strdup(buf)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	return LOA_OK;
}

int trust_chain_step(struct loa_chain_report *r, long long id,
		     const char *prev_hash, const char *row_hash,
		     const char *computed)
{
	if (id != r->rows + 1)
		snprintf(r->why, sizeof(r->why), _("row %lld is missing: the "
			 "next row is %lld"), r->rows + 1, id);
	else if (strcmp(prev_hash, r->head))
		snprintf(r->why, sizeof(r->why), _("its link to row %lld does "
			 "not match that row's hash"), r->rows);
	else if (strcmp(computed, row_hash))
		snprintf(r->why, sizeof(r->why), "%s", _("its content does not "
			 "match its hash: changed after it was recorded"));
	if (r->why[0]) {
		r->bad_id = id;
		return 1;
	}
	r->rows++;
	memcpy(r->head, row_hash, sizeof(r->head));
	return 0;
}
