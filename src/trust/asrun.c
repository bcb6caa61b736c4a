/*
 * The as-run log (loa/asrun.h): items begun, ended and recorded as rows
 * chained by hash, walked with their outcome, verified; and the daemon's
 * unchained event log.  docs/asrun.md has the byte layout of a row's
 * hash; change both, and ASRUN_ROW_TAG, together.
 */
#include "trust.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/i18n.h"
#include "loa/asrun.h"
#include "store/db.h"

/* The format tag that starts every as-run row's hashed fields. */
#define ASRUN_ROW_TAG "loa-asrun 1"

static const char *const outcome_names[] = {
	[LOA_ASRUN_OPEN] = NULL,
	[LOA_ASRUN_AIRED] = N_("aired"),
	[LOA_ASRUN_REAIRED] = N_("re-aired"),
	[LOA_ASRUN_PREEMPTED] = N_("pre-empted"),
	[LOA_ASRUN_MISSED] = N_("missed"),
	[LOA_ASRUN_FAILED] = N_("failed"),
	[LOA_ASRUN_INTERRUPTED] = N_("interrupted"),
};

#define N_OUTCOMES (int)(sizeof(outcome_names) / sizeof(*outcome_names))

const char *loa_asrun_outcome_name(enum loa_asrun_outcome outcome)
{
	if ((int)outcome < 0 || (int)outcome >= N_OUTCOMES)
		return NULL;
	return outcome_names[outcome];
}

int loa_asrun_outcome_parse(const char *s)
{
	int i;

	for (i = 1; s && i < N_OUTCOMES; i++)
		if (!strcmp(s, outcome_names[i]))
			return i;
	return -1;
}

/* One stored row: an item's fields plus the row's own. */
struct row {
	long long id;
	const char *event;      /* "start", "end" or "once" */
	long long item;         /* end: the start row it closes */
	const struct loa_asrun *a;
	char prev_hash[65], row_hash[65];
};

/* The string fields of an item, in column and hash order. */
#define ITEM_TEXT(a) { (a)->commune_id, (a)->scheduled, (a)->started, \
	(a)->ended, (a)->slot, (a)->zones, (a)->outputs, (a)->file, \
	(a)->sha256, (a)->script_id, (a)->topic, (a)->title }
#define N_TEXT 12

#define COLUMNS "id, event, item, commune_id, scheduled, started, ended, " \
	"slot, zones, outputs, file, sha256, script_id, topic, title, " \
	"length_ms, approval, tier, outcome, reason, retry_of, simulated, " \
	"prev_hash, row_hash"

static loa_status row_hash(const struct row *r, char hex[65],
			   struct loa_error *err)
{
	const char *text[] = ITEM_TEXT(r->a);
	struct hash h = { NULL };
	loa_status rc;
	int i;

	if ((rc = hash_init(&h, err)))
		return rc;
	hash_str(&h, ASRUN_ROW_TAG);
	hash_int(&h, r->id);
	hash_str(&h, r->prev_hash);
	hash_str(&h, r->event);
	hash_int(&h, r->item);
	for (i = 0; i < N_TEXT; i++)
		hash_str(&h, text[i]);
	hash_int(&h, r->a->length_ms);
	hash_int(&h, r->a->approval);
	hash_str(&h, r->a->tier);
	hash_str(&h, loa_asrun_outcome_name(r->a->outcome));
	hash_str(&h, r->a->reason);
	hash_int(&h, r->a->retry_of);
	hash_int(&h, r->a->simulated);
	hash_final(&h, hex);
	return LOA_OK;
}

static void bind_id(sqlite3_stmt *st, int i, long long id)
{
	if (id)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

static loa_status insert(sqlite3 *sql, const char *path, const struct row *r,
			 struct loa_error *err)
{
	const char *text[] = ITEM_TEXT(r->a);
	sqlite3_stmt *st = NULL;
	loa_status rc = LOA_OK;
	int i;

	if (sqlite3_prepare_v2(sql, "INSERT INTO asrun (" COLUMNS ") VALUES "
			       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
			       "?,?)", -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	sqlite3_bind_int64(st, 1, r->id);
	trust_bind_text(st, 2, r->event);
	bind_id(st, 3, r->item);
	for (i = 0; i < N_TEXT; i++)
		trust_bind_text(st, 4 + i, text[i]);
	sqlite3_bind_int64(st, 16, r->a->length_ms);
	bind_id(st, 17, r->a->approval);
	trust_bind_text(st, 18, r->a->tier);
	trust_bind_text(st, 19, loa_asrun_outcome_name(r->a->outcome));
	trust_bind_text(st, 20, r->a->reason);
	bind_id(st, 21, r->a->retry_of);
	sqlite3_bind_int(st, 22, r->a->simulated);
	trust_bind_text(st, 23, r->prev_hash);
	trust_bind_text(st, 24, r->row_hash);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = db_error(sql, path, err);
	sqlite3_finalize(st);
	return rc;
}

/* Appends r after the chain's last row, inside the caller's transaction. */
static loa_status append_locked(sqlite3 *sql, const char *path,
				struct row *r, struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	loa_status rc;

	memcpy(r->prev_hash, TRUST_ZERO_HASH, sizeof(r->prev_hash));
	r->id = 1;
	if (sqlite3_prepare_v2(sql, "SELECT id, row_hash FROM asrun "
			       "ORDER BY id DESC LIMIT 1", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	if (sqlite3_step(st) == SQLITE_ROW) {
		r->id = sqlite3_column_int64(st, 0) + 1;
		trust_column_hex(st, 1, r->prev_hash);
	}
	sqlite3_finalize(st);
	if ((rc = row_hash(r, r->row_hash, err)))
		return rc;
	return insert(sql, path, r, err);
}

static loa_status append_step(sqlite3 *sql, const char *path, void *r,
			      struct loa_error *err)
{
	return append_locked(sql, path, r, err);
}

/* Appends one row in a transaction of its own. */
static loa_status append(struct loa_db *db, struct row *r,
			 struct loa_error *err)
{
	return trust_in_transaction(db, append_step, r, err);
}

static loa_status check_tier(const struct loa_asrun *a, const char *path,
			     struct loa_error *err)
{
	const char *t = a->tier;

	if (t && strcmp(t, "normal") && strcmp(t, "priority") &&
	    strcmp(t, "emergency"))
		return loa_error_at(err, LOA_EINPUT, path, 0, 0,
				    "as-run: unknown tier \"%s\"", t);
	return LOA_OK;
}

loa_status loa_asrun_begin(struct loa_db *db, struct loa_asrun *item,
			   struct loa_error *err)
{
	struct row r = { .event = "start", .a = item };
	loa_status rc;

	if (item->outcome != LOA_ASRUN_OPEN || !item->started)
		return loa_error_set(err, LOA_EINPUT, "as-run: an item that "
				     "starts needs a start time and no "
				     "outcome yet");
	if ((rc = check_tier(item, loa_db_path(db), err)) ||
	    (rc = append(db, &r, err)))
		return rc;
	item->id = r.id;
	return LOA_OK;
}

loa_status loa_asrun_record(struct loa_db *db, struct loa_asrun *item,
			    struct loa_error *err)
{
	struct row r = { .event = "once", .a = item };
	loa_status rc;

	if (!loa_asrun_outcome_name(item->outcome))
		return loa_error_set(err, LOA_EINPUT, "as-run: an item that "
				     "never started needs its outcome");
	if ((rc = check_tier(item, loa_db_path(db), err)) ||
	    (rc = append(db, &r, err)))
		return rc;
	item->id = r.id;
	return LOA_OK;
}

/* 1 when id is a start row that has no end row yet, else 0. */
static loa_status is_open(sqlite3 *sql, const char *path, long long id,
			  int *open, struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	int step;

	if (sqlite3_prepare_v2(sql, "SELECT NOT EXISTS (SELECT 1 FROM asrun "
			       "e WHERE e.event = 'end' AND e.item = s.id) "
			       "FROM asrun s WHERE s.id = ?1 AND "
			       "s.event = 'start'", -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	sqlite3_bind_int64(st, 1, id);
	step = sqlite3_step(st);
	*open = step == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_error(sql, path, err);
	return LOA_OK;
}

/* Appends the end row of item id, inside the caller's transaction. */
static loa_status end_locked(sqlite3 *sql, const char *path, long long id,
			     const char *ended,
			     enum loa_asrun_outcome outcome,
			     const char *reason, struct loa_error *err)
{
	struct loa_asrun a = { .ended = (char *)ended, .outcome = outcome,
			       .reason = (char *)reason };
	struct row r = { .event = "end", .item = id, .a = &a };
	int open = 0;
	loa_status rc;

	if (!loa_asrun_outcome_name(outcome))
		return loa_error_set(err, LOA_EINPUT, "as-run: an item ends "
				     "with an outcome");
	if ((rc = is_open(sql, path, id, &open, err)))
		return rc;
	if (!open)
		return loa_error_at(err, LOA_EINPUT, path, 0, 0, "as-run: "
				    "item %lld is not on the air (unknown, "
				    "or already ended)", id);
	return append_locked(sql, path, &r, err);
}

/* What loa_asrun_end and loa_asrun_close_open end, under the lock. */
struct ending {
	long long id;           /* one item, or 0: every open one */
	const char *ended, *reason;
	enum loa_asrun_outcome outcome;
	long long closed;
};

/* The ids of the open items, into a new array. */
static loa_status open_ids(sqlite3 *sql, const char *path, long long **ids,
			   size_t *n, struct loa_error *err)
{
	sqlite3_stmt *st = NULL;
	loa_status rc = LOA_OK;
	long long *grown;
	size_t cap = 0;
	int step;

	*ids = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(sql, "SELECT id FROM asrun s WHERE event = "
			       "'start' AND NOT EXISTS (SELECT 1 FROM asrun e "
			       "WHERE e.event = 'end' AND e.item = s.id) "
			       "ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, path, err);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 4;
			if (!(grown = realloc(*ids, cap * sizeof(**ids)))) {
				rc = loa_error_set(err, LOA_ENOMEM,
						   "out of memory");
				break;
			}
			*ids = grown;
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_error(sql, path, err);
	sqlite3_finalize(st);
	return rc;
}

static loa_status end_step(sqlite3 *sql, const char *path, void *ctx,
			   struct loa_error *err)
{
	struct ending *e = ctx;
	long long *ids = NULL;
	size_t i, n = 0;
	loa_status rc;

	if (e->id)
		return end_locked(sql, path, e->id, e->ended, e->outcome,
				  e->reason, err);
	rc = open_ids(sql, path, &ids, &n, err);
	for (i = 0; !rc && i < n; i++)
		rc = end_locked(sql, path, ids[i], NULL, e->outcome, e->reason,
				err);
	free(ids);
	e->closed = (long long)n;
	return rc;
}

loa_status loa_asrun_end(struct loa_db *db, long long id, const char *ended,
			 enum loa_asrun_outcome outcome, const char *reason,
			 struct loa_error *err)
{
	struct ending e = { id, ended, reason, outcome, 0 };

	return trust_in_transaction(db, end_step, &e, err);
}

loa_status loa_asrun_close_open(struct loa_db *db, const char *reason,
				long long *closed, struct loa_error *err)
{
	struct ending e = { 0, NULL, reason, LOA_ASRUN_INTERRUPTED, 0 };
	loa_status rc;

	if (closed)
		*closed = 0;
	if ((rc = trust_in_transaction(db, end_step, &e, err)))
		return rc;
	if (closed)
		*closed = e.closed;
	return LOA_OK;
}

void loa_asrun_release(struct loa_asrun *a)
{
	char **text[] = { &a->commune_id, &a->scheduled, &a->started,
		&a->ended, &a->slot, &a->zones, &a->outputs, &a->file,
		&a->sha256, &a->script_id, &a->topic, &a->title, &a->tier,
		&a->reason };
	size_t i;

	for (i = 0; i < sizeof(text) / sizeof(*text); i++) {
		free(*text[i]);
		*text[i] = NULL;
	}
}

/*
 * The columns of an item as loa_asrun_each selects them: the start (or
 * once) row s with its end row e joined on, so the outcome, end time and
 * reason are the end row's when there is one.
 */
#define ITEM_SELECT "SELECT s.id, s.commune_id, s.scheduled, s.started, " \
	"coalesce(e.ended, s.ended), s.slot, s.zones, s.outputs, s.file, " \
	"s.sha256, s.script_id, s.topic, s.title, s.length_ms, " \
	"s.approval, s.tier, coalesce(e.outcome, s.outcome), " \
	"CASE WHEN e.id IS NULL THEN s.reason ELSE e.reason END, " \
	"s.retry_of, s.simulated FROM asrun s LEFT JOIN asrun e ON " \
	"e.event = 'end' AND e.item = s.id WHERE s.event IN ('start', 'once')"

/*
 * An item's fields from st, starting with commune_id at column base (1
 * in ITEM_SELECT, 3 in COLUMNS: the same order follows), into a, zeroed
 * first.  The id is column 0 in both.
 */
static loa_status read_item(sqlite3_stmt *st, int base, struct loa_asrun *a,
			    struct loa_error *err)
{
	char **text[] = { &a->commune_id, &a->scheduled, &a->started,
		&a->ended, &a->slot, &a->zones, &a->outputs, &a->file,
		&a->sha256, &a->script_id, &a->topic, &a->title };
	const unsigned char *outcome;
	int i, fail = 0;

	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(st, 0);
	for (i = 0; i < N_TEXT; i++)
		fail |= trust_column_dup(st, base + i, text[i]);
	a->length_ms = sqlite3_column_int64(st, base + 12);
	a->approval = sqlite3_column_int64(st, base + 13);
	fail |= trust_column_dup(st, base + 14, &a->tier);
	/* An outcome no program wrote reads as none (and fails the hash). */
	outcome = sqlite3_column_text(st, base + 15);
	a->outcome = outcome ? (enum loa_asrun_outcome)
		loa_asrun_outcome_parse((const char *)outcome) :
		LOA_ASRUN_OPEN;
	fail |= trust_column_dup(st, base + 16, &a->reason);
	a->retry_of = sqlite3_column_int64(st, base + 17);
	a->simulated = sqlite3_column_int(st, base + 18);
	if (fail) {
		loa_asrun_release(a);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	return LOA_OK;
}

loa_status loa_asrun_each(struct loa_db *db,
			  const struct loa_asrun_filter *filter,
			  loa_asrun_fn fn, void *ctx, struct loa_error *err)
{
	static const struct loa_asrun_filter all = { NULL, NULL, NULL };
	const struct loa_asrun_filter *f = filter ? filter : &all;
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	struct loa_asrun a;
	loa_status rc = LOA_OK;
	int step = SQLITE_DONE;

	/* A bulletin has no planned start: its day is the day it started,
	 * or, refused before it started, the day it was given up. */
	if (sqlite3_prepare_v2(sql, ITEM_SELECT " AND (?1 IS NULL OR "
			       "substr(coalesce(s.scheduled, s.started, "
			       "s.ended), 1, 10) >= ?1) AND (?2 IS NULL OR "
			       "substr(coalesce(s.scheduled, s.started, "
			       "s.ended), 1, 10) <= ?2) AND (?3 IS NULL OR "
			       "s.commune_id = ?3) ORDER BY s.id", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(sql, loa_db_path(db), err);
	trust_bind_text(st, 1, f->from);
	trust_bind_text(st, 2, f->to);
	trust_bind_text(st, 3, f->commune_id);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if ((rc = read_item(st, 1, &a, err)))
			break;
		rc = fn(ctx, &a);
		loa_asrun_release(&a);
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_error(sql, loa_db_path(db), err);
	sqlite3_finalize(st);
	return rc;
}

/* Checks the row at st (selected as COLUMNS) against the chain so far. */
static loa_status verify_row(sqlite3_stmt *st, struct loa_chain_report *rep,
			     int *broken, struct loa_error *err)
{
	struct loa_asrun a;
	struct row r = { .a = &a };
	char *event = NULL, hex[65], stored[65];
	loa_status rc;

	if ((rc = read_item(st, 3, &a, err)))
		return rc;
	if (trust_column_dup(st, 1, &event)) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	r.id = a.id;
	r.event = event;
	r.item = sqlite3_column_int64(st, 2);
	trust_column_hex(st, 22, r.prev_hash);
	trust_column_hex(st, 23, stored);
	if (!(rc = row_hash(&r, hex, err)))
		*broken = trust_chain_step(rep, r.id, r.prev_hash, stored,
					   hex);
out:
	free(event);
	loa_asrun_release(&a);
	return rc;
}

loa_status loa_asrun_verify(struct loa_db *db,
			    struct loa_chain_report *report,
			    struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	loa_status rc = LOA_OK;
	int step = SQLITE_DONE, broken = 0;

	memset(report, 0, sizeof(*report));
	memcpy(report->head, TRUST_ZERO_HASH, sizeof(report->head));
	if (sqlite3_prepare_v2(sql, "SELECT " COLUMNS " FROM asrun ORDER BY "
			       "id", -1, &st, NULL) != SQLITE_OK)
		return db_error(sql, loa_db_path(db), err);
	while (!rc && !broken && (step = sqlite3_step(st)) == SQLITE_ROW)
		rc = verify_row(st, report, &broken, err);
	if (!rc && !broken && step != SQLITE_DONE)
		rc = db_error(sql, loa_db_path(db), err);
	sqlite3_finalize(st);
	return rc;
}
