/*
 * The smallest outputs, file: (.wav) and null:, so the daemon can be
 * tested before the air-out branch's outputs are merged.  The merge
 * keeps air-out's src/air/output*.c and drops this file.
 */
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loa/status.h"
#include "output.h"

struct air_output {
	char *url, *path, *tmp;
	SNDFILE *sf;
};

loa_status air_output_open(struct air_output **out, const char *url,
			   const struct air_output_opts *opts,
			   struct loa_error *err)
{
	struct air_output *o = calloc(1, sizeof(*o));
	SF_INFO info = { 0, AIR_RATE, 1, SF_FORMAT_WAV | SF_FORMAT_PCM_16,
			 0, 0 };
	size_t len;

	(void)opts;
	if (!o || !(o->url = strdup(url)))
		goto nomem;
	if (!strcmp(url, "null:")) {
		*out = o;
		return LOA_OK;
	}
	if (strncmp(url, "file:", 5) || !url[5]) {
		air_output_close(&o);
		return loa_error_set(err, LOA_EINPUT, "'%s' is not an output "
				     "this build knows (file:PATH.wav or "
				     "null:)", url);
	}
	len = strlen(url) + 16;
	if (!(o->path = strdup(url + 5)) || !(o->tmp = malloc(len)))
		goto nomem;
	snprintf(o->tmp, len, "%s.tmp", o->path);
	if (!(o->sf = sf_open(o->tmp, SFM_WRITE, &info))) {
		air_output_close(&o);
		return loa_error_set(err, LOA_EINPUT, "cannot write '%s'",
				     url + 5);
	}
	*out = o;
	return LOA_OK;
nomem:
	air_output_close(&o);
	return loa_error_set(err, LOA_ENOMEM, "out of memory");
}

loa_status air_output_write(struct air_output *o, const int16_t *pcm,
			    size_t frames, long long t_ms,
			    struct loa_error *err)
{
	(void)t_ms;
	if (o->sf && sf_write_short(o->sf, pcm, (sf_count_t)frames) !=
	    (sf_count_t)frames)
		return loa_error_set(err, LOA_EIO, "cannot write '%s'",
				     o->path);
	return LOA_OK;
}

int air_output_realtime(const struct air_output *o)
{
	(void)o;
	return 0;
}

const char *air_output_name(const struct air_output *o)
{
	return o->url;
}

void air_output_close(struct air_output **po)
{
	struct air_output *o = *po;

	if (!o)
		return;
	if (o->sf && !sf_close(o->sf))
		rename(o->tmp, o->path);
	free(o->url);
	free(o->path);
	free(o->tmp);
	free(o);
	*po = NULL;
}
