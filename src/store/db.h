/*
 * Inside the store layer: the SQLite handle behind a loa_db, and the
 * migration runner with a list of steps of the caller's choosing (the
 * tests use it to prove that a database moves from one version to the
 * next with its rows intact).
 */
#ifndef LOA_STORE_DB_H
#define LOA_STORE_DB_H

#include "loa/db.h"

struct sqlite3;

/* The connection; owned by db. */
struct sqlite3 *db_sqlite(struct loa_db *db);

/*
 * loa_db_open with steps[i] taking the schema from version i to i + 1
 * (n steps: the newest version is n).
 */
loa_status db_open_steps(struct loa_db **out, const char *path,
			 const char *const *steps, int n,
			 struct loa_error *err);

/* The released steps, LOA_DB_SCHEMA of them: a test makes a database of
 * an older version with the first few (db_open_steps). */
const char *const *db_schema_steps(void);

/* Reports SQLite's error for the last call on sql, about path. */
loa_status db_error(struct sqlite3 *sql, const char *path,
		    struct loa_error *err);

#endif
