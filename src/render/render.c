/*
 * The render pipeline.  Two passes keep memory flat whatever the length:
 *
 *   pass 1  timeline (jingles, speech, pauses, clips, ducked bed) ->
 *           band-limit + compress -> spool file, measuring loudness
 *   pass 2  spool -> gain + limiter -> encoder, with the gain found by
 *           re-measuring the spool through gain + limiter (cheap)
 *
 * The encoded file is then decoded and measured; if LAME moved it off
 * target, the gain is corrected and the file encoded again.
 */
#include "loa/render.h"

#include <libavutil/mem.h>
#include <libavutil/sha.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audio/fgraph.h"
#include "loa/audio.h"
#include "loa/encode.h"
#include "loa/loudness.h"
#include "loa/tts.h"
#include "loa/version.h"

/*
 * Pass 1 runs at eSpeak NG's own rate: speech needs no resampling, and
 * everything is low-passed at 7 kHz for horns anyway.  Pass 2 converts
 * to the output rate before the limiter, so peaks are controlled there.
 */
#define SHAPE_RATE 22050
#define RENDER_RATE 44100
#define RENDER_RATE_TEXT "44100"

/* LOA_TRACE=1 prints where a render spends its time, for benchmarks. */
static int tracing(void)
{
	static int enabled = -1;

	if (enabled < 0)
		enabled = getenv("LOA_TRACE") != NULL;
	return enabled;
}

static void trace(const char *stage)
{
	static struct timespec last;
	struct timespec now;

	if (!tracing())
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (stage)
		fprintf(stderr, "loa: trace: %-28s %7.1f ms\n", stage,
			(now.tv_sec - last.tv_sec) * 1e3 +
			(now.tv_nsec - last.tv_nsec) / 1e6);
	last = now;
}
#define SPOOL_CHUNK 8192

/* Horn-loudspeaker mastering; part of every fingerprint. */
static const struct {
	double highpass_hz, lowpass_hz;
	double comp_threshold, comp_ratio, comp_attack_ms, comp_release_ms;
	double comp_makeup;
	double duck_threshold, duck_ratio, duck_attack_ms, duck_release_ms;
	double voice_ref_lufs;   /* every element is levelled before mixing */
	double jingle_offset_db; /* chimes sit a little under the voice */
	double lame_loudness_loss_db; /* LAME lowers loudness (MEASURED.md) */
	double lame_peak_margin_db;   /* ...and raises true peak */
	double intro_gap_ms, outro_gap_ms, bed_fade_ms, repeat_gap_ms;
} master = {
	180, 7000,
	0.1, 3, 5, 150, 2,
	0.02, 8, 20, 600,
	-20, -3,
	0.45, 1.2,
	300, 600, 1500, 700,
};

void loa_render_options_init(struct loa_render_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->root = ".";
	opt->output = &loa_output_formats[0];
	opt->target_lufs = -16;
	opt->true_peak_db = -1.5;
}

/* ---- the timeline: what plays, in order ---- */

enum step_kind { STEP_SPEECH, STEP_SILENCE, STEP_FILE };

struct step {
	enum step_kind kind;
	int in_body;         /* the bed plays under it */
	char *text;          /* speech: normalised text (owned) */
	const char *path;    /* file: borrowed from the script */
	long ms;             /* silence */
};

struct timeline {
	struct step *steps;
	size_t n, cap;
	const struct loa_voice *voice;
};

static void timeline_release(struct timeline *tl)
{
	size_t i;

	for (i = 0; i < tl->n; i++)
		free(tl->steps[i].text);
	free(tl->steps);
	memset(tl, 0, sizeof(*tl));
}

static loa_status timeline_add(struct timeline *tl, struct step step,
			       struct loa_error *err)
{
	if (tl->n == tl->cap) {
		size_t ncap = tl->cap ? 2 * tl->cap : 32;
		struct step *p = realloc(tl->steps, ncap * sizeof(*p));

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
		struct step step = { .in_body = 1 };

		switch (p->kind) {
		case LOA_PART_SAY:
			step.kind = STEP_SPEECH;
			rc = speakable(s, p, commune, opt, &step.text, err);
			break;
		case LOA_PART_PAUSE:
			step.kind = STEP_SILENCE;
			step.ms = p->pause_ms;
			break;
		case LOA_PART_PLAY:
			step.kind = STEP_FILE;
			step.path = p->path;
			break;
		}
		if (!rc)
			rc = timeline_add(tl, step, err);
	}
	return rc;
}

static loa_status build_timeline(struct timeline *tl,
				 const struct loa_script *s,
				 const struct loa_commune *commune,
				 const struct loa_render_options *opt,
				 struct loa_error *err)
{
	loa_status rc = LOA_OK;
	char *cue;

	memset(tl, 0, sizeof(*tl));
	tl->voice = &s->voice;
	if (s->intro) {
		rc = timeline_add(tl, (struct step){ .kind = STEP_FILE,
						     .path = s->intro }, err);
		if (!rc)
			rc = timeline_add(tl, (struct step){
				.kind = STEP_SILENCE,
				.ms = (long)master.intro_gap_ms }, err);
	}
	if (!rc)
		rc = add_body(tl, s, commune, opt, err);
	if (!rc && s->repeat) {
		/* As announcers do: a cue, then the whole message again. */
		rc = loa_normalize("Xin nhắc lại.", strlen("Xin nhắc lại."),
				   opt->normalize, &cue, err);
		if (!rc)
			rc = timeline_add(tl, (struct step){
				.kind = STEP_SILENCE, .in_body = 1,
				.ms = (long)master.repeat_gap_ms }, err);
		if (!rc)
			rc = timeline_add(tl, (struct step){
				.kind = STEP_SPEECH, .in_body = 1,
				.text = cue }, err);
		if (!rc)
			rc = add_body(tl, s, commune, opt, err);
	}
	if (!rc && s->outro) {
		rc = timeline_add(tl, (struct step){
			.kind = STEP_SILENCE, .ms = (long)master.outro_gap_ms },
			err);
		if (!rc)
			rc = timeline_add(tl, (struct step){
				.kind = STEP_FILE, .path = s->outro }, err);
	}
	if (rc)
		timeline_release(tl);
	return rc;
}

/* ---- pass 1: timeline -> shaping -> spool ---- */

struct pass1 {
	struct fg *shape;       /* band-limit + compressor */
	struct fg *duck;        /* bed ducked under the voice, or NULL */
	struct loa_pcm bed;
	double bed_gain;
	size_t bed_pos;         /* loop position */
	size_t body_samples;    /* for the bed's fade-in */
	float *scratch;
	FILE *spool;
	size_t pushed;          /* samples into the shaping chain */
	size_t spooled;         /* samples out of it, into the spool */
	struct loa_meter *meter;
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

static loa_status spool_sink(void *user, const float *x, size_t n,
			     struct loa_error *err)
{
	struct pass1 *p = user;

	if (fwrite(x, sizeof(*x), n, p->spool) != n)
		return loa_error_set(err, LOA_EIO, "cannot write the spool file");
	p->spooled += n;
	if (loa_meter_add(p->meter, x, n) ||
	    (p->in_body && loa_meter_add(p->body_meter, x, n)))
		return loa_error_set(err, LOA_ENOMEM, "program is too long");
	return LOA_OK;
}

static loa_status shape_sink(void *user, const float *x, size_t n,
			     struct loa_error *err)
{
	struct pass1 *p = user;
	loa_status rc = fg_push(p->shape, 0, x, n, err);

	p->pushed += n;
	return rc ? rc : fg_pull(p->shape, spool_sink, p, err);
}

/* Bed samples for the next n body samples: looped, faded in, at level. */
static void bed_fill(struct pass1 *p, float *out, size_t n, double fade_out_from,
		     size_t fade_len)
{
	size_t fade_in = (size_t)(SHAPE_RATE * master.bed_fade_ms / 1000);
	size_t i;

	for (i = 0; i < n; i++) {
		size_t t = p->body_samples + i;
		double g = p->bed_gain;

		if (t < fade_in)
			g *= (double)t / fade_in;
		if (fade_len && (double)i >= fade_out_from)
			g *= 1.0 - (i - fade_out_from) / fade_len;
		out[i] = (float)(p->bed.samples[p->bed_pos] * g);
		if (++p->bed_pos == p->bed.n)
			p->bed_pos = 0;
	}
}

static loa_status emit(struct pass1 *p, int in_body, const float *x, size_t n,
		       struct loa_error *err)
{
	loa_status rc;

	if (!p->duck || !in_body)
		return shape_sink(p, x, n, err);
	while (n > 0) {
		size_t take = n < SPOOL_CHUNK ? n : SPOOL_CHUNK;

		bed_fill(p, p->scratch, take, 0, 0);
		p->body_samples += take;
		if ((rc = fg_push(p->duck, 0, p->scratch, take, err)) ||
		    (rc = fg_push(p->duck, 1, x, take, err)) ||
		    (rc = fg_pull(p->duck, shape_sink, p, err)))
			return rc;
		x += take;
		n -= take;
	}
	return LOA_OK;
}

/* Ends the body: the bed plays on alone, fading out, then stops. */
static loa_status end_body(struct pass1 *p, struct loa_error *err)
{
	size_t tail = (size_t)(SHAPE_RATE * master.bed_fade_ms / 1000), done;
	loa_status rc;

	if (!p->duck)
		return LOA_OK;
	for (done = 0; done < tail;) {
		size_t take = tail - done < SPOOL_CHUNK ? tail - done : SPOOL_CHUNK;

		memset(p->scratch + SPOOL_CHUNK, 0, take * sizeof(float));
		bed_fill(p, p->scratch, take, -(double)done, tail);
		if ((rc = fg_push(p->duck, 0, p->scratch, take, err)) ||
		    (rc = fg_push(p->duck, 1, p->scratch + SPOOL_CHUNK, take,
				  err)) ||
		    (rc = fg_pull(p->duck, shape_sink, p, err)))
			return rc;
		done += take;
	}
	if ((rc = fg_push(p->duck, 0, NULL, 0, err)) ||
	    (rc = fg_push(p->duck, 1, NULL, 0, err)) ||
	    (rc = fg_pull(p->duck, shape_sink, p, err)))
		return rc;
	fg_free(&p->duck);
	return LOA_OK;
}

/* Appends the horn band (high-pass, low-pass) after from; *last is its end. */
static loa_status add_horn_band(struct fg *g, struct AVFilterContext *from,
				struct AVFilterContext **last,
				struct loa_error *err)
{
	struct AVFilterContext *hp, *lp;
	char a[32];
	loa_status rc;

	if ((rc = fg_add(g, "highpass", &hp, err,
			 "f", fg_num(a, master.highpass_hz), "poles", "2",
			 NULL)) ||
	    (rc = fg_add(g, "lowpass", &lp, err,
			 "f", fg_num(a, master.lowpass_hz), "poles", "2",
			 NULL)) ||
	    (rc = fg_link(g, from, 0, hp, 0, err)) ||
	    (rc = fg_link(g, hp, 0, lp, 0, err)))
		return rc;
	*last = lp;
	return LOA_OK;
}

static loa_status build_shape(struct pass1 *p, struct loa_error *err)
{
	struct AVFilterContext *band, *comp;
	char a[32], b[32], c[32], d[32], e[32];
	loa_status rc;

	if ((rc = fg_new(&p->shape, SHAPE_RATE, SHAPE_RATE, 1, err)) ||
	    (rc = add_horn_band(p->shape, fg_input(p->shape, 0), &band, err)) ||
	    (rc = fg_add(p->shape, "acompressor", &comp, err,
			 "threshold", fg_num(a, master.comp_threshold),
			 "ratio", fg_num(b, master.comp_ratio),
			 "attack", fg_num(c, master.comp_attack_ms),
			 "release", fg_num(d, master.comp_release_ms),
			 "makeup", fg_num(e, master.comp_makeup), NULL)) ||
	    (rc = fg_link(p->shape, band, 0, comp, 0, err)))
		return rc;
	return fg_finish(p->shape, comp, err);
}

static loa_status build_duck(struct pass1 *p, struct loa_error *err)
{
	struct AVFilterContext *split, *sc, *mix;
	char a[32], b[32], c[32], d[32];
	loa_status rc;

	if ((rc = fg_new(&p->duck, SHAPE_RATE, SHAPE_RATE, 2, err)) ||
	    (rc = fg_add(p->duck, "asplit", &split, err, "outputs", "2",
			 NULL)) ||
	    (rc = fg_add(p->duck, "sidechaincompress", &sc, err,
			 "threshold", fg_num(a, master.duck_threshold),
			 "ratio", fg_num(b, master.duck_ratio),
			 "attack", fg_num(c, master.duck_attack_ms),
			 "release", fg_num(d, master.duck_release_ms),
			 NULL)) ||
	    (rc = fg_add(p->duck, "amix", &mix, err, "inputs", "2",
			 "normalize", "0", "duration", "longest", NULL)) ||
	    /* input 0: the bed, compressed by input 1: the voice */
	    (rc = fg_link(p->duck, fg_input(p->duck, 1), 0, split, 0, err)) ||
	    (rc = fg_link(p->duck, fg_input(p->duck, 0), 0, sc, 0, err)) ||
	    (rc = fg_link(p->duck, split, 0, sc, 1, err)) ||
	    (rc = fg_link(p->duck, split, 1, mix, 0, err)) ||
	    (rc = fg_link(p->duck, sc, 0, mix, 1, err)))
		return rc;
	return fg_finish(p->duck, mix, err);
}

/*
 * Measures pcm's loudness inside the horn band (high-pass + low-pass), as
 * the listener will hear it; with replace, pcm becomes the band-limited
 * signal.  *lufs is -HUGE_VAL for pieces too short to measure (400 ms).
 */
struct band_state {
	struct loa_meter *meter;
	float *out;          /* where band-limited samples go, or NULL */
	size_t n, cap;
};

static loa_status band_sink(void *user, const float *x, size_t n,
			    struct loa_error *err)
{
	struct band_state *b = user;

	if (loa_meter_add(b->meter, x, n))
		return loa_error_set(err, LOA_ENOMEM, "audio is too long");
	if (b->out) {
		if (b->n + n > b->cap)
			return loa_error_set(err, LOA_EINTERNAL,
					     "band filter changed the length");
		memcpy(b->out + b->n, x, n * sizeof(*x));
	}
	b->n += n;
	return LOA_OK;
}

static loa_status horn_band(struct loa_pcm *pcm, int replace, double *lufs,
			    struct loa_error *err)
{
	struct band_state b = { 0 };
	struct AVFilterContext *band;
	struct fg *g = NULL;
	loa_status rc;

	*lufs = -HUGE_VAL;
	if (loa_meter_new(&b.meter, pcm->rate, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (replace) {
		b.out = malloc(pcm->n * sizeof(float) + 1);
		b.cap = pcm->n;
		if (!b.out) {
			rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
			goto out;
		}
	}
	if ((rc = fg_new(&g, pcm->rate, pcm->rate, 1, err)) ||
	    (rc = add_horn_band(g, fg_input(g, 0), &band, err)) ||
	    (rc = fg_finish(g, band, err)) ||
	    (rc = fg_push(g, 0, pcm->samples, pcm->n, err)) ||
	    (rc = fg_push(g, 0, NULL, 0, err)) ||
	    (rc = fg_pull(g, band_sink, &b, err)))
		goto out;
	*lufs = loa_meter_integrated(b.meter);
	if (replace) {
		if (b.n != pcm->n) {
			rc = loa_error_set(err, LOA_EINTERNAL,
					   "band filter changed the length");
			goto out;
		}
		free(pcm->samples);
		pcm->samples = b.out;
		b.out = NULL;
	}
out:
	free(b.out);
	fg_free(&g);
	loa_meter_free(&b.meter);
	return rc;
}

static void apply_gain(struct loa_pcm *pcm, double db)
{
	double gain = pow(10.0, db / 20.0);
	size_t i;

	for (i = 0; i < pcm->n; i++)
		pcm->samples[i] = (float)(pcm->samples[i] * gain);
}

/*
 * Brings speech, clips and the bed to one reference loudness, whatever
 * level each was made at, so their balance holds.  A deep voice loses
 * more to the horn band than a bright one, so loudness is measured in it.
 */
static loa_status level(struct loa_pcm *pcm, double target_lufs,
			struct loa_error *err)
{
	double lufs;
	loa_status rc = horn_band(pcm, 0, &lufs, err);

	if (!rc && isfinite(lufs))
		apply_gain(pcm, target_lufs - lufs);
	return rc;
}

/* Keeps a jingle's place in the spool silent; see finish_jingles. */
static loa_status reserve_jingle(struct pass1 *p, const struct step *st,
				 struct loa_error *err)
{
	float zeros[1024] = { 0 };
	struct jingle *j;
	size_t n;
	loa_status rc;

	if (p->n_jingles == (int)(sizeof(p->jingles) / sizeof(p->jingles[0])) ||
	    p->pushed != p->spooled)
		return loa_error_set(err, LOA_EINTERNAL, "cannot place a jingle");
	/* Decoded now for its exact length; only its gain waits for the end. */
	j = &p->jingles[p->n_jingles];
	if ((rc = loa_audio_load(st->path, SHAPE_RATE, &j->pcm, err)))
		return rc;
	p->n_jingles++;
	if ((rc = horn_band(&j->pcm, 1, &j->lufs, err)))
		return rc;
	j->offset = p->spooled;
	n = j->pcm.n;
	while (n > 0) {
		size_t take = n < 1024 ? n : 1024;

		if (fwrite(zeros, sizeof(float), take, p->spool) != take)
			return loa_error_set(err, LOA_EIO,
					     "cannot write the spool file");
		p->spooled += take;
		p->pushed += take;
		n -= take;
	}
	return LOA_OK;
}

/*
 * Fills the jingles in: band-limited like everything else, not compressed
 * (they are produced audio), and levelled against the compressed voice.
 */
static loa_status finish_jingles(struct pass1 *p, struct loa_error *err)
{
	double voice = loa_meter_integrated(p->body_meter);
	loa_status rc = LOA_OK;
	int i;

	for (i = 0; i < p->n_jingles && !rc; i++) {
		struct jingle *j = &p->jingles[i];

		if (isfinite(j->lufs) && isfinite(voice))
			apply_gain(&j->pcm,
				   voice + master.jingle_offset_db - j->lufs);
		if (fseek(p->spool, (long)(j->offset * sizeof(float)), SEEK_SET) ||
		    fwrite(j->pcm.samples, sizeof(float), j->pcm.n, p->spool) !=
			    j->pcm.n)
			rc = loa_error_set(err, LOA_EIO,
					   "cannot write the spool file");
		if (!rc && loa_meter_add(p->meter, j->pcm.samples, j->pcm.n))
			rc = loa_error_set(err, LOA_ENOMEM, "program is too long");
	}
	if (!rc && fseek(p->spool, 0, SEEK_END))
		rc = loa_error_set(err, LOA_EIO, "cannot write the spool file");
	return rc;
}

static loa_status emit_file(struct pass1 *p, const struct step *st,
			    struct loa_error *err)
{
	struct loa_pcm pcm;
	loa_status rc;

	if (!st->in_body)
		return reserve_jingle(p, st, err);
	rc = loa_audio_load(st->path, SHAPE_RATE, &pcm, err);
	if (rc)
		return rc;
	/* A clip (an announcer's recording) plays at the voice's level. */
	rc = level(&pcm, master.voice_ref_lufs, err);
	if (!rc)
		rc = emit(p, 1, pcm.samples, pcm.n, err);
	loa_pcm_release(&pcm);
	return rc;
}

static loa_status emit_speech(struct pass1 *p, const struct timeline *tl,
			      const struct step *st, struct loa_error *err)
{
	struct loa_pcm raw, pcm;
	loa_status rc;

	rc = loa_tts_synth(st->text, tl->voice->name, tl->voice->rate,
			   tl->voice->pitch, &raw, err);
	if (rc)
		return rc;
	rc = loa_audio_resample(&raw, SHAPE_RATE, &pcm, err);
	loa_pcm_release(&raw);
	if (!rc)
		rc = level(&pcm, master.voice_ref_lufs, err);
	if (!rc)
		rc = emit(p, st->in_body, pcm.samples, pcm.n, err);
	loa_pcm_release(&pcm);
	return rc;
}

static loa_status emit_silence(struct pass1 *p, const struct step *st,
			       struct loa_error *err)
{
	size_t n = (size_t)st->ms * SHAPE_RATE / 1000;
	float zeros[1024] = { 0 };
	loa_status rc = LOA_OK;

	while (n > 0 && !rc) {
		size_t take = n < 1024 ? n : 1024;

		rc = emit(p, st->in_body, zeros, take, err);
		n -= take;
	}
	return rc;
}

static loa_status run_pass1(struct pass1 *p, const struct timeline *tl,
			    const struct loa_script *s, struct loa_error *err)
{
	loa_status rc;
	int was_body = 0;
	size_t i;

	if ((rc = build_shape(p, err)))
		return rc;
	if (loa_meter_new(&p->body_meter, SHAPE_RATE, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (s && s->bed) {
		p->scratch = malloc(2 * SPOOL_CHUNK * sizeof(float));
		if (!p->scratch)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		if ((rc = loa_audio_load(s->bed, SHAPE_RATE, &p->bed, err)))
			return rc;
		if (p->bed.n == 0)
			return loa_error_set(err, LOA_EINPUT,
					     "%s: the bed is empty", s->bed);
		/* level_db is the bed's level against the voice. */
		if ((rc = level(&p->bed, master.voice_ref_lufs, err)))
			return rc;
		p->bed_gain = pow(10.0, s->bed_gain_db / 20.0);
		if ((rc = build_duck(p, err)))
			return rc;
	}
	for (i = 0; i < tl->n; i++) {
		const struct step *st = &tl->steps[i];

		if (was_body && !st->in_body && (rc = end_body(p, err)))
			return rc;
		was_body = p->in_body = st->in_body;
		switch (st->kind) {
		case STEP_SPEECH: rc = emit_speech(p, tl, st, err); break;
		case STEP_SILENCE: rc = emit_silence(p, st, err); break;
		case STEP_FILE: rc = emit_file(p, st, err); break;
		}
		if (rc)
			return rc;
	}
	if (was_body && (rc = end_body(p, err)))
		return rc;
	p->in_body = 0;
	if ((rc = fg_push(p->shape, 0, NULL, 0, err)) ||
	    (rc = fg_pull(p->shape, spool_sink, p, err)) ||
	    (rc = finish_jingles(p, err)))
		return rc;
	if (fflush(p->spool))
		return loa_error_set(err, LOA_EIO, "cannot write the spool file");
	return LOA_OK;
}

static void pass1_release(struct pass1 *p)
{
	fg_free(&p->shape);
	fg_free(&p->duck);
	loa_pcm_release(&p->bed);
	free(p->scratch);
	if (p->spool)
		fclose(p->spool);
	loa_meter_free(&p->meter);
	loa_meter_free(&p->body_meter);
	while (p->n_jingles > 0)
		loa_pcm_release(&p->jingles[--p->n_jingles].pcm);
}

/* ---- pass 2: spool -> gain + limiter -> sink ---- */

struct pass2_sink {
	struct loa_meter *meter;     /* measuring pass */
	struct loa_encoder *encoder; /* encoding pass */
};

static loa_status finish_sink(void *user, const float *x, size_t n,
			      struct loa_error *err)
{
	struct pass2_sink *s = user;

	if (s->meter && loa_meter_add(s->meter, x, n))
		return loa_error_set(err, LOA_ENOMEM, "program is too long");
	if (s->encoder)
		return loa_encoder_write(s->encoder, x, n, err);
	return LOA_OK;
}

static loa_status run_pass2(FILE *spool, double gain_db, double limit_db,
			    struct pass2_sink *sink, struct loa_error *err)
{
	struct AVFilterContext *rs, *vol, *lim;
	struct fg *g = NULL;
	char a[32], b[32], gain[40];
	float buf[SPOOL_CHUNK];
	loa_status rc;
	size_t got;

	snprintf(gain, sizeof(gain), "%sdB", fg_num(a, gain_db));
	if ((rc = fg_new(&g, SHAPE_RATE, RENDER_RATE, 1, err)) ||
	    (rc = fg_add(g, "aresample", &rs, err, "out_sample_rate",
			 RENDER_RATE_TEXT, NULL)) ||
	    (rc = fg_add(g, "volume", &vol, err, "volume", gain,
			 "precision", "float", NULL)) ||
	    (rc = fg_add(g, "alimiter", &lim, err,
			 "limit", fg_num(b, pow(10.0, limit_db / 20.0)),
			 "attack", "5", "release", "60", "level", "0",
			 "latency", "1", NULL)) ||
	    (rc = fg_link(g, fg_input(g, 0), 0, rs, 0, err)) ||
	    (rc = fg_link(g, rs, 0, vol, 0, err)) ||
	    (rc = fg_link(g, vol, 0, lim, 0, err)) ||
	    (rc = fg_finish(g, lim, err)))
		goto out;
	rewind(spool);
	while ((got = fread(buf, sizeof(float), SPOOL_CHUNK, spool)) > 0) {
		if ((rc = fg_push(g, 0, buf, got, err)) ||
		    (rc = fg_pull(g, finish_sink, sink, err)))
			goto out;
	}
	if (ferror(spool)) {
		rc = loa_error_set(err, LOA_EIO, "cannot read the spool file");
		goto out;
	}
	if ((rc = fg_push(g, 0, NULL, 0, err)) ||
	    (rc = fg_pull(g, finish_sink, sink, err)))
		goto out;
out:
	fg_free(&g);
	return rc;
}

/* Measures the spool through gain + limiter. */
static loa_status measure_at(FILE *spool, double gain, double limit_db,
			     double *lufs, struct loa_error *err)
{
	struct pass2_sink sink = { 0 };
	loa_status rc;

	if (loa_meter_new(&sink.meter, RENDER_RATE, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	rc = run_pass2(spool, gain, limit_db, &sink, err);
	*lufs = loa_meter_integrated(sink.meter);
	loa_meter_free(&sink.meter);
	return rc;
}

/*
 * Finds the gain that puts spool + limiter at target_db.  The limiter
 * flattens the response (1 dB of gain may add only 0.4 LU), so after the
 * first step the slope is learnt from the last two measurements (secant).
 */
static loa_status find_gain(FILE *spool, double start_gain, double target_db,
			    double limit_db, int max_steps, double *gain_out,
			    struct loa_error *err)
{
	double gain = start_gain, prev_gain = 0, prev_lufs = 0, lufs = 0;
	loa_status rc;
	int i;

	for (i = 0; i < max_steps; i++) {
		double slope = 0.5, next; /* typical of this limiter on speech */

		if ((rc = measure_at(spool, gain, limit_db, &lufs, err)))
			return rc;
		if (tracing())
			fprintf(stderr, "loa: trace: gain %.2f dB -> %.2f LUFS\n",
				gain, lufs);
		if (!isfinite(lufs) || fabs(target_db - lufs) < 0.05)
			break;
		if (i > 0 && fabs(gain - prev_gain) > 1e-3)
			slope = (lufs - prev_lufs) / (gain - prev_gain);
		if (slope < 0.1)
			slope = 0.1;
		if (slope > 1.0)
			slope = 1.0;
		next = gain + (target_db - lufs) / slope;
		if (next > gain + 12)
			next = gain + 12;
		if (next > 40)
			next = 40;
		prev_gain = gain;
		prev_lufs = lufs;
		gain = next;
	}
	*gain_out = gain;
	return LOA_OK;
}

/* ---- tags ---- */

static const char *topic_label(const char *topic)
{
	static const struct { const char *id, *label; } labels[] = {
		{ "deepfake", "Cảnh giác với deepfake" },
		{ "online-fraud", "Phòng chống lừa đảo trực tuyến" },
		{ "personal-data", "Bảo vệ dữ liệu cá nhân" },
		{ "ai-law", "Luật Trí tuệ nhân tạo" },
		{ "fake-news", "Phòng chống tin giả" },
		{ "other", "Thông tin tuyên truyền" },
	};
	size_t i;

	for (i = 0; topic && i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].id, topic))
			return labels[i].label;
	return "Thông tin tuyên truyền";
}

struct tag_text {
	char title[512];
	char comment[256];
	char synthetic[256];
};

static void make_tags(const struct loa_script *s,
		      const struct loa_commune *commune,
		      const struct loa_render_options *opt,
		      struct tag_text *text, struct loa_tags *tags)
{
	const char *voice = s ? s->voice.name : "vi";

	if (s && commune)
		snprintf(text->title, sizeof(text->title), "%s (%s)", s->title,
			 commune->name);
	else
		snprintf(text->title, sizeof(text->title), "%s",
			 s ? s->title : "Loa");
	/* Article 11 of the AI Law: AI-generated audio is marked as such. */
	snprintf(text->comment, sizeof(text->comment),
		 "Giọng đọc tổng hợp bằng máy (eSpeak NG %s, giọng %s)",
		 loa_tts_version(), voice);
	snprintf(text->synthetic, sizeof(text->synthetic),
		 "synthetic-speech; engine=eSpeak NG %s; voice=%s; generator=loa %s",
		 loa_tts_version(), voice, LOA_VERSION);
	memset(tags, 0, sizeof(*tags));
	tags->title = text->title;
	tags->artist = commune ? commune->office : "Loa";
	tags->album = topic_label(s ? s->topic : NULL);
	tags->date = opt->date;
	tags->comment = text->comment;
	tags->synthetic = text->synthetic;
	tags->script_id = s ? s->id : NULL;
}

/* ---- the whole render ---- */

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
	int lossy = out->bitrate > 0;
	double aim = opt->target_lufs +
		     (lossy ? master.lame_loudness_loss_db : 0);
	double limit = opt->true_peak_db -
		       (lossy ? master.lame_peak_margin_db : 0.5);
	struct pass1 p1 = { 0 };
	struct loa_encoder *enc = NULL;
	struct tag_text text;
	struct loa_tags tags;
	struct loa_audio_stats stats = { 0 };
	double gain, shaped;
	loa_status rc;
	int attempt;

	if (out->rate != RENDER_RATE || out->channels != 1)
		return loa_error_set(err, LOA_EINTERNAL,
				     "output profile '%s' is not supported",
				     out->name);
	p1.spool = tmpfile();
	if (!p1.spool) {
		rc = loa_error_set(err, LOA_EIO, "cannot create a spool file");
		goto out;
	}
	if (loa_meter_new(&p1.meter, SHAPE_RATE, 0)) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	trace(NULL);
	if ((rc = run_pass1(&p1, tl, s, err)))
		goto out;
	trace("pass 1 (speech, mix, shape)");
	shaped = loa_meter_integrated(p1.meter);
	if (!isfinite(shaped)) {
		rc = loa_error_set(err, LOA_EINPUT, "the program is silent");
		goto out;
	}
	make_tags(s, commune, opt, &text, &tags);
	gain = aim - shaped;
	for (attempt = 0; attempt < 3; attempt++) {
		struct pass2_sink sink = { 0 };

		/* One step is nearly always enough; the file is verified below
		 * and a miss gets a closer search. */
		if ((rc = find_gain(p1.spool, gain, aim, limit,
				    attempt ? 6 : 1, &gain, err)) ||
		    (rc = loa_encoder_open(&enc, out_path, out, &tags, err)))
			goto out;
		trace("finding the gain");
		sink.encoder = enc;
		if ((rc = run_pass2(p1.spool, gain, limit, &sink, err)) ||
		    (rc = loa_encoder_finish(enc, err)))
			goto out;
		trace("pass 2 (limit, encode)");
		if ((rc = loa_audio_measure(loa_encoder_temp_path(enc),
					    RENDER_RATE, &stats, err)))
			goto out;
		trace("verifying the file");
		if (fabs(stats.integrated_lufs - opt->target_lufs) <= 0.3 &&
		    stats.true_peak_db <= opt->true_peak_db)
			break;
		if (attempt == 2)
			break; /* keep the closest we could make */
		/* The encoder moved it: correct the aim and try again. */
		aim += opt->target_lufs - stats.integrated_lufs;
		if (stats.true_peak_db > opt->true_peak_db)
			limit -= stats.true_peak_db - opt->true_peak_db + 0.2;
		loa_encoder_abort(&enc);
	}
	rc = loa_encoder_commit(&enc, err);
	if (!rc && result) {
		result->seconds = stats.seconds;
		result->integrated_lufs = stats.integrated_lufs;
		result->true_peak_db = stats.true_peak_db;
	}
out:
	loa_encoder_abort(&enc);
	pass1_release(&p1);
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
	loa_status rc;

	if (!opt) {
		loa_render_options_init(&defaults);
		opt = &defaults;
	}
	/* All text is expanded and normalised before any audio is made. */
	rc = build_timeline(&tl, script, commune, opt, err);
	if (rc)
		return rc;
	rc = render_timeline(&tl, script, commune, opt, out_path, result, err);
	timeline_release(&tl);
	return rc;
}

loa_status loa_render_text(const char *text, const struct loa_voice *voice,
			   const struct loa_render_options *opt,
			   const char *out_path,
			   struct loa_render_result *result,
			   struct loa_error *err)
{
	struct loa_render_options defaults;
	struct timeline tl = { 0 };
	struct step step = { .kind = STEP_SPEECH };
	loa_status rc;

	if (!opt) {
		loa_render_options_init(&defaults);
		opt = &defaults;
	}
	tl.voice = voice;
	rc = loa_normalize(text, strlen(text), opt->normalize, &step.text, err);
	if (!rc)
		rc = timeline_add(&tl, step, err);
	if (!rc)
		rc = render_timeline(&tl, NULL, NULL, opt, out_path, result,
				     err);
	timeline_release(&tl);
	return rc;
}

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
	rc = build_timeline(&tl, s, commune, opt, err);
	if (rc)
		return rc;
	for (i = 0; i < tl.n; i++)
		if (tl.steps[i].text)
			len += strlen(tl.steps[i].text) + 1;
	buf = malloc(len + 1);
	if (!buf) {
		timeline_release(&tl);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	for (i = 0; i < tl.n; i++) {
		size_t n;

		if (!tl.steps[i].text)
			continue;
		n = strlen(tl.steps[i].text);
		memcpy(buf + at, tl.steps[i].text, n);
		at += n;
		buf[at++] = '\n';
	}
	buf[at] = '\0';
	timeline_release(&tl);
	*out = buf;
	return LOA_OK;
}

/* ---- fingerprint ---- */

static void hash_str(struct AVSHA *sha, const char *s)
{
	uint32_t len = s ? (uint32_t)strlen(s) : UINT32_MAX;

	/* Length-prefixed, so ("ab","c") and ("a","bc") differ. */
	av_sha_update(sha, (const uint8_t *)&len, sizeof(len));
	if (s)
		av_sha_update(sha, (const uint8_t *)s, len);
}

static loa_status hash_file(struct AVSHA *sha, const char *path,
			    struct loa_error *err)
{
	uint8_t buf[16384];
	FILE *f;
	size_t got;

	hash_str(sha, "file");
	if (!path)
		return LOA_OK;
	f = fopen(path, "rb");
	if (!f)
		return loa_error_set(err, LOA_EIO, "cannot read '%s'", path);
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		av_sha_update(sha, buf, got);
	fclose(f);
	return LOA_OK;
}

loa_status loa_render_fingerprint(const struct loa_script *s,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char hex[65], struct loa_error *err)
{
	const struct loa_output_format *out = opt->output ? opt->output :
		&loa_output_formats[0];
	struct AVSHA *sha = av_sha_alloc();
	struct tag_text text;
	struct loa_tags tags;
	struct timeline tl;
	uint8_t digest[32];
	char num[128];
	loa_status rc;
	size_t i;

	if (!sha)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	av_sha_init(sha, 256);
	rc = build_timeline(&tl, s, commune, opt, err);
	if (rc)
		goto out;
	hash_str(sha, "loa " LOA_VERSION);
	hash_str(sha, loa_tts_version());
	/* Every mastering constant, bit for bit. */
	av_sha_update(sha, (const uint8_t *)&master, sizeof(master));
	snprintf(num, sizeof(num), "%s %d %d %d %.3f %.3f %s %d %d %.3f %d",
		 out->name, out->rate, out->channels, out->bitrate,
		 opt->target_lufs, opt->true_peak_db, s->voice.name,
		 s->voice.rate, s->voice.pitch, s->bed_gain_db, s->repeat);
	hash_str(sha, num);
	make_tags(s, commune, opt, &text, &tags);
	hash_str(sha, tags.title);
	hash_str(sha, tags.artist);
	hash_str(sha, tags.album);
	hash_str(sha, tags.date);
	hash_str(sha, tags.comment);
	hash_str(sha, tags.synthetic);
	hash_str(sha, tags.script_id);
	if ((rc = hash_file(sha, s->bed, err)))
		goto out;
	for (i = 0; i < tl.n; i++) {
		const struct step *st = &tl.steps[i];

		snprintf(num, sizeof(num), "step %d %d %ld", (int)st->kind,
			 st->in_body, st->ms);
		hash_str(sha, num);
		hash_str(sha, st->text);
		if (st->kind == STEP_FILE && (rc = hash_file(sha, st->path, err)))
			goto out;
	}
	av_sha_final(sha, digest);
	for (i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
out:
	timeline_release(&tl);
	av_free(sha);
	return rc;
}
