/*
 * The render fingerprint over a given table of mastering constants, so
 * tests can show that changing one changes the fingerprint.
 */
#ifndef LOA_RENDER_FINGERPRINT_H
#define LOA_RENDER_FINGERPRINT_H

#include "loa/render.h"
#include "mastering.h"

/* The version tag that starts every fingerprint's fields. */
#define FINGERPRINT_TAG "loa-render-fingerprint 2"

/* loa_render_fingerprint with the constants m instead of mastering. */
loa_status fingerprint_with(const struct mastering *m,
			    const struct loa_script *s,
			    const struct loa_commune *commune,
			    const struct loa_render_options *opt,
			    char hex[65], struct loa_error *err);

#endif
