/*
 * Bulletins in the daemon: taken from the spool, checked against their
 * approval, aired (an emergency at once, a priority one between items)
 * and logged like any item, with their tier.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "daemon.h"
#include "loa/approval.h"
#include "loa/date.h"

struct airing {
	const struct air_bulletin *b;
	long long id;
};

/* The start row of the airing b is marked with, into ctx's id. */
static int airing_row(void *ctx, const struct loa_asrun *item)
{
	struct airing *m = ctx;

	if (item->started && item->script_id &&
	    !strcmp(item->started, m->b->airing) &&
	    !strcmp(item->script_id, m->b->script_id))
		m->id = item->id;
	return m->id != 0;
}

static void forget(struct air *a, struct air_bulletin *b);

/*
 * A request marked as airing is one whose airing the daemon was logging
 * when it stopped: if the start row is in the log, that airing began and
 * must not air again, so the request moves on to its next repeat.
 */
static void settle(struct air *a, struct air_bulletin *b)
{
	struct loa_asrun_filter f = { NULL, NULL, a->commune };
	struct airing m = { b, 0 };
	struct loa_error err;
	char day[11];

	snprintf(day, sizeof(day), "%.10s", b->airing);
	f.from = f.to = day;
	loa_error_clear(&err);
	if (loa_asrun_each(a->db, &f, airing_row, &m, &err) < 0)
		air_event(a, "bulletin", 0, "%s", err.msg);
	if (!m.id) {
		free(b->airing); /* never logged: it airs as planned */
		b->airing = NULL;
		return;
	}
	if (b->emergency)
		air_event(a, "bulletin", m.id, "emergency bulletin by %s was "
			  "airing when the daemon stopped: not aired again",
			  b->by);
	else
		air_event(a, "bulletin", m.id, "priority bulletin by %s was "
			  "airing when the daemon stopped: not aired again",
			  b->by);
	if (air_spool_aired(a->opt->spool, b, 0, &err))
		air_event(a, "bulletin", m.id, "%s", err.msg);
	if (b->repeat <= 0)
		forget(a, b);
}

void air_spool_poll(struct air *a)
{
	struct loa_error err;
	char bad[4200];

	loa_error_clear(&err);
	if (air_spool_read(a->opt->spool, &a->queue, &a->n_queue, bad,
			   sizeof(bad), &err))
		air_event(a, "bulletin", 0, "%s", err.msg);
	if (bad[0])
		air_event(a, "bulletin", 0, "a bulletin request that does not "
			  "read was set aside: %s", bad);
	for (size_t i = a->n_queue; i-- > 0;)
		if (a->queue[i].airing)
			settle(a, &a->queue[i]);
}

/* Emergencies first, then owed re-airs, then other bulletins. */
static int rank(const struct air_bulletin *b)
{
	return b->emergency ? 2 : b->retry_of ? 1 : 0;
}

static struct air_bulletin *due(struct air *a, int emergency_only)
{
	long long now = air_clock_now(&a->clock);
	struct air_bulletin *best = NULL;

	for (size_t i = 0; i < a->n_queue; i++) {
		struct air_bulletin *b = &a->queue[i];

		if (b->at_ms > now || (emergency_only && !b->emergency))
			continue;
		if (!best || rank(b) > rank(best) ||
		    (rank(b) == rank(best) && b->at_ms < best->at_ms))
			best = b;
	}
	return best;
}

struct air_bulletin *air_emergency_due(struct air *a)
{
	return due(a, 1);
}

struct air_bulletin *air_bulletin_due(struct air *a)
{
	return due(a, 0);
}

static void forget(struct air *a, struct air_bulletin *b)
{
	size_t i = (size_t)(b - a->queue);

	air_bulletin_release(b);
	memmove(b, b + 1, (a->n_queue - i - 1) * sizeof(*b));
	a->n_queue--;
}

static void row_of(struct air *a, struct air_bulletin *b,
		   struct loa_asrun *r, const struct air_audio *au)
{
	memset(r, 0, sizeof(*r));
	r->commune_id = (char *)a->commune;
	r->zones = b->zones && b->zones[0] ? b->zones : NULL;
	r->outputs = a->out_names;
	r->file = b->source;
	r->sha256 = au && au->sha[0] ? (char *)au->sha : NULL;
	r->script_id = b->script_id;
	r->title = b->title && b->title[0] ? b->title : NULL;
	r->length_ms = au ? au->length_ms : 0;
	r->approval = b->approval;
	r->tier = b->tier;
	r->simulated = a->clock.simulated;
}

/* Logs b as failed with why, and drops it: a bad bulletin never airs. */
static void failed(struct air *a, struct air_bulletin *b,
		   const struct air_audio *au, const char *why)
{
	struct loa_asrun r;
	struct loa_error err;
	char now[30];

	air_now_iso(a, now);
	row_of(a, b, &r, au);
	r.outcome = LOA_ASRUN_FAILED;
	r.ended = now; /* given up now: the day's log shows it */
	r.reason = (char *)why;
	loa_error_clear(&err);
	if (loa_asrun_record(a->db, &r, &err))
		air_event(a, "bulletin", 0, "%s", err.msg);
	/* The reason as stored: each reader words it (air_ev_reason_arg). */
	if (b->emergency)
		air_event(a, "bulletin", r.id, "emergency bulletin by %s not "
			  "aired: %s", b->by, why);
	else
		air_event(a, "bulletin", r.id, "priority bulletin by %s not "
			  "aired: %s", b->by, why);
	b->repeat = 1;
	air_spool_aired(a->opt->spool, b, 0, &err);
	forget(a, b);
}

/* The approval in force for the bulletin's audio, or 0. */
static long long approved(struct air *a, struct air_bulletin *b,
			  const struct air_audio *au)
{
	struct loa_error err;
	long long id = 0;

	loa_error_clear(&err);
	if (loa_approval_find_audio(a->db, a->commune, b->script_id,
				    au->frames, &id, &err))
		air_event(a, "bulletin", 0, "%s", err.msg);
	return id;
}

/* Ends the airing id as how ended it; a re-air played whole is re-aired. */
static void end_row(struct air *a, long long id, enum air_end how,
		    const struct air_audio *au, int reair)
{
	static const enum loa_asrun_outcome outcome[] = {
		[AIR_ENDED] = LOA_ASRUN_AIRED, [AIR_CUT] = LOA_ASRUN_PREEMPTED,
		[AIR_STOPPED] = LOA_ASRUN_INTERRUPTED,
		[AIR_FAILED] = LOA_ASRUN_FAILED,
	};
	struct loa_error err;
	char now[30], why[AIR_REASON_MAX] = "";

	if (how == AIR_CUT)
		air_reason(why, sizeof(why), "cut by an emergency bulletin");
	else if (how == AIR_STOPPED)
		air_reason(why, sizeof(why), "the daemon was stopped");
	else if (how == AIR_FAILED)
		air_reason(why, sizeof(why), "it stopped decoding: %s",
			   au->err.msg);
	air_now_iso(a, now);
	loa_error_clear(&err);
	if (loa_asrun_end(a->db, id, how == AIR_STOPPED ? NULL : now,
			  reair && how == AIR_ENDED ? LOA_ASRUN_REAIRED :
			  outcome[how], why[0] ? why : NULL, &err))
		air_event(a, "daemon", id, "%s", err.msg);
}

/* The queued bulletin whose name is name (a pointer that does not move
 * when the queue does), or NULL. */
static struct air_bulletin *find(struct air *a, const char *name)
{
	for (size_t i = 0; i < a->n_queue; i++)
		if (a->queue[i].name == name)
			return &a->queue[i];
	return NULL;
}

/* Forgets b, and its audio unless another queued airing plays it. */
static void done_with(struct air *a, struct air_bulletin *b)
{
	int shared = 0;

	for (size_t i = 0; i < a->n_queue; i++)
		shared |= &a->queue[i] != b && !strcmp(a->queue[i].audio,
							b->audio);
	if (!shared)
		unlink(b->audio);
	forget(a, b);
}

char *air_dup(const char *s, int *nomem)
{
	char *d = s ? strdup(s) : NULL;

	*nomem |= s && !d;
	return d;
}

loa_status air_bulletin_owe(struct air *a, const struct air_bulletin *b,
			    long long cut, long long cut_ms)
{
	struct air_bulletin o = { 0 }, *more;
	char name[48];
	int nomem = 0;

	snprintf(name, sizeof(name), "re-air of %lld", cut);
	o.name = air_dup(name, &nomem);
	o.audio = air_dup(b->audio, &nomem);
	o.source = air_dup(b->source, &nomem);
	o.tier = air_dup("priority", &nomem);
	o.by = air_dup(b->by ? b->by : "?", &nomem);
	o.zones = air_dup(b->zones, &nomem);
	o.script_id = air_dup(b->script_id, &nomem);
	o.title = air_dup(b->title, &nomem);
	o.approval = b->approval;
	o.at_ms = o.cut_ms = cut_ms;
	o.retry_of = cut;
	o.repeat = 1;
	if (nomem || !(more = realloc(a->queue, (a->n_queue + 1) *
				      sizeof(*more)))) {
		air_bulletin_release(&o);
		return LOA_ENOMEM;
	}
	more[a->n_queue++] = o;
	a->queue = more;
	return LOA_OK;
}

static long long local_day(long long ms)
{
	return (ms / 1000 + LOA_UTC_OFFSET) / 86400;
}

/*
 * An owed re-air b (air_bulletin_owe): the cut priority bulletin airs
 * again once from its start, a row of its own naming the cut one
 * (retry_of), unless its approval was withdrawn meanwhile or it was cut
 * over an hour ago or on another day (news of a power cut is stale by
 * then; the operator sends it again).  A re-air cut again stays cut.
 * Then its audio goes: the spool keeps it only while the re-air is owed.
 */
static void reair(struct air *a, struct air_bulletin *b)
{
	long long cut = b->retry_of, now_ms = air_clock_now(&a->clock);
	struct air_audio au = { 0 };
	const char *name = b->name;
	struct loa_asrun r;
	struct loa_error err;
	enum air_end how;
	char now[30], line[sizeof(a->status)];

	loa_error_clear(&err);
	if (now_ms - b->cut_ms > AIR_REAIR_WINDOW_MS ||
	    local_day(now_ms) != local_day(b->cut_ms)) {
		loa_air_format_time(b->cut_ms, now);
		now[19] = '\0'; /* "2026-12-01T06:01:02", local */
		air_event(a, "bulletin", cut, "priority bulletin by %s, cut by "
			  "an emergency at %s, not aired again: more than an "
			  "hour has passed, or another day has begun", b->by,
			  now);
		goto out;
	}
	if (air_audio_open(&au, b->audio, &err)) {
		air_event(a, "bulletin", cut, "not re-aired: %s", err.msg);
		goto out;
	}
	if (!(b->approval = approved(a, b, &au))) {
		air_event(a, "bulletin", cut, "priority bulletin by %s, cut by "
			  "an emergency, not aired again: its approval is no "
			  "longer in force", b->by);
		goto out;
	}
	air_event(a, "bulletin", cut, "priority bulletin by %s, cut by an "
		  "emergency, airs again from its start", b->by);
	air_now_iso(a, now);
	row_of(a, b, &r, &au);
	r.started = now;
	r.retry_of = cut;
	if (loa_asrun_begin(a->db, &r, &err)) {
		air_event(a, "bulletin", cut, "%s", err.msg);
		goto out;
	}
	if (!a->opt->quiet)
		printf(_("%s re-airs %s\n"), now, r.file);
	line[0] = '\0';
	air_status_add(line, sizeof(line), LOA_AIR_BULLETIN, now, b->tier,
		       b->by, r.title);
	air_status(a, "%s", line);
	/* air_play may move the queue: b is found again by name. */
	how = air_play(a, &au, SIZE_MAX, air_clock_now(&a->clock), 1, r.id);
	end_row(a, r.id, how, &au, 1);
	if (how == AIR_CUT && (b = find(a, name)))
		air_event(a, "bulletin", r.id, "priority bulletin by %s, cut "
			  "by an emergency, not aired again: it was already "
			  "aired again once", b->by);
out:
	air_audio_release(&au);
	if ((b = find(a, name)))
		done_with(a, b);
}

/* The first owed re-air as what is next, for the status of an
 * emergency. */
static void next_owed(const struct air *a, char *buf, size_t size)
{
	for (size_t i = 0; i < a->n_queue; i++)
		if (a->queue[i].retry_of) {
			air_status_add(buf, size, LOA_AIR_NEXT_REAIR,
				       a->queue[i].by, a->queue[i].title);
			return;
		}
}

void air_bulletin_run(struct air *a, struct air_bulletin *b)
{
	struct air_audio au = { 0 };
	struct loa_asrun r;
	struct loa_error err;
	char now[30], why[AIR_REASON_MAX], line[sizeof(a->status)];
	const char *name;
	enum air_end how;
	int last;

	if (b->retry_of) {
		reair(a, b);
		return;
	}
	loa_error_clear(&err);
	if (air_audio_open(&au, b->audio, &err)) {
		failed(a, b, NULL, air_reason(why, sizeof(why), "its audio does "
					      "not play: %s", err.msg));
		return;
	}
	if (!(b->approval = approved(a, b, &au))) {
		failed(a, b, &au, air_reason(why, sizeof(why), "its audio is "
					     "not approved for this commune"));
		goto out;
	}
	air_now_iso(a, now);
	row_of(a, b, &r, &au);
	r.started = now;
	/* Marked first: a stop between the row and the spool's update
	 * must not air it twice (settle). */
	if (air_spool_airing(a->opt->spool, b, now, &err))
		air_event(a, "bulletin", 0, "%s", err.msg);
	if (loa_asrun_begin(a->db, &r, &err)) {
		air_event(a, "bulletin", 0, "%s", err.msg);
		goto out;
	}
	/* Logged: now the request may lose this airing. */
	if (air_spool_aired(a->opt->spool, b, !b->emergency, &err))
		air_event(a, "bulletin", r.id, "%s", err.msg);
	if (!a->opt->quiet)
		printf(_("%s %s bulletin by %s\n"), now, b->tier, b->by);
	line[0] = '\0';
	air_status_add(line, sizeof(line), LOA_AIR_BULLETIN, now, b->tier,
		       b->by, r.title);
	next_owed(a, line, sizeof(line));
	air_status(a, "%s", line);
	/* air_play polls the spool, which may move a->queue: b is found
	 * again afterwards by its name, a string that does not move. */
	name = b->name;
	last = b->repeat <= 0;
	how = air_play(a, &au, SIZE_MAX, air_clock_now(&a->clock),
		       !b->emergency, r.id);
	end_row(a, r.id, how, &au, 0);
	/* Cut: a re-air is owed, which airs after the emergencies due. */
	if (how == AIR_CUT && (b = find(a, name)) &&
	    air_bulletin_owe(a, b, r.id, air_clock_now(&a->clock)))
		air_event(a, "bulletin", r.id, "not re-aired: %s",
			  "out of memory");
	/* A priority bulletin's audio was kept for a re-air. */
	if (last && (b = find(a, name)))
		done_with(a, b);
out:
	air_audio_release(&au);
}
