#include "mix.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "assets.h"
#include "audio/fgraph.h"
#include "loa/audio.h"
#include "loa/tts.h"
#include "mastering.h"
#include "shape.h"

static loa_status spool_sink(void *user, const float *x, size_t n,
			     struct loa_error *err)
{
	struct mix *p = user;

	if (fwrite(x, sizeof(*x), n, p->spool) != n)
		return loa_error_set(err, LOA_EIO, "cannot write the spool file");
	p->spooled += n;
	peaks_add(&p->peaks, x, n);
	if (loa_meter_add(p->meter, x, n) ||
	    (p->in_body && loa_meter_add(p->body_meter, x, n)))
		return loa_error_set(err, LOA_ENOMEM, "program is too long");
	return LOA_OK;
}

static loa_status shape_sink(void *user, const float *x, size_t n,
			     struct loa_error *err)
{
	struct mix *p = user;
	loa_status rc = fg_push(p->shape, 0, x, n, err);

	p->pushed += n;
	return rc ? rc : fg_pull(p->shape, spool_sink, p, err);
}

/* Keeps the voice that went into the duck until its ducked bed comes out. */
static loa_status queue_voice(struct mix *p, const float *x, size_t n,
			      struct loa_error *err)
{
	if (p->voice_at) {
		memmove(p->voice, p->voice + p->voice_at,
			(p->voice_n - p->voice_at) * sizeof(float));
		p->voice_n -= p->voice_at;
		p->voice_at = 0;
	}
	if (p->voice_n + n > p->voice_cap) {
		size_t cap = 2 * (p->voice_n + n);
		float *v = realloc(p->voice, cap * sizeof(float));

		if (!v)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		p->voice = v;
		p->voice_cap = cap;
	}
	memcpy(p->voice + p->voice_n, x, n * sizeof(float));
	p->voice_n += n;
	return LOA_OK;
}

/*
 * The ducked bed plus the voice, into the shaper.  Summed as amix sums
 * (into zero, voice first), so the samples are the same bits.
 */
static loa_status duck_sink(void *user, const float *x, size_t n,
			    struct loa_error *err)
{
	struct mix *p = user;
	const float *v = p->voice + p->voice_at;
	size_t i;

	if (n > p->voice_n - p->voice_at)
		return loa_error_set(err, LOA_EINTERNAL,
				     "the ducked bed outran the voice");
	if (n > p->mixed_cap) {
		float *m = realloc(p->mixed, n * sizeof(float));

		if (!m)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		p->mixed = m;
		p->mixed_cap = n;
	}
	for (i = 0; i < n; i++) {
		float sum = 0.0f;

		sum += v[i];
		sum += x[i];
		p->mixed[i] = sum;
	}
	p->voice_at += n;
	return shape_sink(p, p->mixed, n, err);
}

/* Bed samples for the next n body samples: looped, faded in, at level. */
static void bed_fill(struct mix *p, float *out, size_t n,
		     double fade_out_from, size_t fade_len)
{
	size_t fade_in = (size_t)(SHAPE_RATE * mastering.bed_fade_ms / 1000);
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

static loa_status emit(struct mix *p, int in_body, const float *x, size_t n,
		       struct loa_error *err)
{
	loa_status rc;

	p->played += n;
	if (!p->duck || !in_body)
		return shape_sink(p, x, n, err);
	while (n > 0) {
		size_t take = n < SPOOL_CHUNK ? n : SPOOL_CHUNK;

		bed_fill(p, p->scratch, take, 0, 0);
		p->body_samples += take;
		if ((rc = fg_push(p->duck, 0, p->scratch, take, err)) ||
		    (rc = fg_push(p->duck, 1, x, take, err)) ||
		    (rc = queue_voice(p, x, take, err)) ||
		    (rc = fg_pull(p->duck, duck_sink, p, err)))
			return rc;
		x += take;
		n -= take;
	}
	return LOA_OK;
}

/* Ends the body: the bed plays on alone, fading out, then stops. */
static loa_status end_body(struct mix *p, struct loa_error *err)
{
	size_t tail = (size_t)(SHAPE_RATE * mastering.bed_fade_ms / 1000), done;
	loa_status rc;

	if (!p->duck)
		return LOA_OK;
	p->played += tail;
	for (done = 0; done < tail;) {
		size_t take = tail - done < SPOOL_CHUNK ? tail - done : SPOOL_CHUNK;

		memset(p->scratch + SPOOL_CHUNK, 0, take * sizeof(float));
		bed_fill(p, p->scratch, take, -(double)done, tail);
		if ((rc = fg_push(p->duck, 0, p->scratch, take, err)) ||
		    (rc = fg_push(p->duck, 1, p->scratch + SPOOL_CHUNK, take,
				  err)) ||
		    (rc = queue_voice(p, p->scratch + SPOOL_CHUNK, take, err)) ||
		    (rc = fg_pull(p->duck, duck_sink, p, err)))
			return rc;
		done += take;
	}
	if ((rc = fg_push(p->duck, 0, NULL, 0, err)) ||
	    (rc = fg_push(p->duck, 1, NULL, 0, err)) ||
	    (rc = fg_pull(p->duck, duck_sink, p, err)))
		return rc;
	if (p->voice_at != p->voice_n)
		return loa_error_set(err, LOA_EINTERNAL,
				     "the ducked bed ended before the voice");
	fg_free(&p->duck);
	return LOA_OK;
}

/* Keeps a jingle's place in the spool silent; see finish_jingles. */
static loa_status reserve_jingle(struct mix *p, const struct tl_step *st,
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
	if ((rc = asset_get(st->path, ASSET_BAND, 0, &j->pcm, &j->lufs, err)))
		return rc;
	p->n_jingles++;
	j->offset = p->spooled;
	n = j->pcm.n;
	p->played += n;
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
static loa_status finish_jingles(struct mix *p, struct loa_error *err)
{
	double voice = loa_meter_integrated(p->body_meter);
	loa_status rc = LOA_OK;
	int i;

	for (i = 0; i < p->n_jingles && !rc; i++) {
		struct jingle *j = &p->jingles[i];

		if (isfinite(j->lufs) && isfinite(voice))
			shape_gain(&j->pcm,
				   voice + mastering.jingle_offset_db - j->lufs);
		if (fseek(p->spool, (long)(j->offset * sizeof(float)), SEEK_SET) ||
		    fwrite(j->pcm.samples, sizeof(float), j->pcm.n, p->spool) !=
			    j->pcm.n)
			rc = loa_error_set(err, LOA_EIO,
					   "cannot write the spool file");
		peaks_add(&p->peaks, j->pcm.samples, j->pcm.n);
		peaks_flush(&p->peaks);
		if (!rc && loa_meter_add(p->meter, j->pcm.samples, j->pcm.n))
			rc = loa_error_set(err, LOA_ENOMEM, "program is too long");
	}
	if (!rc && fseek(p->spool, 0, SEEK_END))
		rc = loa_error_set(err, LOA_EIO, "cannot write the spool file");
	return rc;
}

static loa_status emit_file(struct mix *p, const struct tl_step *st,
			    struct loa_error *err)
{
	struct loa_pcm pcm;
	double lufs;
	loa_status rc;

	if (!st->in_body)
		return reserve_jingle(p, st, err);
	/* A clip (an announcer's recording) plays at the voice's level. */
	rc = asset_get(st->path, ASSET_LEVEL, 0, &pcm, &lufs, err);
	if (rc)
		return rc;
	rc = emit(p, 1, pcm.samples, pcm.n, err);
	loa_pcm_release(&pcm);
	return rc;
}

static loa_status emit_speech(struct mix *p, const struct timeline *tl,
			      const struct tl_step *st, struct loa_error *err)
{
	struct loa_pcm raw, pcm;
	loa_status rc;

	rc = loa_tts_synth(st->text, tl->voice->name, tl->voice->rate,
			   tl->voice->pitch, &raw, err);
	if (rc)
		return rc;
	if (raw.rate == SHAPE_RATE) {
		pcm = raw; /* eSpeak NG's own rate: no copy */
		rc = LOA_OK;
	} else {
		rc = loa_audio_resample(&raw, SHAPE_RATE, &pcm, err);
		loa_pcm_release(&raw);
	}
	if (!rc)
		rc = shape_level(&pcm, mastering.voice_ref_lufs, err);
	if (!rc)
		rc = emit(p, st->in_body, pcm.samples, pcm.n, err);
	loa_pcm_release(&pcm);
	return rc;
}

static loa_status emit_silence(struct mix *p, const struct tl_step *st,
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

/*
 * The length in ms of what still plays after step i, without playing it:
 * the steps after a reminder are silences and files (timeline.h), plus
 * the bed's fade-out when the body has not ended yet.
 */
static loa_status rest_ms(const struct mix *p, const struct timeline *tl,
			  size_t i, double *ms, struct loa_error *err)
{
	double d;

	*ms = p->duck ? mastering.bed_fade_ms : 0;
	for (i++; i < tl->n; i++) {
		const struct tl_step *st = &tl->steps[i];

		if (st->kind == TL_SILENCE)
			*ms += st->ms;
		else if (st->kind == TL_FILE && (d = loa_audio_duration(st->path)) > 0)
			*ms += 1000 * d;
		else if (st->kind != TL_FILE)
			return loa_error_set(err, LOA_EINTERNAL,
					     "speech after the reminder");
	}
	return LOA_OK;
}

/*
 * The reminder of a long render, said only when the render without it
 * would be longer than reminder_after_ms: known here, once the speech
 * before it is synthesised, and the same on every run of the same inputs.
 */
static loa_status emit_reminder(struct mix *p, const struct timeline *tl,
				size_t i, struct loa_error *err)
{
	const struct tl_step *st = &tl->steps[i];
	struct tl_step gap = { .kind = TL_SILENCE, .in_body = st->in_body,
			       .ms = st->ms };
	double rest;
	loa_status rc;

	if ((rc = rest_ms(p, tl, i, &rest, err)))
		return rc;
	if (1000.0 * p->played / SHAPE_RATE + rest <= mastering.reminder_after_ms)
		return LOA_OK;
	rc = emit_silence(p, &gap, err);
	return rc ? rc : emit_speech(p, tl, st, err);
}

/* Loads the bed, levelled, and the graph that ducks it under the voice. */
static loa_status open_bed(struct mix *p, const struct loa_script *s,
			   struct loa_error *err)
{
	loa_status rc;
	double lufs;

	p->scratch = malloc(2 * SPOOL_CHUNK * sizeof(float));
	if (!p->scratch)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	/* Levelled to the voice; level_db is the bed's level against it. */
	if ((rc = asset_get(s->bed, ASSET_LEVEL, 0, &p->bed, &lufs, err)))
		return rc;
	if (p->bed.n == 0)
		return loa_error_set(err, LOA_EINPUT, "%s: the bed is empty",
				     s->bed);
	p->bed_gain = pow(10.0, s->bed_gain_db / 20.0);
	return shape_new_duck(&p->duck, err);
}

static loa_status open_mix(struct mix *p, const struct loa_script *s,
			   struct loa_error *err)
{
	loa_status rc;

	p->spool = tmpfile();
	if (!p->spool)
		return loa_error_set(err, LOA_EIO, "cannot create a spool file");
	if (loa_meter_new(&p->meter, SHAPE_RATE, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if ((rc = shape_new_compressor(&p->shape, err)))
		return rc;
	if (loa_meter_new(&p->body_meter, SHAPE_RATE, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (s && s->bed)
		return open_bed(p, s, err);
	return LOA_OK;
}

loa_status mix_run(struct mix *p, const struct timeline *tl,
		   const struct loa_script *s, struct loa_error *err)
{
	loa_status rc;
	int was_body = 0;
	size_t i;

	if ((rc = open_mix(p, s, err)))
		return rc;
	for (i = 0; i < tl->n; i++) {
		const struct tl_step *st = &tl->steps[i];

		if (was_body && !st->in_body && (rc = end_body(p, err)))
			return rc;
		was_body = p->in_body = st->in_body;
		switch (st->kind) {
		case TL_SPEECH: rc = emit_speech(p, tl, st, err); break;
		case TL_SILENCE: rc = emit_silence(p, st, err); break;
		case TL_FILE: rc = emit_file(p, st, err); break;
		case TL_REMINDER: rc = emit_reminder(p, tl, i, err); break;
		}
		if (rc)
			return rc;
	}
	if (was_body && (rc = end_body(p, err)))
		return rc;
	p->in_body = 0;
	if ((rc = fg_push(p->shape, 0, NULL, 0, err)) ||
	    (rc = fg_pull(p->shape, spool_sink, p, err)))
		return rc;
	peaks_flush(&p->peaks);
	if ((rc = finish_jingles(p, err)))
		return rc;
	if (fflush(p->spool))
		return loa_error_set(err, LOA_EIO, "cannot write the spool file");
	return LOA_OK;
}

void mix_release(struct mix *p)
{
	fg_free(&p->shape);
	fg_free(&p->duck);
	loa_pcm_release(&p->bed);
	free(p->scratch);
	free(p->voice);
	free(p->mixed);
	if (p->spool)
		fclose(p->spool);
	loa_meter_free(&p->meter);
	loa_meter_free(&p->body_meter);
	while (p->n_jingles > 0)
		loa_pcm_release(&p->jingles[--p->n_jingles].pcm);
}
