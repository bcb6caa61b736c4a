/*
 * What an approval binds: the content of one script for one commune,
 * described field by field so that a later build can say which input
 * changed (loa/approval.h).
 */
#include "trust.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "core/hash.h"
#include "loa/version.h"
#include "render/mastering.h"

loa_status tbuf_printf(struct tbuf *b, struct loa_error *err,
		       const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(p = realloc(b->p, b->len + (size_t)n + 1)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	b->p = p;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return LOA_OK;
}

static loa_status dup(char **to, const char *s, struct loa_error *err)
{
	if (s && !(*to = strdup(s)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	return LOA_OK;
}

/* 1 when some say: text of s refers to var ("commune.name"). */
static int script_uses(const struct loa_script *s, const char *var)
{
	size_t i, n = strlen(var);

	for (i = 0; i < s->n_parts; i++) {
		const char *t = s->parts[i].text;

		while (t && (t = strstr(t, var))) {
			char next = t[n];

			if (next == '}' || next == ' ')
				return 1;
			t += n;
		}
	}
	return 0;
}

static loa_status commune_values(struct tbuf *b, const struct loa_script *s,
				 const struct loa_commune *c,
				 struct loa_error *err)
{
	static const char *const vars[] = {
		"commune.id", "commune.kind", "commune.name", "commune.city",
		"commune.office", "commune.police_phone", "commune.hotline",
	};
	loa_status rc = tbuf_printf(b, err, "%s", "");
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(*vars) && !rc; i++) {
		const char *v = loa_commune_var(c, vars[i]);

		if (v && script_uses(s, vars[i]))
			rc = tbuf_printf(b, err, "%s=%s\n", vars[i], v);
	}
	return rc;
}

/* "SHA-256 path" for one audio file, the path relative to root. */
static loa_status asset_line(struct tbuf *b, const char *path,
			     const char *root, struct loa_error *err)
{
	size_t n = strlen(root);
	char hex[65];
	loa_status rc;

	if (!path)
		return LOA_OK;
	if ((rc = hash_file_sha256(path, hex, err)))
		return rc;
	if (!strncmp(path, root, n) && path[n] == '/')
		path += n + 1;
	return tbuf_printf(b, err, "%s %s\n", hex, path);
}

static loa_status assets(struct tbuf *b, const struct loa_script *s,
			 const char *root, struct loa_error *err)
{
	loa_status rc = tbuf_printf(b, err, "%s", "");
	size_t i;

	if (!rc)
		rc = asset_line(b, s->intro, root, err);
	if (!rc)
		rc = asset_line(b, s->outro, root, err);
	if (!rc)
		rc = asset_line(b, s->bed, root, err);
	for (i = 0; i < s->n_parts && !rc; i++)
		if (s->parts[i].kind == LOA_PART_PLAY)
			rc = asset_line(b, s->parts[i].path, root, err);
	return rc;
}

static loa_status settings(struct tbuf *b, const struct loa_script *s,
			   const struct loa_render_options *opt,
			   struct loa_error *err)
{
	const struct loa_output_format *out = opt->output ? opt->output :
		&loa_output_formats[0];
	struct hash h = { NULL };
	char master[65];
	loa_status rc;

	if ((rc = hash_init(&h, err)))
		return rc;
	mastering_hash(&h, &mastering);
	hash_final(&h, master);
	return tbuf_printf(b, err,
			   "voice %s, rate %d, pitch %d\n"
			   "normaliser: southern %d, %zu lexicons\n"
			   "bed %g dB, repeat %d\n"
			   "format %s, %g LUFS, %g dBTP\n"
			   "mastering %s\n"
			   "loa %s\n",
			   s->voice.name, s->voice.rate, s->voice.pitch,
			   opt->normalize ? opt->normalize->southern : 0,
			   opt->normalize ? opt->normalize->n_lexicons : 0,
			   s->bed_gain_db, s->repeat, out->name,
			   opt->target_lufs, opt->true_peak_db, master,
			   LOA_VERSION);
}

static loa_status spoken_sha(char **to, const struct loa_script *s,
			     const struct loa_commune *c,
			     const struct loa_render_options *opt,
			     struct loa_error *err)
{
	struct hash h = { NULL };
	char *text = NULL, hex[65];
	loa_status rc;

	if ((rc = loa_render_spoken_text(s, c, opt, &text, err)) ||
	    (rc = hash_init(&h, err)))
		goto out;
	hash_bytes(&h, text, strlen(text));
	hash_final(&h, hex);
	rc = dup(to, hex, err);
out:
	free(text);
	return rc;
}

loa_status loa_approval_describe(struct loa_approval *a,
				 const struct loa_script *s,
				 const struct loa_commune *c,
				 const struct loa_render_options *opt,
				 struct loa_error *err)
{
	struct loa_render_options dateless = *opt;
	struct tbuf values = { 0 }, files = { 0 }, set = { 0 };
	char hex[65], fp[65];
	loa_status rc;

	/* An approval binds content, not the week: no date tag. */
	dateless.date = NULL;
	if ((rc = dup(&a->kind, "approve", err)) ||
	    (rc = dup(&a->script_id, s->id, err)) ||
	    (rc = dup(&a->script_file, s->file, err)) ||
	    (rc = hash_file_sha256(s->file, hex, err)) ||
	    (rc = dup(&a->script_sha, hex, err)) ||
	    (rc = dup(&a->commune_id, c ? c->id : NULL, err)) ||
	    (rc = commune_values(&values, s, c, err)) ||
	    (rc = assets(&files, s, opt->root ? opt->root : ".", err)) ||
	    (rc = settings(&set, s, &dateless, err)) ||
	    (rc = spoken_sha(&a->spoken_sha, s, c, &dateless, err)) ||
	    (rc = loa_render_fingerprint(s, c, &dateless, fp, err)) ||
	    (rc = dup(&a->fingerprint, fp, err)))
		goto out;
	a->commune_values = values.p;
	a->assets = files.p;
	a->settings = set.p;
	values.p = files.p = set.p = NULL;
out:
	free(values.p);
	free(files.p);
	free(set.p);
	return rc;
}

loa_status loa_approval_set_audio(struct loa_approval *a, const char *path,
				  struct loa_error *err)
{
	char hex[65];
	loa_status rc;

	if ((rc = hash_file_sha256(path, hex, err)) ||
	    (rc = dup(&a->audio_sha, hex, err)) ||
	    (rc = loa_audio_frames_sha256(path, hex, err)))
		return rc;
	return dup(&a->frames_sha, hex, err);
}
