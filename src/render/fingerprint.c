#include "loa/render.h"

#include <libavutil/mem.h>
#include <libavutil/sha.h>
#include <stdio.h>
#include <string.h>

#include "loa/tts.h"
#include "loa/version.h"
#include "mastering.h"
#include "tags.h"
#include "timeline.h"

static void hash_str(struct AVSHA *sha, const char *s)
{
	uint32_t len = s ? (uint32_t)strlen(s) : UINT32_MAX;

	/* Length-prefixed, so ("ab","c") and ("a","bc") differ. */
	av_sha_update(sha, (const uint8_t *)&len, sizeof(len));
	if (s)
		av_sha_update(sha, (const uint8_t *)s, len);
}

static loa_status hash_file(struct AVSHA *sha, const char *path,
			    struct loa_error *err)
{
	uint8_t buf[16384];
	FILE *f;
	size_t got;

	hash_str(sha, "file");
	if (!path)
		return LOA_OK;
	f = fopen(path, "rb");
	if (!f)
		return loa_error_set(err, LOA_EIO, "cannot read '%s'", path);
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		av_sha_update(sha, buf, got);
	fclose(f);
	return LOA_OK;
}

loa_status loa_render_fingerprint(const struct loa_script *s,
				  const struct loa_commune *commune,
				  const struct loa_render_options *opt,
				  char hex[65], struct loa_error *err)
{
	const struct loa_output_format *out = opt->output ? opt->output :
		&loa_output_formats[0];
	struct AVSHA *sha = av_sha_alloc();
	struct tag_text text;
	struct loa_tags tags;
	struct timeline tl;
	uint8_t digest[32];
	char num[128];
	loa_status rc;
	size_t i;

	if (!sha)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	av_sha_init(sha, 256);
	rc = tl_build(&tl, s, commune, opt, err);
	if (rc)
		goto out;
	hash_str(sha, "loa " LOA_VERSION);
	hash_str(sha, loa_tts_version());
	/* Every mastering constant, bit for bit. */
	av_sha_update(sha, (const uint8_t *)&mastering,
		      sizeof(mastering));
	snprintf(num, sizeof(num), "%s %d %d %d %.3f %.3f %s %d %d %.3f %d",
		 out->name, out->rate, out->channels, out->bitrate,
		 opt->target_lufs, opt->true_peak_db, s->voice.name,
		 s->voice.rate, s->voice.pitch, s->bed_gain_db, s->repeat);
	hash_str(sha, num);
	tags_make(s, commune, opt, &text, &tags);
	hash_str(sha, tags.title);
	hash_str(sha, tags.artist);
	hash_str(sha, tags.album);
	hash_str(sha, tags.date);
	hash_str(sha, tags.comment);
	hash_str(sha, tags.synthetic);
	hash_str(sha, tags.script_id);
	if ((rc = hash_file(sha, s->bed, err)))
		goto out;
	for (i = 0; i < tl.n; i++) {
		const struct tl_step *st = &tl.steps[i];

		snprintf(num, sizeof(num), "step %d %d %ld", (int)st->kind,
			 st->in_body, st->ms);
		hash_str(sha, num);
		hash_str(sha, st->text);
		if (st->kind == TL_FILE && (rc = hash_file(sha, st->path, err)))
			goto out;
	}
	av_sha_final(sha, digest);
	for (i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
out:
	tl_release(&tl);
	av_free(sha);
	return rc;
}
