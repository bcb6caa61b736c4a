/*
 * pulse:[DEVICE] through libavdevice, loaded only when such an output is
 * opened: linked in, it and its libraries (libavfilter, SDL, X11, JACK,
 * ...) would take some 17 MB of every daemon's memory (loa-air).
 */
#include "output_int.h"

#include <dlfcn.h>
#include <libavdevice/version_major.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct device_out {
	AVFormatContext *oc;
	AVPacket *pkt;
	int64_t sent;            /* samples handed to the device */
	int failed;
};

static pthread_once_t register_once = PTHREAD_ONCE_INIT;
static int registered;
static char why_not[256];

/* The same major version as the libavformat the program is built with. */
static void register_devices(void)
{
	void *lib = dlopen("libavdevice.so." AV_STRINGIFY(
				   LIBAVDEVICE_VERSION_MAJOR), RTLD_NOW);
	void (*reg)(void) = NULL;

	if (lib)
		*(void **)&reg = dlsym(lib, "avdevice_register_all");
	if (reg) {
		reg();
		registered = 1;
	} else {
		const char *e = dlerror();

		snprintf(why_not, sizeof(why_not), "%s", e ? e : "not found");
	}
}

static loa_status device_fail(const struct air_output *o, struct loa_error *err,
			      const char *what, int ret)
{
	char why[128];

	av_strerror(ret, why, sizeof(why));
	return loa_error_set(err, LOA_EAUDIO, "sound device '%s': %s: %s",
			     o->name, what, why);
}

static loa_status device_write(struct air_output *o, const int16_t *pcm,
			       size_t frames, long long t_ms,
			       struct loa_error *err)
{
	struct device_out *d = o->impl;
	AVStream *st = d->oc->streams[0];
	int ret;

	(void)t_ms;
	if (d->failed)
		return loa_error_set(err, LOA_EAUDIO, "sound device '%s' has failed",
				     o->name);
	/* The muxer copies the samples out; the packet only borrows them. */
	d->pkt->data = (uint8_t *)(uintptr_t)pcm;
	d->pkt->size = (int)(frames * sizeof(*pcm));
	d->pkt->stream_index = 0;
	d->pkt->pts = d->pkt->dts =
		av_rescale_q(d->sent, (AVRational){ 1, AIR_RATE }, st->time_base);
	d->pkt->duration = av_rescale_q((int64_t)frames, (AVRational){ 1, AIR_RATE },
					st->time_base);
	ret = av_write_frame(d->oc, d->pkt);
	d->pkt->data = NULL;
	d->pkt->size = 0;
	if (ret < 0) {
		d->failed = 1;
		air_note(o, "%s: the sound device stopped working",
			 o->name);
		return device_fail(o, err, "playing", ret);
	}
	d->sent += (int64_t)frames;
	return LOA_OK;
}

static void device_free(struct device_out *d)
{
	if (d->oc)
		avformat_free_context(d->oc);
	av_packet_free(&d->pkt);
	free(d);
}

static void device_close(struct air_output *o)
{
	struct device_out *d = o->impl;

	/* The trailer lets the device play out what it holds. */
	if (!d->failed)
		av_write_trailer(d->oc);
	device_free(d);
}

static const struct air_output_ops device_ops = { device_write, device_close };

static loa_status device_header(struct air_output *o, struct device_out *d,
				const struct air_url *u, struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	AVStream *st = avformat_new_stream(d->oc, NULL);
	int ret;

	if (!st)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	st->codecpar->codec_type = AVMEDIA_TYPE_AUDIO;
	st->codecpar->codec_id = AV_NE(AV_CODEC_ID_PCM_S16BE, AV_CODEC_ID_PCM_S16LE);
	st->codecpar->sample_rate = AIR_RATE;
	av_channel_layout_copy(&st->codecpar->ch_layout, &mono);
	st->time_base = (AVRational){ 1, AIR_RATE };
	if (u->device[0] &&
	    av_opt_set(d->oc->priv_data, "device", u->device, 0) < 0)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	av_opt_set(d->oc->priv_data, "name", "Loa", 0);
	av_opt_set(d->oc->priv_data, "stream_name", "Loa on air", 0);
	ret = avformat_write_header(d->oc, NULL);
	if (ret >= 0)
		return LOA_OK;
	return device_fail(o, err, "cannot reach the PulseAudio server "
			   "(is it running for this user?)", ret);
}

loa_status air_open_device(struct air_output *o, const struct air_url *u,
			   struct loa_error *err)
{
	const char *muxer = "pulse";
	struct device_out *d;
	loa_status rc = LOA_ENOMEM;

	if (u->scheme == AIR_ALSA)
		return air_open_alsa(o, u, err);
	pthread_once(&register_once, register_devices);
	if (!registered)
		return loa_error_set(err, LOA_EAUDIO, "'%s': libavdevice (FFmpeg's "
				     "sound-card outputs) cannot be loaded: %s",
				     o->name, why_not);
	d = calloc(1, sizeof(*d));
	if (!d || !(d->pkt = av_packet_alloc())) {
		loa_error_set(err, rc, "out of memory");
		goto out;
	}
	if (avformat_alloc_output_context2(&d->oc, NULL, muxer, NULL) < 0) {
		rc = loa_error_set(err, LOA_EAUDIO,
				   "'%s': this FFmpeg has no %s output (libavdevice "
				   "built without it)", o->name, muxer);
		goto out;
	}
	if ((rc = device_header(o, d, u, err)))
		goto out;
	o->ops = &device_ops;
	o->impl = d;
	o->realtime = 1;
out:
	if (rc && d)
		device_free(d);
	return rc;
}
