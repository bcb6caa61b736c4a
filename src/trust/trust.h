/*
 * Inside the trust layer: text built piece by piece, the hash that
 * chains the rows of the approvals table (docs/approvals.md), and the
 * SQLite chores both chained tables (approvals, as-run) share.
 */
#ifndef LOA_TRUST_H
#define LOA_TRUST_H

#include <stddef.h>

#include "loa/approval.h"

/* The first row's prev_hash. */
#define TRUST_ZERO_HASH \
	"0000000000000000000000000000000000000000000000000000000000000000"

/* The format tag that starts every row's hashed fields. */
#define TRUST_ROW_TAG "loa-approval 1"

/* A growing string; p is NULL until the first append. */
struct tbuf {
	char *p;
	size_t len;
};

/* Appends printf-style text; LOA_ENOMEM when out of memory. */
loa_status tbuf_printf(struct tbuf *b, struct loa_error *err,
		       const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The row hash of a (its prev_hash and every field but row_hash). */
loa_status trust_row_hash(const struct loa_approval *a, char hex[65],
			  struct loa_error *err);

struct sqlite3;
struct sqlite3_stmt;

/* One step done under the writer's lock (trust_in_transaction). */
typedef loa_status (*trust_locked_fn)(struct sqlite3 *sql, const char *path,
				      void *ctx, struct loa_error *err);

/*
 * Runs fn in a transaction of db: BEGIN IMMEDIATE (the writer's lock, so
 * two appenders never fork a chain), then COMMIT when fn succeeds (a
 * failed commit becomes the result), else ROLLBACK.
 */
loa_status trust_in_transaction(struct loa_db *db, trust_locked_fn fn,
				void *ctx, struct loa_error *err);

/* Binds s as text, or NULL when s is NULL. */
void trust_bind_text(struct sqlite3_stmt *st, int i, const char *s);

/* A column's text, copied into *to (NULL stays NULL); -1 out of memory. */
int trust_column_dup(struct sqlite3_stmt *st, int col, char **to);

/* A hash column into hex ("" when NULL). */
void trust_column_hex(struct sqlite3_stmt *st, int col, char hex[65]);

/* "2026-12-03T16:20:05+07:00", now, into a new string. */
loa_status trust_now_iso(char **to, struct loa_error *err);

/*
 * One step of a chain walk: the row id with prev_hash, its stored
 * row_hash and the hash computed from its fields.  Advances report and
 * returns 0, or fills report's bad_id and why and returns 1.
 */
int trust_chain_step(struct loa_chain_report *report, long long id,
		     const char *prev_hash, const char *row_hash,
		     const char *computed);

#endif
