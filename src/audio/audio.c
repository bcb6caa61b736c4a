#include "loa/audio.h"
#include "loa/loudness.h"

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <errno.h>
#include <pthread.h>
#include <libswresample/swresample.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "core/i18n.h"
#include "duration.h"

void loa_pcm_release(struct loa_pcm *pcm)
{
	if (!pcm)
		return;
	free(pcm->samples);
	pcm->samples = NULL;
	pcm->n = 0;
}

/* Appends n samples to pcm, within the asset length cap. */
static loa_status pcm_append(struct loa_pcm *pcm, size_t *cap,
			     const float *src, size_t n, struct loa_error *err)
{
	if (pcm->n + n > (size_t)pcm->rate * LOA_AUDIO_MAX_SECONDS)
		return loa_error_set(err, LOA_EINPUT,
				     "audio is longer than %d seconds",
				     LOA_AUDIO_MAX_SECONDS);
	if (pcm->n + n > *cap) {
		size_t ncap = *cap ? *cap : 65536;
		float *p;

		while (ncap < pcm->n + n)
			ncap *= 2;
		p = realloc(pcm->samples, ncap * sizeof(*p));
		if (!p)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		pcm->samples = p;
		*cap = ncap;
	}
	if (src)
		memcpy(pcm->samples + pcm->n, src, n * sizeof(*src));
	pcm->n += n;
	return LOA_OK;
}

static SwrContext *mono_converter(AVChannelLayout *in_layout,
				  enum AVSampleFormat in_fmt, int in_rate,
				  int out_rate)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	SwrContext *swr = NULL;

	if (swr_alloc_set_opts2(&swr, &mono, AV_SAMPLE_FMT_FLT, out_rate,
				in_layout, in_fmt, in_rate, 0, NULL) < 0)
		return NULL;
	if (swr_init(swr) < 0)
		swr_free(&swr);
	return swr;
}

/* Pushes in_n frames (or a flush when in is NULL) through swr into pcm. */
static loa_status convert_into(SwrContext *swr, const uint8_t **in, int in_n,
			       struct loa_pcm *pcm, size_t *cap,
			       struct loa_error *err)
{
	int room = swr_get_out_samples(swr, in_n);
	size_t before = pcm->n;
	uint8_t *dst;
	loa_status rc;
	int got;

	if (room <= 0)
		return LOA_OK;
	rc = pcm_append(pcm, cap, NULL, (size_t)room, err);
	if (rc)
		return rc;
	dst = (uint8_t *)(pcm->samples + before);
	got = swr_convert(swr, &dst, room, in, in_n);
	if (got < 0) {
		pcm->n = before;
		return loa_error_set(err, LOA_EAUDIO, "resampling failed");
	}
	pcm->n = before + (size_t)got;
	return LOA_OK;
}

#define RESAMPLE_CHUNK 8192

loa_status loa_audio_resample(const struct loa_pcm *in, int rate,
			      struct loa_pcm *out, struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	SwrContext *swr;
	size_t cap = 0, at;
	loa_status rc = LOA_OK;

	memset(out, 0, sizeof(*out));
	out->rate = rate;
	if (in->rate == rate)
		return pcm_append(out, &cap, in->samples, in->n, err);
	swr = mono_converter(&mono, AV_SAMPLE_FMT_FLT, in->rate, rate);
	if (!swr)
		return loa_error_set(err, LOA_EAUDIO, "cannot set up resampler");
	/* In pieces: given the whole input at once, swresample allocates
	 * working buffers several times its size (17 MB for a bed). */
	for (at = 0; at < in->n && !rc; at += RESAMPLE_CHUNK) {
		const uint8_t *src = (const uint8_t *)(in->samples + at);
		size_t n = in->n - at < RESAMPLE_CHUNK ? in->n - at :
			   RESAMPLE_CHUNK;

		rc = convert_into(swr, &src, (int)n, out, &cap, err);
	}
	if (!rc)
		rc = convert_into(swr, NULL, 0, out, &cap, err);
	swr_free(&swr);
	if (rc)
		loa_pcm_release(out);
	return rc;
}

/* 1 if libsndfile's log of sf holds an error (a FLAC CRC mismatch, lost
 * sync): the read calls themselves do not report it. */
static int sndfile_logged_error(SNDFILE *sf)
{
	char log[4096];

	log[0] = '\0';
	sf_command(sf, SFC_GET_LOG_INFO, log, sizeof(log));
	log[sizeof(log) - 1] = '\0';
	return strstr(log, "ERROR") != NULL;
}

/*
 * Why libsndfile did not open path (errnum: errno just after), in the
 * reader's words: its own sf_strerror is English and would sit inside a
 * Vietnamese sentence on the Bulletin form.  Its words are kept as the
 * error's detail, for the journal.
 */
static loa_status sndfile_open_failed(const char *path, int errnum,
				      struct loa_error *err)
{
	const char *why;
	loa_status rc;

	switch (sf_error(NULL)) {
	case SF_ERR_SYSTEM:
		why = errnum ? strerror(errnum) : _("the system refused it");
		break;
	case SF_ERR_UNRECOGNISED_FORMAT:
		why = _("it is not WAV, FLAC or OGG audio (another format "
			"renamed, or not audio)");
		break;
	case SF_ERR_MALFORMED_FILE:
		why = _("its header is damaged");
		break;
	case SF_ERR_UNSUPPORTED_ENCODING:
		why = _("its encoding cannot be read (save it again as 16-bit "
			"WAV or FLAC)");
		break;
	default:
		why = _("it cannot be read");
	}
	rc = loa_error_set(err, LOA_EINPUT, "cannot read '%s': %s", path, why);
	if (err)
		snprintf(err->detail, sizeof(err->detail), "libsndfile: %s",
			 sf_strerror(NULL));
	return rc;
}

/* A file libsndfile stopped reading early, in the reader's words, its
 * own (English, when it said any) as the detail. */
static loa_status sndfile_damaged(const char *path, SNDFILE *sf,
				  struct loa_error *err)
{
	loa_status rc = loa_error_set(err, LOA_EINPUT, "'%s' is damaged: %s",
				      path, _("it does not decode cleanly"));

	if (err && sf_error(sf))
		snprintf(err->detail, sizeof(err->detail), "libsndfile: %s",
			 sf_strerror(sf));
	return rc;
}

/* Interleaved frames to mono in place: frame i's mean into frames[i]. */
static void downmix(float *frames, size_t n, int channels)
{
	for (size_t i = 0; i < n; i++) {
		float sum = 0;

		for (int c = 0; c < channels; c++)
			sum += frames[i * (size_t)channels + (size_t)c];
		frames[i] = sum / channels;
	}
}

static loa_status load_sndfile(const char *path, int rate,
			       struct loa_pcm *out, struct loa_error *err)
{
	SF_INFO info = { 0 };
	SNDFILE *sf = sf_open(path, SFM_READ, &info);
	struct loa_pcm native = { 0 };
	float *frames = NULL;
	size_t cap = 0;
	loa_status rc = LOA_OK;
	sf_count_t got;

	if (!sf)
		return sndfile_open_failed(path, errno, err);
	if (info.channels < 1 || info.channels > 8 || info.samplerate < 8000 ||
	    info.samplerate > 192000) {
		rc = loa_error_set(err, LOA_EINPUT,
				   "'%s' has an unsupported format", path);
		goto out;
	}
	native.rate = info.samplerate;
	frames = malloc(4096 * (size_t)info.channels * sizeof(*frames));
	if (!frames) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	while ((got = sf_readf_float(sf, frames, 4096)) > 0) {
		downmix(frames, (size_t)got, info.channels);
		rc = pcm_append(&native, &cap, frames, (size_t)got, err);
		if (rc)
			goto out;
	}
	/* libsndfile skips a damaged FLAC frame and stops early; its log
	 * keeps the decoder's error. */
	if (sf_error(sf) || sndfile_logged_error(sf) ||
	    (info.frames > 0 && (sf_count_t)native.n != info.frames)) {
		rc = sndfile_damaged(path, sf, err);
		goto out;
	}
	if (native.rate == rate) {
		*out = native;
		native.samples = NULL;
	} else {
		rc = loa_audio_resample(&native, rate, out, err);
	}
out:
	free(frames);
	loa_pcm_release(&native);
	sf_close(sf);
	return rc;
}

/*
 * The containers read through libavformat.  An asset is opened as what
 * its name says, and only these demuxers and the file protocol can be
 * reached: probing alone would open a text file named x.mp3 as an HLS
 * playlist and play whatever file it names (issue 14).  A name with
 * another extension (the encoder's temporary file) is probed among them.
 */
#define AV_FORMATS "mp3,flac,wav,ogg,mov,aac"
static const struct {
	const char *ext, *demuxer;
} av_containers[] = {
	{ ".mp3", "mp3" }, { ".flac", "flac" }, { ".wav", "wav" },
	{ ".ogg", "ogg" }, { ".oga", "ogg" }, { ".opus", "ogg" },
	{ ".m4a", "mov" }, { ".mp4", "mov" }, { ".aac", "aac" },
};

/* Errors FFmpeg logged on this thread; decode_avformat counts them. */
static _Thread_local unsigned av_logged_errors;
static pthread_once_t quiet_log_once = PTHREAD_ONCE_INIT;

/* The library prints nothing: FFmpeg's messages are counted, not shown. */
static void av_log_quiet(void *avcl, int level, const char *fmt, va_list vl)
{
	(void)avcl;
	(void)fmt;
	(void)vl;
	if (level <= AV_LOG_ERROR)
		av_logged_errors++;
}

static void av_log_install(void)
{
	av_log_set_callback(av_log_quiet);
}

static int av_open(AVFormatContext **fmt, const char *path)
{
	const char *dot = strrchr(path, '.');
	const AVInputFormat *forced = NULL;
	AVDictionary *opt = NULL;
	size_t i;
	int ret;

	pthread_once(&quiet_log_once, av_log_install);
	for (i = 0; dot && i < sizeof(av_containers) / sizeof(av_containers[0]);
	     i++)
		if (!strcasecmp(dot, av_containers[i].ext))
			forced = av_find_input_format(av_containers[i].demuxer);
	if (av_dict_set(&opt, "format_whitelist", AV_FORMATS, 0) < 0 ||
	    av_dict_set(&opt, "protocol_whitelist", "file", 0) < 0) {
		av_dict_free(&opt);
		return AVERROR(ENOMEM);
	}
	ret = avformat_open_input(fmt, path, forced, &opt);
	av_dict_free(&opt);
	return ret;
}

/* Receives decoded audio piece by piece; see decode_avformat. */
typedef void (*pcm_sink_fn)(void *user, const float *samples, size_t n);

struct decoder {
	AVFormatContext *fmt;
	AVCodecContext *dec;
	AVPacket *pkt;
	AVFrame *frame;
	SwrContext *swr;     /* made for the first frame's format */
	int stream;
	int damaged;         /* a read or decode error was seen */
};

static void decoder_close(struct decoder *d)
{
	swr_free(&d->swr);
	av_frame_free(&d->frame);
	av_packet_free(&d->pkt);
	avcodec_free_context(&d->dec);
	avformat_close_input(&d->fmt);
}

/* 1 when fmt holds only audio streams (and perhaps cover pictures). */
static int plain_audio(const AVFormatContext *fmt)
{
	unsigned i;

	for (i = 0; i < fmt->nb_streams; i++) {
		const AVStream *st = fmt->streams[i];

		if (st->codecpar->codec_type != AVMEDIA_TYPE_AUDIO &&
		    !(st->disposition & AV_DISPOSITION_ATTACHED_PIC))
			return 0;
	}
	return 1;
}

/* Opens path's best audio stream; decoder_close d in any case. */
static loa_status decoder_open(struct decoder *d, const char *path,
			       struct loa_error *err)
{
	const AVCodec *codec = NULL;

	if (av_open(&d->fmt, path) < 0 ||
	    avformat_find_stream_info(d->fmt, NULL) < 0)
		return loa_error_set(err, LOA_EINPUT, "cannot read audio '%s': "
				     "not MP3, FLAC, WAV, OGG, M4A or AAC audio "
				     "matching its name", path);
	if (!plain_audio(d->fmt))
		return loa_error_set(err, LOA_EINPUT, "'%s' holds more than "
				     "audio (video, subtitles or data)", path);
	d->stream = av_find_best_stream(d->fmt, AVMEDIA_TYPE_AUDIO, -1, -1,
					&codec, 0);
	if (d->stream < 0 || !codec)
		return loa_error_set(err, LOA_EINPUT, "'%s' has no audio", path);
	d->dec = avcodec_alloc_context3(codec);
	d->pkt = av_packet_alloc();
	d->frame = av_frame_alloc();
	if (!d->dec || !d->pkt || !d->frame)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	d->dec->err_recognition |= AV_EF_CRCCHECK | AV_EF_EXPLODE;
	if (avcodec_parameters_to_context(
		    d->dec, d->fmt->streams[d->stream]->codecpar) < 0 ||
	    avcodec_open2(d->dec, codec, NULL) < 0)
		return loa_error_set(err, LOA_EAUDIO,
				     "cannot open decoder for '%s'", path);
	return LOA_OK;
}

/*
 * Sends the stream's next packet to the decoder and returns 1, or at the
 * end asks it to drain and returns 0.  A read or decode error marks the
 * file damaged: concealed, it would air as a glitch.
 */
static int decoder_feed(struct decoder *d)
{
	int ret;

	while ((ret = av_read_frame(d->fmt, d->pkt)) >= 0) {
		if (d->pkt->stream_index == d->stream) {
			if (avcodec_send_packet(d->dec, d->pkt) < 0)
				d->damaged = 1;
			av_packet_unref(d->pkt);
			return 1;
		}
		av_packet_unref(d->pkt);
	}
	if (ret != AVERROR_EOF)
		d->damaged = 1;
	avcodec_send_packet(d->dec, NULL);
	return 0;
}

/* 1 when f is already what the sink takes: mono float at rate (the
 * verification of our own MP3s), so no converter is needed. */
static int plain_mono(const AVFrame *f, int rate)
{
	return f->ch_layout.nb_channels == 1 && f->sample_rate == rate &&
	       (f->format == AV_SAMPLE_FMT_FLT ||
		f->format == AV_SAMPLE_FMT_FLTP);
}

/* Converts every frame the decoder has ready into out (mono, rate Hz). */
static loa_status decoder_receive(struct decoder *d, const char *path,
				  int rate, struct loa_pcm *out, size_t *cap,
				  pcm_sink_fn sink, void *user,
				  struct loa_error *err)
{
	loa_status rc;

	int ret;

	while ((ret = avcodec_receive_frame(d->dec, d->frame)) >= 0) {
		if (d->frame->decode_error_flags ||
		    (d->frame->flags & AV_FRAME_FLAG_CORRUPT))
			d->damaged = 1;
		if (sink && !d->swr && plain_mono(d->frame, rate)) {
			sink(user, (const float *)d->frame->data[0],
			     (size_t)d->frame->nb_samples);
			av_frame_unref(d->frame);
			continue;
		}
		if (!d->swr) {
			d->swr = mono_converter(&d->frame->ch_layout,
						d->frame->format,
						d->frame->sample_rate, rate);
			if (!d->swr)
				return loa_error_set(err, LOA_EAUDIO,
						     "cannot convert '%s'", path);
		}
		rc = convert_into(d->swr,
				  (const uint8_t **)d->frame->extended_data,
				  d->frame->nb_samples, out, cap, err);
		av_frame_unref(d->frame);
		if (rc)
			return rc;
		if (sink) {
			sink(user, out->samples, out->n);
			out->n = 0;
		}
	}
	if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF)
		d->damaged = 1;
	return LOA_OK;
}

/*
 * Decodes path with libavformat into out (mono, rate Hz).  With a sink,
 * each decoded piece is handed over and dropped, so memory stays small
 * whatever the file's length.
 */
static loa_status decode_avformat(const char *path, int rate,
				  struct loa_pcm *out, pcm_sink_fn sink,
				  void *user, struct loa_error *err)
{
	struct decoder d = { .stream = -1 };
	loa_status rc;
	size_t cap = 0;
	int more = 1;

	memset(out, 0, sizeof(*out));
	out->rate = rate;
	av_logged_errors = 0;
	if ((rc = decoder_open(&d, path, err)))
		goto out;
	while (more) {
		more = decoder_feed(&d);
		if ((rc = decoder_receive(&d, path, rate, out, &cap, sink, user,
					  err)))
			goto out;
	}
	if (d.damaged || av_logged_errors) {
		rc = loa_error_set(err, LOA_EINPUT, "'%s' is damaged: it does "
				   "not decode cleanly", path);
		goto out;
	}
	if (d.swr)
		rc = convert_into(d.swr, NULL, 0, out, &cap, err);
	if (!rc && sink && out->n) {
		sink(user, out->samples, out->n);
		out->n = 0;
	} else if (!rc && !sink && out->n == 0)
		rc = loa_error_set(err, LOA_EINPUT, "'%s' has no audio", path);
out:
	decoder_close(&d);
	if (rc)
		loa_pcm_release(out);
	return rc;
}

loa_status loa_audio_load(const char *path, int rate, struct loa_pcm *out,
			  struct loa_error *err)
{
	memset(out, 0, sizeof(*out));
	if (audio_sndfile_can_read(path))
		return load_sndfile(path, rate, out, err);
	return decode_avformat(path, rate, out, NULL, NULL, err);
}

/* A file decoded a piece at a time (loa_audio_stream_open). */
struct loa_audio_stream {
	struct decoder d;        /* MP3, M4A, ...: libavformat */
	SNDFILE *sf;             /* WAV, FLAC, OGG: libsndfile */
	SF_INFO info;
	float *frames;           /* libsndfile's interleaved pieces */
	SwrContext *swr;         /* libsndfile: to the rate asked for */
	sf_count_t read;         /* libsndfile frames read so far */
	struct loa_pcm buf;      /* decoded, not yet handed out */
	size_t cap, pos;
	int ended;
	char *path;
};

void loa_audio_stream_close(struct loa_audio_stream **sp)
{
	struct loa_audio_stream *s = sp ? *sp : NULL;

	if (!s)
		return;
	decoder_close(&s->d);
	if (s->sf)
		sf_close(s->sf);
	swr_free(&s->swr);
	free(s->frames);
	loa_pcm_release(&s->buf);
	free(s->path);
	free(s);
	*sp = NULL;
}

static loa_status stream_open_sndfile(struct loa_audio_stream *s,
				      struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;

	if (!(s->sf = sf_open(s->path, SFM_READ, &s->info)))
		return sndfile_open_failed(s->path, errno, err);
	if (s->info.channels < 1 || s->info.channels > 8 ||
	    s->info.samplerate < 8000 || s->info.samplerate > 192000)
		return loa_error_set(err, LOA_EINPUT,
				     "'%s' has an unsupported format", s->path);
	if (!(s->frames = malloc(4096 * (size_t)s->info.channels *
				 sizeof(*s->frames))))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (s->info.samplerate != s->buf.rate &&
	    !(s->swr = mono_converter(&mono, AV_SAMPLE_FMT_FLT,
				      s->info.samplerate, s->buf.rate)))
		return loa_error_set(err, LOA_EAUDIO,
				     "cannot set up resampler");
	return LOA_OK;
}

loa_status loa_audio_stream_open(struct loa_audio_stream **out,
				 const char *path, int rate,
				 struct loa_error *err)
{
	struct loa_audio_stream *s = calloc(1, sizeof(*s));
	loa_status rc;

	*out = NULL;
	if (!s || !(s->path = strdup(path))) {
		free(s);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	s->d.stream = -1;
	s->buf.rate = rate;
	rc = audio_sndfile_can_read(path) ? stream_open_sndfile(s, err) :
		decoder_open(&s->d, path, err);
	if (rc)
		loa_audio_stream_close(&s);
	*out = s;
	return rc;
}

/* One libsndfile piece into s->buf; at the end, the damage check. */
static loa_status stream_fill_sndfile(struct loa_audio_stream *s,
				      struct loa_error *err)
{
	sf_count_t got = sf_readf_float(s->sf, s->frames, 4096);
	const uint8_t *in = (const uint8_t *)s->frames;

	if (got > 0) {
		s->read += got;
		downmix(s->frames, (size_t)got, s->info.channels);
		return s->swr ? convert_into(s->swr, &in, (int)got, &s->buf,
					     &s->cap, err) :
			pcm_append(&s->buf, &s->cap, s->frames, (size_t)got, err);
	}
	s->ended = 1;
	if (sf_error(s->sf) || sndfile_logged_error(s->sf) ||
	    (s->info.frames > 0 && s->read != s->info.frames))
		return sndfile_damaged(s->path, s->sf, err);
	return s->swr ? convert_into(s->swr, NULL, 0, &s->buf, &s->cap, err) :
		LOA_OK;
}

/* One libavformat packet into s->buf; FFmpeg's errors on this thread
 * count as damage, as in decode_avformat. */
static loa_status stream_fill_av(struct loa_audio_stream *s,
				 struct loa_error *err)
{
	unsigned logged = av_logged_errors;
	int more = decoder_feed(&s->d);
	loa_status rc;

	if ((rc = decoder_receive(&s->d, s->path, s->buf.rate, &s->buf,
				  &s->cap, NULL, NULL, err)))
		return rc;
	if (s->d.damaged || av_logged_errors != logged)
		return loa_error_set(err, LOA_EINPUT, "'%s' is damaged: it does "
				     "not decode cleanly", s->path);
	if (more)
		return LOA_OK;
	s->ended = 1;
	return s->d.swr ? convert_into(s->d.swr, NULL, 0, &s->buf, &s->cap,
				       err) : LOA_OK;
}

loa_status loa_audio_stream_read(struct loa_audio_stream *s, float *out,
				 size_t max, size_t *got,
				 struct loa_error *err)
{
	loa_status rc;
	size_t take;

	*got = 0;
	while (*got < max) {
		if (s->pos == s->buf.n) {
			if (s->ended)
				break;
			s->pos = s->buf.n = 0;
			rc = s->sf ? stream_fill_sndfile(s, err) :
				stream_fill_av(s, err);
			if (rc)
				return rc;
			continue;
		}
		take = s->buf.n - s->pos < max - *got ? s->buf.n - s->pos :
			max - *got;
		memcpy(out + *got, s->buf.samples + s->pos,
		       take * sizeof(*out));
		s->pos += take;
		*got += take;
	}
	return LOA_OK;
}

struct measure_state {
	struct loa_meter *meter;
	size_t n;
	loa_status rc;
};

static void measure_sink(void *user, const float *samples, size_t n)
{
	struct measure_state *st = user;

	if (!st->rc)
		st->rc = loa_meter_add(st->meter, samples, n);
	st->n += n;
}

loa_status loa_audio_measure(const char *path, int rate,
			     struct loa_audio_stats *stats,
			     struct loa_error *err)
{
	struct measure_state st = { 0 };
	struct loa_pcm scratch = { 0 };
	loa_status rc;

	memset(stats, 0, sizeof(*stats));
	if (loa_meter_new(&st.meter, rate, LOA_METER_TRUE_PEAK))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	rc = decode_avformat(path, rate, &scratch, measure_sink, &st, err);
	loa_pcm_release(&scratch);
	if (!rc && st.rc)
		rc = loa_error_set(err, st.rc, "measuring '%s' failed", path);
	if (!rc) {
		stats->seconds = (double)st.n / rate;
		stats->integrated_lufs = loa_meter_integrated(st.meter);
		stats->true_peak_db = loa_meter_true_peak(st.meter);
	}
	loa_meter_free(&st.meter);
	return rc;
}

/* The rest of loa_audio_duration (duration.c): what libsndfile does not
 * read, through libavformat. */
double audio_duration_av(const char *path)
{
	AVFormatContext *fmt = NULL;
	double seconds = -1;

	if (av_open(&fmt, path) < 0)
		return -1;
	if (avformat_find_stream_info(fmt, NULL) >= 0 &&
	    fmt->duration != AV_NOPTS_VALUE)
		seconds = fmt->duration / (double)AV_TIME_BASE;
	avformat_close_input(&fmt);
	return seconds;
}

loa_status loa_audio_tags(const char *path, char **out,
			  struct loa_error *err)
{
	const AVDictionaryEntry *e = NULL;
	AVFormatContext *fmt = NULL;
	char *text = NULL;
	size_t len = 0;
	loa_status rc = LOA_OK;

	*out = NULL;
	if (av_open(&fmt, path) < 0)
		return loa_error_set(err, LOA_EINPUT, "cannot read '%s'", path);
	while ((e = av_dict_get(fmt->metadata, "", e, AV_DICT_IGNORE_SUFFIX))) {
		size_t n = strlen(e->key) + strlen(e->value) + 2;
		char *grown = len + n < (1u << 20) ? realloc(text, len + n + 1) :
						     NULL;

		if (!grown) {
			rc = loa_error_set(err, LOA_ENOMEM, "the tags are too long");
			break;
		}
		text = grown;
		/* A tag's own line breaks would read as the next tag. */
		len += (size_t)snprintf(text + len, n + 1, "%s=%s\n", e->key,
					e->value);
		for (char *p = text + len - n + strlen(e->key) + 1;
		     p < text + len - 1; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
	}
	avformat_close_input(&fmt);
	if (rc)
		free(text);
	else
		*out = text ? text : strdup("");
	return rc || *out ? rc : loa_error_set(err, LOA_ENOMEM, "out of memory");
}
