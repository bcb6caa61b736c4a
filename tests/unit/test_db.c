/*
 * The station database on real SQLite files: created with our identity,
 * WAL and full sync; migrated step by step with rows kept; foreign,
 * non-SQLite and newer files refused and left untouched.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/db.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/loa-db-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/loa.db", dir);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* One integer from a query on a connection of its own. */
static int ask(const char *file, const char *q)
{
	sqlite3 *sql = NULL;
	sqlite3_stmt *st = NULL;
	int v = -1;

	assert_int_equal(sqlite3_open_v2(file, &sql, SQLITE_OPEN_READONLY,
					 NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(sql, q, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(sql);
	return v;
}

static void run(const char *file, const char *q)
{
	sqlite3 *sql = NULL;

	assert_int_equal(sqlite3_open(file, &sql), SQLITE_OK);
	assert_int_equal(sqlite3_exec(sql, q, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(sql);
}

static void test_create(void **state)
{
	struct loa_db *db = NULL;
	struct loa_error err;
	sqlite3_stmt *st = NULL;

	(void)state;
	unlink(path);
	assert_int_equal(loa_db_open(&db, path, &err), LOA_OK);
	assert_string_equal(loa_db_path(db), path);
	/* The connection itself runs with full sync and WAL. */
	assert_int_equal(sqlite3_prepare_v2(db_sqlite(db),
					    "PRAGMA synchronous", -1, &st,
					    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 2); /* FULL */
	sqlite3_finalize(st);
	loa_db_close(&db);
	assert_null(db);

	assert_int_equal(ask(path, "PRAGMA application_id"), 0x4C6F6153);
	assert_int_equal(ask(path, "PRAGMA user_version"), LOA_DB_SCHEMA);
	assert_int_equal(ask(path, "SELECT count(*) FROM schema_log"),
			 LOA_DB_SCHEMA);
	assert_int_equal(ask(path, "SELECT count(*) FROM pragma_journal_mode "
				   "WHERE journal_mode = 'wal'"), 1);

	/* Opening again migrates nothing. */
	assert_int_equal(loa_db_open(&db, path, &err), LOA_OK);
	loa_db_close(&db);
	assert_int_equal(ask(path, "SELECT count(*) FROM schema_log"),
			 LOA_DB_SCHEMA);
	loa_db_close(&db); /* NULL is accepted */
}

static void test_migrate_keeps_rows(void **state)
{
	static const char *const v1[] = {
		"CREATE TABLE schema_log (version INTEGER PRIMARY KEY, "
		"applied_at TEXT NOT NULL, loa_version TEXT NOT NULL);"
		"CREATE TABLE t (a TEXT);",
	};
	static const char *const v3[] = {
		"CREATE TABLE schema_log (version INTEGER PRIMARY KEY, "
		"applied_at TEXT NOT NULL, loa_version TEXT NOT NULL);"
		"CREATE TABLE t (a TEXT);",
		"ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7;",
		"CREATE INDEX t_a ON t (a);",
	};
	static const char *const broken[] = {
		v3[0], v3[1], v3[2], "CREATE TABLE t (a TEXT);", /* exists */
	};
	struct loa_db *db = NULL;
	struct loa_error err;
	char newer[64], want[64];

	(void)state;
	unlink(path);
	assert_int_equal(db_open_steps(&db, path, v1, 1, &err), LOA_OK);
	loa_db_close(&db);
	run(path, "INSERT INTO t VALUES ('Tiên Minh')");

	assert_int_equal(db_open_steps(&db, path, v3, 3, &err), LOA_OK);
	loa_db_close(&db);
	assert_int_equal(ask(path, "PRAGMA user_version"), 3);
	assert_int_equal(ask(path, "SELECT b FROM t WHERE a = 'Tiên Minh'"), 7);
	assert_int_equal(ask(path, "SELECT count(*) FROM schema_log"), 3);

	/* A failing step is rolled back whole: still version 3. */
	assert_int_not_equal(db_open_steps(&db, path, broken, 4, &err), LOA_OK);
	assert_null(db);
	assert_non_null(strstr(err.msg, "already exists"));
	assert_int_equal(ask(path, "PRAGMA user_version"), 3);
	assert_int_equal(ask(path, "SELECT count(*) FROM schema_log"), 3);

	/* A schema beyond this program's is from a newer Loa. */
	snprintf(newer, sizeof(newer), "PRAGMA user_version = %d",
		 LOA_DB_SCHEMA + 1);
	run(path, newer);
	snprintf(want, sizeof(want), "written by a newer Loa (schema %d",
		 LOA_DB_SCHEMA + 1);
	assert_int_equal(loa_db_open(&db, path, &err), LOA_EINPUT);
	assert_null(db);
	assert_non_null(strstr(err.msg, want));
	assert_non_null(strstr(err.msg, path));
}

/* The bytes of a file, to prove a refused file is left as it was. */
static char *slurp(const char *file, long *n)
{
	FILE *f = fopen(file, "rb");
	char *buf;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*n = ftell(f);
	rewind(f);
	buf = malloc((size_t)*n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)*n, f), (size_t)*n);
	fclose(f);
	return buf;
}

static void refused_untouched(const char *want)
{
	struct loa_db *db = NULL;
	struct loa_error err;
	long n0, n1;
	char *before = slurp(path, &n0), *after;

	assert_int_equal(loa_db_open(&db, path, &err), LOA_EINPUT);
	assert_null(db);
	assert_non_null(strstr(err.msg, want));
	after = slurp(path, &n1);
	assert_int_equal(n0, n1);
	assert_memory_equal(before, after, (size_t)n0);
	free(before);
	free(after);
}

static void test_refuse_foreign(void **state)
{
	char wal[160];
	FILE *f;

	(void)state;
	unlink(path);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("id: tien-minh\nname: xã Tiên Minh\n", f);
	fclose(f);
	refused_untouched("not a Loa station database (not an SQLite file)");

	unlink(path);
	run(path, "CREATE TABLE songs (title TEXT)");
	refused_untouched("an SQLite database of another program");
	snprintf(wal, sizeof(wal), "%s-wal", path);
	assert_int_not_equal(access(wal, F_OK), 0);
}

/* One integer from a query on db's own connection. */
static int ask_db(struct loa_db *db, const char *q)
{
	sqlite3_stmt *st = NULL;
	int v = -1;

	assert_int_equal(sqlite3_prepare_v2(db_sqlite(db), q, -1, &st, NULL),
			 SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/*
 * Read-only: a live database (another connection writing, its -wal
 * there) is read with the rows not yet checkpointed; nothing can be
 * written through it; an older schema than the reader needs is refused;
 * a copy at rest gets no -wal or -shm beside it.
 */
static void test_readonly(void **state)
{
	struct loa_db *rw = NULL, *ro = NULL;
	struct loa_error err;
	char side[160];

	(void)state;
	unlink(path);
	assert_int_equal(loa_db_open(&rw, path, &err), LOA_OK);
	assert_int_equal(sqlite3_exec(db_sqlite(rw), "CREATE TABLE t (a);"
				      "INSERT INTO t VALUES (1), (2);", NULL,
				      NULL, NULL), SQLITE_OK);
	assert_int_equal(loa_db_open_readonly(&ro, path, 1, &err), LOA_OK);
	assert_int_equal(ask_db(ro, "SELECT count(*) FROM t"), 2);
	assert_int_not_equal(sqlite3_exec(db_sqlite(ro), "INSERT INTO t "
					  "VALUES (3)", NULL, NULL, NULL),
			     SQLITE_OK);
	loa_db_close(&ro);
	loa_db_close(&rw);

	/* At rest: no side files appear. */
	snprintf(side, sizeof(side), "%s-wal", path);
	assert_int_not_equal(access(side, F_OK), 0);
	assert_int_equal(loa_db_open_readonly(&ro, path, LOA_DB_SCHEMA, &err),
			 LOA_OK);
	assert_int_equal(ask_db(ro, "SELECT count(*) FROM t"), 2);
	loa_db_close(&ro);
	assert_int_not_equal(access(side, F_OK), 0);
	snprintf(side, sizeof(side), "%s-shm", path);
	assert_int_not_equal(access(side, F_OK), 0);

	run(path, "PRAGMA user_version = 2");
	assert_int_equal(loa_db_open_readonly(&ro, path, 3, &err), LOA_EINPUT);
	assert_null(ro);
	assert_non_null(strstr(err.msg, "older Loa (schema 2"));
	assert_int_equal(ask(path, "PRAGMA user_version"), 2);

	unlink(path);
	assert_int_not_equal(loa_db_open_readonly(&ro, path, 1, &err), LOA_OK);
	assert_int_not_equal(access(path, F_OK), 0); /* not created */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create),
		cmocka_unit_test(test_migrate_keeps_rows),
		cmocka_unit_test(test_refuse_foreign),
		cmocka_unit_test(test_readonly),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
