/*
 * The station database's readers (approvals, as-run, air events): the
 * input is
 * SQL run on a fresh Loa database (its triggers may be dropped, its rows
 * edited or made up, as a tampered file would have them), then every
 * reader walks it.  They may refuse it; they must not crash.
 */
#define _GNU_SOURCE /* strcasestr */
#include "fuzz.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loa/air.h"
#include "loa/approval.h"
#include "loa/asrun.h"
#include "loa/db.h"

#define SQL_MAX 65536

static unsigned char *fresh;
static size_t fresh_len;

/* A migrated, empty database, made once and copied for every input. */
static const char *fresh_db(void)
{
	const char *path = fuzz_file("loa.db", NULL, 0);
	struct loa_db *db = NULL;
	struct loa_error err;
	FILE *f;

	if (!fresh && path) {
		unlink(path);
		if (loa_db_open(&db, path, &err))
			return NULL;
		loa_db_close(&db);
		if (!(f = fopen(path, "rb")))
			return NULL;
		fresh = malloc(1 << 20);
		fresh_len = fresh ? fread(fresh, 1, 1 << 20, f) : 0;
		fclose(f);
	}
	return fresh ? fuzz_file("loa.db", fresh, fresh_len) : NULL;
}

/* Stops statements that run too long (recursive queries). */
static int too_long(void *n)
{
	return ++*(int *)n > 2000;
}

static int on_approval(void *ctx, const struct loa_approval *a,
		       long long revoked)
{
	(void)revoked;
	/* loa/approval.h: what every approval has, whatever the file says */
	if (!a->kind || !a->at || !a->by)
		abort();
	*(size_t *)ctx += strlen(a->kind) + strlen(a->at) + strlen(a->by) +
		(a->commune_id ? strlen(a->commune_id) : 0);
	return 0;
}

static int on_item(void *ctx, const struct loa_asrun *item)
{
	const char *outcome = loa_asrun_outcome_name(item->outcome);

	*(size_t *)ctx += (item->file ? strlen(item->file) : 0) +
		(outcome ? strlen(outcome) : 0);
	return 0;
}

static int on_event(void *ctx, const struct loa_air_event *e)
{
	char text[300];

	/* loa/asrun.h: at, kind and message are text */
	if (!e->at || !e->kind || !e->message)
		abort();
	/* A forged id or arguments must come out as text, never a format. */
	*(size_t *)ctx += strlen(e->at) + strlen(e->kind) + strlen(e->message) +
		strlen(loa_air_event_text(e, text, sizeof(text))) +
		strlen(loa_air_event_kind(e->kind));
	return 0;
}

static void read_all(const char *path)
{
	struct loa_asrun_filter filter;
	struct loa_chain_report report;
	struct loa_approval latest;
	struct loa_db *db = NULL;
	struct loa_error err;
	size_t seen = 0;
	long long id;

	if (loa_db_open(&db, path, &err))
		return;
	loa_approvals_each(db, NULL, NULL, on_approval, &seen, &err);
	loa_approvals_each(db, "tm", "a", on_approval, &seen, &err);
	loa_approvals_verify(db, &report, &err);
	loa_approval_find(db, "tm", "00", &id, &err);
	loa_approval_find_audio(db, "tm", "a", "00", &id, &err);
	if (!loa_approval_latest(db, "tm", "a", &latest, &err))
		loa_approval_release(&latest);
	memset(&filter, 0, sizeof(filter));
	loa_asrun_each(db, &filter, on_item, &seen, &err);
	filter.from = "2026-12-01";
	filter.to = "2026-12-31";
	filter.commune_id = "tm";
	loa_asrun_each(db, &filter, on_item, &seen, &err);
	loa_asrun_verify(db, &report, &err);
	loa_air_events(db, NULL, 10, on_event, &seen, &err);
	loa_air_events(db, "2026-12-01", 0, on_event, &seen, &err);
	loa_db_close(&db);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path;
	sqlite3 *sql = NULL;
	char *text, wal[256];
	int steps = 0;

	if (size > SQL_MAX || !(path = fresh_db()))
		return 0;
	if (!(text = malloc(size + 1)))
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	/* Nothing but this database: VACUUM INTO and ATTACH name other
	 * files (a keyword cannot be split, so the text test is enough). */
	if (strcasestr(text, "vacuum") || strcasestr(text, "attach")) {
		free(text);
		return 0;
	}
	snprintf(wal, sizeof(wal), "%s-wal", path);
	unlink(wal);
	if (sqlite3_open_v2(path, &sql, SQLITE_OPEN_READWRITE, NULL) ==
	    SQLITE_OK) {
		sqlite3_limit(sql, SQLITE_LIMIT_LENGTH, 1 << 20);
		sqlite3_limit(sql, SQLITE_LIMIT_ATTACHED, 0);
		sqlite3_progress_handler(sql, 1000, too_long, &steps);
		sqlite3_exec(sql, "PRAGMA synchronous = OFF", NULL, NULL, NULL);
		sqlite3_exec(sql, text, NULL, NULL, NULL);
	}
	sqlite3_close(sql);
	free(text);
	read_all(path);
	return 0;
}
