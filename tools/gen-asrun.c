/*
 * gen-asrun DB COMMUNE FROM DAYS [SEED]: fills a station database with a
 * made-up but well-formed as-run log for tests and bench/report.sh: four
 * slots a day, topics in turn, one approval per topic, and a known mix
 * of outcomes (aired, pre-empted by an emergency then re-aired, missed,
 * failed, interrupted by a crash, priority items).  Written through
 * loa/asrun.h so the chains are real; synchronous=OFF since a test
 * database need not survive a power cut.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/approval.h"
#include "loa/asrun.h"
#include "loa/date.h"
#include "store/db.h"

#include <sqlite3.h>

static const char *const topics[] = {
	"deepfake", "online-fraud", "personal-data", "ai-law", "fake-news",
	"other"
};
#define N_TOPICS 6
static const int slot_minutes[] = { 6 * 60, 11 * 60, 17 * 60, 19 * 60 + 30 };

struct gen {
	struct loa_db *db;
	const char *commune;
	unsigned long long seed;
	long long approvals[N_TOPICS];
	struct loa_error err;
};

static unsigned roll(struct gen *g)
{
	g->seed = g->seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(g->seed >> 33) % 100;
}

static void stamp(int date, int seconds, int millis, char *buf, size_t n)
{
	char day[11];

	loa_date_format(date, day);
	if (millis)
		snprintf(buf, n, "%sT%02d:%02d:%02d.000+07:00", day,
			 seconds / 3600, seconds / 60 % 60, seconds % 60);
	else
		snprintf(buf, n, "%sT%02d:%02d:%02d+07:00", day, seconds / 3600,
			 seconds / 60 % 60, seconds % 60);
}

static int approve_topics(struct gen *g)
{
	struct loa_approval rows[N_TOPICS];
	char scripts[N_TOPICS][32];
	int t;

	memset(rows, 0, sizeof(rows));
	for (t = 0; t < N_TOPICS; t++) {
		snprintf(scripts[t], sizeof(scripts[t]), "kb-%s", topics[t]);
		rows[t].kind = (char *)"approve";
		rows[t].at = (char *)"2026-01-02T08:30:00+07:00";
		rows[t].by = (char *)"Nguyễn Thị Lan";
		rows[t].script_id = scripts[t];
		rows[t].commune_id = (char *)g->commune;
	}
	if (loa_approvals_append(g->db, rows, N_TOPICS, &g->err))
		return -1;
	for (t = 0; t < N_TOPICS; t++)
		g->approvals[t] = rows[t].id;
	return 0;
}

/* One item that plays from start (seconds of day) with outcome. */
static int play(struct gen *g, struct loa_asrun *a, int date, int start,
		enum loa_asrun_outcome outcome)
{
	char started[40], ended[40];

	stamp(date, start, 1, started, sizeof(started));
	stamp(date, start + (int)(a->length_ms / 1000), 1, ended, sizeof(ended));
	a->started = started;
	a->outcome = LOA_ASRUN_OPEN;
	if (loa_asrun_begin(g->db, a, &g->err))
		return -1;
	if (outcome == LOA_ASRUN_INTERRUPTED)
		return loa_asrun_close_open(g->db, "dừng đột ngột (thử)", NULL,
					    &g->err) ? -1 : 0;
	return loa_asrun_end(g->db, a->id, ended, outcome,
			     outcome == LOA_ASRUN_AIRED ? NULL : "thử", &g->err) ?
		-1 : 0;
}

/* An item cut by an emergency bulletin, then played again whole. */
static int cut_and_reair(struct gen *g, struct loa_asrun *a, int date, int at)
{
	struct loa_asrun bulletin = *a, retry = *a;

	if (play(g, a, date, at, LOA_ASRUN_PREEMPTED))
		return -1;
	bulletin.scheduled = NULL;
	bulletin.tier = (char *)"emergency";
	bulletin.topic = (char *)"other";
	bulletin.script_id = (char *)"khan-cap";
	bulletin.approval = g->approvals[N_TOPICS - 1];
	bulletin.length_ms = 45000;
	if (play(g, &bulletin, date, at + 30, LOA_ASRUN_AIRED))
		return -1;
	retry.retry_of = a->id;
	return play(g, &retry, date, at + 90, LOA_ASRUN_REAIRED);
}

static int one_slot(struct gen *g, int date, int slot, int n)
{
	char scheduled[40], script[32], slot_id[16];
	int t = n % N_TOPICS, at = slot_minutes[slot] * 60;
	unsigned r = roll(g);
	struct loa_asrun a;

	stamp(date, at, 0, scheduled, sizeof(scheduled));
	snprintf(script, sizeof(script), "kb-%s", topics[t]);
	snprintf(slot_id, sizeof(slot_id), "s%d", slot + 1);
	memset(&a, 0, sizeof(a));
	a.commune_id = (char *)g->commune;
	a.scheduled = scheduled;
	a.slot = slot_id;
	a.zones = (char *)(slot % 2 ? "Thôn Đông, Thôn Tây" : "Thôn Đông");
	a.file = script;
	a.script_id = script;
	a.topic = (char *)topics[t];
	a.title = script;
	a.length_ms = 60000 + 1000 * (long long)(roll(g) % 120);
	a.approval = g->approvals[t];
	a.tier = (char *)(r >= 95 ? "priority" : "normal");
	a.simulated = 1;
	if (r < 80 || r >= 95)
		return play(g, &a, date, at, LOA_ASRUN_AIRED);
	if (r < 85)
		return cut_and_reair(g, &a, date, at);
	if (r < 93) {
		a.outcome = r < 89 ? LOA_ASRUN_MISSED : LOA_ASRUN_FAILED;
		a.reason = (char *)"thử";
		return loa_asrun_record(g->db, &a, &g->err) ? -1 : 0;
	}
	return play(g, &a, date, at, LOA_ASRUN_INTERRUPTED);
}

int main(int argc, char **argv)
{
	struct gen g;
	int from, days, d, s, n = 0, rc = 1;

	memset(&g, 0, sizeof(g));
	if (argc < 5 || argc > 6 || loa_date_parse(argv[3], &from) ||
	    (days = (int)strtol(argv[4], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: gen-asrun DB COMMUNE FROM DAYS [SEED]\n");
		return 2;
	}
	g.commune = argv[2];
	g.seed = argc == 6 ? strtoull(argv[5], NULL, 10) : 1;
	if (loa_db_open(&g.db, argv[1], &g.err))
		goto out;
	sqlite3_exec(db_sqlite(g.db), "PRAGMA synchronous = OFF;", NULL, NULL,
		     NULL);
	if (approve_topics(&g))
		goto out;
	for (d = 0; d < days; d++)
		for (s = 0; s < 4; s++)
			if (one_slot(&g, from + d, s, n++))
				goto out;
	rc = 0;
out:
	if (rc)
		fprintf(stderr, "gen-asrun: %s\n", g.err.msg);
	loa_db_close(&g.db);
	return rc;
}
