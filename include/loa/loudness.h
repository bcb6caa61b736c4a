/*
 * Loudness measurement after ITU-R BS.1770-4 / EBU R 128: integrated
 * loudness (K-weighted, gated) and true peak (4x oversampled), for mono
 * float audio fed in pieces.  Used to aim the master at its target and to
 * verify the encoded file; the tests cross-check it against ffmpeg's
 * ebur128 filter.
 */
#ifndef LOA_LOUDNESS_H
#define LOA_LOUDNESS_H

#include <stddef.h>

#include "loa/status.h"

struct loa_meter;

/* What to measure: integrated loudness always; true peak on request
 * (4x oversampling costs more than the rest of the meter). */
enum { LOA_METER_TRUE_PEAK = 1 };

loa_status loa_meter_new(struct loa_meter **out, int rate, int flags);
void loa_meter_free(struct loa_meter **meter);

/* Adds n samples; fails only if the 24-hour cap is exceeded. */
loa_status loa_meter_add(struct loa_meter *meter, const float *samples,
			 size_t n);

/* Integrated loudness in LUFS; -HUGE_VAL for silence. */
double loa_meter_integrated(const struct loa_meter *meter);

/* True peak in dBTP; -HUGE_VAL for silence or when not requested. */
double loa_meter_true_peak(const struct loa_meter *meter);

#endif
