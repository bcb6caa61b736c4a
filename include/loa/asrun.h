/*
 * The as-run log: what the station actually put on the air, item by
 * item, kept in the station database (loa/db.h) beside the approvals.
 *
 * Like the approvals it is evidence: rows are only ever appended (the
 * database refuses UPDATE and DELETE) and each row carries the SHA-256
 * of its fields and of the previous row's hash (docs/asrun.md has the
 * byte layout), so loa_asrun_verify finds a row changed or removed
 * behind Loa's back.
 *
 * An item that plays is two rows: a start row, committed before the
 * first sample goes out, and an end row naming it, committed when it
 * ends.  A crash therefore leaves an open item, which the next start
 * closes as interrupted (loa_asrun_close_open); an item can be closed
 * only once, so nothing is logged twice.  An item that never starts
 * (missed, failed before playing) is one complete row.
 *
 * Times are local ISO 8601 with milliseconds for what happened
 * ("2026-12-03T06:00:00.042+07:00") and without for what was planned
 * ("2026-12-03T06:00:00+07:00"); they come from the caller, whose clock
 * may be a test clock (then simulated is set on the row).
 */
#ifndef LOA_ASRUN_H
#define LOA_ASRUN_H

#include "loa/approval.h"
#include "loa/db.h"
#include "loa/status.h"

/* The station database's schema that added the as-run log: the oldest
 * a reader of it opens (loa_db_open_readonly). */
#define LOA_ASRUN_SCHEMA 3

/* What became of an item; the strings stored are loa_asrun_outcome_name. */
enum loa_asrun_outcome {
	LOA_ASRUN_OPEN,         /* started, not ended (yet, or ever) */
	LOA_ASRUN_AIRED,        /* played to its end */
	LOA_ASRUN_REAIRED,      /* played to its end, again after a cut */
	LOA_ASRUN_PREEMPTED,    /* cut by an emergency (or never started) */
	LOA_ASRUN_MISSED,       /* its time passed beyond the grace time */
	LOA_ASRUN_FAILED,       /* could not play: missing, hash, decode */
	LOA_ASRUN_INTERRUPTED,  /* the daemon stopped while it played */
};

/* "aired", "re-aired", ... ; NULL for LOA_ASRUN_OPEN. */
const char *loa_asrun_outcome_name(enum loa_asrun_outcome outcome);

/* The outcome named s, or -1. */
int loa_asrun_outcome_parse(const char *s);

/* One item as the log holds it; strings are owned (loa_asrun_release). */
struct loa_asrun {
	long long id;           /* the item's first row: 1, 2, 3 ... */
	char *commune_id;       /* the station's commune */
	char *scheduled;        /* planned start, or NULL for a bulletin */
	char *started, *ended;  /* what happened; NULL when it did not */
	char *slot;             /* the schedule's slot id, or NULL */
	char *zones;            /* "Thôn Nhân Giả, Thôn Tiên Đôi Nội" */
	char *outputs;          /* "alsa:default icecast://…/loa" (no
				 * passwords) */
	char *file;             /* the audio file, as the week names it */
	char *sha256;           /* its SHA-256 as checked before playing */
	char *script_id, *topic, *title;
	long long length_ms;    /* the file's planned length */
	long long approval;     /* the approval in force, or 0 */
	char *tier;             /* "normal", "priority" or "emergency" */
	enum loa_asrun_outcome outcome;
	char *reason;           /* why, for all but a plain "aired" */
	long long retry_of;     /* re-aired: the item that was cut; else 0 */
	int simulated;          /* logged under a test clock */
};

void loa_asrun_release(struct loa_asrun *item);

/*
 * Logs that item starts: appends its start row (item->outcome must be
 * LOA_ASRUN_OPEN and item->started set) and sets item->id.
 */
loa_status loa_asrun_begin(struct loa_db *db, struct loa_asrun *item,
			   struct loa_error *err);

/*
 * Logs that item id ended at ended with outcome and reason (may be
 * NULL).  An unknown id, or an item already ended, is LOA_EINPUT.
 */
loa_status loa_asrun_end(struct loa_db *db, long long id, const char *ended,
			 enum loa_asrun_outcome outcome, const char *reason,
			 struct loa_error *err);

/* Logs an item that never started (missed, failed, ...) as one row. */
loa_status loa_asrun_record(struct loa_db *db, struct loa_asrun *item,
			    struct loa_error *err);

/*
 * Ends every open item as interrupted with reason, all in one
 * transaction; the number closed into *closed (may be NULL).  ended is
 * left NULL: nobody knows when the sound stopped.
 */
loa_status loa_asrun_close_open(struct loa_db *db, const char *reason,
				long long *closed, struct loa_error *err);

/* Which items loa_asrun_each walks; NULL or 0 fields match everything. */
struct loa_asrun_filter {
	const char *from;       /* "2026-12-01": items planned (or, for
				 * bulletins, started) on or after it */
	const char *to;         /* "2026-12-31": ... on or before it */
	const char *commune_id;
};

/*
 * Calls fn for every item matching filter, in the order they were
 * logged, with its outcome as of now.  A non-zero return from fn stops
 * the walk and is returned.
 */
typedef int (*loa_asrun_fn)(void *ctx, const struct loa_asrun *item);
loa_status loa_asrun_each(struct loa_db *db,
			  const struct loa_asrun_filter *filter,
			  loa_asrun_fn fn, void *ctx, struct loa_error *err);

/*
 * Walks the as-run chain from its first row, like loa_approvals_verify
 * (the same report: rows checked, the first bad row and why, the head).
 */
loa_status loa_asrun_verify(struct loa_db *db,
			    struct loa_chain_report *report,
			    struct loa_error *err);

/* The most arguments an event's message id takes. */
#define LOA_AIR_EVENT_ARGS 8

/*
 * The station's operational log beside the as-run rows: clock sync
 * status, lost and regained outputs, silence alarms, fallbacks, daemon
 * start and stop.  Append-only, not chained (it is not evidence of what
 * aired, only of what went wrong).  kind is a short word ("clock",
 * "output", "silence", "fallback", "bulletin", "daemon"); item is the
 * as-run item it concerns, or 0.  message is the text in English;
 * msgid, when not NULL, is its untranslated format and args[0..n_args-1]
 * its arguments as text (kept as a JSON array of strings), from which
 * each reader writes the message in its own language
 * (loa_air_event_text, loa/air.h).
 */
loa_status loa_air_event(struct loa_db *db, const char *at, const char *kind,
			 long long item, const char *message,
			 const char *msgid, const char *const *args,
			 int n_args, struct loa_error *err);

/* One operational event, as loa_air_events passes it. */
struct loa_air_event {
	long long id;
	const char *at, *kind, *message;
	long long item;
	const char *msgid;          /* NULL: a row of schema 4 or older */
	const char *const *args;    /* the msgid's arguments */
	int n_args;                 /* -1 when the stored ones do not read
				     * as a JSON array of at most
				     * LOA_AIR_EVENT_ARGS strings */
};

/*
 * Calls fn for the events at or after since (NULL: all), newest first,
 * at most limit of them (0: no limit).
 */
typedef int (*loa_air_event_fn)(void *ctx, const struct loa_air_event *e);
loa_status loa_air_events(struct loa_db *db, const char *since, int limit,
			  loa_air_event_fn fn, void *ctx,
			  struct loa_error *err);

#endif
