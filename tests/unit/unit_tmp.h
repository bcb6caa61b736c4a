/*
 * A temporary project folder for one group of unit tests: made by the
 * group's setup, removed by its teardown.  Include after cmocka.h.
 */
#ifndef LOA_UNIT_TMP_H
#define LOA_UNIT_TMP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[64];

/* Makes root, with an empty audio/ folder in it; 0 on success. */
static inline int tmp_root_make(void)
{
	char path[128];

	snprintf(root, sizeof(root), "/tmp/loa-unit-XXXXXX");
	if (!mkdtemp(root))
		return -1;
	snprintf(path, sizeof(path), "%s/audio", root);
	return mkdir(path, 0777);
}

static inline int tmp_root_remove(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd);
}

/* The two as a cmocka group's setup and teardown. */
static inline int tmp_group_setup(void **state)
{
	(void)state;
	return tmp_root_make();
}

static inline int tmp_group_teardown(void **state)
{
	(void)state;
	return tmp_root_remove();
}

/* Writes text to root/name and returns the path (static buffer). */
static inline const char *write_file(const char *name, const char *text)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(text, 1, strlen(text), f);
	fclose(f);
	return path;
}

#endif
