/* Options shared by the on-air commands (air_cli.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "air_cli.h"
#include "commands.h"
#include "loa/air.h"

const char *air_cli_spool(const char *spool_opt, const char *root,
			  char *buf, size_t size)
{
	const char *env = getenv("LOA_SPOOL");

	if (spool_opt)
		snprintf(buf, size, "%s", spool_opt);
	else if (env && *env)
		snprintf(buf, size, "%s", env);
	else
		snprintf(buf, size, "%s/.loa/air", root ? root : ".");
	return buf;
}

int air_cli_seconds(const char *text, long max, int *out)
{
	size_t len = strlen(text);
	long unit = 1;
	char num[32];
	int n;

	if (!len || len >= sizeof(num))
		return -1;
	memcpy(num, text, len + 1);
	if (num[len - 1] == 's' || num[len - 1] == 'm' || num[len - 1] == 'h') {
		unit = num[len - 1] == 'h' ? 3600 : num[len - 1] == 'm' ? 60 : 1;
		num[len - 1] = '\0';
	}
	if (cli_parse_int(num, 1, max / unit, &n))
		return -1;
	*out = (int)(n * unit);
	return 0;
}

int air_cli_time(const char *text, long long *ms)
{
	char full[40];

	/* "2026-11-30T05:59" gets its seconds. */
	if (strlen(text) == 16 && text[10] == 'T') {
		snprintf(full, sizeof(full), "%s:00", text);
		text = full;
	}
	return loa_air_parse_time(text, ms);
}
