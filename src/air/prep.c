/*
 * Preparing an item: hashing its file and opening it, on a thread of its
 * own so that the item playing now keeps its pace; then its sound, a
 * piece at a time, as it plays.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "air_int.h"
#include "output.h"
#include "core/hash.h"
#include "loa/approval.h"
#include "loa/audio.h"

/* Frees what a holds but its hashes (a failed item's row shows them). */
static void drop(struct air_audio *a)
{
	loa_audio_stream_close(&a->stream);
	free(a->fbuf);
	free(a->pcm);
	free(a->path);
	a->fbuf = NULL;
	a->pcm = NULL;
	a->path = NULL;
	a->n = a->pos = 0;
}

void air_audio_release(struct air_audio *a)
{
	drop(a);
	memset(a, 0, sizeof(*a));
}

/* As libswresample converts (FFmpeg's own s16 output is the same). */
static int16_t to_s16(float f)
{
	long v = lrintf(f * 32768.0f);

	return (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

/* The stream's next piece into a->pcm; 0 at its end or on damage. */
static size_t refill(struct air_audio *a)
{
	size_t got = 0;

	a->n = a->pos = 0;
	if (!a->stream || a->failed)
		return 0;
	loa_error_clear(&a->err);
	if (loa_audio_stream_read(a->stream, a->fbuf, AIR_CHUNK, &got,
				  &a->err)) {
		a->failed = 1;
		return 0;
	}
	for (size_t i = 0; i < got; i++)
		a->pcm[i] = to_s16(a->fbuf[i]);
	return a->n = got;
}

/* Opens a->path's stream and decodes its first piece. */
static loa_status start(struct air_audio *a, struct loa_error *err)
{
	loa_status rc;

	a->failed = 0;
	a->played = 0;
	loa_audio_stream_close(&a->stream);
	if ((rc = loa_audio_stream_open(&a->stream, a->path, AIR_RATE, err)))
		return rc;
	if (!refill(a)) {
		if (a->failed)
			return loa_error_set(err, LOA_EINPUT, "%s", a->err.msg);
		return loa_error_set(err, LOA_EINPUT, "'%s' has no audio",
				     a->path);
	}
	return LOA_OK;
}

loa_status air_audio_open(struct air_audio *a, const char *path,
			  struct loa_error *err)
{
	double seconds;
	loa_status rc;

	memset(a, 0, sizeof(*a));
	if ((rc = hash_file_sha256(path, a->sha, err)) ||
	    (rc = loa_audio_frames_sha256(path, a->frames, err)))
		return rc;
	seconds = loa_audio_duration(path);
	a->length_ms = seconds > 0 ? llround(seconds * 1000) : 0;
	if (!(a->path = strdup(path)) ||
	    !(a->fbuf = malloc(AIR_CHUNK * sizeof(*a->fbuf))) ||
	    !(a->pcm = malloc(AIR_CHUNK * sizeof(*a->pcm))))
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
	else
		rc = start(a, err);
	if (rc)
		drop(a);
	return rc;
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
	if ((rc = loa_audio_load(path, AIR_RATE, &pcm, err)))
		goto out;
	if (!(a->pcm = malloc((pcm.n ? pcm.n : 1) * sizeof(*a->pcm)))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < pcm.n; i++)
		a->pcm[i] = to_s16(pcm.samples[i]);
	a->n = pcm.n;
	a->length_ms = (long long)pcm.n * 1000 / AIR_RATE;
out:
	loa_pcm_release(&pcm);
	return rc;
}

size_t air_audio_next(struct air_audio *a, const int16_t **block,
		      size_t max)
{
	size_t n;

	if (a->pos == a->n && !refill(a))
		return 0;
	n = a->n - a->pos < max ? a->n - a->pos : max;
	*block = a->pcm + a->pos;
	a->pos += n;
	a->played += n;
	return n;
}

loa_status air_audio_rewind(struct air_audio *a, struct loa_error *err)
{
	char sha[65];
	loa_status rc;

	if (!a->stream && !a->path) {
		a->pos = a->played = 0;
		return LOA_OK;
	}
	if ((rc = hash_file_sha256(a->path, sha, err)))
		return rc;
	if (strcmp(sha, a->sha))
		return loa_error_set(err, LOA_EINPUT, "'%s' changed while it "
				     "played", a->path);
	return start(a, err);
}

static void *run(void *arg)
{
	struct air_prep *p = arg;
	struct air_audio a;
	struct loa_error err;
	loa_status rc;

	loa_error_clear(&err);
	rc = air_audio_open(&a, p->path, &err);
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
