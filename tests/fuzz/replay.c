/*
 * Feeds each file named on the command line to the harness it is linked
 * with, as libFuzzer would, without libFuzzer: make check replays
 * tests/crash_vectors/ this way in the normal and sanitizer builds.
 */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

static int replay(const char *name)
{
	FILE *f = fopen(name, "rb");
	unsigned char *data = NULL, *p;
	size_t size = 0, cap = 0, got;
	int rc = 1;

	if (!f) {
		perror(name);
		return 1;
	}
	do {
		if (size == cap) {
			cap = cap ? 2 * cap : 4096;
			if (!(p = realloc(data, cap)))
				goto out;
			data = p;
		}
		got = fread(data + size, 1, cap - size, f);
		size += got;
	} while (got);
	if (ferror(f))
		goto out;
	LLVMFuzzerTestOneInput(data, size);
	rc = 0;
out:
	free(data);
	fclose(f);
	return rc;
}

int main(int argc, char **argv)
{
	int i, failed = 0;

	for (i = 1; i < argc; i++)
		failed |= replay(argv[i]);
	return failed;
}
