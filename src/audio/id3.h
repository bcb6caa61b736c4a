/*
 * The ID3v2.4 tag at the head of every MP3 Loa writes, built here rather
 * than by libavformat's mp3 muxer: the muxer writes a "comment" key as a
 * TXXX frame named "comment", which players and file managers do not
 * show, and cannot write a COMM frame with a language.  The disclosure
 * that the voice is synthetic belongs in a real COMM frame (language
 * "vie"), the one those programs show.
 *
 * Frames, in this order, each only when its value is set and not empty:
 * TIT2 title, TPE1 artist, TALB album, TDRC date, COMM comment (language
 * "vie", empty description), TXXX "AI_GENERATED" synthetic, TXXX
 * "LOA_SCRIPT" script id.  All text is UTF-8 (encoding byte 3); no
 * padding, no unsynchronisation, no extended header.
 */
#ifndef LOA_AUDIO_ID3_H
#define LOA_AUDIO_ID3_H

#include <stddef.h>

#include "loa/encode.h"

/* The whole tag, header included, into *out (freed with free()). */
loa_status id3_tag(const struct loa_tags *tags, unsigned char **out,
		   size_t *len, struct loa_error *err);

/*
 * The length of the ID3v2 tag at the head of a file, header and footer
 * included, from its first n bytes (10 are enough); 0 when it has none.
 */
size_t id3_tag_length(const unsigned char *head, size_t n);

#endif
