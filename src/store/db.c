#include "store/db.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loa/version.h"

/* SQLite's application_id for a Loa station database: "LoaS". */
#define LOA_DB_APPLICATION_ID 0x4C6F6153

/* How long a writer waits for another process's transaction, in ms. */
#define LOA_DB_BUSY_MS 10000

/*
 * The schema, one step per version: steps[i] takes version i to i + 1.
 * Never edit a step once released; add the next one.
 */
static const char *const schema_steps[LOA_DB_SCHEMA] = {
	/* 1: the log of the migrations themselves. */
	"CREATE TABLE schema_log ("
	" version INTEGER PRIMARY KEY,"
	" applied_at TEXT NOT NULL," /* UTC, ISO 8601 */
	" loa_version TEXT NOT NULL"
	") STRICT;",
	/*
	 * 2: approvals, append-only and chained by hash (docs/approvals.md):
	 * a revocation is a row of its own, nothing is updated or deleted.
	 */
	"CREATE TABLE approvals ("
	" id INTEGER PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('approve', 'revoke')),"
	" at TEXT NOT NULL," /* ISO 8601, +07:00 */
	" by TEXT NOT NULL,"
	" note TEXT,"
	" revokes INTEGER REFERENCES approvals (id),"
	" example INTEGER NOT NULL DEFAULT 0,"
	" script_id TEXT, script_file TEXT, script_sha TEXT,"
	" commune_id TEXT, commune_values TEXT, assets TEXT, settings TEXT,"
	" spoken_sha TEXT, fingerprint TEXT, audio_sha TEXT, frames_sha TEXT,"
	" prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX approvals_content ON approvals (commune_id, fingerprint);"
	"CREATE INDEX approvals_revokes ON approvals (revokes);"
	"CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals BEGIN"
	" SELECT RAISE(ABORT, 'approvals are never changed: revoke and "
	"approve again'); END;"
	"CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals BEGIN"
	" SELECT RAISE(ABORT, 'approvals are never deleted: revoke instead');"
	" END;",
	/*
	 * 3: the as-run log (loa/asrun.h, docs/asrun.md), append-only and
	 * chained like the approvals: an item is a start row and an end
	 * row naming it (event 'end', item = its start row), or one 'once'
	 * row for an item that never started.  An item ends only once.
	 * air_events is the daemon's operational log, append-only.
	 */
	"CREATE TABLE asrun ("
	" id INTEGER PRIMARY KEY,"
	" event TEXT NOT NULL CHECK (event IN ('start', 'end', 'once')),"
	" item INTEGER REFERENCES asrun (id),"
	" commune_id TEXT, scheduled TEXT, started TEXT, ended TEXT,"
	" slot TEXT, zones TEXT, outputs TEXT, file TEXT, sha256 TEXT,"
	" script_id TEXT, topic TEXT, title TEXT, length_ms INTEGER,"
	" approval INTEGER REFERENCES approvals (id),"
	" tier TEXT CHECK (tier IN ('normal', 'priority', 'emergency')),"
	" outcome TEXT CHECK (outcome IN ('aired', 're-aired', 'pre-empted',"
	" 'missed', 'failed', 'interrupted')),"
	" reason TEXT,"
	" retry_of INTEGER REFERENCES asrun (id),"
	" simulated INTEGER NOT NULL DEFAULT 0,"
	" prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL"
	") STRICT;"
	"CREATE UNIQUE INDEX asrun_ends_once ON asrun (item)"
	" WHERE event = 'end';"
	"CREATE INDEX asrun_scheduled ON asrun (scheduled);"
	"CREATE INDEX asrun_started ON asrun (started);"
	"CREATE TRIGGER asrun_no_update BEFORE UPDATE ON asrun BEGIN"
	" SELECT RAISE(ABORT, 'the as-run log is never changed'); END;"
	"CREATE TRIGGER asrun_no_delete BEFORE DELETE ON asrun BEGIN"
	" SELECT RAISE(ABORT, 'the as-run log is never deleted'); END;"
	"CREATE TABLE air_events ("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL,"
	" kind TEXT NOT NULL,"
	" item INTEGER REFERENCES asrun (id),"
	" message TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX air_events_at ON air_events (at);"
	"CREATE TRIGGER air_events_no_update BEFORE UPDATE ON air_events BEGIN"
	" SELECT RAISE(ABORT, 'the air log is never changed'); END;"
	"CREATE TRIGGER air_events_no_delete BEFORE DELETE ON air_events BEGIN"
	" SELECT RAISE(ABORT, 'the air log is never deleted'); END;",
	/*
	 * 4: the web page's people (loa user add; a password is kept only
	 * as its yescrypt hash) and web_actions, the append-only record of
	 * who did what through the page (loa/web.h).
	 */
	"CREATE TABLE users ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE,"
	" role TEXT NOT NULL CHECK (role IN ('editor', 'approver',"
	" 'operator', 'admin')),"
	" password_hash TEXT NOT NULL,"
	" created_at TEXT NOT NULL" /* ISO 8601, +07:00 */
	") STRICT;"
	"CREATE TABLE web_actions ("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL," /* ISO 8601, +07:00 */
	" user TEXT NOT NULL," /* '' when nobody was logged in */
	" address TEXT,"
	" action TEXT NOT NULL,"
	" target TEXT,"
	" detail TEXT"
	") STRICT;"
	"CREATE INDEX web_actions_at ON web_actions (at);"
	"CREATE TRIGGER web_actions_no_update BEFORE UPDATE ON web_actions"
	" BEGIN SELECT RAISE(ABORT, 'the web log is never changed'); END;"
	"CREATE TRIGGER web_actions_no_delete BEFORE DELETE ON web_actions"
	" BEGIN SELECT RAISE(ABORT, 'the web log is never deleted'); END;",
	/*
	 * 5: an air event keeps its message's id (the daemon's untranslated
	 * format) and its arguments (a JSON array of strings) beside the
	 * English text, so each reader writes it in its own language
	 * (loa_air_event_text).  Older rows keep only their text.
	 */
	"ALTER TABLE air_events ADD COLUMN msgid TEXT;"
	"ALTER TABLE air_events ADD COLUMN args TEXT;",
};

struct loa_db {
	sqlite3 *sql;
	char *path;
};

struct sqlite3 *db_sqlite(struct loa_db *db)
{
	return db->sql;
}

const char *loa_db_path(const struct loa_db *db)
{
	return db->path;
}

loa_status db_error(sqlite3 *sql, const char *path, struct loa_error *err)
{
	int code = sqlite3_errcode(sql);

	if (code == SQLITE_NOTADB)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "not a Loa station database (not an "
				    "SQLite file)");
	if (code == SQLITE_NOMEM)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	return loa_error_at(err, LOA_EIO, path, 0, 0, "database: %s",
			    sqlite3_errmsg(sql));
}

/* One integer from a statement such as "PRAGMA user_version". */
static loa_status query_int(sqlite3 *sql, const char *path, const char *q,
			    int *value, struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	loa_status rc;

	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*value = sqlite3_column_int(st, 0);
		rc = LOA_OK;
	} else {
		rc = db_error(sql, path, err);
	}
	sqlite3_finalize(st);
	return rc;
}

static loa_status exec(sqlite3 *sql, const char *path, const char *q,
		       struct loa_error *err)
{
	if (sqlite3_exec(sql, q, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	return LOA_OK;
}

/* Refuses a file that is not ours, or is newer than this program. */
static loa_status check_identity(sqlite3 *sql, const char *path, int newest,
				 int *version, struct loa_error *err)
{
	int app = 0, objects = 0;
	loa_status rc;

	if ((rc = query_int(sql, path, "PRAGMA application_id", &app, err)) ||
	    (rc = query_int(sql, path, "PRAGMA user_version", version, err)) ||
	    (rc = query_int(sql, path, "SELECT count(*) FROM sqlite_schema",
			    &objects, err)))
		return rc;
	if (app == 0 && *version == 0 && objects == 0)
		return LOA_OK; /* new and empty: ours to create */
	if (app != LOA_DB_APPLICATION_ID)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "an SQLite database of another program, "
				    "not a Loa station database");
	if (*version > newest)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "written by a newer Loa (schema %d; this "
				    "program knows up to %d): update Loa",
				    *version, newest);
	return LOA_OK;
}

/* Applies step number v (version v to v + 1) in one transaction. */
static loa_status migrate_step(sqlite3 *sql, const char *path,
			       const char *step, int v, struct loa_error *err)
{
	char q[256];
	int now = 0;
	loa_status rc;

	/* IMMEDIATE: two processes opening a new file migrate one at a time. */
	if ((rc = exec(sql, path, "BEGIN IMMEDIATE", err)))
		return rc;
	if ((rc = query_int(sql, path, "PRAGMA user_version", &now, err)))
		goto out;
	if (now != v)
		goto out; /* another process applied it meanwhile */
	snprintf(q, sizeof(q),
		 "INSERT INTO schema_log VALUES (%d, "
		 "strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'), '%s');"
		 "PRAGMA application_id = %d; PRAGMA user_version = %d;",
		 v + 1, LOA_VERSION, LOA_DB_APPLICATION_ID, v + 1);
	if ((rc = exec(sql, path, step, err)) || (rc = exec(sql, path, q, err)))
		goto out;
	rc = exec(sql, path, "COMMIT", err);
out:
	if (rc || now != v)
		sqlite3_exec(sql, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
	return rc;
}

static loa_status configure(sqlite3 *sql, const char *path,
			    struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	int wal;

	/* WAL can only be entered outside a transaction; check it took. */
	if (sqlite3_prepare_v2(sql, "PRAGMA journal_mode = WAL", -1, &st,
			       NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return db_error(sql, path, err);
	}
	wal = !strcmp((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	if (!wal)
		return loa_error_at(err, LOA_EIO, path, 0, 0,
				    "database: cannot use a WAL journal here");
	return exec(sql, path, "PRAGMA synchronous = FULL;"
		    "PRAGMA foreign_keys = ON;", err);
}

/* A new handle on path, opened as SQLite's name (path, or a URI) with
 * flags, identity checked: the file's schema version into *version. */
static loa_status db_connect(struct loa_db **out, const char *path,
			     const char *name, int flags, int newest,
			     int *version, struct loa_error *err)
{
	struct loa_db *db = calloc(1, sizeof(*db));
	loa_status rc = LOA_OK;

	*out = NULL;
	if (!db || !(db->path = strdup(path))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	if (sqlite3_open_v2(name, &db->sql, flags, NULL) != SQLITE_OK) {
		rc = db->sql ? db_error(db->sql, path, err) :
			loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	sqlite3_busy_timeout(db->sql, LOA_DB_BUSY_MS);
	rc = check_identity(db->sql, path, newest, version, err);
out:
	if (rc)
		loa_db_close(&db);
	*out = db;
	return rc;
}

loa_status db_open_steps(struct loa_db **out, const char *path,
			 const char *const *steps, int n,
			 struct loa_error *err)
{
	int version = 0, v;
	loa_status rc = db_connect(out, path, path, SQLITE_OPEN_READWRITE |
				   SQLITE_OPEN_CREATE, n, &version, err);

	if (!rc)
		rc = configure((*out)->sql, path, err);
	for (v = version; v < n && !rc; v++)
		rc = migrate_step((*out)->sql, path, steps[v], v, err);
	if (rc)
		loa_db_close(out);
	return rc;
}

const char *const *db_schema_steps(void)
{
	return schema_steps;
}

loa_status loa_db_open(struct loa_db **out, const char *path,
		       struct loa_error *err)
{
	return db_open_steps(out, path, schema_steps, LOA_DB_SCHEMA, err);
}

/*
 * "file:PATH?immutable=1", PATH percent-encoded, into a new string; NULL
 * without memory.  Immutable: SQLite neither locks nor makes -wal and
 * -shm files beside a copy nobody writes.
 */
static char *immutable_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path), at = 0;
	char *uri = malloc(3 * n + 32);

	if (!uri)
		return NULL;
	at = (size_t)snprintf(uri, 32, "file:%s", path[0] == '/' ? "//" : "");
	for (; *path; path++) {
		unsigned char c = (unsigned char)*path;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("/._-~", c)) {
			uri[at++] = (char)c;
		} else {
			uri[at++] = '%';
			uri[at++] = hex[c >> 4];
			uri[at++] = hex[c & 15];
		}
	}
	memcpy(uri + at, "?immutable=1", sizeof("?immutable=1"));
	return uri;
}

loa_status loa_db_open_readonly(struct loa_db **out, const char *path,
				int oldest, struct loa_error *err)
{
	char *wal = malloc(strlen(path) + 5), *uri = NULL;
	int version = 0, live;
	loa_status rc;

	*out = NULL;
	if (!wal)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	/* A -wal file: a station writes it now, so read it as SQLite reads
	 * a live database; else it is a copy at rest. */
	snprintf(wal, strlen(path) + 5, "%s-wal", path);
	live = !access(wal, F_OK);
	free(wal);
	if (!live && !(uri = immutable_uri(path)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	rc = db_connect(out, path, live ? path : uri, SQLITE_OPEN_READONLY |
			(live ? 0 : SQLITE_OPEN_URI), LOA_DB_SCHEMA, &version,
			err);
	free(uri);
	if (rc)
		return rc;
	if (version == 0)
		rc = loa_error_at(err, LOA_EINPUT, path, 0, 0, "not a Loa "
				  "station database (an empty file)");
	else if (version < oldest)
		rc = loa_error_at(err, LOA_EINPUT, path, 0, 0, "written by an "
				  "older Loa (schema %d; this needs %d or "
				  "newer): run 'loa verify' with the station's "
				  "Loa on it once to bring it up to date",
				  version, oldest);
	else
		rc = exec((*out)->sql, path, "PRAGMA query_only = ON;", err);
	if (rc)
		loa_db_close(out);
	return rc;
}

void loa_db_close(struct loa_db **db)
{
	if (!db || !*db)
		return;
	sqlite3_close((*db)->sql);
	free((*db)->path);
	free(*db);
	*db = NULL;
}
