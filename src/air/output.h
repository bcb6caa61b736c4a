/*
 * Where the air daemon's sound goes: a sound card (ALSA, PulseAudio), an
 * Icecast server, a file, a day-by-day recording, or nowhere.  Private to
 * the air layer.
 */
#ifndef LOA_AIR_OUTPUT_H
#define LOA_AIR_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include "events.h"
#include "loa/status.h"

/* Audio between the daemon and its outputs: 44,100 Hz mono (what Loa's
 * segments are), signed 16-bit, in blocks of any size. */
#define AIR_RATE 44100

struct air_output;

/* Something an output wants in the station's event log ("output" kind):
 * lost connection, reconnected after N s, device error: an event message
 * (events.c) whose first argument is the output's name (no password),
 * and its arguments.  Called from the output's own thread: the daemon
 * must queue it, not write SQLite from there. */
typedef void (*air_output_note_fn)(void *ctx, const char *fmt,
                                   const struct air_ev_args *args);

struct air_output_opts {
	air_output_note_fn note;   /* may be NULL */
	void *note_ctx;
	int bitrate_kbps;          /* icecast and .mp3 files; 0: 64 */
	const char *station_name;  /* icecast ice-name, may be NULL */
	int retention_days;        /* record: days kept, today included;
	                              0: keep every day */
};

/* Opens "alsa:DEVICE", "pulse:" / "pulse:DEVICE",
 * "icecast://source:PASSWORD@HOST:PORT/MOUNT", "file:PATH" (.wav, .flac,
 * .mp3 by extension; written to a temp name and renamed on close, so an
 * interrupted run leaves no partial file), "record:DIR" (one file per
 * local day, DIR/YYYY-MM-DD.mp3, days older than opts' retention
 * removed), or "null:".  An unknown scheme or a malformed URL is
 * LOA_EINPUT with a plain message.  An Icecast server that cannot be
 * reached at open is not an error: the output keeps retrying in the
 * background with back-off and reports through note. */
loa_status air_output_open(struct air_output **out, const char *url,
                           const struct air_output_opts *opts,
                           struct loa_error *err);

/* Sends frames samples. t_ms is the daemon clock's time of the first
 * sample (ms since the Unix epoch; a test clock's time under --clock),
 * used by record: to change files at local midnight.  Sound-card outputs
 * may block while the device drains (at most about one block); network
 * outputs never block the caller: they queue, and drop the oldest audio
 * while disconnected.  Returns an error only for a local failure that
 * will not heal (disk full for file:, device gone for alsa:). */
loa_status air_output_write(struct air_output *o, const int16_t *pcm,
                            size_t frames, long long t_ms,
                            struct loa_error *err);

/* 1 when the output must run in real time (alsa, pulse, icecast): the
 * daemon refuses --speed other than 1 with such an output. */
int air_output_realtime(const struct air_output *o);

/* The URL without its password, for logs and the as-run row. */
const char *air_output_name(const struct air_output *o);

/* Flushes and closes; accepts NULL. */
void air_output_close(struct air_output **o);

#endif
