/*
 * alsa:DEVICE through alsa-lib itself.  libavdevice would do the same,
 * but loading it loads libavfilter, SDL, X11, JACK and some 80 more
 * libraries: about 17 MB of a station PC's memory for one output.
 */
#include "output_int.h"

#include <alsa/asoundlib.h>
#include <stdlib.h>

/* What the card may hold ahead of the daemon's clock: enough to ride
 * out a slow disk write, little enough to stay on time. */
#define ALSA_LATENCY_US 500000

struct alsa_out {
	snd_pcm_t *pcm;
	int failed;
};

/* alsa-lib's own messages ("ALSA lib pcm.c:...") would only repeat ours. */
static void alsa_quiet(const char *file, int line, const char *function,
		       int err, const char *fmt, ...)
{
	(void)file, (void)line, (void)function, (void)err, (void)fmt;
}

static loa_status alsa_fail(const struct air_output *o, struct loa_error *err,
			    const char *what, int ret)
{
	return loa_error_set(err, LOA_EAUDIO, "sound device '%s': %s: %s",
			     o->name, what, snd_strerror(ret));
}

static loa_status alsa_write(struct air_output *o, const int16_t *pcm,
			     size_t frames, long long t_ms,
			     struct loa_error *err)
{
	struct alsa_out *d = o->impl;
	snd_pcm_sframes_t n;

	(void)t_ms;
	if (d->failed)
		return loa_error_set(err, LOA_EAUDIO, "sound device '%s' has "
				     "failed", o->name);
	while (frames > 0) {
		n = snd_pcm_writei(d->pcm, pcm, frames);
		/* An underrun (the daemon was late) or a suspend: go on. */
		if (n < 0 && (n = snd_pcm_recover(d->pcm, (int)n, 1)) == 0)
			continue;
		if (n < 0) {
			d->failed = 1;
			air_note(o, "%s: the sound device stopped working",
				 o->name);
			return alsa_fail(o, err, "playing", (int)n);
		}
		pcm += n;
		frames -= (size_t)n;
	}
	return LOA_OK;
}

static void alsa_close(struct air_output *o)
{
	struct alsa_out *d = o->impl;

	/* Lets the card play out what it holds. */
	if (!d->failed)
		snd_pcm_drain(d->pcm);
	snd_pcm_close(d->pcm);
	free(d);
}

static const struct air_output_ops alsa_ops = { alsa_write, alsa_close };

loa_status air_open_alsa(struct air_output *o, const struct air_url *u,
			 struct loa_error *err)
{
	struct alsa_out *d = calloc(1, sizeof(*d));
	int ret;

	if (!d)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	snd_lib_error_set_handler(alsa_quiet);
	if ((ret = snd_pcm_open(&d->pcm, u->device, SND_PCM_STREAM_PLAYBACK,
				0)) < 0) {
		free(d);
		return alsa_fail(o, err, "cannot open it (see 'aplay -L' for "
				 "the device names)", ret);
	}
	if ((ret = snd_pcm_set_params(d->pcm, SND_PCM_FORMAT_S16,
				      SND_PCM_ACCESS_RW_INTERLEAVED, 1,
				      AIR_RATE, 1, ALSA_LATENCY_US)) < 0) {
		snd_pcm_close(d->pcm);
		free(d);
		return alsa_fail(o, err, "it does not take 44.1 kHz mono "
				 "16-bit sound", ret);
	}
	o->ops = &alsa_ops;
	o->impl = d;
	o->realtime = 1;
	return LOA_OK;
}
