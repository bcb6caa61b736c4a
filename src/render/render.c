/*
 * The render pipeline.  Two passes keep memory flat whatever the length:
 *
 *   pass 1  timeline (jingles, speech, pauses, clips, ducked bed) ->
 *           band-limit + compress -> spool file, measuring loudness
 *           (timeline.c, mix.c, shape.c)
 *   pass 2  spool -> gain + limiter -> encoder, with the gain predicted
 *           from pass 1's loudness and short-term peaks (master.c,
 *           peaks.c)
 *
 * The encoded file is then decoded and measured; if LAME moved it off
 * target, the gain is corrected and the file encoded again.
 */
#include "loa/render.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "master.h"
#include "mastering.h"
#include "mix.h"
#include "tags.h"
#include "timeline.h"
#include "trace.h"

void loa_render_options_init(struct loa_render_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->root = ".";
	opt->output = &loa_output_formats[0];
	opt->target_lufs = -16;
	opt->true_peak_db = -1.5;
}

static loa_status render_timeline(const struct timeline *tl,
				  const struct loa_script *s,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  const char *out_path,
				  struct loa_render_result *result,
				  struct loa_error *err)
{
	const struct loa_output_format *out = opt->output ? opt->output :
		&loa_output_formats[0];
	struct mix mix = { 0 };
	struct tag_text text;
	struct loa_tags tags;
	double shaped;
	loa_status rc;

	if (out->rate != RENDER_RATE || out->channels != 1)
		return loa_error_set(err, LOA_EINTERNAL,
				     "output format '%s' is not supported",
				     out->name);
	trace_stage(NULL);
	if ((rc = mix_run(&mix, tl, s, err)))
		goto out;
	trace_stage("pass 1 (speech, mix, shape)");
	shaped = loa_meter_integrated(mix.meter);
	if (!isfinite(shaped)) {
		rc = loa_error_set(err, LOA_EINPUT, "the program is silent");
		goto out;
	}
	tags_make(s, commune, opt, &text, &tags);
	rc = master_encode(mix.spool, shaped, &mix.peaks, out, opt, &tags, out_path, result,
			   err);
out:
	mix_release(&mix);
	return rc;
}

/* opt, or the defaults (NULL asks for them) written into *defaults. */
static const struct loa_render_options *
options_or_defaults(const struct loa_render_options *opt,
		    struct loa_render_options *defaults)
{
	if (opt)
		return opt;
	loa_render_options_init(defaults);
	return defaults;
}

/* Renders a timeline once it is built (built: tl_build's status). */
static loa_status render_built(loa_status built, struct timeline *tl,
			       const struct loa_script *script,
			       const struct loa_commune *commune,
			       const struct loa_render_options *opt,
			       const char *out_path,
			       struct loa_render_result *result,
			       struct loa_error *err)
{
	loa_status rc;

	if (built)
		return built;
	rc = render_timeline(tl, script, commune, opt, out_path, result, err);
	tl_release(tl);
	return rc;
}

loa_status loa_render_script(const struct loa_script *script,
			     const struct loa_commune *commune,
			     const struct loa_render_options *opt,
			     const char *out_path,
			     struct loa_render_result *result,
			     struct loa_error *err)
{
	struct loa_render_options defaults;
	struct timeline tl;

	opt = options_or_defaults(opt, &defaults);
	/* All text is expanded and normalised before any audio is made. */
	return render_built(tl_build(&tl, script, commune, opt, err), &tl,
			    script, commune, opt, out_path, result, err);
}

loa_status loa_render_text(const char *text, const struct loa_voice *voice,
			   const struct loa_render_options *opt,
			   const char *out_path,
			   struct loa_render_result *result,
			   struct loa_error *err)
{
	struct loa_render_options defaults;
	struct timeline tl;

	opt = options_or_defaults(opt, &defaults);
	return render_built(tl_build_text(&tl, text, voice, opt, err), &tl,
			    NULL, NULL, opt, out_path, result, err);
}

/* --explain marks the reminder, which only a long render says. */
#define REMINDER_MARK "(only in a render longer than five minutes) "

loa_status loa_render_spoken_text(const struct loa_script *s,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char **out, struct loa_error *err)
{
	struct timeline tl;
	size_t i, len = 0, at = 0;
	loa_status rc;
	char *buf;

	*out = NULL;
	rc = tl_build(&tl, s, commune, opt, err);
	if (rc)
		return rc;
	for (i = 0; i < tl.n; i++)
		if (tl.steps[i].text)
			len += strlen(tl.steps[i].text) + 1 +
			       strlen(REMINDER_MARK);
	buf = malloc(len + 1);
	if (!buf) {
		tl_release(&tl);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	for (i = 0; i < tl.n; i++) {
		const struct tl_step *st = &tl.steps[i];
		size_t n;

		if (!st->text)
			continue;
		if (st->kind == TL_REMINDER) {
			memcpy(buf + at, REMINDER_MARK, strlen(REMINDER_MARK));
			at += strlen(REMINDER_MARK);
		}
		n = strlen(st->text);
		memcpy(buf + at, st->text, n);
		at += n;
		buf[at++] = '\n';
	}
	buf[at] = '\0';
	tl_release(&tl);
	*out = buf;
	return LOA_OK;
}
