/* Bare MPEG audio frames from 16-bit PCM, for streams and day files. */
#include "output_int.h"

#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
#include <stdlib.h>
#include <string.h>

struct air_mp3 {
	AVCodecContext *codec;
	AVFrame *frame;
	AVPacket *pkt;
	int64_t pts;
};

static loa_status mp3_fail(struct loa_error *err, const char *what, int ret)
{
	char why[128];

	av_strerror(ret, why, sizeof(why));
	return loa_error_set(err, ret == AVERROR(ENOMEM) ? LOA_ENOMEM : LOA_EAUDIO,
			     "MP3 encoder: %s: %s", what, why);
}

loa_status air_mp3_open(struct air_mp3 **out, int bitrate_kbps,
			struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	const AVCodec *lame = avcodec_find_encoder_by_name("libmp3lame");
	struct air_mp3 *m = calloc(1, sizeof(*m));
	loa_status rc = LOA_ENOMEM;
	int ret;

	*out = NULL;
	if (!m || !(m->frame = av_frame_alloc()) || !(m->pkt = av_packet_alloc()) ||
	    (lame && !(m->codec = avcodec_alloc_context3(lame)))) {
		loa_error_set(err, rc, "out of memory");
		goto out;
	}
	rc = LOA_EAUDIO;
	if (!lame) {
		loa_error_set(err, rc, "FFmpeg was built without libmp3lame");
		goto out;
	}
	m->codec->sample_fmt = AV_SAMPLE_FMT_S16P;
	m->codec->sample_rate = AIR_RATE;
	m->codec->bit_rate = bitrate_kbps * 1000LL;
	/* LAME -q 7, as the renderer uses (MEASURED.md): cheap in real time. */
	m->codec->compression_level = 7;
	av_channel_layout_copy(&m->codec->ch_layout, &mono);
	if ((ret = avcodec_open2(m->codec, lame, NULL)) < 0) {
		mp3_fail(err, "opening", ret);
		goto out;
	}
	m->frame->format = AV_SAMPLE_FMT_S16P;
	m->frame->sample_rate = AIR_RATE;
	m->frame->nb_samples = m->codec->frame_size;
	av_channel_layout_copy(&m->frame->ch_layout, &mono);
	if ((ret = av_frame_get_buffer(m->frame, 0)) < 0) {
		mp3_fail(err, "frame", ret);
		goto out;
	}
	m->frame->nb_samples = 0;
	rc = LOA_OK;
out:
	if (rc)
		air_mp3_free(&m);
	*out = m;
	return rc;
}

static loa_status drain(struct air_mp3 *m, air_mp3_sink sink, void *ctx,
			struct loa_error *err)
{
	int ret;

	for (;;) {
		ret = avcodec_receive_packet(m->codec, m->pkt);
		if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
			return LOA_OK;
		if (ret < 0)
			return mp3_fail(err, "encoding", ret);
		ret = sink(ctx, m->pkt->data, m->pkt->size);
		av_packet_unref(m->pkt);
		if (ret)
			return loa_error_set(err, LOA_EIO, "MP3 output failed");
	}
}

static loa_status send(struct air_mp3 *m, const AVFrame *frame,
		       air_mp3_sink sink, void *ctx, struct loa_error *err)
{
	int ret = avcodec_send_frame(m->codec, frame);

	if (ret < 0)
		return mp3_fail(err, "encoding", ret);
	return drain(m, sink, ctx, err);
}

loa_status air_mp3_write(struct air_mp3 *m, const int16_t *pcm,
			 size_t frames, air_mp3_sink sink, void *ctx,
			 struct loa_error *err)
{
	loa_status rc;

	while (frames > 0) {
		int room = m->codec->frame_size - m->frame->nb_samples;
		size_t take = frames < (size_t)room ? frames : (size_t)room;
		int ret = av_frame_make_writable(m->frame);

		if (ret < 0)
			return mp3_fail(err, "frame", ret);
		memcpy((int16_t *)m->frame->data[0] + m->frame->nb_samples, pcm,
		       take * sizeof(*pcm));
		m->frame->nb_samples += (int)take;
		pcm += take;
		frames -= take;
		if (m->frame->nb_samples < m->codec->frame_size)
			continue;
		m->frame->pts = m->pts;
		m->pts += m->frame->nb_samples;
		if ((rc = send(m, m->frame, sink, ctx, err)))
			return rc;
		m->frame->nb_samples = 0;
	}
	return LOA_OK;
}

loa_status air_mp3_flush(struct air_mp3 *m, air_mp3_sink sink, void *ctx,
			 struct loa_error *err)
{
	loa_status rc;

	if (m->frame->nb_samples > 0) {
		m->frame->pts = m->pts;
		m->pts += m->frame->nb_samples;
		if ((rc = send(m, m->frame, sink, ctx, err)))
			return rc;
		m->frame->nb_samples = 0;
	}
	return send(m, NULL, sink, ctx, err);
}

void air_mp3_free(struct air_mp3 **mp)
{
	struct air_mp3 *m = mp ? *mp : NULL;

	if (!m)
		return;
	avcodec_free_context(&m->codec);
	av_frame_free(&m->frame);
	av_packet_free(&m->pkt);
	free(m);
	*mp = NULL;
}
