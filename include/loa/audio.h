/*
 * Reading audio assets (jingles, beds, recorded clips).  WAV, FLAC and
 * OGG go through libsndfile; MP3, M4A, AAC and Opus through libavformat,
 * opened as what the extension says, with only the file protocol and
 * plain audio demuxers reachable (no playlist, concat or network input).
 * A file that does not decode cleanly is an input error, never concealed.
 * Everything comes out as mono float at the rate asked for, resampled
 * with libswresample.  FFmpeg's own messages are not printed.
 */
#ifndef LOA_AUDIO_H
#define LOA_AUDIO_H

#include <stddef.h>

#include "loa/pcm.h"
#include "loa/status.h"

/* Longest asset accepted, in seconds (bounds memory). */
#define LOA_AUDIO_MAX_SECONDS 1200

/* Decodes path into out (mono, rate Hz). */
loa_status loa_audio_load(const char *path, int rate, struct loa_pcm *out,
			  struct loa_error *err);

/*
 * The same decoding, a piece at a time, so memory does not grow with the
 * file's length (the playout daemon: a 20-minute item would be 200 MB
 * of float).  No length limit.  A file that stops decoding cleanly is
 * an input error from the read that meets the damage.
 */
struct loa_audio_stream;

/* Opens path and reads its format: a file that is not audio fails here. */
loa_status loa_audio_stream_open(struct loa_audio_stream **s,
				 const char *path, int rate,
				 struct loa_error *err);
/* Up to max samples into out; *got is 0 only at the end. */
loa_status loa_audio_stream_read(struct loa_audio_stream *s, float *out,
				 size_t max, size_t *got,
				 struct loa_error *err);
/* Accepts NULL and *s == NULL. */
void loa_audio_stream_close(struct loa_audio_stream **s);

/* Converts in to rate Hz into out (in is left untouched). */
loa_status loa_audio_resample(const struct loa_pcm *in, int rate,
			      struct loa_pcm *out, struct loa_error *err);

struct loa_audio_stats {
	double seconds;
	double integrated_lufs;
	double true_peak_db;
};

/*
 * Decodes any file libavformat reads (the encoded output, typically) and
 * measures it at rate Hz without holding it in memory.
 */
loa_status loa_audio_measure(const char *path, int rate,
			     struct loa_audio_stats *stats,
			     struct loa_error *err);

/*
 * The metadata tags of a file (ID3 for an MP3, as libavformat names them:
 * title, artist, comment, AI_GENERATED ...), one "key=value\n" line each
 * in the file's order, line breaks inside a value made spaces.  *out is
 * freed with free().
 */
loa_status loa_audio_tags(const char *path, char **out,
			  struct loa_error *err);

/* The length of an audio file in seconds, or a negative value. */
double loa_audio_duration(const char *path);

/*
 * Writes the versions of the libraries that decode, filter and encode
 * audio, as loaded at run time, into buf (cut to size), e.g.
 * "libavcodec 59.37.100; libavformat 59.27.100; libavfilter 8.44.100;
 * libswresample 4.7.100; libavutil 57.28.100; libsndfile-1.2.0".  They
 * decide the rendered bytes as much as Loa's own code does.
 */
void loa_audio_versions(char *buf, size_t size);

#endif
