/* Capped growable string for the normaliser (see norm_buf.h). */
#include "norm_buf.h"

#include <stdlib.h>
#include <string.h>

void norm_buf_init(struct norm_buf *b, size_t max)
{
	b->p = NULL;
	b->len = b->cap = 0;
	b->max = max;
	b->failed = 0;
}

void norm_buf_release(struct norm_buf *b)
{
	free(b->p);
	norm_buf_init(b, b->max);
}

char *norm_buf_detach(struct norm_buf *b)
{
	char *p = b->p;

	if (!p) {
		p = malloc(1);
		if (p)
			*p = '\0';
	}
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}

static int grow(struct norm_buf *b, size_t extra)
{
	size_t need, ncap;
	char *np;

	if (b->failed)
		return -1;
	if (extra > b->max || b->len > b->max - extra) {
		b->failed = 2;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	if (ncap > b->max + 1)
		ncap = b->max + 1;
	np = realloc(b->p, ncap);
	if (!np) {
		b->failed = 1;
		return -1;
	}
	b->p = np;
	b->cap = ncap;
	return 0;
}

void norm_buf_add(struct norm_buf *b, const char *s, size_t n)
{
	if (grow(b, n))
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void norm_buf_adds(struct norm_buf *b, const char *s)
{
	norm_buf_add(b, s, strlen(s));
}

void norm_buf_addc(struct norm_buf *b, char c)
{
	norm_buf_add(b, &c, 1);
}

void norm_buf_add_cp(struct norm_buf *b, uint32_t cp)
{
	char t[4];
	size_t n;

	if (cp < 0x80) {
		t[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		t[0] = (char)(0xC0 | (cp >> 6));
		t[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		t[0] = (char)(0xE0 | (cp >> 12));
		t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | (cp >> 18));
		t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	norm_buf_add(b, t, n);
}

void norm_buf_wordn(struct norm_buf *b, const char *s, size_t n)
{
	if (!n)
		return;
	if (b->len && b->p[b->len - 1] != ' ' && b->p[b->len - 1] != '\n' &&
	    b->p[b->len - 1] != '(' && b->p[b->len - 1] != '[')
		norm_buf_addc(b, ' ');
	norm_buf_add(b, s, n);
}

void norm_buf_word(struct norm_buf *b, const char *s)
{
	norm_buf_wordn(b, s, strlen(s));
}

void norm_buf_truncate(struct norm_buf *b, size_t len)
{
	if (len < b->len)
		b->len = len;
	if (b->p)
		b->p[b->len] = '\0';
}

void norm_buf_reset(struct norm_buf *b)
{
	norm_buf_truncate(b, 0);
}

void norm_buf_rtrim(struct norm_buf *b)
{
	while (b->len && b->p[b->len - 1] == ' ')
		b->len--;
	if (b->p)
		b->p[b->len] = '\0';
}

int norm_buf_ends_with(const struct norm_buf *b, const char *word)
{
	size_t n = strlen(word);

	return b->len >= n && !memcmp(b->p + b->len - n, word, n);
}
