/*
 * The master stage (pass 2): the spool of pass 1 through gain and a true
 * peak limiter into the encoder.  The gain is predicted from the spool's
 * loudness and short-term peaks (peaks.h), with no pass of its own; the
 * encoding pass resamples the spool to the output rate once, into a
 * second temporary spool that any later pass reads.  The encoded file is
 * then decoded and measured, and if it missed the target the aim is
 * corrected and the gain searched by measuring at the output rate.
 */
#ifndef LOA_RENDER_MASTER_H
#define LOA_RENDER_MASTER_H

#include <stdio.h>

#include "loa/encode.h"
#include "loa/render.h"

/*
 * Masters spool (mono float at SHAPE_RATE, shaped_lufs loud, its peaks
 * counted in peaks) into
 * out_path in format out, at opt's loudness target and ceiling.  result
 * may be NULL.
 */
struct peaks;

loa_status master_encode(FILE *spool, double shaped_lufs,
			 const struct peaks *peaks,
			 const struct loa_output_format *out,
			 const struct loa_render_options *opt,
			 const struct loa_tags *tags, const char *out_path,
			 struct loa_render_result *result,
			 struct loa_error *err);

#endif
