/*
 * Preparing an item: hashing its file and decoding it to 16-bit PCM, on
 * a thread of its own so that the item playing now keeps its pace.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "air_int.h"
#include "core/hash.h"
#include "loa/approval.h"
#include "loa/audio.h"

void air_audio_release(struct air_audio *a)
{
	free(a->pcm);
	memset(a, 0, sizeof(*a));
}

loa_status air_audio_load(struct air_audio *a, const char *path,
			  struct loa_error *err)
{
	loa_status rc;

	/* The file's hash is kept even when it does not decode: the daemon
	 * names a file that differs from its manifest as such. */
	memset(a, 0, sizeof(*a));
	if ((rc = hash_file_sha256(path, a->sha, err)) ||
	    (rc = loa_audio_frames_sha256(path, a->frames, err)))
		return rc;
	return air_audio_decode(a, path, err);
}

loa_status air_audio_decode(struct air_audio *a, const char *path,
			    struct loa_error *err)
{
	struct loa_pcm pcm = { 0 };
	loa_status rc;

	a->pcm = NULL;
	a->n = 0;
	if ((rc = loa_audio_load(path, 44100, &pcm, err)))
		goto out;
	if (!(a->pcm = malloc((pcm.n ? pcm.n : 1) * sizeof(*a->pcm)))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < pcm.n; i++) {
		float v = pcm.samples[i] * 32767.0f;

		a->pcm[i] = (int16_t)lrintf(v > 32767 ? 32767 :
					     v < -32768 ? -32768 : v);
	}
	a->n = pcm.n;
out:
	loa_pcm_release(&pcm);
	return rc;
}

static void *run(void *arg)
{
	struct air_prep *p = arg;
	struct air_audio a;
	struct loa_error err;
	loa_status rc;

	loa_error_clear(&err);
	rc = air_audio_load(&a, p->path, &err);
	pthread_mutex_lock(&p->lock);
	p->audio = a;
	p->status = rc;
	p->err = err;
	p->done = 1;
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

void air_prep_init(struct air_prep *p)
{
	memset(p, 0, sizeof(*p));
	pthread_mutex_init(&p->lock, NULL);
}

/* Waits for the running job and drops its result. */
static void collect(struct air_prep *p)
{
	if (p->running)
		pthread_join(p->thread, NULL);
	p->running = 0;
	p->done = 0;
	air_audio_release(&p->audio);
	free(p->path);
	p->path = NULL;
}

loa_status air_prep_start(struct air_prep *p, const char *path,
			  struct loa_error *err)
{
	if (p->path && !strcmp(p->path, path))
		return LOA_OK;
	collect(p);
	if (!(p->path = strdup(path)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (pthread_create(&p->thread, NULL, run, p)) {
		free(p->path);
		p->path = NULL;
		return loa_error_set(err, LOA_EIO, "cannot start a thread");
	}
	p->running = 1;
	return LOA_OK;
}

int air_prep_ready(struct air_prep *p, const char *path)
{
	int done;

	if (!p->path || strcmp(p->path, path))
		return 1;
	pthread_mutex_lock(&p->lock);
	done = p->done;
	pthread_mutex_unlock(&p->lock);
	return done;
}

loa_status air_prep_take(struct air_prep *p, const char *path,
			 struct air_audio *out, struct loa_error *err)
{
	loa_status rc;

	if ((rc = air_prep_start(p, path, err)))
		return rc;
	pthread_join(p->thread, NULL);
	p->running = 0;
	rc = p->status;
	if (rc)
		*err = p->err;
	*out = p->audio;
	memset(&p->audio, 0, sizeof(p->audio));
	collect(p);
	return rc;
}

void air_prep_release(struct air_prep *p)
{
	collect(p);
	pthread_mutex_destroy(&p->lock);
}
