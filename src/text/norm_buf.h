/*
 * A growable byte string with a hard size cap, used by the normaliser.
 * Appends never fail loudly: once memory runs out or the cap is reached
 * the buffer stops growing and remembers it in `failed`; the caller checks
 * once at the end.  p is always NUL-terminated when non-NULL.
 */
#ifndef LOA_NORM_BUF_H
#define LOA_NORM_BUF_H

#include <stddef.h>
#include <stdint.h>

struct norm_buf {
	char *p;
	size_t len, cap;
	size_t max;     /* never grows beyond this many bytes */
	int failed;     /* 1: out of memory, 2: cap reached */
};

void norm_buf_init(struct norm_buf *b, size_t max);
void norm_buf_release(struct norm_buf *b);
/* Hands the string to the caller (free() it); the buffer becomes empty. */
char *norm_buf_detach(struct norm_buf *b);
void norm_buf_add(struct norm_buf *b, const char *s, size_t n);
void norm_buf_adds(struct norm_buf *b, const char *s);
void norm_buf_addc(struct norm_buf *b, char c);
void norm_buf_add_cp(struct norm_buf *b, uint32_t cp);
/* Appends a word, with one space before it unless at the start or after
 * a space. */
void norm_buf_word(struct norm_buf *b, const char *s);
void norm_buf_wordn(struct norm_buf *b, const char *s, size_t n);
/* Cuts the string back to its first len bytes, to undo what was written
 * since; a longer len changes nothing. */
void norm_buf_truncate(struct norm_buf *b, size_t len);
void norm_buf_reset(struct norm_buf *b);
/* Drops trailing spaces. */
void norm_buf_rtrim(struct norm_buf *b);
/* What was written last is word ("đồng" before a slash). */
int norm_buf_ends_with(const struct norm_buf *b, const char *word);

#endif
