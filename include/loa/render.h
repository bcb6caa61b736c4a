/*
 * Rendering: a campaign script and a commune profile in, a mastered,
 * tagged, broadcast-ready file out.
 *
 *   script parts -> normalise -> eSpeak NG -> timeline (jingles, pauses,
 *   clips, ducked bed) -> horn-speaker mastering -> loudness -> encode
 *
 * Output is written atomically: a temporary file in the target folder,
 * renamed over the target only when complete.  A failed render leaves no
 * file behind and never touches an existing one.
 */
#ifndef LOA_RENDER_H
#define LOA_RENDER_H

#include "loa/normalize.h"
#include "loa/commune.h"
#include "loa/encode.h"
#include "loa/script.h"
#include "loa/status.h"

struct loa_render_options {
	const char *root;          /* project folder (for asset paths) */
	const struct loa_output_format *output; /* NULL: ip-speaker */
	double target_lufs;        /* integrated loudness, e.g. -16 */
	double true_peak_db;       /* ceiling in dBTP, e.g. -1.5 */
	const char *date;          /* ID3 date tag "YYYY-MM-DD"; NULL: none */
	const struct loa_normalize_options *normalize; /* may be NULL */
	int example;               /* the profile's numbers are examples
				    * (--examples): the tags say so */
};

/* Fills opt with the defaults (ip-speaker, -16 LUFS, -1.5 dBTP). */
void loa_render_options_init(struct loa_render_options *opt);

struct loa_render_result {
	double seconds;            /* length of the output */
	double integrated_lufs;    /* measured on the decoded output */
	double true_peak_db;
};

/*
 * Renders script for commune (which may be NULL when the script uses no
 * variables) into out_path.
 */
loa_status loa_render_script(const struct loa_script *script,
			     const struct loa_commune *commune,
			     const struct loa_render_options *opt,
			     const char *out_path,
			     struct loa_render_result *result,
			     struct loa_error *err);

/*
 * Renders one piece of text (normalised first), for "loa say", after the
 * synthetic-voice notice in its default wording.
 */
loa_status loa_render_text(const char *text, const struct loa_voice *voice,
			   const struct loa_render_options *opt,
			   const char *out_path,
			   struct loa_render_result *result,
			   struct loa_error *err);

/*
 * The spoken form of every speech part, in playing order, one per line
 * (what eSpeak NG will be given), the synthetic-voice notice first.  The
 * reminder, said only when the render turns out longer than five
 * minutes, comes last, after "(only in a render longer than five
 * minutes) ".  *out is freed with free().
 */
loa_status loa_render_spoken_text(const struct loa_script *script,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char **out, struct loa_error *err);

/*
 * A SHA-256 fingerprint (64 hex digits) of everything that changes the
 * rendered bytes: normalised text, voice, the bytes of every audio file,
 * mastering and output settings, tags, and the versions of Loa, eSpeak NG
 * and the audio libraries.  Two renders with the same fingerprint give
 * identical files.  Its fields have a fixed, platform-independent byte
 * layout (docs/architecture.md, "Hashes"), so a fingerprint recorded on
 * one machine can be derived again on another.  opt may be NULL.
 */
loa_status loa_render_fingerprint(const struct loa_script *script,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char hex[65], struct loa_error *err);

/*
 * Decodes and levels the audio files script plays (chimes, bed, clips)
 * once, for every later render in this process and in the processes it
 * forks (a build calls it before its workers start): the renders then
 * copy them instead of decoding and levelling them again, with the same
 * samples.  Errors are left for the render to report.  Released by
 * loa_render_preload_release.
 */
void loa_render_preload(const struct loa_script *script,
			const struct loa_commune *commune,
			const struct loa_render_options *opt);
void loa_render_preload_release(void);

#endif
