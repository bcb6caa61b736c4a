#include "timeline.h"

#include <stdlib.h>
#include <string.h>

#include "loa/normalize.h"
#include "mastering.h"

void tl_release(struct timeline *tl)
{
	size_t i;

	for (i = 0; i < tl->n; i++)
		free(tl->steps[i].text);
	free(tl->steps);
	memset(tl, 0, sizeof(*tl));
}

loa_status tl_add(struct timeline *tl, struct tl_step step,
		  struct loa_error *err)
{
	if (tl->n == tl->cap) {
		size_t ncap = tl->cap ? 2 * tl->cap : 32;
		struct tl_step *p = realloc(tl->steps, ncap * sizeof(*p));

		if (!p) {
			free(step.text);
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		}
		tl->steps = p;
		tl->cap = ncap;
	}
	tl->steps[tl->n++] = step;
	return LOA_OK;
}

/* Expands and normalises one say: part; errors point into the script. */
static loa_status speakable(const struct loa_script *s,
			    const struct loa_part *p,
			    const struct loa_commune *commune,
			    const struct loa_render_options *opt, char **out,
			    struct loa_error *err)
{
	struct loa_error why;
	char *expanded = NULL;
	loa_status rc;

	*out = NULL;
	rc = loa_template_expand(p->text, s->file, p->line, p->column, commune,
				 &expanded, err);
	if (rc)
		return rc;
	rc = loa_normalize(expanded, strlen(expanded), opt->normalize, out,
			   &why);
	if (rc)
		loa_error_at(err, rc, s->file, p->line, p->column, "%s",
			     why.msg);
	free(expanded);
	return rc;
}

static loa_status add_body(struct timeline *tl, const struct loa_script *s,
			   const struct loa_commune *commune,
			   const struct loa_render_options *opt,
			   struct loa_error *err)
{
	loa_status rc = LOA_OK;
	size_t i;

	for (i = 0; i < s->n_parts && !rc; i++) {
		const struct loa_part *p = &s->parts[i];
		struct tl_step step = { .in_body = 1 };

		switch (p->kind) {
		case LOA_PART_SAY:
			step.kind = TL_SPEECH;
			rc = speakable(s, p, commune, opt, &step.text, err);
			break;
		case LOA_PART_PAUSE:
			step.kind = TL_SILENCE;
			step.ms = p->pause_ms;
			break;
		case LOA_PART_PLAY:
			step.kind = TL_FILE;
			step.path = p->path;
			break;
		}
		if (!rc)
			rc = tl_add(tl, step, err);
	}
	return rc;
}

/* As announcers do: a cue, then the whole message again. */
static loa_status add_repeat(struct timeline *tl, const struct loa_script *s,
			     const struct loa_commune *commune,
			     const struct loa_render_options *opt,
			     struct loa_error *err)
{
	struct tl_step gap = { .kind = TL_SILENCE, .in_body = 1,
			       .ms = (long)mastering.repeat_gap_ms };
	struct tl_step cue = { .kind = TL_SPEECH, .in_body = 1 };
	loa_status rc;

	rc = loa_normalize("Xin nhắc lại.", strlen("Xin nhắc lại."),
			   opt->normalize, &cue.text, err);
	if (rc)
		return rc;
	rc = tl_add(tl, gap, err);
	if (rc) {
		free(cue.text);
		return rc;
	}
	rc = tl_add(tl, cue, err);
	return rc ? rc : add_body(tl, s, commune, opt, err);
}

/*
 * The notice or the reminder, normalised without the user lexicons, so
 * that no lexicon entry can reword what the law asks to be said.
 */
static loa_status add_label(struct timeline *tl, enum tl_kind kind,
			    int in_body, long ms, const char *wording,
			    const struct loa_render_options *opt,
			    struct loa_error *err)
{
	struct loa_normalize_options plain = { 0 };
	struct tl_step step = { .kind = kind, .in_body = in_body, .ms = ms };
	loa_status rc;

	plain.southern = opt->normalize ? opt->normalize->southern : 0;
	rc = loa_normalize(wording, strlen(wording), &plain, &step.text, err);
	return rc ? rc : tl_add(tl, step, err);
}

/* After the opening chime: the notice, then a breath before the body. */
static loa_status add_notice(struct timeline *tl,
			     const struct loa_commune *commune,
			     const struct loa_render_options *opt,
			     struct loa_error *err)
{
	loa_status rc = add_label(tl, TL_SPEECH, 0, 0,
				  loa_commune_notice(commune), opt, err);

	return rc ? rc : tl_add(tl, (struct tl_step){
		.kind = TL_SILENCE, .ms = (long)mastering.notice_gap_ms }, err);
}

static loa_status add_intro(struct timeline *tl, const struct loa_script *s,
			    struct loa_error *err)
{
	loa_status rc;

	if (!s->intro)
		return LOA_OK;
	rc = tl_add(tl, (struct tl_step){ .kind = TL_FILE, .path = s->intro },
		    err);
	return rc ? rc : tl_add(tl, (struct tl_step){
		.kind = TL_SILENCE, .ms = (long)mastering.intro_gap_ms }, err);
}

static loa_status add_outro(struct timeline *tl, const struct loa_script *s,
			    struct loa_error *err)
{
	loa_status rc;

	if (!s->outro)
		return LOA_OK;
	rc = tl_add(tl, (struct tl_step){
		.kind = TL_SILENCE, .ms = (long)mastering.outro_gap_ms }, err);
	return rc ? rc : tl_add(tl, (struct tl_step){
		.kind = TL_FILE, .path = s->outro }, err);
}

loa_status tl_build(struct timeline *tl, const struct loa_script *s,
		    const struct loa_commune *commune,
		    const struct loa_render_options *opt,
		    struct loa_error *err)
{
	int label = loa_script_speaks(s) && !s->notice_off;
	loa_status rc;

	memset(tl, 0, sizeof(*tl));
	tl->voice = &s->voice;
	rc = add_intro(tl, s, err);
	if (!rc && label)
		rc = add_notice(tl, commune, opt, err);
	if (!rc)
		rc = add_body(tl, s, commune, opt, err);
	if (!rc && s->repeat)
		rc = add_repeat(tl, s, commune, opt, err);
	if (!rc && label)
		rc = add_label(tl, TL_REMINDER, 1, (long)mastering.repeat_gap_ms,
			       loa_commune_reminder(commune), opt, err);
	if (!rc)
		rc = add_outro(tl, s, err);
	if (rc)
		tl_release(tl);
	return rc;
}

loa_status tl_build_text(struct timeline *tl, const char *text,
			 const struct loa_voice *voice,
			 const struct loa_render_options *opt,
			 struct loa_error *err)
{
	struct tl_step step = { .kind = TL_SPEECH };
	loa_status rc;

	memset(tl, 0, sizeof(*tl));
	tl->voice = voice;
	rc = add_notice(tl, NULL, opt, err);
	if (!rc)
		rc = loa_normalize(text, strlen(text), opt->normalize, &step.text,
				   err);
	if (!rc)
		rc = tl_add(tl, step, err);
	if (!rc)
		rc = add_label(tl, TL_REMINDER, 0, (long)mastering.repeat_gap_ms,
			       LOA_REMINDER_DEFAULT, opt, err);
	if (rc)
		tl_release(tl);
	return rc;
}
