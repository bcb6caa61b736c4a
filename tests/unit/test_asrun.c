/*
 * The as-run log on a real SQLite file: items begun and ended, recorded
 * whole, closed as interrupted after a crash, ended only once, walked by
 * period and commune, refused UPDATE and DELETE, and its chain verified
 * (a row changed behind Loa's back is found, with its id).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "loa/air.h"
#include "loa/asrun.h"
#include "store/db.h"
#include "unit_tmp.h"

static char path[128];

static int setup(void **state)
{
	(void)state;
	if (tmp_root_make())
		return -1;
	snprintf(path, sizeof(path), "%s/loa.db", root);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return tmp_root_remove();
}

/* Runs q on a connection of its own; SQLite's result code. */
static int run(const char *q)
{
	sqlite3 *sql = NULL;
	int rc;

	assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
	rc = sqlite3_exec(sql, q, NULL, NULL, NULL);
	sqlite3_close(sql);
	return rc;
}

static struct loa_db *open_db(void)
{
	struct loa_db *db = NULL;
	struct loa_error err;

	assert_int_equal(loa_db_open(&db, path, &err), LOA_OK);
	return db;
}

/* A string literal where the struct holds owned strings (never freed). */
#define T(s) ((char *)(s))

/* A planned item of xã Tiên Minh at hh:mm on day. */
static struct loa_asrun planned(const char *day, const char *hhmm,
				const char *script)
{
	static char sched[8][32];
	static int n;
	struct loa_asrun a = {
		.commune_id = T("tien-minh"), .slot = T("sang"),
		.zones = T("Thôn Nhân Giả, Cụm loa chợ"), .outputs = T("null:"),
		.file = T("2026-12-01_0600_sang_1_x.mp3"),
		.sha256 = T("1d80473b844adb9fa58039a00fc2bcc6943c9975efb6f87be0ce"
			  "ebfdcb2db6f4"),
		.script_id = (char *)script, .topic = T("deepfake"),
		.title = T("Cảnh giác với cuộc gọi video giả mạo"),
		.length_ms = 146447, .approval = 0, .tier = T("normal"),
	};
	char *s = sched[n++ % 8];

	snprintf(s, 32, "%sT%s:00+07:00", day, hhmm);
	a.scheduled = s;
	return a;
}

struct tally {
	int items, open, outcome[8];
	long long last_id;
	char last_reason[128];
};

static int count(void *ctx, const struct loa_asrun *a)
{
	struct tally *t = ctx;

	t->items++;
	t->outcome[a->outcome]++;
	t->open += a->outcome == LOA_ASRUN_OPEN;
	t->last_id = a->id;
	snprintf(t->last_reason, sizeof(t->last_reason), "%s",
		 a->reason ? a->reason : "");
	return 0;
}

static void test_begin_end_record(void **state)
{
	struct loa_db *db = open_db();
	struct loa_asrun a = planned("2026-12-01", "06:00", "deepfake");
	struct loa_asrun b = planned("2026-12-01", "06:03", "lua-dao");
	struct loa_asrun c = planned("2026-12-02", "06:00", "du-lieu");
	struct loa_asrun_filter day1 = { "2026-12-01", "2026-12-01", NULL };
	struct tally t = { 0 };
	struct loa_error err;

	(void)state;
	a.started = T("2026-12-01T06:00:00.012+07:00");
	assert_int_equal(loa_asrun_begin(db, &a, &err), LOA_OK);
	assert_int_equal(a.id, 1);
	assert_int_equal(loa_asrun_end(db, a.id,
				       "2026-12-01T06:02:26.459+07:00",
				       LOA_ASRUN_AIRED, NULL, &err), LOA_OK);
	/* Ending twice would log the item twice: refused. */
	assert_int_equal(loa_asrun_end(db, a.id, NULL, LOA_ASRUN_AIRED, NULL,
				       &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "already ended"));

	b.outcome = LOA_ASRUN_MISSED;
	b.reason = T("7 min late: past the 5 min grace time");
	assert_int_equal(loa_asrun_record(db, &b, &err), LOA_OK);
	assert_int_equal(b.id, 3);
	c.started = T("2026-12-02T06:00:00.003+07:00");
	assert_int_equal(loa_asrun_begin(db, &c, &err), LOA_OK);

	assert_int_equal(loa_asrun_each(db, &day1, count, &t, &err), LOA_OK);
	assert_int_equal(t.items, 2);
	assert_int_equal(t.outcome[LOA_ASRUN_AIRED], 1);
	assert_int_equal(t.outcome[LOA_ASRUN_MISSED], 1);
	assert_string_equal(t.last_reason, b.reason);

	memset(&t, 0, sizeof(t));
	assert_int_equal(loa_asrun_each(db, NULL, count, &t, &err), LOA_OK);
	assert_int_equal(t.items, 3);
	assert_int_equal(t.open, 1);
	loa_db_close(&db);
}

static void test_crash_closes_open(void **state)
{
	struct loa_db *db = open_db();
	struct tally t = { 0 };
	struct loa_chain_report rep;
	struct loa_error err;
	long long closed = -1;

	(void)state;
	/* Item 4 is open from the previous test: the daemon "crashed". */
	assert_int_equal(loa_asrun_close_open(db, "loa air stopped while it "
					      "played", &closed, &err),
			 LOA_OK);
	assert_int_equal(closed, 1);
	assert_int_equal(loa_asrun_close_open(db, "again", &closed, &err),
			 LOA_OK);
	assert_int_equal(closed, 0);
	assert_int_equal(loa_asrun_each(db, NULL, count, &t, &err), LOA_OK);
	assert_int_equal(t.open, 0);
	assert_int_equal(t.outcome[LOA_ASRUN_INTERRUPTED], 1);

	assert_int_equal(loa_asrun_verify(db, &rep, &err), LOA_OK);
	assert_int_equal(rep.bad_id, 0);
	assert_int_equal(rep.rows, 5);
	assert_int_equal(strlen(rep.head), 64);
	loa_db_close(&db);
}

static void test_bad_items(void **state)
{
	struct loa_db *db = open_db();
	struct loa_asrun a = planned("2026-12-03", "17:00", "x");
	struct loa_error err;

	(void)state;
	assert_int_equal(loa_asrun_begin(db, &a, &err), LOA_EINPUT);
	a.started = T("2026-12-03T17:00:00.100+07:00");
	a.tier = T("urgent");
	assert_int_equal(loa_asrun_begin(db, &a, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "unknown tier \"urgent\""));
	a.tier = T("emergency");
	a.outcome = LOA_ASRUN_OPEN;
	a.started = NULL;
	assert_int_equal(loa_asrun_record(db, &a, &err), LOA_EINPUT);
	assert_int_equal(loa_asrun_end(db, 999, NULL, LOA_ASRUN_AIRED, NULL,
				       &err), LOA_EINPUT);
	/* Nothing above reached the table. */
	loa_db_close(&db);
	assert_int_equal(run("SELECT 1"), SQLITE_OK);
}

static void test_append_only_and_tamper(void **state)
{
	struct loa_db *db = NULL;
	struct loa_chain_report rep;
	struct loa_error err;

	(void)state;
	assert_int_not_equal(run("UPDATE asrun SET outcome = 'aired' "
				 "WHERE id = 3"), SQLITE_OK);
	assert_int_not_equal(run("DELETE FROM asrun WHERE id = 3"), SQLITE_OK);
	assert_int_not_equal(run("DELETE FROM air_events"), SQLITE_OK);

	/* Someone with the sqlite3 shell turns a miss into an airing. */
	assert_int_equal(run("DROP TRIGGER asrun_no_update; UPDATE asrun SET "
			     "outcome = 'aired', reason = NULL WHERE id = 3"),
			 SQLITE_OK);
	db = open_db();
	assert_int_equal(loa_asrun_verify(db, &rep, &err), LOA_OK);
	assert_int_equal(rep.bad_id, 3);
	assert_int_equal(rep.rows, 2);
	assert_non_null(strstr(rep.why, "changed after it was recorded"));
	loa_db_close(&db);
}

struct events {
	int n;
	char first_kind[16];
};

static int take_event(void *ctx, const struct loa_air_event *e)
{
	struct events *ev = ctx;

	if (!ev->n++)
		snprintf(ev->first_kind, sizeof(ev->first_kind), "%s",
			 e->kind);
	return 0;
}

static void test_events(void **state)
{
	struct loa_db *db = open_db();
	struct events ev = { 0 };
	struct loa_error err;

	(void)state;
	assert_int_equal(loa_air_event(db, "2026-12-03T05:59:00+07:00",
				       "clock", 0, "clock synchronised", NULL,
				       NULL, 0, &err), LOA_OK);
	assert_int_equal(loa_air_event(db, NULL, "output", 1,
				       "icecast://localhost:8000/loa: lost, "
				       "back after 4 s", NULL, NULL, 0, &err),
			 LOA_OK);
	assert_int_equal(loa_air_events(db, NULL, 0, take_event, &ev, &err),
			 LOA_OK);
	assert_int_equal(ev.n, 2);
	assert_string_equal(ev.first_kind, "output"); /* newest first */
	memset(&ev, 0, sizeof(ev));
	assert_int_equal(loa_air_events(db, NULL, 1, take_event, &ev, &err),
			 LOA_OK);
	assert_int_equal(ev.n, 1);
	loa_db_close(&db);
}

/* The text of the newest event, as a reader (LANG=C) writes it. */
static int newest_text(void *ctx, const struct loa_air_event *e)
{
	char *text = ctx;

	loa_air_event_text(e, text, 200);
	return 1; /* the newest only */
}

static void newest(struct loa_db *db, char text[200])
{
	struct loa_error err;

	assert_int_equal(loa_air_events(db, NULL, 1, newest_text, text, &err),
			 1);
}

/* Every event shows its stored text. */
static int all_stored(void *ctx, const struct loa_air_event *e)
{
	char text[200];

	(void)ctx;
	assert_string_equal(loa_air_event_text(e, text, sizeof(text)),
			    "stored text");
	return 0;
}

/* The row of schema 4 keeps its text; the new one has its id. */
static int all_stored_old(void *ctx, const struct loa_air_event *e)
{
	(void)ctx;
	if (!strcmp(e->kind, "daemon")) {
		assert_null(e->msgid);
		assert_string_equal(e->message, "stored text");
	} else {
		assert_string_equal(e->msgid, "%d s of silence sent while an "
				    "item played");
		assert_int_equal(e->n_args, 1);
		assert_string_equal(e->args[0], "7");
	}
	return 0;
}

/* A row written behind the daemon's back: msgid and args as given. */
static void forge(const char *msgid, const char *args)
{
	char *q = sqlite3_mprintf("INSERT INTO air_events (at, kind, message, "
				  "msgid, args) VALUES ('2026-12-03T06:00:00"
				  "+07:00', 'daemon', 'stored text', %Q, %Q)",
				  msgid, args);

	assert_int_equal(run(q), SQLITE_OK);
	sqlite3_free(q);
}

/*
 * An event keeps its id and arguments; the reader writes it from them.
 * A forged row (an id not the daemon's, arguments that do not fit, a
 * %n among them) shows as text and is never used as a format.
 */
static void test_event_text(void **state)
{
	static const char *const args[] = { "tm", "null: file:/x.wav" };
	struct loa_db *db = open_db();
	struct loa_error err;
	char text[200];

	(void)state;
	assert_int_equal(loa_air_event(db, NULL, "daemon", 0, "on air for tm "
				       "to null: file:/x.wav", "on air for %s "
				       "to %s", args, 2, &err), LOA_OK);
	newest(db, text);
	assert_string_equal(text, "on air for tm to null: file:/x.wav");
	loa_db_close(&db);

	/* The id must be one of the daemon's own messages. */
	forge("%s%s%s%n", "[\"a\", \"b\", \"c\", \"d\"]");
	db = open_db();
	newest(db, text);
	assert_string_equal(text, "stored text");
	loa_db_close(&db);
	/* A known id, its arguments put in as text: %n stays "%n". */
	forge("on air for %s to %s", "[\"%n%n%s\", \"%x\"]");
	db = open_db();
	newest(db, text);
	assert_string_equal(text, "on air for %n%n%s to %x");
	loa_db_close(&db);
	/* Too few, too many, not strings, not JSON, not an array. */
	forge("on air for %s to %s", "[\"tm\"]");
	forge("on air for %s to %s", "[\"a\", \"b\", \"c\"]");
	forge("on air for %s to %s", "[\"a\", 7]");
	forge("on air for %s to %s", "[\"a\", \"b\"");
	forge("on air for %s to %s", "{\"0\": \"a\", \"1\": \"b\"}");
	forge("the fallback plays for %lld s instead of %s", NULL);
	db = open_db();
	assert_int_equal(loa_air_events(db, NULL, 6, all_stored, NULL, &err),
			 LOA_OK);
	loa_db_close(&db);
}

/*
 * A station database of schema 4 (before events kept their ids): read
 * as it is by a read-only reader, then migrated with its rows kept, the
 * old row still shown by its text beside new rows with ids.
 */
static void test_events_migrate(void **state)
{
	static const char *const args[] = { "7" };
	struct loa_db *db = NULL;
	struct loa_error err;
	char text[200];

	(void)state;
	unlink(path);
	assert_int_equal(db_open_steps(&db, path, db_schema_steps(), 4, &err),
			 LOA_OK);
	loa_db_close(&db);
	assert_int_equal(run("INSERT INTO air_events (at, kind, message) "
			     "VALUES ('2026-12-01T06:00:00+07:00', 'daemon', "
			     "'stored text')"), SQLITE_OK);
	assert_int_equal(loa_db_open_readonly(&db, path, LOA_ASRUN_SCHEMA,
					      &err), LOA_OK);
	newest(db, text);
	assert_string_equal(text, "stored text");
	loa_db_close(&db);

	db = open_db();
	assert_int_equal(loa_air_event(db, NULL, "silence", 0, "7 s of silence "
				       "sent while an item played", "%d s of "
				       "silence sent while an item played",
				       args, 1, &err), LOA_OK);
	newest(db, text);
	assert_string_equal(text, "7 s of silence sent while an item played");
	assert_int_equal(loa_air_events(db, "2026-12-01", 0, all_stored_old,
					NULL, &err), LOA_OK);
	loa_db_close(&db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_begin_end_record),
		cmocka_unit_test(test_crash_closes_open),
		cmocka_unit_test(test_bad_items),
		cmocka_unit_test(test_events),
		cmocka_unit_test(test_event_text),
		cmocka_unit_test(test_append_only_and_tamper),
		/* Last: it starts the file again at schema 4. */
		cmocka_unit_test(test_events_migrate),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
