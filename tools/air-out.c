/*
 * air-out: plays audio to Loa's air outputs as the daemon would, in
 * 20 ms blocks, paced to the clock when an output runs in real time.
 * For the tests (tests/e2e/air_*.sh) and for trying an output by hand.
 *
 * usage: air-out [--input FILE [--loop]] [--seconds S] [--lead S]
 *                [--tail S] [--clock MS] [--bitrate KBPS]
 *                [--retention DAYS] [--name NAME] URL...
 *
 * The input is decoded with Loa's own decoder (loa/audio.h); without
 * one, silence is sent.  --lead and --tail add silence before and after
 * it; --seconds cuts (or, with --loop, fills) the whole to S seconds.
 * Every note an output makes is printed as "note: URL: MESSAGE".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "air/output.h"
#include "loa/audio.h"

#define BLOCK (AIR_RATE / 50)
#define MAX_OUTPUTS 8

struct play {
	struct loa_pcm in;
	int loop;
	double seconds, lead, tail;
	long long clock_ms;
	struct air_output_opts opts;
};

static void print_note(void *ctx, const char *fmt,
		       const struct air_ev_args *args)
{
	const char *list[AIR_EV_ARGS];
	char text[1500];

	(void)ctx;
	air_ev_list(args, list);
	air_ev_format(text, sizeof(text), fmt, list, args->n);
	printf("note: %s\n", text);
	fflush(stdout);
}

/* Sample i of the programme: lead silence, the input, tail silence. */
static int16_t sample_at(const struct play *p, size_t i)
{
	size_t lead = (size_t)(p->lead * AIR_RATE);
	float v;

	if (i < lead || !p->in.n)
		return 0;
	i -= lead;
	if (p->loop)
		i %= p->in.n;
	if (i >= p->in.n)
		return 0;
	v = p->in.samples[i] * 32768.0f;
	v = v > 32767.0f ? 32767.0f : v < -32768.0f ? -32768.0f : v;
	return (int16_t)(v < 0 ? v - 0.5f : v + 0.5f);
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int play(struct play *p, struct air_output **out, int n_out)
{
	size_t total, done = 0;
	int16_t block[BLOCK];
	struct timespec next;
	struct loa_error err;
	int i, realtime = 0;

	total = (size_t)((p->lead + p->tail) * AIR_RATE) + p->in.n;
	if (p->seconds > 0)
		total = (size_t)(p->seconds * AIR_RATE);
	for (i = 0; i < n_out; i++)
		realtime |= air_output_realtime(out[i]);
	clock_gettime(CLOCK_MONOTONIC, &next);
	while (done < total) {
		size_t j, n = total - done < BLOCK ? total - done : BLOCK;
		long long t = p->clock_ms + (long long)done * 1000 / AIR_RATE;

		for (j = 0; j < n; j++)
			block[j] = sample_at(p, done + j);
		for (i = 0; i < n_out; i++)
			if (air_output_write(out[i], block, n, t, &err)) {
				fprintf(stderr, "air-out: %s\n", err.msg);
				return 1;
			}
		done += n;
		if (!realtime)
			continue;
		next.tv_nsec += (long)n * 1000000000L / AIR_RATE;
		next.tv_sec += next.tv_nsec / 1000000000L;
		next.tv_nsec %= 1000000000L;
		while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL) ==
		       EINTR)
			;
	}
	return 0;
}

static int number(const char *opt, const char *v, double *out)
{
	char *end;

	if (!v) {
		fprintf(stderr, "air-out: %s wants a value\n", opt);
		return -1;
	}
	errno = 0;
	*out = strtod(v, &end);
	if (errno || end == v || *end || *out < 0) {
		fprintf(stderr, "air-out: %s: '%s' is not a number\n", opt, v);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct play p = { .clock_ms = -1 };
	struct air_output *out[MAX_OUTPUTS] = { NULL };
	const char *input = NULL;
	struct loa_error err;
	int i, n_out = 0, code = 2;
	double v;

	p.opts.note = print_note;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--loop")) {
			p.loop = 1;
			continue;
		}
		if (!strcmp(a, "--input") || !strcmp(a, "--name")) {
			if (!val)
				goto usage;
			*(!strcmp(a, "--input") ? &input : &p.opts.station_name) = val;
			i++;
			continue;
		}
		if (a[0] == '-' && a[1] == '-') {
			if (number(a, val, &v))
				goto out;
			i++;
			if (!strcmp(a, "--seconds"))
				p.seconds = v;
			else if (!strcmp(a, "--lead"))
				p.lead = v;
			else if (!strcmp(a, "--tail"))
				p.tail = v;
			else if (!strcmp(a, "--clock"))
				p.clock_ms = (long long)v;
			else if (!strcmp(a, "--bitrate"))
				p.opts.bitrate_kbps = (int)v;
			else if (!strcmp(a, "--retention"))
				p.opts.retention_days = (int)v;
			else
				goto usage;
			continue;
		}
		if (n_out == MAX_OUTPUTS)
			goto usage;
		if (air_output_open(&out[n_out], a, &p.opts, &err)) {
			fprintf(stderr, "air-out: %s\n", err.msg);
			code = 1;
			goto out;
		}
		n_out++;
	}
	if (!n_out)
		goto usage;
	if (input && loa_audio_load(input, AIR_RATE, &p.in, &err)) {
		fprintf(stderr, "air-out: %s\n", err.msg);
		code = 1;
		goto out;
	}
	if (p.clock_ms < 0)
		p.clock_ms = now_ms();
	code = play(&p, out, n_out);
	goto out;
usage:
	fprintf(stderr, "usage: air-out [--input FILE [--loop]] [--seconds S] "
		"[--lead S] [--tail S] [--clock MS] [--bitrate KBPS] "
		"[--retention DAYS] [--name NAME] URL...\n");
out:
	for (i = 0; i < n_out; i++)
		air_output_close(&out[i]);
	loa_pcm_release(&p.in);
	return code;
}
