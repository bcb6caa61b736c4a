/*
 * The running daemon's state, shared by its main loop (daemon.c), what
 * it plays (play.c) and its bulletins (bulletin.c).
 */
#ifndef LOA_AIR_DAEMON_H
#define LOA_AIR_DAEMON_H

#include "air_int.h"
#include "events.h"
#include "loa/asrun.h"
#include "output.h"

#define AIR_NOTES 16

struct air {
	const struct loa_air_options *opt;
	const char *commune;
	struct loa_db *db;
	struct air_clock clock;
	struct air_output **outs;
	size_t n_outs;
	int any_realtime;
	char out_names[1024];       /* "null: file:/x.wav" for the log */
	long long stream_ms;        /* the next block's time, real-time outputs */
	struct air_week week;
	int week_missing;           /* the Monday a missing week was logged for */
	char **done;                /* "scheduled|file" of items in the log */
	size_t n_done, cap_done;
	long long day0_ms;          /* items before this are not the daemon's */
	struct air_prep prep;
	struct air_bulletin *queue; /* bulletins taken from the spool */
	size_t n_queue;
	struct air_audio fallback;
	long long next_sync, next_spool; /* real monotonic ms */
	pthread_mutex_t note_lock;
	struct air_note_msg {      /* an output's note, logged by the loop */
		const char *fmt;
		struct air_ev_args args;
	} notes[AIR_NOTES];
	int n_notes, notes_lost;
	int stopping;
	int lock_fd;
	long long due_ms;           /* when the item starting now was due; 0 */
	long long last_end_ms;      /* when the last item's sound ended */
	int trace;                  /* LOA_TRACE: print each start's error */                /* the spool's lock, -1 when not held */
	char status[700];            /* what spool/status says now */
};

/* "2026-12-03T06:00:00.042+07:00" for the clock's now. */
void air_now_iso(struct air *a, char buf[30]);
/*
 * Logs an event; a failure to log is printed, never fatal.  fmt is one
 * of the event messages of events.c (air_ev_known), stored with its
 * arguments so that each reader translates it; any other is stored as
 * text only.
 */
void air_event(struct air *a, const char *kind, long long item,
	       const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The same with the arguments already written out. */
void air_event_args(struct air *a, const char *kind, long long item,
		    const char *fmt, const struct air_ev_args *args);
/* Tells 'loa status' (spool/status) what is on air and what is next. */
void air_status(struct air *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Output notes, the hourly clock check, new bulletins. */
void air_housekeeping(struct air *a);

/* The first emergency bulletin due now, or NULL. */
struct air_bulletin *air_emergency_due(struct air *a);
/* The first bulletin due now, emergencies first, or NULL. */
struct air_bulletin *air_bulletin_due(struct air *a);
/* Airs b (and forgets it after its last repeat). */
void air_bulletin_run(struct air *a, struct air_bulletin *b);
/* Reads new requests from the spool. */
void air_spool_poll(struct air *a);

/* A copy of s, or NULL for NULL; sets *nomem when it cannot copy. */
char *air_dup(const char *s, int *nomem);
/* How long after its cut a priority bulletin is still aired again (and
 * only on the same day): docs/air.md, "Bulletins". */
#define AIR_REAIR_WINDOW_MS 3600000LL

/*
 * Queues the re-air owed to b, whose airing cut (a row of the log) an
 * emergency cut at cut_ms: a copy of b with retry_of set, aired after
 * the emergencies due and before any other bulletin, whose audio (b's)
 * stays in the spool until it has aired or will not.
 */
loa_status air_bulletin_owe(struct air *a, const struct air_bulletin *b,
			    long long cut, long long cut_ms);
/*
 * At start: the re-airs a stopped daemon still owed, found in the log
 * and the spool (owed.c), queued with air_bulletin_owe.
 */
void air_owed_recover(struct air *a);

/* One step of the main loop: a bulletin, an item, or a wait. */
void air_step(struct air *a);
/* How far back a station that was off looks for its missed items. */
#define AIR_LOOK_BACK_DAYS 35

/*
 * One walk of the log's last AIR_LOOK_BACK_DAYS days at start: every
 * item already logged (never played twice), and the day of the last
 * one.  A station that was down for days (the PC off) still owes the
 * log its planned items: day0_ms moves back to that day, so every item
 * planned since then is logged as missed rather than forgotten.  A
 * station with no row in those days starts today.
 */
loa_status air_look_back(struct air *a, struct loa_error *err);

/* How air_play ended; AIR_FAILED: the file stopped decoding (au->err). */
enum air_end { AIR_ENDED, AIR_CUT, AIR_STOPPED, AIR_FAILED };

/*
 * Plays au (at most limit samples of it) from clock time start_ms, block
 * by block, measuring its level (silence alarm for item).  When
 * cuttable, an emergency that falls due fades it out over 0.5 s and ends
 * it as AIR_CUT.
 */
enum air_end air_play(struct air *a, struct air_audio *au, size_t limit,
		      long long start_ms, int cuttable, long long item);
/* Real-time outputs get silence up to the clock's now. */
void air_fill_silence(struct air *a);
/* Opens every output of opt; LOA_EINPUT when none opens. */
loa_status air_outputs_open(struct air *a, struct loa_error *err);
void air_outputs_close(struct air *a);

#endif
