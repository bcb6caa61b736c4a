/*
 * Numbers a reader takes two ways (norm_doubt.h).  The rules choose one
 * reading from the words around; where the writer may have meant the
 * other, the officer is told both and how to write the one meant:
 *   "5,550"  a comma before exactly three digits: a decimal said digit
 *            by digit (no unit made it a measure), or thousands;
 *   "5.6"    a day and a month, read as a decimal;
 *   "12.3456" a decimal written the English way, read with "chấm".
 */
#include "norm_doubt.h"

#include <string.h>

#include "norm_buf.h"
#include "norm_ctx.h"
#include "norm_number.h"

static int is_letter(char ch)
{
	return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') ||
	       (unsigned char)ch >= 0x80;
}

static unsigned small(const char *p, size_t n)
{
	unsigned v = 0;
	size_t k;

	for (k = 0; k < n && k < 4; k++)
		v = v * 10 + (unsigned)(p[k] - '0');
	return v;
}

/* Reports p[0, n) as read `said` (found in what was read since from),
 * which could mean `other`, written `write`. */
static void doubt(struct norm_ctx *c, const char *p, size_t n, size_t from,
		  const struct norm_buf *said, const struct norm_buf *other,
		  const char *write)
{
	struct norm_foreign_sink *s = c->foreign;
	const char *at = c->out->p + from, *end;
	size_t before = s->n;

	if (said->failed || other->failed || !said->p || !other->p)
		return;
	/* The reading as whole words of what the rule said. */
	while ((at = strstr(at, said->p)) &&
	       ((at > c->out->p + from && at[-1] != ' ') ||
		((end = at + said->len), *end && *end != ' ' && *end != ',' &&
		 *end != '.')))
		at++;
	if (!at)
		return;
	/* Only what was said of this number: its reading alone. */
	norm_foreign_found(c, p, n, from, LOA_FOREIGN_NUMBER);
	if (s->n == before)
		return;
	{
		struct loa_foreign *h = &s->hits[s->n - 1];
		size_t m = said->len < sizeof(h->spoken) ? said->len :
			   sizeof(h->spoken) - 1;

		memcpy(h->spoken, said->p, m);
		h->spoken[m] = '\0';
		m = other->len < sizeof(h->other) ? other->len :
		    sizeof(h->other) - 1;
		memcpy(h->other, other->p, m);
		h->other[m] = '\0';
		strncpy(h->write, write, sizeof(h->write) - 1);
	}
}

/* Token ti ends a range from a day and a clause: "từ 1 - 5.6, ...",
 * "20 đến 30.1." (a decimal start, "pH 5.5-6.5", or a word after, "2
 * đến 3.5 lần", makes it a measure). */
static int after_day(const struct norm_ctx *c, size_t ti)
{
	size_t an;
	const char *a;

	if (ti < 2 || (ti + 1 < c->nt && !norm_has_trail(c, ti)) || !(norm_lc_is(c, ti - 1, "-") || norm_lc_is(c, ti - 1, "–") ||
			norm_lc_is(c, ti - 1, "đến")))
		return 0;
	a = norm_core(c, ti - 2, &an);
	return an && an <= 2 && norm_digit_run(a, an) == an && a[0] != '0' &&
	       small(a, an) <= 31;
}

/* One number p[0, n): a whole part of a digits, a separator, b digits. */
static void check_number(struct norm_ctx *c, size_t ti, const char *p,
			 size_t n, size_t from)
{
	size_t a = norm_digit_run(p, n), b;
	struct norm_buf said, other;
	char write[64];
	size_t k;

	if (!a || a > 3 || a + 1 >= n || (p[a] != ',' && p[a] != '.'))
		return;
	b = norm_digit_run(p + a + 1, n - a - 1);
	if (a + 1 + b != n || n >= sizeof(write))
		return;
	norm_buf_init(&said, 512);
	norm_buf_init(&other, 512);
	memcpy(write, p, n);
	write[n] = '\0';
	if (p[a] == ',' && b == 3 && p[0] != '0') {
		/* "5,550": said digit by digit after "phẩy". */
		norm_cardinal(&said, p, a, c->southern);
		norm_buf_word(&said, "phẩy");
		norm_digits(&said, p + a + 1, b);
		memmove(write + a, write + a + 1, b);
		norm_cardinal(&other, write, a + b, c->southern);
		write[a] = '.';
		memcpy(write + a + 1, p + a + 1, b);
		doubt(c, p, n, from, &said, &other, write);
	} else if (p[a] == '.' && a <= 2 && b && b <= 2 && p[0] != '0' &&
		   p[a + 1] != '0' && small(p, a) <= 31 &&
		   small(p + a + 1, b) <= 12 && after_day(c, ti)) {
		/* "từ 1 - 5.6": a day and a month, read as a decimal. */
		const char *sep[2] = { "phẩy", "chấm" };
		int k;

		norm_buf_word(&other, "ngày");
		norm_cardinal(&other, p, a, c->southern);
		norm_buf_word(&other, "tháng");
		norm_cardinal(&other, p + a + 1, b, c->southern);
		write[a] = '/';
		for (k = 0; k < 2; k++) {
			norm_buf_reset(&said);
			norm_cardinal(&said, p, a, c->southern);
			norm_buf_word(&said, sep[k]);
			norm_cardinal(&said, p + a + 1, b, c->southern);
			doubt(c, p, n, from, &said, &other, write);
		}
	} else if (p[a] == '.' && b >= 3 && !(b == 3 && p[0] != '0')) {
		/* "12.3456": a decimal the English way, read with "chấm". */
		norm_cardinal(&said, p, a, c->southern);
		norm_buf_word(&said, "chấm");
		norm_digits(&said, p + a + 1, b);
		norm_cardinal(&other, p, a, c->southern);
		norm_buf_word(&other, "phẩy");
		for (k = a + 1; k + 1 < n && p[k] == '0'; k++)
			norm_buf_word(&other, "không");
		norm_cardinal(&other, p + k, n - k, c->southern);
		write[a] = ',';
		doubt(c, p, n, from, &said, &other, write);
	}
	norm_buf_release(&said);
	norm_buf_release(&other);
}

void norm_doubt_check(struct norm_ctx *c, size_t ti, size_t used,
		      size_t from)
{
	size_t i;

	if (!c->foreign || c->foreign->failed || !c->out->p)
		return;
	for (i = ti; i < ti + used && i < c->nt; i++) {
		const char *p = c->line + c->t[i].b;
		size_t n = c->t[i].e - c->t[i].b, k = 0;

		/* Each number of the core, "5,550-5,600" both. */
		while (k < n) {
			size_t e = k;

			if (!(p[k] >= '0' && p[k] <= '9') ||
			    (k && (p[k - 1] == '.' || p[k - 1] == ',' ||
				   (p[k - 1] >= '0' && p[k - 1] <= '9')))) {
				k++;
				continue;
			}
			while (e < n && ((p[e] >= '0' && p[e] <= '9') ||
					 ((p[e] == '.' || p[e] == ',') &&
					  e + 1 < n && p[e + 1] >= '0' &&
					  p[e + 1] <= '9')))
				e++;
			/* "A1.5", "5.6cm": a number in a code or with a
			 * unit stuck to it is another kind of thing. */
			if ((!k || !is_letter(p[k - 1])) &&
			    (e == n || !is_letter(p[e])))
				check_number(c, i, p + k, e - k, from);
			k = e;
		}
	}
}
