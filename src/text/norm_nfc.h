/*
 * UTF-8 decoding and canonical composition (NFC) for Latin and Vietnamese
 * text.  Composition is table-driven (norm_nfc_table.h) and covers the
 * Latin letters with grave, acute, circumflex, tilde, macron, breve,
 * diaeresis, hook above, ring, caron, horn, dot below and cedilla, in any
 * order and combination (e.g. "a" U+0323 U+0302 and "a" U+0302 U+0323
 * both give U+1EAD); other text passes through unchanged.
 */
#ifndef LOA_NORM_NFC_H
#define LOA_NORM_NFC_H

#include <stddef.h>
#include <stdint.h>

#include "norm_buf.h"

/*
 * Decodes the code point at s[*pos] and advances *pos.  Strict: rejects
 * overlong forms, surrogates, values above U+10FFFF and truncated
 * sequences.  Returns 0, or -1 leaving *pos unchanged.
 */
int norm_utf8_next(const char *s, size_t len, size_t *pos, uint32_t *cp);

/*
 * Appends the NFC form of len bytes of UTF-8 to out.  Returns 0, or -1 on
 * invalid UTF-8 with the byte offset of the first bad byte in *bad.
 */
int norm_nfc(const char *s, size_t len, struct norm_buf *out, size_t *bad);

/*
 * Removes a Vietnamese tone mark (grave, acute, tilde, hook above, dot
 * below) from a letter, keeping circumflex, breve and horn: "ấ" -> "â".
 * *tone is set to 1 if there was one.
 */
uint32_t norm_strip_tone(uint32_t cp, int *tone);

/* 1 if s (len bytes) is valid UTF-8 already in NFC for our marks. */
int norm_is_nfc(const char *s, size_t len);

#endif
