/*
 * A preview through one output, outside the daemon: no schedule, no
 * log, no approval (loa play).
 */
#include <stddef.h>
#include <time.h>

#include "air_int.h"
#include "output.h"

/* A tenth of a second: a sound card blocks for about one block, so
 * Ctrl-C stops the sound within that. */
#define BLOCK (AIR_RATE / 10)

loa_status loa_air_preview(const char *path, const char *url,
			   volatile sig_atomic_t *stop, struct loa_error *err)
{
	struct air_output_opts opts = { NULL, NULL, 0, NULL, 0 };
	struct air_output *out = NULL;
	struct air_audio a = { 0 };
	long long t_ms = (long long)time(NULL) * 1000;
	loa_status rc;
	size_t at;

	if ((rc = air_audio_decode(&a, path, err)) ||
	    (rc = air_output_open(&out, url, &opts, err)))
		goto out;
	for (at = 0; at < a.n && !(stop && *stop); at += BLOCK) {
		size_t n = a.n - at < BLOCK ? a.n - at : BLOCK;

		if ((rc = air_output_write(out, a.pcm + at, n,
					   t_ms + (long long)at * 1000 / AIR_RATE,
					   err)))
			goto out;
	}
out:
	air_output_close(&out);
	air_audio_release(&a);
	return rc;
}
