#include "trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int trace_on(void)
{
	static int enabled = -1;

	if (enabled < 0)
		enabled = getenv("LOA_TRACE") != NULL;
	return enabled;
}

void trace_stage(const char *stage)
{
	static struct timespec last;
	struct timespec now;

	if (!trace_on())
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (stage)
		fprintf(stderr, "loa: trace: %-28s %7.1f ms\n", stage,
			(now.tv_sec - last.tv_sec) * 1e3 +
			(now.tv_nsec - last.tv_nsec) / 1e6);
	last = now;
}
