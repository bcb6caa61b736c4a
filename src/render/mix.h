/*
 * Pass 1: the timeline played into a spool file.  Speech, clips and the
 * bed are levelled, the bed is ducked under the voice, everything goes
 * through the horn band and the compressor, and the result is measured
 * while it is written, so memory stays flat whatever the length.
 */
#ifndef LOA_RENDER_MIX_H
#define LOA_RENDER_MIX_H

#include <stddef.h>
#include <stdio.h>

#include "loa/loudness.h"
#include "loa/pcm.h"
#include "loa/script.h"
#include "peaks.h"
#include "timeline.h"

struct fg;

struct mix {
	struct fg *shape;       /* band-limit + compressor */
	struct fg *duck;        /* bed ducked under the voice, or NULL */
	struct loa_pcm bed;
	double bed_gain;
	size_t bed_pos;         /* loop position */
	size_t body_samples;    /* for the bed's fade-in */
	float *scratch;
	/* Voice pushed into the duck, waiting for its ducked bed. */
	float *voice;
	size_t voice_at, voice_n, voice_cap;
	float *mixed;           /* voice + ducked bed, for the shaper */
	size_t mixed_cap;
	FILE *spool;            /* the result: mono float at SHAPE_RATE */
	size_t pushed;          /* samples into the shaping chain */
	size_t spooled;         /* samples out of it, into the spool */
	size_t played;          /* samples of the timeline so far */
	struct loa_meter *meter; /* the result's loudness */
	struct peaks peaks;      /* and its short-term peaks */
	/*
	 * Jingles are levelled against the voice as it comes out of the
	 * compressor, which is only known once the body is done: their place
	 * in the spool is kept silent and filled in at the end.
	 */
	int in_body;
	struct loa_meter *body_meter;
	struct jingle {
		struct loa_pcm pcm;  /* decoded and band-limited */
		double lufs;         /* its loudness in the horn band */
		size_t offset;       /* where it goes in the spool */
	} jingles[4];
	int n_jingles;
};

/*
 * Plays tl (with the bed of s, which may be NULL) into m->spool and
 * m->meter.  m starts zeroed; release it with mix_release in any case.
 */
loa_status mix_run(struct mix *m, const struct timeline *tl,
		   const struct loa_script *s, struct loa_error *err);

void mix_release(struct mix *m);

#endif
