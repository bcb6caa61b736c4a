/*
 * The timeline of a render: what plays, in order (intro jingle, the
 * synthetic-voice notice, speech, pauses, clips, the repeat, the
 * long-render reminder, outro jingle).  Every text is expanded and
 * normalised when the timeline is built, before any audio is made, so a
 * bad script fails fast.
 */
#ifndef LOA_RENDER_TIMELINE_H
#define LOA_RENDER_TIMELINE_H

#include <stddef.h>

#include "loa/render.h"

/*
 * TL_REMINDER is speech said only when the render without it would be
 * longer than mastering.reminder_after_ms, after a silence of ms.  Whether
 * it is said is known only from the synthesised lengths, so pass 1 decides
 * (mix.c); every step after it is a silence or a file, whose lengths are
 * known without playing them.
 */
enum tl_kind { TL_SPEECH, TL_SILENCE, TL_FILE, TL_REMINDER };

struct tl_step {
	enum tl_kind kind;
	int in_body;         /* the bed plays under it */
	char *text;          /* speech, reminder: normalised text (owned) */
	const char *path;    /* file: borrowed from the script */
	long ms;             /* silence; the silence before a reminder */
};

struct timeline {
	struct tl_step *steps;
	size_t n, cap;
	const struct loa_voice *voice;
};

/*
 * Builds the timeline of script s for commune (may be NULL); release it
 * with tl_release.  On failure nothing is left to release.
 */
loa_status tl_build(struct timeline *tl, const struct loa_script *s,
		    const struct loa_commune *commune,
		    const struct loa_render_options *opt,
		    struct loa_error *err);

/*
 * The timeline of "loa say": the notice in its default wording, text
 * normalised, and the reminder should the text run past five minutes.
 */
loa_status tl_build_text(struct timeline *tl, const char *text,
			 const struct loa_voice *voice,
			 const struct loa_render_options *opt,
			 struct loa_error *err);

/* Appends step; tl owns step.text from here on, even on failure. */
loa_status tl_add(struct timeline *tl, struct tl_step step,
		  struct loa_error *err);

void tl_release(struct timeline *tl);

#endif
