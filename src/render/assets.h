/*
 * Decoded, levelled assets (chimes, beds, clips), kept for the renders
 * that follow in this process and in the processes it forks: a build
 * levels each asset once in its parent instead of once per render.
 * An entry is found by the file's SHA-256 (read again at each look-up),
 * its path and what was done to it, so a changed file is decoded anew;
 * a cached asset is the same samples as one decoded on the spot.
 */
#ifndef LOA_RENDER_ASSETS_H
#define LOA_RENDER_ASSETS_H

#include "loa/pcm.h"
#include "loa/status.h"

enum asset_kind {
	ASSET_BAND,  /* band-limited, *lufs measured (chimes) */
	ASSET_LEVEL, /* band-measured, levelled to voice_ref_lufs (bed, clips) */
};

/*
 * path decoded at SHAPE_RATE and shaped as kind into *out (a copy the
 * caller releases); *lufs is the band loudness for ASSET_BAND.  Served
 * from the cache when an entry matches, else made here and, when keep
 * is set, remembered.
 */
loa_status asset_get(const char *path, enum asset_kind kind, int keep,
		     struct loa_pcm *out, double *lufs, struct loa_error *err);

#endif
