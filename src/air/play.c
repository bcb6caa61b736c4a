/*
 * What goes out: the outputs, the pace of the blocks, the level of what
 * is sent (the silence alarm) and the fade of a cut item.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "daemon.h"

/* Below this peak a block counts as silence (about -60 dBFS). */
#define SILENCE_PEAK 33

/* From an output's own thread: queued, written by the main loop. */
static void note(void *ctx, const char *fmt, const struct air_ev_args *args)
{
	struct air *a = ctx;

	pthread_mutex_lock(&a->note_lock);
	if (a->n_notes < AIR_NOTES) {
		a->notes[a->n_notes].fmt = fmt;
		a->notes[a->n_notes++].args = *args;
	} else {
		a->notes_lost++;
	}
	pthread_mutex_unlock(&a->note_lock);
}

static int add_output(struct air *a, const char *url)
{
	struct air_output_opts o = { note, a, 0, NULL, 0 };
	struct air_output *out = NULL;
	struct loa_error err;
	size_t len = strlen(a->out_names);

	o.retention_days = a->opt->retention_days;
	o.station_name = a->opt->schedule->commune->name;
	loa_error_clear(&err);
	if (air_output_open(&out, url, &o, &err)) {
		/* The others keep serving: say so and go on. */
		fprintf(stderr, _("loa: output '%s' left out: %s\n"), url,
			err.msg);
		air_event(a, "output", 0, "output left out: %s", err.msg);
		return 0;
	}
	if (a->opt->speed != 1 && air_output_realtime(out)) {
		fprintf(stderr, _("loa: output '%s' plays in real time: "
				  "--speed is only for file:, record: and null: "
				  "outputs\n"),
			air_output_name(out));
		air_output_close(&out);
		return -1;
	}
	a->any_realtime |= air_output_realtime(out);
	a->outs[a->n_outs++] = out;
	snprintf(a->out_names + len, sizeof(a->out_names) - len, "%s%s",
		 len ? " " : "", air_output_name(out));
	return 0;
}

loa_status air_outputs_open(struct air *a, struct loa_error *err)
{
	size_t i;

	if (!(a->outs = calloc(a->opt->n_outputs + 1, sizeof(*a->outs))))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < a->opt->n_outputs; i++)
		if (add_output(a, a->opt->outputs[i]))
			return loa_error_set(err, LOA_EINPUT, "--speed with a "
					     "real-time output");
	if (!a->n_outs)
		return loa_error_set(err, LOA_EINPUT, "no output could be "
				     "opened: nothing would be heard");
	return LOA_OK;
}

void air_outputs_close(struct air *a)
{
	for (size_t i = 0; i < a->n_outs; i++)
		air_output_close(&a->outs[i]);
	free(a->outs);
	a->outs = NULL;
	a->n_outs = 0;
}

/* Writes a block to the outputs (real-time ones only when rt_only). */
static void send_block(struct air *a, const int16_t *pcm, size_t n,
		       long long t_ms, int rt_only)
{
	struct loa_error err;

	for (size_t i = 0; i < a->n_outs; i++) {
		if (!a->outs[i] || (rt_only && !air_output_realtime(a->outs[i])))
			continue;
		loa_error_clear(&err);
		if (air_output_write(a->outs[i], pcm, n, t_ms, &err)) {
			air_event(a, "output", 0, "%s failed and is closed: %s",
				  air_output_name(a->outs[i]), err.msg);
			air_output_close(&a->outs[i]);
		}
	}
	a->stream_ms = t_ms + AIR_BLOCK_MS;
}

void air_fill_silence(struct air *a)
{
	static const int16_t zero[AIR_BLOCK];
	long long now = air_clock_now(&a->clock);

	if (!a->any_realtime)
		return;
	if (a->stream_ms < now - 1000)
		a->stream_ms = now; /* after slow work: no catching up */
	while (a->stream_ms + AIR_BLOCK_MS <= now)
		send_block(a, zero, AIR_BLOCK, a->stream_ms, 1);
}

static int is_silent(const int16_t *pcm, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (pcm[i] > SILENCE_PEAK || pcm[i] < -SILENCE_PEAK)
			return 0;
	return 1;
}

/* The fade's gain at sample k of AIR_FADE, in 1/32768. */
static void fade_block(int16_t *out, const int16_t *pcm, size_t n, size_t k)
{
	for (size_t i = 0; i < n; i++, k++)
		out[i] = (int16_t)((long)pcm[i] * (long)(AIR_FADE - k) /
				   AIR_FADE);
}

struct play_state {
	long long silent_ms;
	int alarmed;
	size_t fade_at;              /* the sample the fade began; 0: none */
	int fading;
};

/* Before each block: stop, cut, and the silence alarm. */
static int before_block(struct air *a, struct play_state *s, size_t pos,
			int cuttable)
{
	if (*a->opt->stop)
		return AIR_STOPPED;
	air_housekeeping(a);
	if (cuttable && !s->fading && air_emergency_due(a)) {
		s->fading = 1;
		s->fade_at = pos;
	}
	return AIR_ENDED;
}

static void measure(struct air *a, struct play_state *s, const int16_t *pcm,
		    size_t n, long long item)
{
	if (!is_silent(pcm, n)) {
		s->silent_ms = 0;
		return;
	}
	s->silent_ms += AIR_BLOCK_MS;
	if (!s->alarmed && a->opt->silence_s > 0 &&
	    s->silent_ms >= a->opt->silence_s * 1000LL) {
		s->alarmed = 1;
		air_event(a, "silence", item, "%d s of silence sent while an "
			  "item played", a->opt->silence_s);
	}
}

enum air_end air_play(struct air *a, struct air_audio *au, size_t limit,
		      long long start_ms, int cuttable, long long item)
{
	struct play_state s = { 0, 0, 0, 0 };
	int16_t faded[AIR_BLOCK];
	const int16_t *block;
	size_t pos = 0, len, k = 0;
	int end;

	while (pos < limit) {
		long long t = start_ms + (long long)pos * 1000 / AIR_RATE;

		if ((end = before_block(a, &s, pos, cuttable)) != AIR_ENDED)
			return (enum air_end)end;
		len = limit - pos < AIR_BLOCK ? limit - pos : AIR_BLOCK;
		if (s.fading) {
			if ((k = pos - s.fade_at) >= AIR_FADE)
				return AIR_CUT;
			if (len > AIR_FADE - k)
				len = AIR_FADE - k;
		}
		/* Decoded here, before the wait, not after it. */
		if (!(len = air_audio_next(au, &block, len)))
			break;
		if (s.fading) {
			fade_block(faded, block, len, k);
			block = faded;
		}
		air_clock_sleep_until(&a->clock, t, 1000);
		if (!pos && a->due_ms && a->trace)
			fprintf(stderr, "loa: trace: start error %lld ms\n",
				air_clock_now(&a->clock) - a->due_ms);
		a->due_ms = 0;
		measure(a, &s, block, len, item);
		send_block(a, block, len, t, 0);
		pos += len;
	}
	a->last_end_ms = start_ms + (long long)pos * 1000 / AIR_RATE;
	if (au->failed)
		return AIR_FAILED;
	return s.fading ? AIR_CUT : AIR_ENDED;
}
