#include "loa/encode.h"

#include <errno.h>
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <limits.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/cleanup.h"
#include "id3.h"
#include "core/i18n.h"

struct loa_encoder {
	char path[PATH_MAX];
	char temp[PATH_MAX];
	int slot;
	int finished;
	/* mp3 */
	AVFormatContext *oc;
	AVCodecContext *codec;
	AVFrame *frame;
	AVPacket *pkt;
	int64_t pts;
	/* wav */
	SNDFILE *sf;
};

/* The registry is core/cleanup's: the CLI's handlers walk it. */
void loa_encoder_remove_temp_files(void)
{
	cleanup_remove_all();
}

/* Names the output file: "writing: No space left on device" alone
 * leaves the officer guessing which disk is full (issue 14). */
static loa_status av_fail(const struct loa_encoder *enc,
			  struct loa_error *err, const char *what, int ret)
{
	loa_status status = LOA_EAUDIO;
	char why[128];

	if (ret == AVERROR(ENOMEM))
		status = LOA_ENOMEM;
	else if (ret == AVERROR(ENOSPC) || ret == AVERROR(EIO) ||
		 ret == AVERROR(EDQUOT) || ret == AVERROR(EROFS) ||
		 ret == AVERROR(EFBIG))
		status = loa_status_errno(AVUNERROR(ret));
	av_strerror(ret, why, sizeof(why));
	return loa_error_set(err, status, "'%s': %s: %s", enc->path, what, why);
}

/* Creates an empty temporary file beside path: ".NAME.tmp-XXXXXX". */
static loa_status make_temp(struct loa_encoder *enc, struct loa_error *err)
{
	const char *slash = strrchr(enc->path, '/');
	int dir_len = slash ? (int)(slash - enc->path + 1) : 0;
	const char *base = slash ? slash + 1 : enc->path;
	int fd;

	if ((size_t)snprintf(enc->temp, sizeof(enc->temp), "%.*s.%s.tmp-XXXXXX",
			     dir_len, enc->path, base) >= sizeof(enc->temp))
		return loa_error_set(err, LOA_EIO, "'%s': path too long",
				     enc->path);
	fd = cleanup_mkstemp(enc->temp, &enc->slot);
	if (fd < 0) {
		enc->temp[0] = '\0';
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot write in the folder of '%s': %s",
				     enc->path, strerror(errno));
	}
	/* mkstemp makes the file private; a broadcast file is not secret. */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	close(fd);
	return LOA_OK;
}

/*
 * The ID3v2.4 tag goes in first, written by id3.c (the muxer's own tag is
 * turned off): the muxer then writes its Xing/Info frame after it and
 * seeks back to that frame's own offset to finish it.
 */
static loa_status write_id3(struct loa_encoder *enc,
			    const struct loa_tags *tags, struct loa_error *err)
{
	unsigned char *tag;
	size_t len;
	loa_status rc = id3_tag(tags, &tag, &len, err);

	if (rc)
		return rc;
	avio_write(enc->oc->pb, tag, (int)len);
	free(tag);
	return enc->oc->pb->error ? av_fail(enc, err, _("writing the ID3 tag"),
					    enc->oc->pb->error) : LOA_OK;
}

static loa_status open_mp3(struct loa_encoder *enc,
			   const struct loa_output_format *format,
			   const struct loa_tags *tags, struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	const AVCodec *codec = avcodec_find_encoder_by_name("libmp3lame");
	AVStream *st;
	loa_status rc;
	int ret;

	if (!codec)
		return loa_error_set(err, LOA_EAUDIO,
				     "FFmpeg was built without libmp3lame");
	ret = avformat_alloc_output_context2(&enc->oc, NULL, "mp3", NULL);
	if (ret < 0)
		return av_fail(enc, err, _("mp3 muxer"), ret);
	/* Bit-exact: no version strings, so equal inputs give equal bytes. */
	enc->oc->flags |= AVFMT_FLAG_BITEXACT;
	enc->codec = avcodec_alloc_context3(codec);
	enc->frame = av_frame_alloc();
	enc->pkt = av_packet_alloc();
	if (!enc->codec || !enc->frame || !enc->pkt)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	enc->codec->sample_fmt = AV_SAMPLE_FMT_FLTP;
	enc->codec->sample_rate = format->rate;
	enc->codec->bit_rate = format->bitrate;
	enc->codec->flags |= AV_CODEC_FLAG_BITEXACT;
	/* LAME -q 7: 2.5x faster than the default, transparent for speech
	 * on horn loudspeakers (MEASURED.md). */
	enc->codec->compression_level = 7;
	av_channel_layout_copy(&enc->codec->ch_layout, &mono);
	ret = avcodec_open2(enc->codec, codec, NULL);
	if (ret < 0)
		return av_fail(enc, err, _("opening the MP3 encoder"), ret);
	st = avformat_new_stream(enc->oc, NULL);
	if (!st)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	ret = avcodec_parameters_from_context(st->codecpar, enc->codec);
	if (ret < 0)
		return av_fail(enc, err, _("mp3 stream"), ret);
	st->time_base = (AVRational){ 1, format->rate };
	ret = av_opt_set_int(enc->oc->priv_data, "id3v2_version", 0, 0);
	if (ret < 0)
		return av_fail(enc, err, _("mp3 muxer"), ret);
	ret = avio_open(&enc->oc->pb, enc->temp, AVIO_FLAG_WRITE);
	if (ret < 0)
		return av_fail(enc, err, _("opening the output"), ret);
	if ((rc = write_id3(enc, tags, err)))
		return rc;
	ret = avformat_write_header(enc->oc, NULL);
	if (ret < 0)
		return av_fail(enc, err, _("writing the MP3 header"), ret);
	enc->frame->format = AV_SAMPLE_FMT_FLTP;
	enc->frame->sample_rate = format->rate;
	enc->frame->nb_samples = enc->codec->frame_size;
	av_channel_layout_copy(&enc->frame->ch_layout, &mono);
	ret = av_frame_get_buffer(enc->frame, 0);
	if (ret < 0)
		return av_fail(enc, err, _("MP3 frame"), ret);
	enc->frame->nb_samples = 0;
	return LOA_OK;
}

static loa_status open_wav(struct loa_encoder *enc,
			   const struct loa_output_format *format,
			   const struct loa_tags *tags, struct loa_error *err)
{
	SF_INFO info = { 0 };

	info.samplerate = format->rate;
	info.channels = 1;
	info.format = (strcmp(format->extension, "flac") ? SF_FORMAT_WAV :
		       SF_FORMAT_FLAC) | SF_FORMAT_PCM_16;
	enc->sf = sf_open(enc->temp, SFM_WRITE, &info);
	if (!enc->sf)
		return loa_error_set(err, LOA_EIO, "cannot write '%s': %s",
				     enc->temp, sf_strerror(NULL));
	/* Clip rather than wrap if a float sample exceeds full scale. */
	sf_command(enc->sf, SFC_SET_CLIPPING, NULL, SF_TRUE);
	if (tags->title)
		sf_set_string(enc->sf, SF_STR_TITLE, tags->title);
	if (tags->artist)
		sf_set_string(enc->sf, SF_STR_ARTIST, tags->artist);
	if (tags->album)
		sf_set_string(enc->sf, SF_STR_ALBUM, tags->album);
	if (tags->date)
		sf_set_string(enc->sf, SF_STR_DATE, tags->date);
	if (tags->synthetic)
		sf_set_string(enc->sf, SF_STR_COMMENT, tags->synthetic);
	return LOA_OK;
}

loa_status loa_encoder_open(struct loa_encoder **out, const char *path,
			    const struct loa_output_format *format,
			    const struct loa_tags *tags, struct loa_error *err)
{
	struct loa_encoder *enc;
	loa_status rc;

	*out = NULL;
	enc = calloc(1, sizeof(*enc));
	if (!enc)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	enc->slot = -1;
	if ((size_t)snprintf(enc->path, sizeof(enc->path), "%s", path) >=
	    sizeof(enc->path)) {
		free(enc);
		return loa_error_set(err, LOA_EIO, "path too long");
	}
	rc = make_temp(enc, err);
	if (!rc)
		rc = format->bitrate ? open_mp3(enc, format, tags, err) :
					open_wav(enc, format, tags, err);
	if (rc) {
		loa_encoder_abort(&enc);
		return rc;
	}
	*out = enc;
	return LOA_OK;
}

static loa_status drain_packets(struct loa_encoder *enc, struct loa_error *err)
{
	int ret;

	for (;;) {
		ret = avcodec_receive_packet(enc->codec, enc->pkt);
		if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
			return LOA_OK;
		if (ret < 0)
			return av_fail(enc, err, _("encoding"), ret);
		enc->pkt->stream_index = 0;
		av_packet_rescale_ts(enc->pkt, enc->codec->time_base,
				     enc->oc->streams[0]->time_base);
		ret = av_interleaved_write_frame(enc->oc, enc->pkt);
		if (ret < 0)
			return av_fail(enc, err, _("writing"), ret);
	}
}

static loa_status send_frame(struct loa_encoder *enc, struct loa_error *err)
{
	int ret;

	enc->frame->pts = enc->pts;
	enc->pts += enc->frame->nb_samples;
	ret = avcodec_send_frame(enc->codec, enc->frame);
	if (ret < 0)
		return av_fail(enc, err, _("encoding"), ret);
	enc->frame->nb_samples = 0;
	return drain_packets(enc, err);
}

loa_status loa_encoder_write(struct loa_encoder *enc, const float *samples,
			     size_t n, struct loa_error *err)
{
	loa_status rc;

	if (enc->sf) {
		if (sf_writef_float(enc->sf, samples, (sf_count_t)n) !=
		    (sf_count_t)n)
			return loa_error_set(err, LOA_EIO, "writing '%s': %s",
					     enc->temp, sf_strerror(enc->sf));
		return LOA_OK;
	}
	while (n > 0) {
		int room = enc->codec->frame_size - enc->frame->nb_samples;
		size_t take = n < (size_t)room ? n : (size_t)room;
		int ret = av_frame_make_writable(enc->frame);

		if (ret < 0)
			return av_fail(enc, err, _("encoding"), ret);
		memcpy((float *)enc->frame->data[0] + enc->frame->nb_samples,
		       samples, take * sizeof(*samples));
		enc->frame->nb_samples += (int)take;
		samples += take;
		n -= take;
		if (enc->frame->nb_samples == enc->codec->frame_size &&
		    (rc = send_frame(enc, err)))
			return rc;
	}
	return LOA_OK;
}

loa_status loa_encoder_write_s16(struct loa_encoder *enc,
				 const int16_t *samples, size_t n,
				 struct loa_error *err)
{
	float buf[1024];
	loa_status rc = LOA_OK;

	if (enc->sf)
		return sf_writef_short(enc->sf, samples, (sf_count_t)n) ==
		       (sf_count_t)n ? LOA_OK :
		       loa_error_set(err, LOA_EIO, "writing '%s': %s",
				     enc->temp, sf_strerror(enc->sf));
	while (n > 0 && !rc) {
		size_t i, take = n < 1024 ? n : 1024;

		for (i = 0; i < take; i++)
			buf[i] = samples[i] / 32768.0f;
		rc = loa_encoder_write(enc, buf, take, err);
		samples += take;
		n -= take;
	}
	return rc;
}

loa_status loa_encoder_finish(struct loa_encoder *enc, struct loa_error *err)
{
	loa_status rc;
	int ret;

	if (enc->finished)
		return LOA_OK;
	if (enc->sf) {
		ret = sf_close(enc->sf);
		enc->sf = NULL;
		if (ret)
			return loa_error_set(err, LOA_EIO, "closing '%s' failed",
					     enc->temp);
		enc->finished = 1;
		return LOA_OK;
	}
	if (enc->frame->nb_samples > 0 && (rc = send_frame(enc, err)))
		return rc;
	ret = avcodec_send_frame(enc->codec, NULL);
	if (ret < 0)
		return av_fail(enc, err, _("flushing the encoder"), ret);
	if ((rc = drain_packets(enc, err)))
		return rc;
	ret = av_write_trailer(enc->oc);
	if (ret < 0)
		return av_fail(enc, err, _("finishing the MP3"), ret);
	ret = avio_closep(&enc->oc->pb);
	if (ret < 0)
		return av_fail(enc, err, _("closing the MP3"), ret);
	enc->finished = 1;
	return LOA_OK;
}

const char *loa_encoder_temp_path(const struct loa_encoder *enc)
{
	return enc->temp;
}

static void encoder_free(struct loa_encoder *enc)
{
	if (enc->sf)
		sf_close(enc->sf);
	if (enc->oc) {
		if (enc->oc->pb)
			avio_closep(&enc->oc->pb);
		avformat_free_context(enc->oc);
	}
	avcodec_free_context(&enc->codec);
	av_frame_free(&enc->frame);
	av_packet_free(&enc->pkt);
	cleanup_forget(enc->slot);
	free(enc);
}

loa_status loa_encoder_commit(struct loa_encoder **encp, struct loa_error *err)
{
	struct loa_encoder *enc = *encp;
	loa_status rc = loa_encoder_finish(enc, err);

	if (rc) {
		loa_encoder_abort(encp);
		return rc;
	}
	if (rename(enc->temp, enc->path)) {
		rc = loa_error_set(err, loa_status_errno(errno),
				   "cannot create '%s': %s",
				   enc->path, strerror(errno));
		loa_encoder_abort(encp);
		return rc;
	}
	encoder_free(enc);
	*encp = NULL;
	return LOA_OK;
}

void loa_encoder_abort(struct loa_encoder **encp)
{
	struct loa_encoder *enc = encp ? *encp : NULL;

	if (!enc)
		return;
	if (enc->sf) {
		sf_close(enc->sf);
		enc->sf = NULL;
	}
	if (enc->oc && enc->oc->pb)
		avio_closep(&enc->oc->pb);
	if (enc->temp[0])
		unlink(enc->temp);
	encoder_free(enc);
	*encp = NULL;
}

const struct loa_output_format loa_output_formats[] = {
	{ "ip-speaker", 44100, 1, 64000, "mp3" },
	{ "fm", 44100, 1, 128000, "mp3" },
	{ "wav", 44100, 1, 0, "wav" },
	{ NULL, 0, 0, 0, NULL },
};

const struct loa_output_format *loa_output_format_find(const char *name)
{
	const struct loa_output_format *p;

	for (p = loa_output_formats; p->name; p++)
		if (!strcmp(p->name, name))
			return p;
	return NULL;
}
