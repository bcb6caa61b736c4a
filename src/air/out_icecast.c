/*
 * icecast://USER:PASSWORD@HOST:PORT/MOUNT: MP3 through libavformat's
 * icecast protocol, sent by a thread of its own.  The caller only copies
 * samples into a bounded queue; the sender encodes and writes them, and
 * on any failure closes the connection and reconnects with back-off
 * (1 s doubling to 30 s), since FFmpeg's protocol never reconnects.  A
 * server that stops answering (frozen, hung) is found by a probe.
 */
#include "output_int.h"

#include <dirent.h>
#include <libavformat/avformat.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "loa/version.h"

#define QUEUE_FRAMES (10 * AIR_RATE) /* a stalled server's worth */
#define MP3_FRAME 1152               /* samples in one MPEG frame */
#define CHUNK (4 * MP3_FRAME)        /* sent and flushed together */
#define BACKOFF_MAX_S 30
/* A write or a connection that stalls this long counts as lost, and so
 * does audio the server leaves unacknowledged this long. */
#define TIMEOUT_US "4000000"
#define TIMEOUT_MS 4000
/* How often a connected server is asked whether it still answers. */
#define PROBE_MS 5000

struct ice_out {
	struct air_output *o;
	char url[600];               /* icecast://USER@HOST:PORT/MOUNT */
	char probe_url[400];         /* http://HOST:PORT/status-json.xsl */
	char password[256];
	int port;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	/* Under lock: the queue (a ring) and the stop request. */
	int16_t *queue;
	size_t head, count;
	int stop;
	atomic_int abort;
	/* The sender thread's own. */
	AVIOContext *pb;
	struct air_mp3 *mp3;
	int backoff_s;
	long long retry_at, lost_at; /* monotonic ms; lost_at 0: not lost */
	long long probe_at;          /* monotonic ms of the next probe */
	int was_up;
	int16_t chunk[CHUNK];
};

static long long mono_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int ice_interrupt(void *ctx)
{
	struct ice_out *s = ctx;

	return atomic_load(&s->abort);
}

static int ice_sink(void *ctx, const unsigned char *data, int size)
{
	struct ice_out *s = ctx;

	avio_write(s->pb, data, size);
	return s->pb->error;
}

/* Closes the connection after a failure and plans the next attempt. */
static void ice_down(struct ice_out *s, const char *why)
{
	long long now = mono_ms();

	if (s->pb)
		avio_closep(&s->pb);
	air_mp3_free(&s->mp3);
	if (!s->lost_at) {
		s->lost_at = now;
		if (s->was_up)
			air_note(s->o, "%s: lost the connection (%s); "
				 "reconnecting", s->o->name, why);
		else
			air_note(s->o, "%s: cannot connect (%s); retrying",
				 s->o->name, why);
	}
	s->retry_at = now + s->backoff_s * 1000LL;
	s->backoff_s = s->backoff_s * 2 > BACKOFF_MAX_S ? BACKOFF_MAX_S :
			s->backoff_s * 2;
}

/*
 * FFmpeg's icecast protocol passes no socket option down to TCP, and a
 * server that vanishes (power, cable) acknowledges nothing while the
 * kernel keeps the audio and retries for a quarter of an hour.  So the
 * connection's socket is found among the process's own (TCP, peer on
 * the server's port) and told to give up after TIMEOUT_MS instead.
 */
static void ice_tune_socket(int port)
{
	unsigned timeout = TIMEOUT_MS;
	struct sockaddr_storage a;
	struct dirent *e;
	DIR *d = opendir("/proc/self/fd");

	while (d && (e = readdir(d))) {
		socklen_t len = sizeof(a);
		char *end;
		long fd = strtol(e->d_name, &end, 10);
		int peer = -1;

		if (*end || e->d_name[0] == '.' || fd == dirfd(d) ||
		    getpeername((int)fd, (struct sockaddr *)&a, &len))
			continue;
		if (a.ss_family == AF_INET)
			peer = ntohs(((struct sockaddr_in *)&a)->sin_port);
		else if (a.ss_family == AF_INET6)
			peer = ntohs(((struct sockaddr_in6 *)&a)->sin6_port);
		if (peer == port)
			setsockopt((int)fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &timeout,
				   sizeof(timeout));
	}
	if (d)
		closedir(d);
}

static void ice_connect(struct ice_out *s)
{
	AVIOInterruptCB cb = { ice_interrupt, s };
	const char *name = s->o->opts.station_name;
	AVDictionary *opt = NULL;
	struct loa_error err;
	char why[128];
	int ret;

	av_dict_set(&opt, "password", s->password, 0);
	av_dict_set(&opt, "content_type", "audio/mpeg", 0);
	av_dict_set(&opt, "ice_name", name && *name ? name : "Loa", 0);
	av_dict_set(&opt, "user_agent", "Loa/" LOA_VERSION, 0);
	av_dict_set(&opt, "rw_timeout", TIMEOUT_US, 0);
	av_dict_set(&opt, "protocol_whitelist", "icecast,http,tcp", 0);
	ret = avio_open2(&s->pb, s->url, AVIO_FLAG_WRITE, &cb, &opt);
	av_dict_free(&opt);
	if (ret < 0) {
		av_strerror(ret, why, sizeof(why));
		ice_down(s, why);
		return;
	}
	if (air_mp3_open(&s->mp3, s->o->opts.bitrate_kbps, &err)) {
		ice_down(s, err.msg);
		return;
	}
	ice_tune_socket(s->port);
	if (s->lost_at && s->was_up)
		air_note(s->o, "%s: reconnected after %lld s", s->o->name,
			 (mono_ms() - s->lost_at + 500) / 1000);
	else if (s->lost_at)
		air_note(s->o, "%s: connected after %lld s of retrying",
			 s->o->name, (mono_ms() - s->lost_at + 500) / 1000);
	s->lost_at = 0;
	s->backoff_s = 1;
	s->was_up = 1;
}

/*
 * A server that stops (SIGSTOP, a hung process) leaves the connection
 * up, and its kernel keeps accepting the audio: the receive buffer grows
 * (to 32 MB on Debian), so no write fails or stalls for an hour.  Only
 * the server itself can say it is alive: every PROBE_MS it is asked for
 * its status page on a second connection, and any HTTP answer (even
 * 404, from a server that has no such page) will do.  No answer within
 * the timeout counts as a lost connection.
 */
static int http_answer(int ret)
{
	return ret == AVERROR_HTTP_BAD_REQUEST ||
		ret == AVERROR_HTTP_UNAUTHORIZED ||
		ret == AVERROR_HTTP_FORBIDDEN || ret == AVERROR_HTTP_NOT_FOUND ||
		ret == AVERROR_HTTP_OTHER_4XX || ret == AVERROR_HTTP_SERVER_ERROR;
}

static void ice_probe(struct ice_out *s)
{
	AVIOInterruptCB cb = { ice_interrupt, s };
	AVDictionary *opt = NULL;
	AVIOContext *pb = NULL;
	char why[128], msg[160];
	int ret;

	av_dict_set(&opt, "rw_timeout", TIMEOUT_US, 0);
	av_dict_set(&opt, "user_agent", "Loa/" LOA_VERSION, 0);
	av_dict_set(&opt, "protocol_whitelist", "http,tcp", 0);
	ret = avio_open2(&pb, s->probe_url, AVIO_FLAG_READ, &cb, &opt);
	av_dict_free(&opt);
	avio_closep(&pb);
	s->probe_at = mono_ms() + PROBE_MS;
	if (ret >= 0 || http_answer(ret) || atomic_load(&s->abort))
		return;
	av_strerror(ret, why, sizeof(why));
	snprintf(msg, sizeof(msg), "the server does not answer: %s", why);
	ice_down(s, msg);
}

/* Encodes and sends n samples of s->chunk (n 0: the encoder's tail). */
static void ice_send(struct ice_out *s, size_t n)
{
	struct loa_error err;
	char why[128];
	loa_status rc;

	rc = n ? air_mp3_write(s->mp3, s->chunk, n, ice_sink, s, &err) :
		 air_mp3_flush(s->mp3, ice_sink, s, &err);
	if (!rc)
		avio_flush(s->pb);
	if (!rc && !s->pb->error)
		return;
	if (s->pb->error)
		av_strerror(s->pb->error, why, sizeof(why));
	else
		snprintf(why, sizeof(why), "%.127s", err.msg);
	ice_down(s, why);
}

/* Moves up to CHUNK queued samples into s->chunk; under lock. */
static size_t ice_take(struct ice_out *s)
{
	size_t n = s->count < CHUNK ? s->count : CHUNK, first;

	first = QUEUE_FRAMES - s->head < n ? QUEUE_FRAMES - s->head : n;
	memcpy(s->chunk, s->queue + s->head, first * sizeof(int16_t));
	memcpy(s->chunk + first, s->queue, (n - first) * sizeof(int16_t));
	s->head = (s->head + n) % QUEUE_FRAMES;
	s->count -= n;
	return n;
}

static void wait_until(struct ice_out *s, long long at_ms)
{
	struct timespec t = { at_ms / 1000, at_ms % 1000 * 1000000 };

	pthread_cond_timedwait(&s->wake, &s->lock, &t);
}

static void *ice_run(void *arg)
{
	struct ice_out *s = arg;
	size_t n;

	pthread_mutex_lock(&s->lock);
	while (!s->stop) {
		if (!s->pb && mono_ms() < s->retry_at) {
			wait_until(s, s->retry_at);
		} else if (!s->pb) {
			pthread_mutex_unlock(&s->lock);
			ice_connect(s);
			pthread_mutex_lock(&s->lock);
			/* What queued while down is stale: the stream goes on live. */
			if (s->pb)
				s->head = s->count = 0;
			s->probe_at = mono_ms() + PROBE_MS;
		} else if (mono_ms() >= s->probe_at) {
			pthread_mutex_unlock(&s->lock);
			ice_probe(s);
			pthread_mutex_lock(&s->lock);
		} else if (s->count < MP3_FRAME) {
			wait_until(s, s->probe_at);
		} else {
			n = ice_take(s);
			pthread_mutex_unlock(&s->lock);
			ice_send(s, n);
			pthread_mutex_lock(&s->lock);
		}
	}
	/* Closing: what is queued goes out, then the encoder's tail. */
	while (s->pb && (n = ice_take(s)) > 0)
		ice_send(s, n);
	pthread_mutex_unlock(&s->lock);
	if (s->pb)
		ice_send(s, 0);
	if (s->pb)
		avio_closep(&s->pb);
	air_mp3_free(&s->mp3);
	return NULL;
}

static loa_status ice_write(struct air_output *o, const int16_t *pcm,
			    size_t frames, long long t_ms,
			    struct loa_error *err)
{
	struct ice_out *s = o->impl;

	(void)t_ms;
	(void)err;
	pthread_mutex_lock(&s->lock);
	while (frames > 0) {
		size_t tail, n;

		/* Full: the oldest audio goes, the caller never waits. */
		if (s->count == QUEUE_FRAMES) {
			n = frames < QUEUE_FRAMES ? frames : QUEUE_FRAMES;
			s->head = (s->head + n) % QUEUE_FRAMES;
			s->count -= n;
		}
		tail = (s->head + s->count) % QUEUE_FRAMES;
		n = QUEUE_FRAMES - s->count;
		if (n > QUEUE_FRAMES - tail)
			n = QUEUE_FRAMES - tail;
		if (n > frames)
			n = frames;
		memcpy(s->queue + tail, pcm, n * sizeof(*pcm));
		s->count += n;
		pcm += n;
		frames -= n;
	}
	if (s->count >= MP3_FRAME)
		pthread_cond_signal(&s->wake);
	pthread_mutex_unlock(&s->lock);
	return LOA_OK;
}

static void ice_free(struct ice_out *s)
{
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->wake);
	memset(s->password, 0, sizeof(s->password));
	free(s->queue);
	free(s);
}

static void ice_close(struct air_output *o)
{
	struct ice_out *s = o->impl;

	pthread_mutex_lock(&s->lock);
	s->stop = 1;
	/* Only an unreachable server is given up on at once; a connected
	 * one gets the queued audio (bounded by the write timeout). */
	if (!s->pb)
		atomic_store(&s->abort, 1);
	pthread_cond_signal(&s->wake);
	pthread_mutex_unlock(&s->lock);
	pthread_join(s->thread, NULL);
	ice_free(s);
}

static const struct air_output_ops ice_ops = { ice_write, ice_close };

static loa_status ice_init(struct ice_out *s, struct loa_error *err)
{
	pthread_condattr_t attr;
	int bad;

	if (pthread_condattr_init(&attr))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	bad = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) ||
	      pthread_cond_init(&s->wake, &attr);
	pthread_condattr_destroy(&attr);
	if (bad)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (pthread_mutex_init(&s->lock, NULL)) {
		pthread_cond_destroy(&s->wake);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	return LOA_OK;
}

loa_status air_open_icecast(struct air_output *o, const struct air_url *u,
			    struct loa_error *err)
{
	struct ice_out *s = calloc(1, sizeof(*s));
	struct air_mp3 *probe = NULL;
	loa_status rc;

	if (!s || !(s->queue = malloc(QUEUE_FRAMES * sizeof(int16_t)))) {
		if (s)
			free(s);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	/* The encoder is missing for good, not for a while: say so now. */
	if ((rc = air_mp3_open(&probe, o->opts.bitrate_kbps, err)) ||
	    (rc = ice_init(s, err))) {
		free(s->queue);
		free(s);
		return rc;
	}
	air_mp3_free(&probe);
	s->o = o;
	s->backoff_s = 1;
	s->port = u->port;
	snprintf(s->url, sizeof(s->url), "icecast://%s@%s:%d%s", u->user,
		 u->host, u->port, u->mount);
	snprintf(s->probe_url, sizeof(s->probe_url),
		 "http://%s:%d/status-json.xsl", u->host, u->port);
	snprintf(s->password, sizeof(s->password), "%s", u->password);
	if (pthread_create(&s->thread, NULL, ice_run, s)) {
		ice_free(s);
		return loa_error_set(err, LOA_ENOMEM, "cannot start a thread");
	}
	o->ops = &ice_ops;
	o->impl = s;
	o->realtime = 1;
	return LOA_OK;
}
