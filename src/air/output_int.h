/*
 * Inside the air outputs (src/air/output*.c, out_*.c): the parsed URL,
 * the handle every kind of output shares, and each kind's opener.
 */
#ifndef LOA_AIR_OUTPUT_INT_H
#define LOA_AIR_OUTPUT_INT_H

#include <limits.h>

#include "output.h"

enum air_scheme { AIR_NULL, AIR_ALSA, AIR_PULSE, AIR_ICECAST, AIR_FILE,
		  AIR_RECORD };

/* An output URL taken apart (air_url_parse). */
struct air_url {
	enum air_scheme scheme;
	char device[256];        /* alsa:, pulse: ("" for pulse's default) */
	char user[64];           /* icecast: */
	char password[256];
	char host[256];
	int port;
	char mount[256];         /* with its leading '/' */
	char path[PATH_MAX];     /* file:, record: */
	char name[PATH_MAX + 64]; /* the URL without its password */
};

/* Parses url; LOA_EINPUT with a plain message when it is not one. */
loa_status air_url_parse(const char *url, struct air_url *u,
			 struct loa_error *err);

struct air_output_ops {
	loa_status (*write)(struct air_output *o, const int16_t *pcm,
			    size_t frames, long long t_ms,
			    struct loa_error *err);
	/* Flushes and frees o->impl (o itself is freed by the caller). */
	void (*close)(struct air_output *o);
};

struct air_output {
	const struct air_output_ops *ops;
	void *impl;
	int realtime;
	struct air_output_opts opts;
	char name[PATH_MAX + 64];
};

/* Calls the note callback, if any, with an event message of events.c
 * that starts "%s: " for the output's name, and its arguments. */
void air_note(const struct air_output *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The openers: each fills o->ops, o->impl and o->realtime. */
loa_status air_open_null(struct air_output *o, struct loa_error *err);
loa_status air_open_file(struct air_output *o, const struct air_url *u,
			 struct loa_error *err);
loa_status air_open_record(struct air_output *o, const struct air_url *u,
			   struct loa_error *err);
loa_status air_open_device(struct air_output *o, const struct air_url *u,
			   struct loa_error *err);
loa_status air_open_alsa(struct air_output *o, const struct air_url *u,
			 struct loa_error *err);
loa_status air_open_icecast(struct air_output *o, const struct air_url *u,
			    struct loa_error *err);

/* A streaming MP3 encoder (libmp3lame) for icecast: and record:, which
 * write bare MPEG frames: no tag, no header, so a stream may be cut or
 * continued anywhere. */
struct air_mp3;
typedef int (*air_mp3_sink)(void *ctx, const unsigned char *data,
			    int size);
loa_status air_mp3_open(struct air_mp3 **out, int bitrate_kbps,
			struct loa_error *err);
/* Encodes frames samples, handing every finished MPEG frame to sink;
 * a sink that returns nonzero stops the call with LOA_EIO. */
loa_status air_mp3_write(struct air_mp3 *m, const int16_t *pcm,
			 size_t frames, air_mp3_sink sink, void *ctx,
			 struct loa_error *err);
/* Encodes what is buffered, then the encoder's delay. */
loa_status air_mp3_flush(struct air_mp3 *m, air_mp3_sink sink, void *ctx,
			 struct loa_error *err);
void air_mp3_free(struct air_mp3 **m);

#endif
