/* UTF-8 decoding and NFC composition for Latin/Vietnamese (norm_nfc.h). */
#include "norm_nfc.h"

#include <string.h>

struct nfc_pair {
	uint32_t base, mark, composed;
};

#include "norm_nfc_table.h"

#define N_PAIRS (sizeof(nfc_pairs) / sizeof(nfc_pairs[0]))
/* Longer runs of marks are copied as they are: nothing real needs more. */
#define MAX_MARKS 16

int norm_utf8_next(const char *s, size_t len, size_t *pos, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s + *pos;
	size_t left = len - *pos, n, i;
	uint32_t c, min;

	if (!left)
		return -1;
	if (u[0] < 0x80) {
		*cp = u[0];
		*pos += 1;
		return 0;
	}
	if ((u[0] & 0xE0) == 0xC0) {
		n = 2; c = u[0] & 0x1F; min = 0x80;
	} else if ((u[0] & 0xF0) == 0xE0) {
		n = 3; c = u[0] & 0x0F; min = 0x800;
	} else if ((u[0] & 0xF8) == 0xF0) {
		n = 4; c = u[0] & 0x07; min = 0x10000;
	} else {
		return -1;
	}
	if (left < n)
		return -1;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return -1;
	*cp = c;
	*pos += n;
	return 0;
}

/* Canonical combining class, for the marks that matter here. */
static int ccc(uint32_t cp)
{
	switch (cp) {
	case 0x031B: return 216; /* horn */
	case 0x0323: return 220; /* dot below */
	case 0x0327: return 202; /* cedilla */
	}
	if (cp >= 0x0300 && cp <= 0x036F)
		return 230;
	return 0;
}

static uint32_t compose(uint32_t base, uint32_t mark)
{
	size_t lo = 0, hi = N_PAIRS;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct nfc_pair *p = &nfc_pairs[mid];

		if (p->base < base || (p->base == base && p->mark < mark))
			lo = mid + 1;
		else if (p->base == base && p->mark == mark)
			return p->composed;
		else
			hi = mid;
	}
	return 0;
}

/* The pair a precomposed letter came from; rare, so a linear scan. */
static const struct nfc_pair *decompose(uint32_t cp)
{
	size_t i;

	if (cp < 0xC0)
		return NULL;
	for (i = 0; i < N_PAIRS; i++)
		if (nfc_pairs[i].composed == cp)
			return &nfc_pairs[i];
	return NULL;
}

/* Composes one starter and the marks after it; appends the result. */
static void flush_cluster(struct norm_buf *out, uint32_t starter,
			  const uint32_t *marks, size_t n_marks)
{
	uint32_t all[MAX_MARKS * 2], left[MAX_MARKS * 2];
	size_t n = 0, n_left = 0, i, j;
	const struct nfc_pair *p;
	int last;

	if (!n_marks) {
		norm_buf_add_cp(out, starter);
		return;
	}
	/* Fully decompose the starter; its marks come before the new ones. */
	while ((p = decompose(starter)) && n < MAX_MARKS) {
		memmove(all + 1, all, n * sizeof(all[0]));
		all[0] = p->mark;
		n++;
		starter = p->base;
	}
	for (i = 0; i < n_marks; i++)
		all[n++] = marks[i];
	/* Canonical order: stable insertion sort by combining class. */
	for (i = 1; i < n; i++) {
		uint32_t m = all[i];

		for (j = i; j > 0 && ccc(all[j - 1]) > ccc(m); j--)
			all[j] = all[j - 1];
		all[j] = m;
	}
	last = -1;
	for (i = 0; i < n; i++) {
		uint32_t c = 0;
		int cc = ccc(all[i]);

		if (last < cc)
			c = compose(starter, all[i]);
		if (c) {
			starter = c;
		} else {
			left[n_left++] = all[i];
			last = cc;
		}
	}
	norm_buf_add_cp(out, starter);
	for (i = 0; i < n_left; i++)
		norm_buf_add_cp(out, left[i]);
}

int norm_nfc(const char *s, size_t len, struct norm_buf *out, size_t *bad)
{
	uint32_t marks[MAX_MARKS], starter = 0, cp;
	size_t pos = 0, n_marks = 0;
	int have = 0;

	while (pos < len) {
		size_t at = pos;

		if (norm_utf8_next(s, len, &pos, &cp)) {
			*bad = at;
			return -1;
		}
		if (ccc(cp) && have && n_marks < MAX_MARKS) {
			marks[n_marks++] = cp;
			continue;
		}
		if (have)
			flush_cluster(out, starter, marks, n_marks);
		n_marks = 0;
		if (ccc(cp)) {
			/* A mark with nothing to attach to, or one too many. */
			norm_buf_add_cp(out, cp);
			have = 0;
			continue;
		}
		starter = cp;
		have = 1;
	}
	if (have)
		flush_cluster(out, starter, marks, n_marks);
	return 0;
}

uint32_t norm_strip_tone(uint32_t cp, int *tone)
{
	const struct nfc_pair *p = decompose(cp);

	*tone = 0;
	if (!p)
		return cp;
	switch (p->mark) {
	case 0x0300: case 0x0301: case 0x0303: case 0x0309: case 0x0323:
		*tone = 1;
		return p->base;
	case 0x0302: case 0x0306: case 0x031B: {
		/* "ậ" is "ạ" + circumflex: take the tone off the base. */
		int t;
		uint32_t base = norm_strip_tone(p->base, &t), c;

		if (!t)
			return cp;
		c = compose(base, p->mark);
		*tone = 1;
		return c ? c : cp;
	}
	}
	return cp;
}

int norm_is_nfc(const char *s, size_t len)
{
	struct norm_buf b;
	size_t bad;
	int same;

	norm_buf_init(&b, len + 16);
	if (norm_nfc(s, len, &b, &bad) || b.failed) {
		norm_buf_release(&b);
		return 0;
	}
	same = b.len == len && (!len || !memcmp(b.p, s, len));
	norm_buf_release(&b);
	return same;
}
