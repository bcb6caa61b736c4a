#include "core/sealed.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/hash.h"

/*
 * Reads a record strictly: "SECONDS SHA256\n" and nothing else, the
 * length finite and within bounds, the hash 64 lower-case hex digits.
 */
static int record_read(const char *path, double *seconds, char sha[65])
{
	char line[160], *end;
	size_t n, i;
	FILE *f = fopen(path, "rb");

	if (!f)
		return -1;
	n = fread(line, 1, sizeof(line) - 1, f);
	fclose(f);
	line[n] = '\0';
	if (n == sizeof(line) - 1 || strlen(line) != n || n < 67 ||
	    line[n - 1] != '\n' || line[n - 66] != ' ' || line[0] == ' ')
		return -1;
	errno = 0;
	*seconds = strtod(line, &end);
	if (errno || end != line + n - 66 || !isfinite(*seconds) ||
	    *seconds <= 0 || *seconds > SEALED_MAX_SECONDS)
		return -1;
	for (i = 0; i < 64; i++) {
		char c = line[n - 65 + i];

		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return -1;
		sha[i] = c;
	}
	sha[64] = '\0';
	return 0;
}

enum sealed_state sealed_check(const char *file, const char *record,
			       double *seconds, char sha[65])
{
	char actual[65];
	struct stat st;
	int have_file = !lstat(file, &st), have_record = !access(record, F_OK);

	if (!have_file && !have_record)
		return SEALED_ABSENT;
	if (record_read(record, seconds, sha))
		return SEALED_BAD_RECORD;
	if (!have_file || !S_ISREG(st.st_mode) ||
	    hash_file_sha256(file, actual, NULL) || strcmp(actual, sha))
		return SEALED_BAD_FILE;
	return SEALED_OK;
}

loa_status sealed_write(const char *dir, const char *name, double seconds,
			const char *sha, struct loa_error *err)
{
	char line[128];

	snprintf(line, sizeof(line), "%.3f %s\n", seconds, sha);
	return atomic_write(dir, name, line, strlen(line), err);
}
