/*
 * The station database: one SQLite file per station (by default loa.db
 * in the project folder) that holds what must never be lost — the
 * approvals and the as-run log.
 *
 * Every open checks that the file is a Loa station database (SQLite's
 * application_id) and brings its schema up to this program's version
 * (SQLite's user_version), one migration per step, each in its own
 * transaction.  A file that is not SQLite, belongs to another program or
 * was written by a newer Loa is refused, untouched.  The journal is WAL
 * with synchronous=FULL: a commit that returned survives a power loss.
 */
#ifndef LOA_DB_H
#define LOA_DB_H

#include "loa/status.h"

/* The schema version this program writes (SQLite's user_version). */
#define LOA_DB_SCHEMA 5

struct loa_db;

/*
 * Opens the database at path, creating it when it does not exist, and
 * migrates it to LOA_DB_SCHEMA.  *out is freed with loa_db_close.
 */
loa_status loa_db_open(struct loa_db **out, const char *path,
		       struct loa_error *err);

/*
 * Opens the existing database at path only to read it (a report, an
 * export): SQLite's read-only mode, no migration, no change of journal,
 * so the file's bytes and time stay as they were.  oldest is the oldest
 * schema whose tables the caller reads; a file older than that is
 * refused (LOA_EINPUT), saying how to bring it up to date, and so is a
 * file that is not a station database or is newer than this program.
 */
loa_status loa_db_open_readonly(struct loa_db **out, const char *path,
				int oldest, struct loa_error *err);

/* Closes db and sets *db to NULL; accepts NULL. */
void loa_db_close(struct loa_db **db);

/* The file the database was opened from. */
const char *loa_db_path(const struct loa_db *db);

#endif
