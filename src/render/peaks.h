/*
 * The spool's short-term peaks, for predicting what the final limiter
 * takes off: pass 1 cuts its output into windows of gain_peak_window
 * samples (mastering.h) and adds each window's energy to a histogram bin
 * by the window's peak.  For a gain, every window whose peak would pass
 * the ceiling is taken as turned down to it; the energy left gives the
 * limiter's loss.  Calibrated on 56 renders, the model plus
 * limiter_loss_offset_db predicts the gain to a few hundredths of a dB
 * (docs/performance.md).
 */
#ifndef LOA_RENDER_PEAKS_H
#define LOA_RENDER_PEAKS_H

#include <stddef.h>

#define PEAKS_BINS 800      /* 0.1 dB each, from PEAKS_FLOOR_DB */
#define PEAKS_FLOOR_DB -60.0

struct peaks {
	double energy[PEAKS_BINS]; /* sum of squares of windows by peak */
	double total;              /* every window's, however quiet */
	float peak;                /* of the window being filled */
	double sum;
	size_t in_window;
};

/* Adds n samples (a piece of a stream: windows continue across calls). */
void peaks_add(struct peaks *p, const float *x, size_t n);

/* Ends the window being filled (at the end of a stream). */
void peaks_flush(struct peaks *p);

/*
 * The gain, in dB, that brings p to want_db above its loudness once a
 * ceiling at limit_db has taken its loss (the model's, plus offset_db):
 * gain - loss(gain) - offset_db = want_db, to within 0.001 dB, searched
 * between want_db + offset_db and 12 dB more.
 */
double peaks_gain_db(const struct peaks *p, double want_db, double limit_db,
		     double offset_db);

#endif
