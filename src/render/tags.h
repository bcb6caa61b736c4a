/*
 * The tags of a rendered file: title with the commune, the office as
 * artist, the topic's label as album, and the synthetic-voice marks the
 * AI Law asks for.
 */
#ifndef LOA_RENDER_TAGS_H
#define LOA_RENDER_TAGS_H

#include "loa/encode.h"
#include "loa/render.h"

/* The text tags point into; it lives as long as the tags. */
struct tag_text {
	char title[512];
	char comment[512];
	char synthetic[256];
};

/* Fills tags for script s (NULL: "loa say") and commune (may be NULL). */
void tags_make(const struct loa_script *s, const struct loa_commune *commune,
	       const struct loa_render_options *opt, struct tag_text *text,
	       struct loa_tags *tags);

#endif
