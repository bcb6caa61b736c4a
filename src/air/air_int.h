/*
 * Inside the air layer: the week's items, the daemon's clock, the
 * bulletin spool and the thread that prepares the next item.
 */
#ifndef LOA_AIR_INT_H
#define LOA_AIR_INT_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "loa/air.h"

/* 20 ms at 44,100 Hz: the block the daemon paces and writes. */
#define AIR_BLOCK 882
#define AIR_BLOCK_MS 20
/* A spool temp file older than this at start was left by a killed
 * writer; a younger one may be a bulletin being handed over. */
#define AIR_SPOOL_STALE_S 600
/* An emergency fades the current item out over this many samples. */
#define AIR_FADE 22050

/* One planned segment of a week (a manifest row). */
struct air_item {
	char *file, *path;             /* name in the week folder, full path */
	char *zones, *slot, *script, *title, *topic, *sha256;
	char scheduled[26];            /* "2026-11-30T06:00:00+07:00" */
	long long sched_ms, length_ms;
	long long slot_end_ms;         /* the slot's end: room to re-air */
};

struct air_week {
	int monday;                    /* its first day; 0 when none loaded */
	long long mtime;               /* the manifest's, to see a rebuild */
	size_t n;
	struct air_item *items;        /* by start time */
};

/*
 * Loads WEEKS/COMMUNE/YYYY-Www/manifest.csv of the week starting monday
 * into w (released first).  A week not built is LOA_EINPUT naming the
 * folder; a row that does not parse is LOA_EINPUT with its line.
 */
loa_status air_week_load(struct air_week *w, const char *weeks,
			 const struct loa_schedule *s, int monday,
			 struct loa_error *err);
/* The manifest's modification time, or -1 when it is not there. */
long long air_week_mtime(const char *weeks, const char *commune, int monday);
void air_week_release(struct air_week *w);

/*
 * The daemon's clock: real time, or a test clock started at a given
 * time.  At speed 1 a test clock runs with real time; a faster one moves
 * only when the daemon waits (by the time waited, in 1/speed of it), so
 * a simulation does not depend on how fast or loaded the machine is.
 */
struct air_clock {
	long long base_ms;             /* clock time at mono0 */
	long long mono0_ns;
	int speed;
	int simulated;
};

void air_clock_init(struct air_clock *c, long long start_ms, int speed);
long long air_clock_now(const struct air_clock *c);
/* Sleeps until the clock reads ms, or at most max_real_ms of real time. */
void air_clock_sleep_until(struct air_clock *c, long long ms,
			   long long max_real_ms);
/* Real monotonic milliseconds. */
long long air_mono_ms(void);
/* The kernel's time-sync status: 1 synchronised, 0 not, -1 unreadable;
 * its estimated error into *error_ms. */
int air_clock_sync(long *error_ms);

/* A bulletin request read back from the spool. */
struct air_bulletin {
	char *name;                    /* the request's file name */
	char *audio;                   /* full path of its audio */
	char *source;                  /* the submitted file's name */
	char *tier, *by, *zones, *script_id, *title;
	char *airing;                  /* the start time of an airing being
	                                  logged (air_spool_airing), or NULL */
	long long approval, at_ms;
	long long retry_of;            /* an owed re-air (no request file):
	                                  the cut airing it repeats; else 0 */
	long long cut_ms;              /* when that airing was cut */
	int repeat, every_s;
	int emergency;
};

/*
 * Reads every request in spool not yet in have (by name) and appends it
 * to *list; a request that does not parse is renamed NAME.bad and named
 * in bad (empty when none).
 */
loa_status air_spool_read(const char *spool, struct air_bulletin **list,
			  size_t *n, char *bad, size_t bad_size,
			  struct loa_error *err);
/*
 * Before an airing's start row: marks the request with the row's start
 * time, so that a restart finds the row and does not air it again.
 */
loa_status air_spool_airing(const char *spool, const struct air_bulletin *b,
			    const char *started, struct loa_error *err);
/*
 * After an airing began: rewrites the request with one repeat less and
 * its next time (and no mark), or removes it after the last, and its
 * audio unless keep_audio (a priority bulletin may be cut and aired
 * again: the caller removes the audio when it has done with it).
 */
loa_status air_spool_aired(const char *spool, struct air_bulletin *b,
			   int keep_audio, struct loa_error *err);
void air_bulletin_release(struct air_bulletin *b);
/*
 * Makes sure spool is private, takes its lock (one daemon per station;
 * the descriptor into *lock_fd, closed to release it) and writes the
 * station file.
 */
loa_status air_spool_init(const char *spool, const char *commune,
			  const char *schedule, int *lock_fd,
			  struct loa_error *err);
/* Writes text as spool/status for 'loa status'. */
void air_spool_status(const char *spool, const char *text);
/*
 * Appends a status line of that kind to buf (status.c): its key, then
 * the kind's fields (const char *, tabs and line breaks made spaces).
 */
size_t air_status_add(char *buf, size_t size, enum loa_air_line kind, ...);

/*
 * An item's sound, 16-bit mono at 44.1 kHz, and the hashes of its file.
 * An item is decoded a piece at a time while it plays, so a 20-minute
 * item takes no more memory than a 20-second one; the fallback is held
 * whole (air_audio_load), since it plays again and again.
 */
#define AIR_CHUNK 8820                 /* 200 ms: one decoding step */

struct loa_audio_stream;

struct air_audio {
	char sha[65], frames[65];
	char *path;
	struct loa_audio_stream *stream; /* NULL when held whole */
	float *fbuf;                   /* the stream's float piece */
	int16_t *pcm;                  /* the held sound, or the piece */
	size_t n, pos;                 /* samples in pcm, handed out of it */
	long long length_ms;           /* the file's length, as its container
	                                  says (the start row's) */
	size_t played;                 /* samples handed out in all */
	int failed;                    /* the stream broke: err says why */
	struct loa_error err;
};

void air_audio_release(struct air_audio *a);
/* Hashes path and opens it for air_audio_next; its first piece is
 * decoded, so a file that does not decode fails here. */
loa_status air_audio_open(struct air_audio *a, const char *path,
			  struct loa_error *err);
/* Hashes and decodes path whole into a (the fallback). */
loa_status air_audio_load(struct air_audio *a, const char *path,
			  struct loa_error *err);
/*
 * The next samples, at most max, into *block (valid until the next
 * call); 0 at the end, or when the file stops decoding (a->failed).
 */
size_t air_audio_next(struct air_audio *a, const int16_t **block,
		      size_t max);
/* Back to the first sample (a re-airing); an opened file is opened and
 * checked against its hash again. */
loa_status air_audio_rewind(struct air_audio *a, struct loa_error *err);
/* Decodes path into a, without the hashes (loa play). */
loa_status air_audio_decode(struct air_audio *a, const char *path,
			    struct loa_error *err);

/* One item prepared on a thread of its own while another plays. */
struct air_prep {
	pthread_t thread;
	pthread_mutex_t lock;
	int running, done;
	char *path;
	struct air_audio audio;
	loa_status status;
	struct loa_error err;
};

void air_prep_init(struct air_prep *p);
/* Starts preparing path (after any earlier job is collected). */
loa_status air_prep_start(struct air_prep *p, const char *path,
			  struct loa_error *err);
/* 1 when the job for path is done (or there is none for it). */
int air_prep_ready(struct air_prep *p, const char *path);
/*
 * Waits for the job for path (starting it when another or none runs) and
 * moves its audio into out.
 */
loa_status air_prep_take(struct air_prep *p, const char *path,
			 struct air_audio *out, struct loa_error *err);
void air_prep_release(struct air_prep *p);

#endif
