/*
 * The tokens around a rule (norm_ctx.h): their cores, their lower-case
 * forms and their neighbours.
 */
#include "norm_ctx.h"

#include <stdlib.h>
#include <string.h>

#include "norm_case.h"
#include "norm_lists.h"
#include "norm_nfc.h"
#include "norm_number.h"

const char *norm_core(const struct norm_ctx *c, size_t i, size_t *n)
{
	*n = c->t[i].e - c->t[i].b;
	return c->line + c->t[i].b;
}

int norm_lc_is(const struct norm_ctx *c, size_t i, const char *word)
{
	const char *lo;
	size_t n;

	if (i >= c->nt)
		return 0;
	n = c->t[i].lcn;
	lo = c->low.p + c->t[i].lc;
	/* The first byte before strlen: most words of a list differ in it,
	 * and every rule asks about its neighbours this way. */
	if (!n || lo[0] != word[0])
		return !n && !word[0];
	return strlen(word) == n && !memcmp(lo, word, n);
}

int norm_has_trail(const struct norm_ctx *c, size_t i)
{
	return c->t[i].e != c->t[i].s + c->t[i].n;
}

int norm_prev_is(const struct norm_ctx *c, size_t i, const char *word)
{
	return i > 0 && !norm_has_trail(c, i - 1) &&
	       c->t[i].b == c->t[i].s && norm_lc_is(c, i - 1, word);
}

int norm_after_ph(const struct norm_ctx *c, size_t i)
{
	return norm_prev_is(c, i, "ph") ||
	       (i >= 2 && norm_prev_is(c, i - 1, "ph") &&
		!norm_has_trail(c, i - 1) && c->t[i - 1].lcn <= 6 &&
		c->t[i - 1].lcn > 0 && !norm_is_digit(c->line[c->t[i - 1].b])) ||
	       /* "từ 5.5 đến 6.5", "7.5 - 8.5": the end of a range of them. */
	       (i >= 2 && (norm_prev_is(c, i, "đến") || norm_prev_is(c, i, "-")) &&
		!norm_has_trail(c, i - 2) && norm_after_ph(c, i - 2));
}

/* "chỉ số tia UV ... là 8.6; Cần Thơ 7.7": a value written with a dot
 * after a UV index named earlier in the sentence is a decimal. */
int norm_after_uv(const struct norm_ctx *c, size_t i)
{
	size_t k, steps = 0;

	for (k = i; k >= 2 && steps < 16; k--, steps++) {
		if (norm_has_trail(c, k - 1) && c->line[c->t[k - 1].e] == '.')
			return 0;
		/* "chỉ số tia cực tím (UV) lên 8.6" too. */
		if (norm_lc_is(c, k - 1, "uv") &&
		    (norm_prev_is(c, k - 1, "tia") ||
		     norm_prev_is(c, k - 1, "số") ||
		     (k >= 3 && norm_lc_is(c, k - 2, "tím") &&
		      !norm_has_trail(c, k - 2))))
			return 1;
	}
	return 0;
}

int norm_after_magnitude(const struct norm_ctx *c, size_t i)
{
	size_t k, steps = 0;

	for (k = i; k >= 2 && steps < 8; k--, steps++) {
		if (c->t[k].b != c->t[k].s)
			return 0;
		if ((norm_lc_is(c, k - 1, "lớn") &&
		     norm_lc_is(c, k - 2, "độ")) ||
		    (norm_lc_is(c, k - 1, "đất") &&
		     norm_lc_is(c, k - 2, "động")))
			return !norm_has_trail(c, k - 1) &&
			       !norm_has_trail(c, k - 2);
		/* A comma may follow a value, never a word. */
		if (!norm_is_digit(c->line[c->t[k - 1].b]) &&
		    (norm_has_trail(c, k - 1) ||
		     !norm_lc_in(c, k - 1, norm_list_ctx_magnitude_between)))
			return 0;
	}
	return 0;
}

int norm_prev_in(const struct norm_ctx *c, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (norm_prev_is(c, i, *words))
			return 1;
	return 0;
}

int norm_lc_in(const struct norm_ctx *c, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (norm_lc_is(c, i, *words))
			return 1;
	return 0;
}

int norm_next_in(const struct norm_ctx *c, size_t i, const char *const *words)
{
	return i + 1 < c->nt && !norm_has_trail(c, i) &&
	       norm_lc_in(c, i + 1, words);
}

int norm_pair_in(const struct norm_ctx *c, size_t i, const char *const *pairs)
{
	const char *lo, *sp;
	size_t n;

	if (i + 1 >= c->nt || norm_has_trail(c, i))
		return 0;
	lo = c->low.p + c->t[i].lc;
	n = c->t[i].lcn;
	for (; *pairs; pairs++) {
		sp = strchr(*pairs, ' ');
		if (sp && (size_t)(sp - *pairs) == n && !memcmp(*pairs, lo, n) &&
		    norm_lc_is(c, i + 1, sp + 1))
			return 1;
	}
	return 0;
}

int norm_capitalised(const struct norm_ctx *c, size_t i)
{
	size_t pos;
	uint32_t cp;

	if (i >= c->nt)
		return 0;
	pos = c->t[i].b;
	return !norm_utf8_next(c->line, c->t[i].e, &pos, &cp) && norm_is_upper_cp(cp);
}

/* Token i is a word of a street's name: a capital, then small letters
 * ("Lê", "Đôn"), not a code ("QĐ", "UBND"). */
int norm_street_name_at(const struct norm_ctx *c, size_t i)
{
	size_t n, k = 0;
	const char *p = norm_core(c, i, &n);
	uint32_t cp;
	int first = 1;

	if (!n || !norm_capitalised(c, i))
		return 0;
	while (k < n) {
		if (norm_utf8_next(p, n, &k, &cp))
			return 0;
		if (!first && !norm_is_lower_cp(cp))
			return 0;
		first = 0;
	}
	return 1;
}

/* The byte offset of the ordinal-th digit (from 0) of the caller's line;
 * the cleaned line turned full-width digits into ASCII ones. */
static size_t digit_offset(const struct norm_phone_sink *s, size_t ordinal)
{
	const unsigned char *t = (const unsigned char *)s->text;
	size_t k;

	for (k = s->line_start; k < s->line_end; k++) {
		int digit = t[k] >= '0' && t[k] <= '9';

		if (!digit && k + 2 < s->line_end && t[k] == 0xEF &&
		    t[k + 1] == 0xBC && t[k + 2] >= 0x90 && t[k + 2] <= 0x99)
			digit = 1;
		if (digit && ordinal-- == 0)
			return k;
	}
	return s->line_start;
}

void norm_phone_found(struct norm_ctx *c, const char *first,
		      const char *digits, size_t n)
{
	struct norm_phone_sink *s = c->phones;
	struct loa_phone *hit;
	size_t ordinal = 0, k;
	const char *p;

	if (!s || s->failed)
		return;
	if (s->n == s->cap) {
		size_t ncap = s->cap ? 2 * s->cap : 8;
		struct loa_phone *h = realloc(s->hits, ncap * sizeof(*h));

		if (!h) {
			s->failed = 1;
			return;
		}
		s->hits = h;
		s->cap = ncap;
	}
	for (p = c->line; p < first; p++)
		ordinal += norm_is_digit(*p);
	hit = &s->hits[s->n++];
	memset(hit, 0, sizeof(*hit));
	hit->offset = digit_offset(s, ordinal);
	/* "+84 ...": the number starts at its '+'. */
	if (n && digits[0] == '+' && hit->offset > s->line_start &&
	    s->text[hit->offset - 1] == '+')
		hit->offset--;
	hit->line = s->line;
	hit->column = 1;
	for (k = s->line_start; k < hit->offset; k++)
		hit->column += ((unsigned char)s->text[k] & 0xC0) != 0x80;
	if (n >= sizeof(hit->digits))
		n = sizeof(hit->digits) - 1;
	memcpy(hit->digits, digits, n);
}

/* How much of s[0, n) fits a field of size bytes with its NUL, cut
 * before a character, never inside one (a long address's reading). */
static size_t utf8_fit(const char *s, size_t n, size_t size)
{
	if (n < size)
		return n;
	n = size - 1;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

void norm_foreign_found(struct norm_ctx *c, const char *p, size_t n,
			size_t from, enum loa_foreign_kind kind)
{
	struct norm_foreign_sink *s = c->foreign;
	const char *said = c->out->p + from;
	size_t k, m = c->out->len - from;
	struct loa_foreign *hit;

	if (!s || s->failed)
		return;
	while (m && *said == ' ') {
		said++;
		m--;
	}
	n = utf8_fit(p, n, sizeof(hit->written));
	m = utf8_fit(said, m, sizeof(hit->spoken));
	for (k = 0; k < s->n; k++)
		if (!strncmp(s->hits[k].written, p, n) && !s->hits[k].written[n])
			return;
	if (s->n == s->cap) {
		size_t ncap = s->cap ? 2 * s->cap : 8;
		struct loa_foreign *h = realloc(s->hits, ncap * sizeof(*h));

		if (!h) {
			s->failed = 1;
			return;
		}
		s->hits = h;
		s->cap = ncap;
	}
	hit = &s->hits[s->n++];
	memset(hit, 0, sizeof(*hit));
	memcpy(hit->written, p, n);
	memcpy(hit->spoken, said, m);
	hit->kind = kind;
}

int norm_given_name(const struct norm_ctx *c, size_t i)
{
	size_t mn, n, k;
	const char *m, *p;
	int vowel = 0;

	if (i < 2 || i >= c->nt)
		return 0;
	p = c->line + c->t[i].b;
	n = c->t[i].e - c->t[i].b;
	/* "Pay", "Sính": a capital, then small ASCII letters with a vowel
	 * ("Th." is an initial); the cheap tests first, every token
	 * comes here. */
	if (n < 3 || p[0] < 'A' || p[0] > 'Z' ||
	    (c->line[c->t[i - 1].b] != 'T' && c->line[c->t[i - 1].b] != 'V'))
		return 0;
	for (k = 1; k < n; k++) {
		if (p[k] < 'a' || p[k] > 'z')
			return 0;
		vowel |= norm_ascii_vowel(p[k]);
	}
	if (!vowel || (!norm_prev_is(c, i, "thị") && !norm_prev_is(c, i, "văn")))
		return 0;
	m = norm_core(c, i - 1, &mn);
	return (m[0] == 'T' || m[0] == 'V') && !norm_has_trail(c, i - 2) &&
	       norm_capitalised(c, i - 2);
}
