/*
 * Writing the finished audio: MP3 through libavcodec's libmp3lame and
 * libavformat's mp3 muxer, behind an ID3v2.4 tag in UTF-8 with the
 * synthetic-voice disclosure in a real COMM frame (language "vie"); or
 * WAV (or FLAC, when the format's extension is "flac") through
 * libsndfile.  Always into a temporary file beside the target, renamed
 * over it only by loa_encoder_commit: an aborted or failed encode leaves
 * no file and never touches an existing one.
 */
#ifndef LOA_ENCODE_H
#define LOA_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "loa/status.h"

/* Output formats (--format), see loa_output_format_find. */
struct loa_output_format {
	const char *name;    /* "ip-speaker", "fm", "wav" */
	int rate;            /* sample rate */
	int channels;
	int bitrate;         /* bits per second; 0 for PCM */
	const char *extension; /* "mp3", "wav" */
};

const struct loa_output_format *loa_output_format_find(const char *name);
extern const struct loa_output_format loa_output_formats[];

/* Tags written into the file; NULL fields are left out. */
struct loa_tags {
	const char *title;
	const char *artist;     /* the commune office */
	const char *album;      /* the campaign topic */
	const char *date;       /* YYYY-MM-DD */
	const char *comment;    /* human-readable synthetic-voice notice (COMM) */
	const char *synthetic;  /* machine-readable mark (TXXX AI_GENERATED) */
	const char *script_id;  /* TXXX LOA_SCRIPT */
};

struct loa_encoder;

/* Opens a temporary file beside path in the given output format. */
loa_status loa_encoder_open(struct loa_encoder **out, const char *path,
			    const struct loa_output_format *profile,
			    const struct loa_tags *tags, struct loa_error *err);

/* Encodes n mono samples at the format's rate. */
loa_status loa_encoder_write(struct loa_encoder *enc, const float *samples,
			     size_t n, struct loa_error *err);

/* Encodes n mono 16-bit samples; WAV and FLAC keep them exactly. */
loa_status loa_encoder_write_s16(struct loa_encoder *enc,
				 const int16_t *samples, size_t n,
				 struct loa_error *err);

/* Flushes and closes the temporary file; it can then be read back. */
loa_status loa_encoder_finish(struct loa_encoder *enc, struct loa_error *err);

/* The temporary file's path (valid until commit or abort). */
const char *loa_encoder_temp_path(const struct loa_encoder *enc);

/* Renames the finished temporary file over the target and frees enc. */
loa_status loa_encoder_commit(struct loa_encoder **enc, struct loa_error *err);

/* Removes the temporary file and frees enc; accepts NULL. */
void loa_encoder_abort(struct loa_encoder **enc);

/*
 * Removes every temporary file still open in this process.  Only calls
 * async-signal-safe functions: for SIGINT/SIGTERM handlers.
 */
void loa_encoder_remove_temp_files(void);

#endif
