/*
 * The daemon's event log (air_events, loa/asrun.h): appended by the
 * daemon, read back newest first by 'loa status' and the On air page.
 * Since schema 5 a row keeps its message's id and arguments (a JSON
 * array of strings) beside the English text, so each reader can write
 * it in its own language; the arguments are checked here to be that
 * array, and an older database (read-only, not migrated) is read
 * without them.
 */
#include "trust.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "loa/asrun.h"
#include "store/db.h"

loa_status loa_air_event(struct loa_db *db, const char *at, const char *kind,
			 long long item, const char *message,
			 const char *msgid, const char *const *args,
			 int n_args, struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	char *now = NULL, q[300];
	size_t len;
	loa_status rc = LOA_OK;
	int i;

	if (!msgid || n_args < 0 || n_args > LOA_AIR_EVENT_ARGS)
		n_args = 0;
	if (!at && (rc = trust_now_iso(&now, err)))
		return rc;
	len = (size_t)snprintf(q, sizeof(q), "INSERT INTO air_events (at, "
			       "kind, item, message, msgid, args) VALUES (?1, "
			       "?2, ?3, ?4, ?5, CASE WHEN ?5 IS NOT NULL THEN "
			       "json_array(");
	for (i = 0; i < n_args; i++)
		len += (size_t)snprintf(q + len, sizeof(q) - len, "%s?%d",
					i ? ", " : "", 6 + i);
	snprintf(q + len, sizeof(q) - len, ") END)");
	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK) {
		rc = db_error(sql, loa_db_path(db), err);
		goto out;
	}
	trust_bind_text(st, 1, at ? at : now);
	trust_bind_text(st, 2, kind);
	if (item)
		sqlite3_bind_int64(st, 3, item);
	trust_bind_text(st, 4, message);
	trust_bind_text(st, 5, msgid);
	for (i = 0; i < n_args; i++)
		sqlite3_bind_text(st, 6 + i, args[i] ? args[i] : "", -1,
				  SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = db_error(sql, loa_db_path(db), err);
out:
	sqlite3_finalize(st);
	free(now);
	return rc;
}

/* Argument i of the row's args, when it is a string. */
#define ARG(i) ", CASE WHEN json_valid(args) THEN (SELECT value FROM " \
	"json_each(args) WHERE key = " #i " AND type = 'text') END"

/* The query over FROM: rows of schema 5, or older ones without ids. */
#define EVENTS(from) "SELECT id, at, kind, coalesce(item, 0), message, " \
	"msgid, CASE WHEN json_valid(args) AND json_type(args) = 'array' " \
	"THEN json_array_length(args) ELSE -1 END" ARG(0) ARG(1) ARG(2) \
	ARG(3) ARG(4) ARG(5) ARG(6) ARG(7) " FROM " from " WHERE ?1 IS " \
	"NULL OR at >= ?1 ORDER BY id DESC LIMIT ?2"

/* The event of the statement's row into e (its strings are the row's). */
static void read_event(sqlite3_stmt *st, struct loa_air_event *e,
		       const char *args[LOA_AIR_EVENT_ARGS])
{
	e->id = sqlite3_column_int64(st, 0);
	e->at = (const char *)sqlite3_column_text(st, 1);
	e->kind = (const char *)sqlite3_column_text(st, 2);
	e->item = sqlite3_column_int64(st, 3);
	e->message = (const char *)sqlite3_column_text(st, 4);
	e->msgid = (const char *)sqlite3_column_text(st, 5);
	e->n_args = sqlite3_column_int(st, 6);
	if (e->n_args > LOA_AIR_EVENT_ARGS)
		e->n_args = -1;
	for (int i = 0; i < e->n_args; i++)
		if (!(args[i] = (const char *)sqlite3_column_text(st, 7 + i)))
			e->n_args = -1; /* not a string: the row is not ours */
	e->args = args;
}

loa_status loa_air_events(struct loa_db *db, const char *since, int limit,
			  loa_air_event_fn fn, void *ctx,
			  struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	struct loa_air_event e;
	const char *args[LOA_AIR_EVENT_ARGS];
	loa_status rc = LOA_OK;
	int step = SQLITE_DONE;

	if (sqlite3_prepare_v2(sql, EVENTS("air_events"), -1, &st,
			       NULL) != SQLITE_OK &&
	    sqlite3_prepare_v2(sql, EVENTS("(SELECT *, NULL AS msgid, NULL "
					   "AS args FROM air_events)"), -1,
			       &st, NULL) != SQLITE_OK)
		return db_error(sql, loa_db_path(db), err);
	trust_bind_text(st, 1, since);
	sqlite3_bind_int(st, 2, limit > 0 ? limit : -1);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		read_event(st, &e, args);
		rc = fn(ctx, &e);
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_error(sql, loa_db_path(db), err);
	sqlite3_finalize(st);
	return rc;
}
