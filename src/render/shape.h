/*
 * Horn shaping: the filter graphs of pass 1 (the horn band, the voice
 * compressor, the bed ducked under the voice) and levelling by loudness
 * measured inside the horn band, as the listener will hear it.
 */
#ifndef LOA_RENDER_SHAPE_H
#define LOA_RENDER_SHAPE_H

#include "audio/fgraph.h"
#include "loa/pcm.h"

/* Band-limit + compressor, one input at SHAPE_RATE. */
loa_status shape_new_compressor(struct fg **g, struct loa_error *err);

/*
 * The bed (input 0) compressed by the voice (input 1), at SHAPE_RATE; the
 * caller adds the voice back (mix.c: a plain sum costs less than amix).
 */
loa_status shape_new_duck(struct fg **g, struct loa_error *err);

/*
 * Measures pcm's loudness inside the horn band (high-pass + low-pass); with
 * replace, pcm becomes the band-limited signal.  *lufs is -HUGE_VAL for
 * pieces too short to measure (400 ms).
 */
loa_status shape_band(struct loa_pcm *pcm, int replace, double *lufs,
		      struct loa_error *err);

/* Multiplies pcm by db decibels. */
void shape_gain(struct loa_pcm *pcm, double db);

/*
 * Brings pcm to target_lufs measured in the horn band, so speech, clips
 * and the bed keep their balance whatever level each was made at.
 */
loa_status shape_level(struct loa_pcm *pcm, double target_lufs,
		       struct loa_error *err);

#endif
