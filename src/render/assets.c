#include "assets.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "loa/audio.h"
#include "loa/render.h"
#include "mastering.h"
#include "shape.h"
#include "timeline.h"

/* A handful of chimes and beds per build: a list is enough. */
struct asset {
	struct asset *next;
	char *path;
	char sha[65];
	enum asset_kind kind;
	struct loa_pcm pcm;
	double lufs;
};

static struct asset *assets;

static loa_status pcm_copy(const struct loa_pcm *in, struct loa_pcm *out,
			   struct loa_error *err)
{
	out->rate = in->rate;
	out->n = in->n;
	out->samples = malloc(in->n * sizeof(float) + 1);
	if (!out->samples)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	memcpy(out->samples, in->samples, in->n * sizeof(float));
	return LOA_OK;
}

static loa_status make(const char *path, enum asset_kind kind,
		       struct loa_pcm *out, double *lufs,
		       struct loa_error *err)
{
	loa_status rc = loa_audio_load(path, SHAPE_RATE, out, err);

	*lufs = -HUGE_VAL;
	if (rc || out->n == 0) /* the caller says what an empty file means */
		return rc;
	if (kind == ASSET_BAND)
		rc = shape_band(out, 1, lufs, err);
	else
		rc = shape_level(out, mastering.voice_ref_lufs, err);
	if (rc)
		loa_pcm_release(out);
	return rc;
}

/* Remembers a copy of pcm; a failure only costs the next render time. */
static void keep_copy(const char *path, const char *sha,
		      enum asset_kind kind, const struct loa_pcm *pcm,
		      double lufs)
{
	struct asset *a = calloc(1, sizeof(*a));
	struct loa_error ignored;

	if (!a || !(a->path = strdup(path)) ||
	    pcm_copy(pcm, &a->pcm, &ignored)) {
		if (a)
			free(a->path);
		free(a);
		return;
	}
	memcpy(a->sha, sha, sizeof(a->sha));
	a->kind = kind;
	a->lufs = lufs;
	a->next = assets;
	assets = a;
}

loa_status asset_get(const char *path, enum asset_kind kind, int keep,
		     struct loa_pcm *out, double *lufs, struct loa_error *err)
{
	struct loa_error ignored;
	const struct asset *a;
	char sha[65];
	loa_status rc;

	memset(out, 0, sizeof(*out));
	/* Unreadable here: the decoder below says why in its own words. */
	if ((!assets && !keep) || hash_file_sha256(path, sha, &ignored))
		return make(path, kind, out, lufs, err);
	for (a = assets; a; a = a->next)
		if (a->kind == kind && !strcmp(a->sha, sha) &&
		    !strcmp(a->path, path)) {
			*lufs = a->lufs;
			return pcm_copy(&a->pcm, out, err);
		}
	rc = make(path, kind, out, lufs, err);
	if (!rc && keep)
		keep_copy(path, sha, kind, out, *lufs);
	return rc;
}

/* Levels one asset into the cache; errors wait for the render itself. */
static void preload(const char *path, enum asset_kind kind)
{
	struct loa_error ignored;
	struct loa_pcm pcm;
	double lufs;

	if (!asset_get(path, kind, 1, &pcm, &lufs, &ignored))
		loa_pcm_release(&pcm);
}

void loa_render_preload(const struct loa_script *s,
			const struct loa_commune *commune,
			const struct loa_render_options *opt)
{
	struct loa_error ignored;
	struct timeline tl;
	size_t i;

	if (tl_build(&tl, s, commune, opt, &ignored))
		return;
	for (i = 0; i < tl.n; i++)
		if (tl.steps[i].kind == TL_FILE)
			preload(tl.steps[i].path, tl.steps[i].in_body ?
				ASSET_LEVEL : ASSET_BAND);
	if (s->bed)
		preload(s->bed, ASSET_LEVEL);
	tl_release(&tl);
}

void loa_render_preload_release(void)
{
	while (assets) {
		struct asset *a = assets;

		assets = a->next;
		free(a->path);
		loa_pcm_release(&a->pcm);
		free(a);
	}
}
