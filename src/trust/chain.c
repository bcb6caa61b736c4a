/*
 * The approvals table: rows appended in one transaction each, chained
 * by hash, listed, looked up and verified (loa/approval.h).  The byte
 * layout of a row's hash is in docs/approvals.md; change both, and
 * TRUST_ROW_TAG, together.
 */
#include "trust.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "core/hash.h"
#include "store/db.h"

#define COLUMNS "id, kind, at, by, note, revokes, example, script_id, " \
	"script_file, script_sha, commune_id, commune_values, assets, " \
	"settings, spoken_sha, fingerprint, audio_sha, frames_sha, " \
	"prev_hash, row_hash"

loa_status trust_row_hash(const struct loa_approval *a, char hex[65],
			  struct loa_error *err)
{
	const char *content[] = { a->script_id, a->script_file,
		a->script_sha, a->commune_id, a->commune_values, a->assets,
		a->settings, a->spoken_sha, a->fingerprint, a->audio_sha,
		a->frames_sha };
	struct hash h = { NULL };
	loa_status rc;
	size_t i;

	if ((rc = hash_init(&h, err)))
		return rc;
	hash_str(&h, TRUST_ROW_TAG);
	hash_int(&h, a->id);
	hash_str(&h, a->prev_hash);
	hash_str(&h, a->kind);
	hash_str(&h, a->at);
	hash_str(&h, a->by);
	hash_str(&h, a->note);
	hash_int(&h, a->revokes);
	hash_int(&h, a->example);
	for (i = 0; i < sizeof(content) / sizeof(*content); i++)
		hash_str(&h, content[i]);
	hash_final(&h, hex);
	return LOA_OK;
}

/* The row at st (selected as COLUMNS, from column 0) into a. */
loa_status loa_audio_frames_sha256(const char *path, char hex[65],
				   struct loa_error *err)
{
	struct hash h = { NULL };
	unsigned char buf[65536];
	size_t n, skip;
	loa_status rc;
	FILE *f = fopen(path, "rb");

	if (!f)
		return loa_error_at(err, LOA_EIO, path, 0, 0, "cannot open: %s",
				    strerror(errno));
	if ((rc = hash_init(&h, err)))
		goto out;
	n = fread(buf, 1, 10, f);
	skip = id3_tag_length(buf, n);
	if (fseek(f, (long)skip, SEEK_SET)) {
		rc = loa_error_at(err, LOA_EIO, path, 0, 0, "cannot read");
		goto out;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		hash_bytes(&h, buf, n);
	if (ferror(f)) {
		rc = loa_error_at(err, LOA_EIO, path, 0, 0, "cannot read");
		goto out;
	}
	hash_final(&h, hex);
out:
	hash_release(&h);
	fclose(f);
	return rc;
}

/* These two here, not in describe.c: the playout daemon (loa-air) uses
 * them and must not link the renderer that describe.c reaches. */
void loa_approval_release(struct loa_approval *a)
{
	char **s[] = { &a->kind, &a->at, &a->by, &a->note, &a->script_id,
		       &a->script_file, &a->script_sha, &a->commune_id,
		       &a->commune_values, &a->assets, &a->settings,
		       &a->spoken_sha, &a->fingerprint, &a->audio_sha,
		       &a->frames_sha };
	size_t i;

	for (i = 0; i < sizeof(s) / sizeof(*s); i++) {
		free(*s[i]);
		*s[i] = NULL;
	}
}

static loa_status read_row(sqlite3_stmt *st, struct loa_approval *a,
			   struct loa_error *err)
{
	char **text[] = { &a->kind, &a->at, &a->by, &a->note };
	char **content[] = { &a->script_id, &a->script_file, &a->script_sha,
		&a->commune_id, &a->commune_values, &a->assets, &a->settings,
		&a->spoken_sha, &a->fingerprint, &a->audio_sha, &a->frames_sha };
	int fail = 0;
	size_t i;

	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(st, 0);
	for (i = 0; i < 4; i++)
		fail |= trust_column_dup(st, 1 + (int)i, text[i]);
	/* kind, at and by are never NULL, even in a tampered file (whose
	 * row then fails loa_approvals_verify): readers rely on it. */
	for (i = 0; i < 3; i++)
		if (!fail && !*text[i])
			fail |= !(*text[i] = strdup(""));
	a->revokes = sqlite3_column_int64(st, 5);
	a->example = sqlite3_column_int(st, 6);
	for (i = 0; i < sizeof(content) / sizeof(*content); i++)
		fail |= trust_column_dup(st, 7 + (int)i, content[i]);
	trust_column_hex(st, 18, a->prev_hash);
	trust_column_hex(st, 19, a->row_hash);
	if (fail) {
		loa_approval_release(a);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	return LOA_OK;
}

static loa_status insert_row(sqlite3 *sql, const char *path,
			     const struct loa_approval *a,
			     struct loa_error *err)
{
	const char *text[] = { a->kind, a->at, a->by, a->note };
	const char *content[] = { a->script_id, a->script_file, a->script_sha,
		a->commune_id, a->commune_values, a->assets, a->settings,
		a->spoken_sha, a->fingerprint, a->audio_sha, a->frames_sha };
	sqlite3_stmt *st = NULL;
	loa_status rc = LOA_OK;
	int i;

	if (sqlite3_prepare_v2(sql, "INSERT INTO approvals (" COLUMNS ") "
			       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	sqlite3_bind_int64(st, 1, a->id);
	for (i = 0; i < 4; i++)
		trust_bind_text(st, 2 + i, text[i]);
	if (a->revokes)
		sqlite3_bind_int64(st, 6, a->revokes);
	sqlite3_bind_int(st, 7, a->example);
	for (i = 0; i < 11; i++)
		trust_bind_text(st, 8 + i, content[i]);
	trust_bind_text(st, 19, a->prev_hash);
	trust_bind_text(st, 20, a->row_hash);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = db_error(sql, path, err);
	sqlite3_finalize(st);
	return rc;
}

/* Appends rows inside the caller's write transaction. */
static loa_status append_locked(sqlite3 *sql, const char *path,
				struct loa_approval *rows, size_t n,
				struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	char prev[65] = TRUST_ZERO_HASH;
	long long last = 0;
	loa_status rc = LOA_OK;
	size_t i;

	if (sqlite3_prepare_v2(sql, "SELECT id, row_hash FROM approvals "
			       "ORDER BY id DESC LIMIT 1", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	if (sqlite3_step(st) == SQLITE_ROW) {
		last = sqlite3_column_int64(st, 0);
		trust_column_hex(st, 1, prev);
	}
	sqlite3_finalize(st);
	for (i = 0; i < n && !rc; i++) {
		struct loa_approval *a = &rows[i];

		a->id = ++last;
		memcpy(a->prev_hash, prev, sizeof(prev));
		if ((!a->at && (rc = trust_now_iso(&a->at, err))) ||
		    (rc = trust_row_hash(a, a->row_hash, err)) ||
		    (rc = insert_row(sql, path, a, err)))
			break;
		memcpy(prev, a->row_hash, sizeof(prev));
	}
	return rc;
}

/* rows to append under the lock; revokes: check the first is allowed. */
struct appending {
	struct loa_approval *rows;
	size_t n;
	long long revokes;
};

static loa_status check_revocable(sqlite3 *sql, const char *path,
				  long long id, struct loa_error *err);

static loa_status append_step(sqlite3 *sql, const char *path, void *ctx,
			      struct loa_error *err)
{
	struct appending *a = ctx;
	loa_status rc;

	if (a->revokes && (rc = check_revocable(sql, path, a->revokes, err)))
		return rc;
	return append_locked(sql, path, a->rows, a->n, err);
}

loa_status loa_approvals_append(struct loa_db *db, struct loa_approval *rows,
				size_t n, struct loa_error *err)
{
	struct appending a = { rows, n, 0 };

	return trust_in_transaction(db, append_step, &a, err);
}

/* One integer from q with ?1 bound to id; -1 when there is no row. */
static loa_status ask_id(sqlite3 *sql, const char *path, const char *q,
			 long long id, long long *out, struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	int step;

	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	sqlite3_bind_int64(st, 1, id);
	step = sqlite3_step(st);
	*out = step == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_error(sql, path, err);
	return LOA_OK;
}

static loa_status check_revocable(sqlite3 *sql, const char *path,
				  long long id, struct loa_error *err)
{
	long long kind, by;
	loa_status rc;

	if ((rc = ask_id(sql, path, "SELECT kind = 'approve' FROM approvals "
			 "WHERE id = ?1", id, &kind, err)) ||
	    (rc = ask_id(sql, path, "SELECT id FROM approvals WHERE "
			 "kind = 'revoke' AND revokes = ?1", id, &by, err)))
		return rc;
	if (kind < 0)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "there is no approval %lld", id);
	if (kind == 0)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "%lld is a revocation, not an approval",
				    id);
	if (by >= 0)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "approval %lld was already withdrawn by "
				    "row %lld", id, by);
	return LOA_OK;
}

loa_status loa_approval_revoke(struct loa_db *db, long long id,
			       const char *by, const char *reason,
			       struct loa_approval *out,
			       struct loa_error *err)
{
	struct appending a = { out, 1, id };

	memset(out, 0, sizeof(*out));
	out->revokes = id;
	if (!(out->kind = strdup("revoke")) || !(out->by = strdup(by)) ||
	    !(out->note = strdup(reason)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	return trust_in_transaction(db, append_step, &a, err);
}

/* Runs q (selecting COLUMNS, then one more integer) row by row. */
static loa_status walk(sqlite3 *sql, const char *path, sqlite3_stmt *st,
		       loa_approval_fn fn, void *ctx, struct loa_error *err)
{
	struct loa_approval a;
	loa_status rc = LOA_OK;
	int step;

	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if ((rc = read_row(st, &a, err)))
			break;
		rc = fn(ctx, &a, sqlite3_column_int64(st, 20));
		loa_approval_release(&a);
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_error(sql, path, err);
	return rc;
}

#define REVOKED_BY "(SELECT r.id FROM approvals r WHERE r.kind = 'revoke' " \
	"AND r.revokes = a.id)"

loa_status loa_approvals_each(struct loa_db *db, const char *commune_id,
			      const char *script_id, loa_approval_fn fn,
			      void *ctx, struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	loa_status rc;

	if (sqlite3_prepare_v2(sql, "SELECT " COLUMNS ", " REVOKED_BY
			       " FROM approvals a WHERE (?1 IS NULL OR "
			       "commune_id = ?1) AND (?2 IS NULL OR "
			       "script_id = ?2) ORDER BY id", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(sql, loa_db_path(db), err);
	trust_bind_text(st, 1, commune_id);
	trust_bind_text(st, 2, script_id);
	rc = walk(sql, loa_db_path(db), st, fn, ctx, err);
	sqlite3_finalize(st);
	return rc;
}

/* The newest approval in force matching q's ?1, ?2, ?3; 0 when none. */
static loa_status find(struct loa_db *db, const char *q, const char *a1,
		       const char *a2, const char *a3, long long *id,
		       struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	int step;

	*id = 0;
	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, loa_db_path(db), err);
	trust_bind_text(st, 1, a1);
	trust_bind_text(st, 2, a2);
	trust_bind_text(st, 3, a3);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_error(sql, loa_db_path(db), err);
	return LOA_OK;
}

#define IN_FORCE "SELECT id FROM approvals a WHERE kind = 'approve' AND " \
	REVOKED_BY " IS NULL AND commune_id IS ?1 AND "

loa_status loa_approval_find(struct loa_db *db, const char *commune_id,
			     const char *fingerprint, long long *id,
			     struct loa_error *err)
{
	return find(db, IN_FORCE "fingerprint = ?2 AND ?3 IS NULL "
		    "ORDER BY id DESC LIMIT 1", commune_id, fingerprint, NULL,
		    id, err);
}

loa_status loa_approval_find_audio(struct loa_db *db, const char *commune_id,
				   const char *script_id,
				   const char *frames_sha, long long *id,
				   struct loa_error *err)
{
	return find(db, IN_FORCE "script_id = ?2 AND frames_sha = ?3 "
		    "ORDER BY id DESC LIMIT 1", commune_id, script_id,
		    frames_sha, id, err);
}

static int keep_last(void *ctx, const struct loa_approval *a,
		     long long revoked)
{
	struct loa_approval *out = ctx;

	if (revoked || strcmp(a->kind, "approve"))
		return 0;
	loa_approval_release(out);
	*out = *a;
	/* The walker releases its copy: take the strings over. */
	memset((struct loa_approval *)a, 0, sizeof(*a));
	return 0;
}

loa_status loa_approval_latest(struct loa_db *db, const char *commune_id,
			       const char *script_id, struct loa_approval *out,
			       struct loa_error *err)
{
	memset(out, 0, sizeof(*out));
	return loa_approvals_each(db, commune_id, script_id, keep_last, out,
				  err);
}

struct verify {
	struct loa_chain_report *r;
	struct loa_error *err;
};

static int check_row(void *ctx, const struct loa_approval *a,
		     long long revoked)
{
	struct verify *v = ctx;
	char hex[65];
	loa_status rc;

	(void)revoked;
	if ((rc = trust_row_hash(a, hex, v->err)))
		return rc;
	return trust_chain_step(v->r, a->id, a->prev_hash, a->row_hash, hex);
}

loa_status loa_approvals_verify(struct loa_db *db,
				struct loa_chain_report *report,
				struct loa_error *err)
{
	struct verify v = { report, err };
	loa_status rc;

	memset(report, 0, sizeof(*report));
	memcpy(report->head, TRUST_ZERO_HASH, sizeof(report->head));
	rc = loa_approvals_each(db, NULL, NULL, check_row, &v, err);
	return rc == 1 ? LOA_OK : rc;
}
