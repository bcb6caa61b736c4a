/* The temporary files the harnesses hand to path-based loaders. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];
static char path[128];

static void fuzz_cleanup(void)
{
	if (path[0])
		unlink(path);
	if (dir[0])
		rmdir(dir);
}

const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
	FILE *f;

	if (!dir[0]) {
		snprintf(dir, sizeof(dir), "/tmp/loa-fuzz-XXXXXX");
		if (!mkdtemp(dir)) {
			dir[0] = '\0';
			return NULL;
		}
		atexit(fuzz_cleanup);
	}
	if (path[0])
		unlink(path);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f)
		return NULL;
	if (size && fwrite(data, 1, size, f) != size) {
		fclose(f);
		return NULL;
	}
	return fclose(f) ? NULL : path;
}
