/*
 * A file sealed by a record beside it: "SECONDS SHA256\n", the audio's
 * length and the SHA-256 of the file's bytes, written after the file
 * (so a record means the file was whole).  Nothing sealed is trusted on
 * its name: a reader checks the record's bounds and re-hashes the file.
 * The build's cache (DIR/.cache) and the approved renders
 * (.loa/approved) keep their files this way.
 */
#ifndef LOA_CORE_SEALED_H
#define LOA_CORE_SEALED_H

#include "loa/status.h"

/* The longest audio a record may claim: a day. */
#define SEALED_MAX_SECONDS 86400.0

enum sealed_state {
	SEALED_ABSENT,          /* neither the file nor its record */
	SEALED_OK,              /* the file hashes to its record */
	SEALED_BAD_RECORD,      /* no record, or one out of bounds */
	SEALED_BAD_FILE         /* missing, not a regular file, or changed */
};

/*
 * Checks file against record; on SEALED_OK (and SEALED_BAD_FILE) the
 * record's length and hash are in *seconds and sha.
 */
enum sealed_state sealed_check(const char *file, const char *record,
			       double *seconds, char sha[65]);

/* Writes the record dir/name for a file of seconds hashing to sha. */
loa_status sealed_write(const char *dir, const char *name, double seconds,
			const char *sha, struct loa_error *err);

#endif
