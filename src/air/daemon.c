/*
 * The playout daemon (loa/air.h): the main loop that finds the next item
 * of the week, plays it at its time or logs why not, and lets bulletins
 * in between.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "daemon.h"
#include "loa/approval.h"
#include "loa/date.h"

#define HOUR_MS 3600000LL
/* An item starts this early in the loop: its row commits first. */
#define START_AHEAD_MS 30
/* The next item is decoded this long (clock time) before it is due. */
#define PREPARE_AHEAD_MS 60000

void air_now_iso(struct air *a, char buf[30])
{
	loa_air_format_time(air_clock_now(&a->clock), buf);
}

void air_event_args(struct air *a, const char *kind, long long item,
		    const char *fmt, const struct air_ev_args *args)
{
	const char *list[AIR_EV_ARGS];
	struct loa_error err;
	char msg[1500], now[30], why[AIR_REASON_MAX];

	air_ev_list(args, list);
	/* The English text; the reason's id and arguments stay in args. */
	air_ev_reason_arg(fmt, list, args->n, 0, why, sizeof(why));
	air_ev_format(msg, sizeof(msg), fmt, list, args->n);
	air_ev_list(args, list);
	air_now_iso(a, now);
	loa_error_clear(&err);
	/* The id only for a message of the table: a reader translates no
	 * other. */
	if (loa_air_event(a->db, now, kind, item, msg, air_ev_known(fmt),
			  list, args->n, &err))
		fprintf(stderr, "loa: %s (while logging: %s)\n", err.msg, msg);
}

void air_event(struct air *a, const char *kind, long long item,
	       const char *fmt, ...)
{
	struct air_ev_args args;
	va_list ap;
	int bad;

	va_start(ap, fmt);
	bad = air_ev_render(&args, fmt, ap);
	va_end(ap);
	if (bad) {
		/* A format the table cannot hold: its text, untranslated. */
		va_start(ap, fmt);
		vsnprintf(args.text, sizeof(args.text), fmt, ap);
		va_end(ap);
		args.n = 1;
		args.at[0] = 0;
		fmt = "%s";
	}
	air_event_args(a, kind, item, fmt, &args);
}

void air_status(struct air *a, const char *fmt, ...)
{
	char text[sizeof(a->status)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	if (strcmp(text, a->status)) {
		memcpy(a->status, text, sizeof(text));
		air_spool_status(a->opt->spool, text);
	}
}

void air_housekeeping(struct air *a)
{
	long long mono = air_mono_ms();
	long error_ms = 0;
	int n, lost, synced;

	pthread_mutex_lock(&a->note_lock);
	n = a->n_notes;
	lost = a->notes_lost;
	a->n_notes = a->notes_lost = 0;
	for (int i = 0; i < n; i++) {
		pthread_mutex_unlock(&a->note_lock);
		air_event_args(a, "output", 0, a->notes[i].fmt,
			       &a->notes[i].args);
		pthread_mutex_lock(&a->note_lock);
	}
	pthread_mutex_unlock(&a->note_lock);
	if (lost)
		air_event(a, "output", 0, "%d more output messages lost", lost);
	if (mono >= a->next_sync) {
		synced = air_clock_sync(&error_ms);
		if (synced < 0)
			air_event(a, "clock", 0, "the clock's sync status "
				  "cannot be read");
		else if (!synced)
			air_event(a, "clock", 0, "the system clock is NOT "
				  "synchronised (no NTP): slots may drift; "
				  "estimated error %ld ms", error_ms);
		else
			air_event(a, "clock", 0, "the system clock is "
				  "synchronised (estimated error %ld ms)",
				  error_ms);
		a->next_sync = mono + HOUR_MS;
	}
	if (mono >= a->next_spool) {
		air_spool_poll(a);
		a->next_spool = mono + 250;
	}
}

static void key_of(char *key, size_t size, const char *scheduled,
		   const char *file)
{
	snprintf(key, size, "%s|%s", scheduled, file);
}

static int is_done(const struct air *a, const struct air_item *it)
{
	char key[1024];

	key_of(key, sizeof(key), it->scheduled, it->file);
	for (size_t i = a->n_done; i-- > 0;)
		if (!strcmp(a->done[i], key))
			return 1;
	return 0;
}

static int mark_done(struct air *a, const char *scheduled, const char *file)
{
	char key[1024];

	if (a->n_done == a->cap_done) {
		size_t cap = a->cap_done * 2 + 64;
		char **more = realloc(a->done, cap * sizeof(*more));

		if (!more)
			return -1;
		a->done = more;
		a->cap_done = cap;
	}
	key_of(key, sizeof(key), scheduled, file);
	if (!(a->done[a->n_done] = strdup(key)))
		return -1;
	a->n_done++;
	return 0;
}

static int monday_of(long long ms)
{
	int day = (int)((ms / 1000 + LOA_UTC_OFFSET) / 86400);

	return day - loa_date_weekday(day);
}

static long long day_start_ms(int day)
{
	return ((long long)day * 86400 - LOA_UTC_OFFSET) * 1000;
}

struct look_back {
	struct air *a;
	char last[11];               /* the latest day logged, "2026-12-02" */
	int failed;
};

/* Every logged item: its key, and the latest day of them. */
static int collect_done(void *ctx, const struct loa_asrun *item)
{
	struct look_back *lb = ctx;
	const char *t = item->scheduled ? item->scheduled : item->started;

	if (t && strlen(t) >= 10 && strncmp(t, lb->last, 10) > 0)
		snprintf(lb->last, sizeof(lb->last), "%.10s", t);
	if (!item->scheduled || !item->file || item->retry_of)
		return 0;
	return mark_done(lb->a, item->scheduled, item->file) ? 1 : 0;
}

/* Forgets the keys of items planned before the day before day0. */
static void prune_done(struct air *a)
{
	char from[11];
	size_t i, kept = 0;

	loa_date_format((int)((a->day0_ms / 1000 + LOA_UTC_OFFSET) / 86400) - 1,
			from);
	for (i = 0; i < a->n_done; i++)
		if (strncmp(a->done[i], from, 10) < 0)
			free(a->done[i]);
		else
			a->done[kept++] = a->done[i];
	a->n_done = kept;
}

loa_status air_look_back(struct air *a, struct loa_error *err)
{
	int today = (int)((a->day0_ms / 1000 + LOA_UTC_OFFSET) / 86400), last;
	struct loa_asrun_filter f = { NULL, NULL, a->commune };
	struct look_back lb = { a, "", 0 };
	char from[11];
	loa_status rc;

	loa_date_format(today - AIR_LOOK_BACK_DAYS, from);
	f.from = from;
	rc = loa_asrun_each(a->db, &f, collect_done, &lb, err);
	if (rc > 0)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (rc)
		return rc;
	if (lb.last[0] && !loa_date_parse(lb.last, &last) && last < today) {
		a->day0_ms = day_start_ms(last);
		air_event(a, "daemon", 0, "the station logged nothing since %s: "
			  "what was planned since then is logged as missed",
			  lb.last);
	}
	prune_done(a);
	return LOA_OK;
}

/* Loads the week of monday unless it is loaded and unchanged. */
static int have_week(struct air *a, int monday)
{
	const char *weeks = a->opt->weeks;
	struct loa_error err;
	char week[9];

	if (a->week.monday == monday &&
	    air_week_mtime(weeks, a->commune, monday) == a->week.mtime)
		return 1;
	loa_error_clear(&err);
	if (!air_week_load(&a->week, weeks, a->opt->schedule, monday, &err))
		return 1;
	if (a->week_missing != monday) {
		a->week_missing = monday;
		fprintf(stderr, "loa: %s\n", err.msg);
		loa_isoweek_format(monday, week);
		if (air_week_mtime(weeks, a->commune, monday) < 0)
			air_event(a, "week", 0, "week %s is not built for %s "
				  "('loa build --week %s -o %s' builds it)", week,
				  a->commune, week, weeks);
		else
			air_event(a, "week", 0, "%s", err.msg);
	}
	return 0;
}

/*
 * The first item not yet in the log, from the week of day0 (weeks back
 * after an outage) to the next one.  A past week whose items are all
 * logged, or that was never built, moves day0 past it, so that it is
 * not read again.
 */
static const struct air_item *next_item(struct air *a)
{
	int now_monday = monday_of(air_clock_now(&a->clock));
	int monday = monday_of(a->day0_ms);

	for (; monday <= now_monday + 7; monday += 7) {
		if (have_week(a, monday)) {
			for (size_t i = 0; i < a->week.n; i++) {
				const struct air_item *it = &a->week.items[i];

				if (it->sched_ms >= a->day0_ms && !is_done(a, it))
					return it;
			}
		} else if (monday >= now_monday) {
			return NULL;
		}
		if (monday < now_monday)
			a->day0_ms = day_start_ms(monday + 7);
	}
	return NULL;
}

static void item_row(struct air *a, const struct air_item *it,
		     struct loa_asrun *r)
{
	memset(r, 0, sizeof(*r));
	r->commune_id = (char *)a->commune;
	r->scheduled = (char *)it->scheduled;
	r->slot = it->slot;
	r->zones = it->zones;
	r->outputs = a->out_names;
	r->file = it->file;
	r->sha256 = it->sha256;
	r->script_id = it->script;
	r->topic = it->topic;
	r->title = it->title;
	r->length_ms = it->length_ms;
	r->tier = (char *)"normal";
	r->simulated = a->clock.simulated;
}

/* Logs an item that will not start, as one row. */
static long long record(struct air *a, const struct air_item *it,
			enum loa_asrun_outcome outcome, const char *why,
			const char *sha)
{
	struct loa_asrun r;
	struct loa_error err;
	char text[AIR_REASON_MAX];

	item_row(a, it, &r);
	if (sha)
		r.sha256 = (char *)sha;
	r.outcome = outcome;
	r.reason = (char *)why;
	loa_error_clear(&err);
	if (loa_asrun_record(a->db, &r, &err))
		air_event(a, "daemon", 0, "%s", err.msg);
	if (mark_done(a, it->scheduled, it->file))
		a->stopping = 1;
	if (!a->opt->quiet)
		printf("%s %s %s: %s\n", it->scheduled,
		       _(loa_asrun_outcome_name(outcome)), it->file,
		       loa_air_reason_text(why, 1, text, sizeof(text)));
	return r.id;
}

/* The fallback for length_ms (a failed item's), so the air is not dead. */
static void play_fallback(struct air *a, const struct air_item *it,
			  long long id, long long length_ms)
{
	long long left = length_ms * AIR_RATE / 1000;
	long long t = air_clock_now(&a->clock);
	struct loa_error err;

	if (!a->fallback.n)
		return;
	air_event(a, "fallback", id, "the fallback plays for %lld s instead "
		  "of %s", length_ms / 1000, it->file);
	while (left > 0 && !*a->opt->stop) {
		size_t n = left < (long long)a->fallback.n ?
			(size_t)left : a->fallback.n;

		air_audio_rewind(&a->fallback, &err);
		if (air_play(a, &a->fallback, n, t, 1, id) != AIR_ENDED)
			return;
		left -= (long long)n;
		t += (long long)n * 1000 / AIR_RATE;
	}
}

/* The reason (air_reason) its file is not the one built. */
static const char *changed(char *why, size_t size)
{
	return air_reason(why, size, "its file differs from its manifest "
			  "(replaced or changed after the build)");
}

/* Why the item must not play, or NULL; its approval into *approval. */
static const char *refusal(struct air *a, const struct air_item *it,
			   const struct air_audio *au, long long *approval,
			   char *why, size_t size)
{
	struct loa_error err;

	if (strcmp(au->sha, it->sha256))
		return changed(why, size);
	loa_error_clear(&err);
	if (loa_approval_find_audio(a->db, a->commune, it->script, au->frames,
				    approval, &err))
		return air_reason(why, size, "its approval cannot be read: %s",
				  err.msg);
	if (!*approval)
		return air_reason(why, size, "its audio is not the audio "
				  "approved for this commune and script (no "
				  "approval in force)");
	return NULL;
}

/* Takes the prepared audio of it, or logs why it cannot play. */
static int take_audio(struct air *a, const struct air_item *it,
		      struct air_audio *au, long long *approval)
{
	struct loa_error err;
	char why[AIR_REASON_MAX];
	const char *no;
	long long id;

	loa_error_clear(&err);
	if (air_prep_take(&a->prep, it->path, au, &err)) {
		/* A changed file says so, rather than how it fails to decode. */
		if (au->sha[0] && strcmp(au->sha, it->sha256))
			no = changed(why, sizeof(why));
		else
			no = air_reason(why, sizeof(why), "it cannot be played: "
					"%s", err.msg);
		id = record(a, it, LOA_ASRUN_FAILED, no,
			    au->sha[0] ? au->sha : NULL);
		play_fallback(a, it, id, it->length_ms);
		return -1;
	}
	if ((no = refusal(a, it, au, approval, why, sizeof(why)))) {
		id = record(a, it, LOA_ASRUN_FAILED, no, au->sha);
		play_fallback(a, it, id, it->length_ms);
		return -1;
	}
	return 0;
}

/* Logs the start; the clock time the first sample goes out into *t. */
static long long begin(struct air *a, const struct air_item *it,
		       const struct air_audio *au, long long approval,
		       long long retry_of, long long *t)
{
	struct loa_asrun r;
	struct loa_error err;
	char started[30], line[sizeof(a->status)];

	/* Due at its time, or when the item before it ended. */
	a->due_ms = it->sched_ms > a->last_end_ms ? it->sched_ms :
		a->last_end_ms;
	*t = air_clock_now(&a->clock);
	if (*t < a->due_ms)
		*t = a->due_ms;
	loa_air_format_time(*t, started);
	item_row(a, it, &r);
	r.sha256 = (char *)au->sha;
	r.started = started;
	r.approval = approval;
	r.retry_of = retry_of;
	loa_error_clear(&err);
	if (loa_asrun_begin(a->db, &r, &err)) {
		air_event(a, "daemon", 0, "%s", err.msg);
		return 0;
	}
	if (!retry_of && mark_done(a, it->scheduled, it->file))
		a->stopping = 1;
	if (!a->opt->quiet)
		printf(retry_of ? _("%s re-airs %s\n") : _("%s airs %s\n"),
		       started, it->file);
	line[0] = '\0';
	air_status_add(line, sizeof(line), LOA_AIR_ITEM, started, it->title,
		       it->file, it->slot);
	air_status(a, "%s", line);
	return r.id;
}

static void end(struct air *a, long long id, enum loa_asrun_outcome outcome,
		const char *why, int stopped)
{
	struct loa_error err;
	char now[30];

	air_now_iso(a, now);
	loa_error_clear(&err);
	if (loa_asrun_end(a->db, id, stopped ? NULL : now, outcome, why, &err))
		air_event(a, "daemon", id, "%s", err.msg);
}

/* Ends an item whose file stopped decoding; the fallback fills its rest. */
static void broke(struct air *a, const struct air_item *it, long long id,
		  const struct air_audio *au)
{
	long long played_ms = (long long)au->played * 1000 / AIR_RATE;
	char why[AIR_REASON_MAX];

	air_reason(why, sizeof(why), "it stopped decoding after %lld s: %s",
		   played_ms / 1000, au->err.msg);
	end(a, id, LOA_ASRUN_FAILED, why, 0);
	if (it->length_ms > played_ms)
		play_fallback(a, it, id, it->length_ms - played_ms);
}

/* Plays it, re-airing it after an emergency while its slot has room. */
static void play_item(struct air *a, const struct air_item *it)
{
	struct air_audio au = { 0 };
	struct loa_error err;
	long long approval = 0, retry_of = 0, id, t;
	enum air_end how;
	char why[100];

	if (take_audio(a, it, &au, &approval))
		goto out;
	/* The next item of the week is hashed while this one plays. */
	if (it + 1 < a->week.items + a->week.n &&
	    it[1].sched_ms - it->sched_ms <= PREPARE_AHEAD_MS)
		air_prep_start(&a->prep, it[1].path, &err);
	for (;;) {
		if (!(id = begin(a, it, &au, approval, retry_of, &t)))
			break;
		how = air_play(a, &au, SIZE_MAX, t, 1, id);
		if (how == AIR_FAILED) {
			broke(a, it, id, &au);
			break;
		}
		if (how != AIR_CUT) {
			end(a, id, how == AIR_STOPPED ? LOA_ASRUN_INTERRUPTED :
			    retry_of ? LOA_ASRUN_REAIRED : LOA_ASRUN_AIRED,
			    how == AIR_STOPPED ? air_reason(why, sizeof(why),
							    "the daemon was "
							    "stopped") : NULL,
			    how == AIR_STOPPED);
			break;
		}
		end(a, id, LOA_ASRUN_PREEMPTED, air_reason(why, sizeof(why),
		    "cut by an emergency bulletin"), 0);
		while (!*a->opt->stop && air_emergency_due(a))
			air_bulletin_run(a, air_emergency_due(a));
		if (air_clock_now(&a->clock) + it->length_ms > it->slot_end_ms)
			break; /* no room left in the slot: stays pre-empted */
		loa_error_clear(&err);
		if (air_audio_rewind(&au, &err)) {
			air_event(a, "daemon", id, "not re-aired: %s", err.msg);
			break;
		}
		retry_of = id;
	}
out:
	air_audio_release(&au);
}

/* One step of the main loop: a bulletin, an item, or a wait. */
void air_step(struct air *a)
{
	const struct air_item *it;
	struct air_bulletin *b;
	struct loa_error err;
	long long now, wake;
	char why[AIR_REASON_MAX], line[sizeof(a->status)];

	air_housekeeping(a);
	if ((b = air_bulletin_due(a))) {
		air_bulletin_run(a, b);
		return;
	}
	now = air_clock_now(&a->clock);
	wake = now + 250L * a->clock.speed;
	if ((it = next_item(a))) {
		if (now > it->sched_ms + a->opt->grace_s * 1000LL) {
			air_reason(why, sizeof(why), "its time passed %lld s "
				   "ago (more than the grace time, %d s)",
				   (now - it->sched_ms) / 1000,
				   a->opt->grace_s);
			record(a, it, LOA_ASRUN_MISSED, why, NULL);
			return;
		}
		if (now >= it->sched_ms - START_AHEAD_MS) {
			play_item(a, it);
			return;
		}
		loa_error_clear(&err);
		if (it->sched_ms - now <= PREPARE_AHEAD_MS)
			air_prep_start(&a->prep, it->path, &err);
		if (it->sched_ms - START_AHEAD_MS < wake)
			wake = it->sched_ms - START_AHEAD_MS;
		line[0] = '\0';
		air_status_add(line, sizeof(line), LOA_AIR_NOTHING);
		air_status_add(line, sizeof(line), LOA_AIR_NEXT_ITEM,
			       it->scheduled, it->title, it->file, it->slot);
		air_status(a, "%s", line);
	} else {
		air_status(a, "on air: nothing\nnext: nothing in the weeks "
			   "built\n");
	}
	for (size_t i = 0; i < a->n_queue; i++)
		if (a->queue[i].at_ms < wake)
			wake = a->queue[i].at_ms;
	if (a->opt->until_ms && a->opt->until_ms < wake)
		wake = a->opt->until_ms;
	air_fill_silence(a);
	air_clock_sleep_until(&a->clock, a->any_realtime ?
			      (wake < now + AIR_BLOCK_MS ? wake :
			       now + AIR_BLOCK_MS) : wake, 250);
}
