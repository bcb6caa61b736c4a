/*
 * A draft's copy: the cached render with DRAFT in its title and comment
 * tags as well as in its file name, so that a copy passed on still says
 * it is not approved.  Only the ID3 tag changes; the MPEG frames are the
 * render's own (loa_audio_frames_sha256 gives the same hash).
 */
#include "build_int.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "core/atomic.h"
#include "core/csvread.h"
#include "core/hash.h"
#include "loa/audio.h"

#define DRAFT_MAX (512L << 20)   /* a day of 64 kb/s MP3 is ~700 MB */

static const char draft_title[] = "DRAFT – BẢN NHÁP, CHƯA PHÊ DUYỆT: ";
static const char draft_comment[] =
	"DRAFT – BẢN NHÁP: chưa được phê duyệt, không được phát sóng. ";

/* The tags of text ("key=value\n" lines, loa_audio_tags) into t. */
static void tags_parse(char *text, struct loa_tags *t)
{
	static const struct { const char *key; size_t at; } keys[] = {
		{ "title", offsetof(struct loa_tags, title) },
		{ "artist", offsetof(struct loa_tags, artist) },
		{ "album", offsetof(struct loa_tags, album) },
		{ "date", offsetof(struct loa_tags, date) },
		{ "comment", offsetof(struct loa_tags, comment) },
		{ "AI_GENERATED", offsetof(struct loa_tags, synthetic) },
		{ "LOA_SCRIPT", offsetof(struct loa_tags, script_id) },
	};
	char *line, *eq, *nl;
	size_t i;

	memset(t, 0, sizeof(*t));
	for (line = text; (nl = strchr(line, '\n')); line = nl + 1) {
		*nl = '\0';
		if (!(eq = strchr(line, '=')))
			continue;
		*eq++ = '\0';
		for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			if (!strcmp(line, keys[i].key))
				*(const char **)((char *)t + keys[i].at) = eq;
	}
}

static char *prefixed(const char *prefix, const char *s)
{
	size_t a = strlen(prefix), b = s ? strlen(s) : 0;
	char *p = malloc(a + b + 1);

	if (p) {
		memcpy(p, prefix, a);
		memcpy(p + a, s ? s : "", b + 1);
	}
	return p;
}

/* The render's bytes, checked against its SHA-256. */
static loa_status read_checked(const char *path, const char *sha,
			       unsigned char **out, size_t *len,
			       struct loa_error *err)
{
	struct hash h = { NULL };
	char hex[65];
	loa_status rc;

	if (!(*out = (unsigned char *)csv_slurp(path, DRAFT_MAX, len)))
		return loa_error_set(err, LOA_EIO, "cannot read '%s'", path);
	if ((rc = hash_init(&h, err)))
		return rc;
	hash_bytes(&h, *out, *len);
	hash_final(&h, hex);
	if (strcmp(hex, sha))
		return loa_error_set(err, LOA_EIO, "'%s' changed while the "
				     "build read it", path);
	return LOA_OK;
}

loa_status bld_place_draft(const struct build *bd, const struct bld_key *k,
			   const char *dir, const char *name,
			   struct loa_error *err)
{
	char src[4200], meta[4200], *text = NULL, *title = NULL,
		*comment = NULL;
	unsigned char *audio = NULL, *tag = NULL, *joined = NULL;
	size_t len = 0, tag_len = 0, skip;
	struct loa_tags tags;
	loa_status rc;

	bld_key_paths(bd, k, src, meta);
	if (strcmp(k->ext, "mp3")) /* no ID3 tag: the name says it */
		return atomic_copy(src, dir, name, k->sha, err);
	if ((rc = read_checked(src, k->sha, &audio, &len, err)) ||
	    (rc = loa_audio_tags(src, &text, err)))
		goto out;
	tags_parse(text, &tags);
	if (!(title = prefixed(draft_title, tags.title)) ||
	    !(comment = prefixed(draft_comment, tags.comment))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	tags.title = title;
	tags.comment = comment;
	if ((rc = id3_tag(&tags, &tag, &tag_len, err)))
		goto out;
	skip = id3_tag_length(audio, len);
	if (skip > len || !(joined = malloc(tag_len + len - skip))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	memcpy(joined, tag, tag_len);
	memcpy(joined + tag_len, audio + skip, len - skip);
	rc = atomic_write(dir, name, joined, tag_len + len - skip, err);
out:
	free(joined);
	free(tag);
	free(comment);
	free(title);
	free(text);
	free(audio);
	return rc;
}
