/*
 * Speech synthesis with the eSpeak NG library, in process and into memory.
 *
 * eSpeak NG keeps process-wide state and hangs if terminated and
 * initialised again, so the engine is initialised once per process, on
 * the first loa_tts_synth, and released for good by loa_tts_shutdown at
 * exit.  Calls are serialised with a mutex; run several processes for
 * parallel synthesis.
 *
 * eSpeak NG also carries state from one synthesis to the next: the same
 * text can come out a few milliseconds different after other texts.  For
 * byte-identical output, render each segment in a fresh process (as
 * "loa build" does).
 */
#ifndef LOA_TTS_H
#define LOA_TTS_H

#include <stddef.h>

#include "loa/pcm.h"
#include "loa/status.h"


/*
 * Synthesises UTF-8 text (already normalised) with the given eSpeak NG
 * voice, rate (words per minute) and pitch (0-100) into out, which the
 * caller releases with loa_pcm_release.
 */
loa_status loa_tts_synth(const char *text, const char *voice, int rate,
			 int pitch, struct loa_pcm *out,
			 struct loa_error *err);

/* How the voice reads one word (loa_tts_readings). */
enum loa_reading {
	LOA_READ_OWN = 0,     /* with the voice's own phonemes */
	LOA_READ_FOREIGN = 1, /* eSpeak NG switches language for it */
	LOA_READ_SPELLED = 2  /* letter by letter */
};

struct loa_tts_reading {
	enum loa_reading kind;
	char lang[16];        /* LOA_READ_FOREIGN: the language, e.g. "en" */
};

/*
 * How the eSpeak NG voice (NULL: "vi") reads each of n words, from the
 * phonemes eSpeak NG would speak (espeak_TextToPhonemes): a word it
 * reads with another language's phonemes carries a language switch,
 * "(en)...(vi)"; a word it spells has a pause after each letter.  Uses
 * the one engine of the process, started once as for synthesis and never
 * started again; synthesis after it is unchanged.  out has n entries.
 */
loa_status loa_tts_readings(const char *const *words, size_t n,
			    const char *voice, struct loa_tts_reading *out,
			    struct loa_error *err);

/*
 * The English phonemes eSpeak NG's "en" voice gives the ASCII word: its
 * ASCII phoneme names separated by '|' ("f|'eI|s|b|U|k") in out[0, size),
 * *known set to 1 when its English dictionary has the word (0: its
 * spelling rules).  Uses the one engine as above and selects "vi" again
 * after.  Returns 1, or 0 when there are none (no engine, too long).
 * A loa_english_phonemes_fn for loa_normalize_set_english.
 */
int loa_tts_english(const char *word, char *out, size_t size, int *known);

/* The sample rate eSpeak NG produces (valid after the first synth). */
int loa_tts_rate(void);

/* eSpeak NG's version string, e.g. "1.51". */
const char *loa_tts_version(void);

/* Releases the engine; later synthesis fails.  Call once, at exit. */
void loa_tts_shutdown(void);

#endif
