/*
 * ID3v2.4 (id3.org, "ID3 tag version 2.4.0 - Main Structure" and "-
 * Native Frames"): a 10-byte header ("ID3", version 4.0, flags, size),
 * then frames of a 10-byte header (four-letter id, size, two flag bytes)
 * and a body.  Sizes are "synchsafe": 28 bits in four bytes of seven.
 */
#include "id3.h"

#include <stdlib.h>
#include <string.h>

#define ID3_UTF8 3              /* text encoding byte: UTF-8 */
#define ID3_MAX_SIZE 0x0fffffff /* the largest synchsafe size */

struct id3_frame {
	const char *id;         /* TIT2, COMM, TXXX, ... */
	const char *prefix;     /* COMM: language; TXXX: description */
	size_t prefix_len;      /* with its NUL when it has one */
	const char *text;
};

static void put_synchsafe(unsigned char *p, size_t v)
{
	p[0] = (v >> 21) & 0x7f;
	p[1] = (v >> 14) & 0x7f;
	p[2] = (v >> 7) & 0x7f;
	p[3] = v & 0x7f;
}

/* The frame's body: encoding byte, prefix, text (no terminator). */
static size_t body_len(const struct id3_frame *f)
{
	return 1 + f->prefix_len + strlen(f->text);
}

static unsigned char *put_frame(unsigned char *p, const struct id3_frame *f)
{
	size_t n = strlen(f->text);

	memcpy(p, f->id, 4);
	put_synchsafe(p + 4, body_len(f));
	p[8] = p[9] = 0;
	p[10] = ID3_UTF8;
	memcpy(p + 11, f->prefix, f->prefix_len);
	memcpy(p + 11 + f->prefix_len, f->text, n);
	return p + 11 + f->prefix_len + n;
}

/* The frames to write, in order; returns how many. */
static size_t list_frames(const struct loa_tags *t, struct id3_frame *f)
{
	/* COMM: language, then an empty description and its NUL. */
	static const char comm[] = "vie";
	static const char ai[] = "AI_GENERATED", script[] = "LOA_SCRIPT";
	const struct id3_frame all[] = {
		{ "TIT2", "", 0, t->title },
		{ "TPE1", "", 0, t->artist },
		{ "TALB", "", 0, t->album },
		{ "TDRC", "", 0, t->date },
		{ "COMM", comm, sizeof(comm), t->comment },
		{ "TXXX", ai, sizeof(ai), t->synthetic },
		{ "TXXX", script, sizeof(script), t->script_id },
	};
	size_t i, n = 0;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (all[i].text && *all[i].text)
			f[n++] = all[i];
	return n;
}

loa_status id3_tag(const struct loa_tags *tags, unsigned char **out,
		   size_t *len, struct loa_error *err)
{
	struct id3_frame frames[7];
	size_t i, n = list_frames(tags, frames), size = 0;
	unsigned char *buf, *p;

	*out = NULL;
	*len = 0;
	for (i = 0; i < n; i++) {
		if (strlen(frames[i].text) > ID3_MAX_SIZE / 2)
			return loa_error_set(err, LOA_EINPUT, "a tag is too long");
		size += 10 + body_len(&frames[i]);
	}
	if (size > ID3_MAX_SIZE)
		return loa_error_set(err, LOA_EINPUT, "the tags are too long");
	buf = malloc(10 + size);
	if (!buf)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	memcpy(buf, "ID3\x04\x00\x00", 6);   /* v2.4.0, no flags */
	put_synchsafe(buf + 6, size);
	for (p = buf + 10, i = 0; i < n; i++)
		p = put_frame(p, &frames[i]);
	*out = buf;
	*len = 10 + size;
	return LOA_OK;
}

size_t id3_tag_length(const unsigned char *head, size_t n)
{
	/* "ID3", version, flags, a 28-bit synchsafe size. */
	if (n < 10 || memcmp(head, "ID3", 3))
		return 0;
	return 10 + ((size_t)(head[6] & 0x7f) << 21 |
		     (size_t)(head[7] & 0x7f) << 14 |
		     (size_t)(head[8] & 0x7f) << 7 | (head[9] & 0x7f)) +
		(head[5] & 0x10 ? 10 : 0);
}
