/*
 * The tokens around a rule (norm_ctx.h): their cores, their lower-case
 * forms and their neighbours.
 */
#include "norm_ctx.h"

#include <string.h>

#include "norm_case.h"
#include "norm_nfc.h"

const char *norm_core(const struct norm_ctx *c, size_t i, size_t *n)
{
	*n = c->t[i].e - c->t[i].b;
	return c->line + c->t[i].b;
}

int norm_lc_is(const struct norm_ctx *c, size_t i, const char *word)
{
	size_t n = strlen(word);

	return i < c->nt && c->t[i].lcn == n &&
	       !memcmp(c->low.p + c->t[i].lc, word, n);
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

int norm_prev_in(const struct norm_ctx *c, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (norm_prev_is(c, i, *words))
			return 1;
	return 0;
}

int norm_next_in(const struct norm_ctx *c, size_t i, const char *const *words)
{
	if (i + 1 >= c->nt || norm_has_trail(c, i))
		return 0;
	for (; *words; words++)
		if (norm_lc_is(c, i + 1, *words))
			return 1;
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
