/*
 * The one adapter to eSpeak NG.  Its state is process-wide and it hangs
 * when terminated and initialised again (1.51), so: initialise once, on
 * first use; serialise every call; terminate only at process exit.
 */
#include "loa/tts.h"

#include <espeak-ng/speak_lib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tts_respell.h"
#include "core/i18n.h"

/* A cap on one synthesis (an hour at 22.05 kHz). */
#define TTS_MAX_SAMPLES ((size_t)22050 * 3600)

static pthread_mutex_t tts_lock = PTHREAD_MUTEX_INITIALIZER;
static int tts_state; /* 0 never started, 1 running, -1 failed or shut */
static int tts_sample_rate;
static const char *tts_version_string = "unknown";

/* Where the callback appends samples during one espeak_Synth call. */
struct collector {
	float *samples;
	size_t n, cap;
	int failed;
};

static int synth_callback(short *wav, int numsamples, espeak_EVENT *events)
{
	struct collector *c = events ? events->user_data : NULL;
	int i;

	if (!c || !wav || numsamples <= 0)
		return 0;
	if (c->n + (size_t)numsamples > c->cap) {
		size_t ncap = c->cap ? 2 * c->cap : 65536;
		float *p;

		while (ncap < c->n + (size_t)numsamples)
			ncap *= 2;
		if (ncap > TTS_MAX_SAMPLES) {
			c->failed = 1;
			return 1; /* abort synthesis */
		}
		p = realloc(c->samples, ncap * sizeof(*p));
		if (!p) {
			c->failed = 1;
			return 1;
		}
		c->samples = p;
		c->cap = ncap;
	}
	for (i = 0; i < numsamples; i++)
		c->samples[c->n++] = wav[i] / 32768.0f;
	return 0;
}

static loa_status tts_start(struct loa_error *err)
{
	const char *path = NULL;

	if (tts_state == 1)
		return LOA_OK;
	if (tts_state < 0)
		return loa_error_set(err, LOA_ETTS,
				     "eSpeak NG is not available in this process");
	tts_sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL,
					    espeakINITIALIZE_DONT_EXIT);
	if (tts_sample_rate <= 0) {
		tts_state = -1;
		return loa_error_set(err, LOA_ETTS,
				     "cannot initialise eSpeak NG (is espeak-ng-data installed?)");
	}
	espeak_SetSynthCallback(synth_callback);
	tts_version_string = espeak_Info(&path);
	tts_state = 1;
	return LOA_OK;
}

loa_status loa_tts_synth(const char *text, const char *voice, int rate,
			 int pitch, struct loa_pcm *out, struct loa_error *err)
{
	struct collector c = { 0 };
	loa_status rc;
	espeak_ERROR e;
	char *spoken = tts_respell(text);

	memset(out, 0, sizeof(*out));
	if (!spoken)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	pthread_mutex_lock(&tts_lock);
	rc = tts_start(err);
	if (rc)
		goto out;
	if (espeak_SetVoiceByName(voice ? voice : "vi") != EE_OK) {
		rc = loa_error_set(err, LOA_ETTS, "eSpeak NG has no voice '%s'",
				   voice ? voice : "vi");
		goto out;
	}
	espeak_SetParameter(espeakRATE, rate, 0);
	espeak_SetParameter(espeakPITCH, pitch, 0);
	/* ENDPAUSE: match the espeak-ng program's sentence-final pause. */
	e = espeak_Synth(spoken, strlen(spoken) + 1, 0, POS_CHARACTER, 0,
			 espeakCHARS_UTF8 | espeakENDPAUSE, NULL, &c);
	if (e != EE_OK || c.failed) {
		rc = loa_error_set(err, c.failed ? LOA_ENOMEM : LOA_ETTS,
				   c.failed ? _("synthesised speech is too long") :
				   _("eSpeak NG failed to synthesise the text"));
		goto out;
	}
	out->samples = c.samples;
	out->n = c.n;
	out->rate = tts_sample_rate;
	c.samples = NULL;
out:
	pthread_mutex_unlock(&tts_lock);
	free(c.samples);
	free(spoken);
	return rc;
}

/* Reads the phonemes of one word into *r: a "(xx)" switch to a language
 * other than the voice's, or letters each followed by a pause ("_ "). */
static void classify(const char *word, const char *voice,
		     struct loa_tts_reading *r)
{
	const void *p = word;
	const char *ph, *open, *close;
	/* "vi-vn-x-south" speaks "vi": a switch back to it is no switch. */
	size_t own = strcspn(voice, "-");

	memset(r, 0, sizeof(*r));
	while (p && r->kind == LOA_READ_OWN) {
		ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
		if (!ph)
			break;
		for (open = strchr(ph, '('); open; open = strchr(open + 1, '(')) {
			size_t n;

			close = strchr(open, ')');
			if (!close)
				break;
			n = (size_t)(close - open - 1);
			if (n && n < sizeof(r->lang) &&
			    (strcspn(open + 1, "-)") != own ||
			     strncmp(open + 1, voice, own))) {
				memcpy(r->lang, open + 1, n);
				r->lang[n] = '\0';
				r->kind = LOA_READ_FOREIGN;
				break;
			}
		}
		if (r->kind == LOA_READ_OWN && strstr(ph, "_ "))
			r->kind = LOA_READ_SPELLED;
	}
}

loa_status loa_tts_readings(const char *const *words, size_t n,
			    const char *voice, struct loa_tts_reading *out,
			    struct loa_error *err)
{
	const char *name = voice ? voice : "vi";
	loa_status rc;
	size_t k;

	pthread_mutex_lock(&tts_lock);
	rc = tts_start(err);
	if (rc)
		goto out;
	if (espeak_SetVoiceByName(name) != EE_OK) {
		rc = loa_error_set(err, LOA_ETTS, "eSpeak NG has no voice '%s'",
				   name);
		goto out;
	}
	for (k = 0; k < n; k++) {
		char *spoken = tts_respell(words[k]);

		if (!spoken) {
			rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
			goto out;
		}
		classify(spoken, name, &out[k]);
		free(spoken);
	}
out:
	pthread_mutex_unlock(&tts_lock);
	return rc;
}

/* 1 when eSpeak NG's trace of one word says its dictionary had it:
 * "Found: 'mister' [mIst3]", where rules say "Translate 'word'". */
static int found_in_trace(const char *trace, const char *word)
{
	char key[64];
	size_t k, n = strlen(word);

	if (n + 10 > sizeof(key))
		return 0;
	memcpy(key, "Found: '", 8);
	for (k = 0; k < n; k++)
		key[8 + k] = (char)(word[k] >= 'A' && word[k] <= 'Z' ?
				    word[k] | 0x20 : word[k]);
	key[8 + n] = '\'';
	key[9 + n] = '\0';
	return trace && strstr(trace, key) != NULL;
}

int loa_tts_english(const char *word, char *out, size_t size, int *known)
{
	const void *p = word;
	const char *ph;
	char *trace = NULL;
	size_t tn = 0, len = 0, k;
	FILE *f = NULL;
	int ok = 0;

	*known = 0;
	for (k = 0; word[k]; k++)
		if (!((word[k] >= 'a' && word[k] <= 'z') ||
		      (word[k] >= 'A' && word[k] <= 'Z')))
			return 0;
	if (!size || k == 0 || k > 40)
		return 0;
	out[0] = '\0';
	pthread_mutex_lock(&tts_lock);
	if (tts_start(NULL) || espeak_SetVoiceByName("en") != EE_OK)
		goto out;
	/* The trace tells the dictionary from the rules. */
	f = open_memstream(&trace, &tn);
	if (f)
		espeak_SetPhonemeTrace(espeakPHONEMES_TRACE, f);
	while (p) {
		size_t n;

		/* Bits 8-23: the separator between phoneme names. */
		ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, '|' << 8);
		if (!ph)
			break;
		n = strlen(ph);
		if (len + n + 2 > size)
			goto out;
		if (len)
			out[len++] = ' ';
		memcpy(out + len, ph, n + 1);
		len += n;
	}
	ok = len > 0;
out:
	if (f) {
		espeak_SetPhonemeTrace(0, NULL);
		fclose(f);
		*known = ok && found_in_trace(trace, word);
	}
	free(trace);
	if (tts_state == 1)
		espeak_SetVoiceByName("vi");
	pthread_mutex_unlock(&tts_lock);
	if (!ok && size)
		out[0] = '\0';
	return ok;
}

int loa_tts_rate(void)
{
	return tts_sample_rate;
}

const char *loa_tts_version(void)
{
	const char *path = NULL;

	/* espeak_Info works without initialising the engine. */
	if (tts_state != 1)
		return espeak_Info(&path);
	return tts_version_string;
}

void loa_tts_shutdown(void)
{
	pthread_mutex_lock(&tts_lock);
	if (tts_state == 1)
		espeak_Terminate();
	tts_state = -1;
	pthread_mutex_unlock(&tts_lock);
}
