/* The registry of temporary files to remove on a signal (core/cleanup.h). */
#include "cleanup.h"

#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char paths[CLEANUP_MAX][PATH_MAX];
static volatile sig_atomic_t used[CLEANUP_MAX];

int cleanup_add(const char *path)
{
	size_t len = strlen(path);
	int i;

	if (len >= PATH_MAX)
		return -1;
	for (i = 0; i < CLEANUP_MAX; i++) {
		if (used[i])
			continue;
		/* The path is whole before a handler can see the slot. */
		memcpy(paths[i], path, len + 1);
		used[i] = 1;
		return i;
	}
	return -1;
}

int cleanup_mkstemp(char *template, int *slot)
{
	int fd;

	*slot = cleanup_add(template);
	if (*slot < 0)
		return mkstemp(template);
	/*
	 * Created in the registry's own buffer: a handler running meanwhile
	 * removes either nothing (the name still ends in XXXXXX) or the file.
	 */
	fd = mkstemp(paths[*slot]);
	if (fd < 0) {
		cleanup_forget(*slot);
		*slot = -1;
		return -1;
	}
	memcpy(template, paths[*slot], strlen(template) + 1);
	return fd;
}

void cleanup_forget(int slot)
{
	if (slot >= 0 && slot < CLEANUP_MAX)
		used[slot] = 0;
}

void cleanup_remove_all(void)
{
	int i;

	for (i = 0; i < CLEANUP_MAX; i++)
		if (used[i])
			unlink(paths[i]);
}
