/*
 * The render fingerprint: SHA-256 over typed fields (core/hash.h: int is
 * 8 bytes little-endian, real its binary64 bits, string length + bytes or
 * the NULL marker, file the SHA-256 of its bytes), in this order:
 *
 *   string  FINGERPRINT_TAG, "loa-render-fingerprint 2"
 *   string  LOA_VERSION
 *   string  eSpeak NG version
 *   string  audio library versions (loa_audio_versions)
 *   int     number of mastering constants, then for each, in the order
 *           of MASTERING_FIELDS: string name, real value
 *   int     SHAPE_RATE, int RENDER_RATE
 *   string  format name, int rate, int channels, int bitrate,
 *           string extension
 *   real    target_lufs, real true_peak_db
 *   string  voice name, int voice rate, int voice pitch
 *   real    bed_gain_db, int repeat
 *   string  title, artist, album, date, comment, synthetic, script_id
 *   int     1 and file: the bed; or int 0: no bed
 *   int     number of timeline steps, then for each: string kind
 *           ("speech", "silence", "file", "reminder"), int in_body,
 *           int ms, string text (NULL unless speech or reminder), and
 *           for "file" the file
 *
 * Paths are never hashed, only the bytes they name.  docs/architecture.md
 * ("Hashes") holds the same list; change both, and FINGERPRINT_TAG, when
 * the layout changes.
 */
#include "fingerprint.h"

#include "core/hash.h"
#include "loa/audio.h"
#include "loa/tts.h"
#include "loa/version.h"
#include "tags.h"
#include "timeline.h"

static void hash_tools(struct hash *h, const struct mastering *m)
{
	char libs[512];

	hash_str(h, FINGERPRINT_TAG);
	hash_str(h, LOA_VERSION);
	hash_str(h, loa_tts_version());
	loa_audio_versions(libs, sizeof(libs));
	hash_str(h, libs);
	mastering_hash(h, m);
	hash_int(h, SHAPE_RATE);
	hash_int(h, RENDER_RATE);
}

static void hash_settings(struct hash *h, const struct loa_script *s,
			  const struct loa_render_options *opt)
{
	const struct loa_output_format *out = opt->output ? opt->output :
		&loa_output_formats[0];

	hash_str(h, out->name);
	hash_int(h, out->rate);
	hash_int(h, out->channels);
	hash_int(h, out->bitrate);
	hash_str(h, out->extension);
	hash_real(h, opt->target_lufs);
	hash_real(h, opt->true_peak_db);
	hash_str(h, s->voice.name);
	hash_int(h, s->voice.rate);
	hash_int(h, s->voice.pitch);
	hash_real(h, s->bed_gain_db);
	hash_int(h, s->repeat);
}

static void hash_tags(struct hash *h, const struct loa_script *s,
		      const struct loa_commune *commune,
		      const struct loa_render_options *opt)
{
	struct tag_text text;
	struct loa_tags tags;

	tags_make(s, commune, opt, &text, &tags);
	hash_str(h, tags.title);
	hash_str(h, tags.artist);
	hash_str(h, tags.album);
	hash_str(h, tags.date);
	hash_str(h, tags.comment);
	hash_str(h, tags.synthetic);
	hash_str(h, tags.script_id);
}

static loa_status hash_steps(struct hash *h, const struct timeline *tl,
			     struct loa_error *err)
{
	static const char *const kinds[] = {
		[TL_SPEECH] = "speech", [TL_SILENCE] = "silence",
		[TL_FILE] = "file", [TL_REMINDER] = "reminder",
	};
	loa_status rc = LOA_OK;
	size_t i;

	hash_int(h, (int64_t)tl->n);
	for (i = 0; i < tl->n && !rc; i++) {
		const struct tl_step *st = &tl->steps[i];

		hash_str(h, kinds[st->kind]);
		hash_int(h, st->in_body);
		hash_int(h, st->ms);
		hash_str(h, st->text);
		if (st->kind == TL_FILE)
			rc = hash_file(h, st->path, err);
	}
	return rc;
}

loa_status fingerprint_with(const struct mastering *m,
			    const struct loa_script *s,
			    const struct loa_commune *commune,
			    const struct loa_render_options *opt,
			    char hex[65], struct loa_error *err)
{
	struct hash h = { NULL };
	struct timeline tl = { NULL };
	loa_status rc;

	if ((rc = tl_build(&tl, s, commune, opt, err)) ||
	    (rc = hash_init(&h, err)))
		goto out;
	hash_tools(&h, m);
	hash_settings(&h, s, opt);
	hash_tags(&h, s, commune, opt);
	hash_int(&h, s->bed != NULL);
	if ((s->bed && (rc = hash_file(&h, s->bed, err))) ||
	    (rc = hash_steps(&h, &tl, err)))
		goto out;
	hash_final(&h, hex);
out:
	hash_release(&h);
	tl_release(&tl);
	return rc;
}

loa_status loa_render_fingerprint(const struct loa_script *s,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char hex[65], struct loa_error *err)
{
	struct loa_render_options defaults;

	if (!opt) {
		loa_render_options_init(&defaults);
		opt = &defaults;
	}
	return fingerprint_with(&mastering, s, commune, opt, hex, err);
}
