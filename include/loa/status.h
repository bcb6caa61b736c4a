/*
 * Status codes and error context shared by every Loa module.
 *
 * Library functions never exit and never print: they return a loa_status
 * (0 on success, negative on failure) and, when the caller passes a
 * non-NULL `struct loa_error`, describe the failure there.  Input errors
 * are described as "file:line:column: message" so that a culture officer
 * can find the offending line of a campaign script.
 */
#ifndef LOA_STATUS_H
#define LOA_STATUS_H

#include <stddef.h>

typedef enum loa_status {
	LOA_OK = 0,
	LOA_EINPUT = -1,    /* bad input: script, profile, schedule, text */
	LOA_EIO = -2,       /* reading or writing a file failed */
	LOA_ENOMEM = -3,    /* out of memory, or a size cap was exceeded */
	LOA_ETTS = -4,      /* eSpeak NG failed */
	LOA_EAUDIO = -5,    /* FFmpeg or libsndfile failed */
	LOA_EINTERNAL = -6, /* a bug: an invariant did not hold */
	LOA_EINTERRUPTED = -7, /* a signal asked us to stop */
	LOA_ESYSTEM = -8    /* the system refused: disk full, no permission,
			       read-only file system */
} loa_status;

/*
 * The status for a failed system call's errno: LOA_ESYSTEM when the
 * system refused (ENOSPC, EDQUOT, EFBIG, EROFS, EACCES, EPERM),
 * LOA_ENOMEM for ENOMEM, else LOA_EIO.
 */
loa_status loa_status_errno(int errnum);

/* A human-readable name for a status, e.g. "bad input". */
const char *loa_strerror(loa_status status);

/*
 * Filled in by a failing call; msg is always NUL-terminated, in the
 * reader's language.  detail, when not "", is what a library below said
 * in its own words (libsndfile's English), for a log and never for the
 * page: loa_error_set and loa_error_at clear it.
 */
struct loa_error {
	char msg[1024];
	char detail[256];
};

/* Clears err (accepts NULL). */
void loa_error_clear(struct loa_error *err);

/*
 * Sets err->msg to "file:line:column: message" and returns status.
 * A line of 0 drops ":line:column"; err may be NULL.
 */
loa_status loa_error_at(struct loa_error *err, loa_status status,
			const char *file, unsigned line, unsigned column,
			const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Sets err->msg to a plain message and returns status; err may be NULL. */
loa_status loa_error_set(struct loa_error *err, loa_status status,
			 const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Maps a status to the CLI's exit code: 0; 1 for bad input; 4 when the
 * system refused (LOA_ESYSTEM); 130 interrupted; 3 otherwise.
 */
int loa_exit_code(loa_status status);

#endif
