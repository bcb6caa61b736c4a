/*
 * On air: the playout daemon of one station (docs/air.md).
 *
 * loa_air_run plays the approved segments of the weeks that 'loa build'
 * wrote (WEEKS/COMMUNE/YYYY-Www/manifest.csv) at their slot times, to
 * one or several outputs, and logs every item in the station database's
 * as-run log (loa/asrun.h) and every problem in its event log.  Before
 * an item plays, its file's SHA-256 must match the manifest and its
 * audio must be approved for the commune (loa/approval.h); otherwise it
 * is logged as failed and the fallback plays for its length.
 *
 * Bulletins reach the running daemon through its spool folder (mode
 * 0700, owned by the station's user): loa_air_bulletin_submit writes one
 * there whole (core/atomic), the daemon takes it within a quarter of a
 * second.  An emergency fades the current item out in 0.5 s and airs at
 * once; a priority bulletin airs when the current item ends.  A normal
 * item cut by an emergency airs again from its start when its slot
 * still has room, else it stays logged as pre-empted; a priority
 * bulletin cut by one airs again once, from its start, after the
 * emergencies due, unless its approval was withdrawn meanwhile.
 */
#ifndef LOA_AIR_H
#define LOA_AIR_H

#include <signal.h>
#include <stddef.h>

#include "loa/db.h"
#include "loa/schedule.h"
#include "loa/status.h"

struct loa_air_options {
	const struct loa_schedule *schedule;  /* the station's commune */
	const char *weeks;          /* the folder 'loa build -o' wrote */
	const char *const *outputs; /* URLs (src/air/output.h) */
	size_t n_outputs;
	int retention_days;         /* record: outputs; 0 keeps every day */
	struct loa_db *db;          /* the station database */
	const char *spool;          /* the bulletin folder */
	long long clock_ms;         /* test clock start (Unix ms); 0: real */
	int speed;                  /* test clock speed, 1 for real time */
	long long until_ms;         /* stop when the clock reaches it; 0 */
	int grace_s;                /* later than this after its time: missed */
	const char *fallback;       /* played for failed items; NULL: silence */
	int silence_s;              /* alarm after this much silence in an item */
	volatile sig_atomic_t *stop;   /* set by a signal: stop cleanly */
	int quiet;                  /* no line per item on stdout */
};

/*
 * Runs the daemon until opt->until_ms or *opt->stop.  At start it closes
 * the items a crash left open as interrupted and skips every item of
 * today already in the log.  LOA_EINPUT when no output can be opened or
 * the options are inconsistent (a --speed with a real-time output).
 */
loa_status loa_air_run(const struct loa_air_options *opt,
		       struct loa_error *err);

/* A bulletin handed to the daemon. */
struct loa_air_bulletin {
	const char *audio;          /* the approved audio file, copied */
	const char *source;         /* what was submitted, for the log */
	const char *tier;           /* "emergency" or "priority" */
	const char *by;             /* who submits (and approved) it */
	const char *zones;          /* NULL: the whole commune */
	const char *script_id;      /* the approval's script id */
	const char *title;          /* shown in the log; may be NULL */
	long long approval;         /* the approval in force */
	int repeat;                 /* times it airs in all (1 or more) */
	int every_s;                /* seconds between airings */
	long long at_ms;            /* air at this clock time; 0: at once */
};

/*
 * Writes b into spool (created 0700 when missing; refused when others
 * may write to it): the audio and then the request, each whole.
 */
loa_status loa_air_bulletin_submit(const char *spool,
				   const struct loa_air_bulletin *b,
				   struct loa_error *err);

/*
 * The station the daemon serving spool plays for (it writes it there at
 * start): its commune id and schedule file into the buffers.
 */
loa_status loa_air_station(const char *spool, char commune[128],
			   char schedule[4096], struct loa_error *err);

/*
 * What 'loa status' and the On air page show: the daemon's own words on
 * what is on air and next (spool/status, malloc'd into *status, NULL
 * when no daemon has written one), and whether a daemon holds the
 * spool's lock now: its process id into *pid, else 0.  A daemon killed
 * with -9 leaves its last status behind, so *pid is what says it runs.
 */
loa_status loa_air_state(const char *spool, char **status, long *pid,
			 struct loa_error *err);

/*
 * The kinds of a line of that status.  The daemon writes the lines with
 * fields (a key, then tab-separated fields) so that each reader words
 * them in its own language; lines of an older daemon are LOA_AIR_OTHER.
 */
enum loa_air_line {
	LOA_AIR_OTHER,        /* unknown: shown as it is */
	LOA_AIR_OFF,          /* the daemon stopped */
	LOA_AIR_NOTHING,      /* nothing on air */
	LOA_AIR_ITEM,         /* on air since f0: title f1, file f2, slot f3 */
	LOA_AIR_BULLETIN,     /* on air since f0: a bulletin, tier f1
			       * ("emergency"|"priority"), by f2, title f3 */
	LOA_AIR_NEXT_ITEM,    /* next at f0: title f1, file f2, slot f3 */
	LOA_AIR_NEXT_REAIR,   /* next: the priority bulletin by f0, title f1,
			       * cut by an emergency, again from its start */
	LOA_AIR_NEXT_NONE,    /* nothing next in the weeks built */
};
#define LOA_AIR_LINE_FIELDS 4

/*
 * Splits one line of the status (no newline) in place: its kind, and
 * its fields into f (unused ones "", a title may be "").
 */
enum loa_air_line loa_air_status_line(char *line,
				      const char *f[LOA_AIR_LINE_FIELDS]);

/*
 * Plays the audio file at path from start to end through one output
 * (the URLs of loa_air_run: alsa:DEVICE, pulse:, file:PATH, null:, ...),
 * in real time on a sound card; stops early, cleanly, when *stop is set
 * (may be NULL).  For previews ('loa play'): nothing is logged.
 */
loa_status loa_air_preview(const char *path, const char *url,
			   volatile sig_atomic_t *stop, struct loa_error *err);

struct loa_air_event;

/*
 * An event of the daemon's log (loa_air_events) in the reader's language
 * (gettext in the calling thread's locale), into buf; returns buf.  Its
 * message id is translated when it is one of the daemon's own event
 * messages and its stored arguments fit its conversions one for one
 * (they are put in as text, never read as a format); otherwise, and for
 * rows written before message ids were kept, the stored English text.
 */
const char *loa_air_event_text(const struct loa_air_event *e, char *buf,
			       size_t size);

/*
 * An as-run row's reason (struct loa_asrun, loa/asrun.h) in words, into
 * buf; returns buf ("" for NULL).  The daemon stores a reason as its
 * message id, followed by its arguments after tabs (docs/asrun.md);
 * translate 1 words it in the calling thread's language (gettext), 0 in
 * English.  Only an id in the daemon's table of reasons is worded, and
 * only when the stored arguments fit its conversions one for one (put in
 * as text, never read as a format); anything else (an old row's English
 * text, a row written behind the daemon's back) shows as stored, its
 * tabs as spaces.
 */
const char *loa_air_reason_text(const char *reason, int translate,
				char *buf, size_t size);

/* The event's kind ("output", "clock", ...) in the reader's words. */
const char *loa_air_event_kind(const char *kind);

/* Parses "2026-12-03T06:00:00[.mmm][+07:00]" into Unix ms; 0 or -1. */
int loa_air_parse_time(const char *text, long long *ms);

/* "2026-12-03T06:00:00.042+07:00" (30 bytes) for Unix ms. */
void loa_air_format_time(long long ms, char buf[30]);

#endif
