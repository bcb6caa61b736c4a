/*
 * Bulletins in the daemon: taken from the spool, checked against their
 * approval, aired (an emergency at once, a priority one between items)
 * and logged like any item, with their tier.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "daemon.h"
#include "loa/approval.h"

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
}

static struct air_bulletin *due(struct air *a, int emergency_only)
{
	long long now = air_clock_now(&a->clock);
	struct air_bulletin *best = NULL;

	for (size_t i = 0; i < a->n_queue; i++) {
		struct air_bulletin *b = &a->queue[i];

		if (b->at_ms > now || (emergency_only && !b->emergency))
			continue;
		if (!best || b->emergency > best->emergency ||
		    (b->emergency == best->emergency && b->at_ms < best->at_ms))
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
	r->length_ms = au ? (long long)au->n * 1000 / AIR_RATE : 0;
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
	r.reason = (char *)why;
	loa_error_clear(&err);
	if (loa_asrun_record(a->db, &r, &err))
		air_event(a, "bulletin", 0, "%s", err.msg);
	air_event(a, "bulletin", r.id, "%s bulletin by %s not aired: %s",
		  b->tier, b->by, why);
	b->repeat = 1;
	air_spool_aired(a->opt->spool, b, &err);
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

static void end_row(struct air *a, long long id, enum air_end how)
{
	struct loa_error err;
	char now[30];

	air_now_iso(a, now);
	loa_error_clear(&err);
	if (loa_asrun_end(a->db, id, how == AIR_STOPPED ? NULL : now,
			  how == AIR_ENDED ? LOA_ASRUN_AIRED :
			  how == AIR_CUT ? LOA_ASRUN_PREEMPTED :
			  LOA_ASRUN_INTERRUPTED,
			  how == AIR_ENDED ? NULL : how == AIR_CUT ?
			  "cut by an emergency bulletin" :
			  "the daemon was stopped", &err))
		air_event(a, "daemon", id, "%s", err.msg);
}

void air_bulletin_run(struct air *a, struct air_bulletin *b)
{
	struct air_audio au = { 0 };
	struct loa_asrun r;
	struct loa_error err;
	char now[30], why[1100];
	const char *name;
	enum air_end how;
	size_t i;
	int last;

	loa_error_clear(&err);
	if (air_audio_load(&au, b->audio, &err)) {
		snprintf(why, sizeof(why), "its audio does not play: %s",
			 err.msg);
		failed(a, b, NULL, why);
		return;
	}
	if (!(b->approval = approved(a, b, &au))) {
		failed(a, b, &au, "its audio is not approved for this commune");
		goto out;
	}
	air_now_iso(a, now);
	row_of(a, b, &r, &au);
	r.started = now;
	if (loa_asrun_begin(a->db, &r, &err)) {
		air_event(a, "bulletin", 0, "%s", err.msg);
		goto out;
	}
	/* Logged: now the request may lose this airing. */
	if (air_spool_aired(a->opt->spool, b, &err))
		air_event(a, "bulletin", r.id, "%s", err.msg);
	if (!a->opt->quiet)
		printf(_("%s %s bulletin by %s\n"), now, b->tier, b->by);
	air_status(a, "on air since %s: %s bulletin by %s%s%s\n", now, b->tier,
		   b->by, r.title ? ": " : "", r.title ? r.title : "");
	/* air_play polls the spool, which may move a->queue: b is found
	 * again afterwards by its name, a string that does not move. */
	name = b->name;
	last = b->repeat <= 0;
	how = air_play(a, au.pcm, au.n, air_clock_now(&a->clock),
		       !b->emergency, r.id);
	end_row(a, r.id, how);
	for (i = 0; last && i < a->n_queue; i++)
		if (a->queue[i].name == name) {
			forget(a, &a->queue[i]);
			break;
		}
out:
	air_audio_release(&au);
}
