#include "shape.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "loa/loudness.h"
#include "mastering.h"

/* Appends the horn band (high-pass, low-pass) after from; *last is its end. */
static loa_status add_horn_band(struct fg *g, struct AVFilterContext *from,
				struct AVFilterContext **last,
				struct loa_error *err)
{
	struct AVFilterContext *hp, *lp;
	char a[32];
	loa_status rc;

	if ((rc = fg_add(g, "highpass", &hp, err,
			 "f", fg_num(a, mastering.highpass_hz), "poles", "2",
			 NULL)) ||
	    (rc = fg_add(g, "lowpass", &lp, err,
			 "f", fg_num(a, mastering.lowpass_hz), "poles", "2",
			 NULL)) ||
	    (rc = fg_link(g, from, 0, hp, 0, err)) ||
	    (rc = fg_link(g, hp, 0, lp, 0, err)))
		return rc;
	*last = lp;
	return LOA_OK;
}

loa_status shape_new_compressor(struct fg **out, struct loa_error *err)
{
	struct AVFilterContext *band, *comp;
	char a[32], b[32], c[32], d[32], e[32];
	struct fg *g = NULL;
	loa_status rc;

	if ((rc = fg_new(&g, SHAPE_RATE, SHAPE_RATE, 1, err)) ||
	    (rc = add_horn_band(g, fg_input(g, 0), &band, err)) ||
	    (rc = fg_add(g, "acompressor", &comp, err,
			 "threshold", fg_num(a, mastering.comp_threshold),
			 "ratio", fg_num(b, mastering.comp_ratio),
			 "attack", fg_num(c, mastering.comp_attack_ms),
			 "release", fg_num(d, mastering.comp_release_ms),
			 "makeup", fg_num(e, mastering.comp_makeup), NULL)) ||
	    (rc = fg_link(g, band, 0, comp, 0, err)) ||
	    (rc = fg_finish(g, comp, err)))
		goto out;
	*out = g;
	g = NULL;
out:
	fg_free(&g);
	return rc;
}

loa_status shape_new_duck(struct fg **out, struct loa_error *err)
{
	struct AVFilterContext *sc;
	char a[32], b[32], c[32], d[32];
	struct fg *g = NULL;
	loa_status rc;

	if ((rc = fg_new(&g, SHAPE_RATE, SHAPE_RATE, 2, err)) ||
	    (rc = fg_add(g, "sidechaincompress", &sc, err,
			 "threshold", fg_num(a, mastering.duck_threshold),
			 "ratio", fg_num(b, mastering.duck_ratio),
			 "attack", fg_num(c, mastering.duck_attack_ms),
			 "release", fg_num(d, mastering.duck_release_ms),
			 NULL)) ||
	    /* input 0: the bed, compressed by input 1: the voice */
	    (rc = fg_link(g, fg_input(g, 0), 0, sc, 0, err)) ||
	    (rc = fg_link(g, fg_input(g, 1), 0, sc, 1, err)) ||
	    (rc = fg_finish(g, sc, err)))
		goto out;
	*out = g;
	g = NULL;
out:
	fg_free(&g);
	return rc;
}

/* Where shape_band's output goes. */
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

loa_status shape_band(struct loa_pcm *pcm, int replace, double *lufs,
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

void shape_gain(struct loa_pcm *pcm, double db)
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
loa_status shape_level(struct loa_pcm *pcm, double target_lufs,
		       struct loa_error *err)
{
	double lufs;
	loa_status rc = shape_band(pcm, 0, &lufs, err);

	if (!rc && isfinite(lufs))
		shape_gain(pcm, target_lufs - lufs);
	return rc;
}
