/*
 * Times and dates in a piece of a token (norm_datetime.h): "6h30",
 * "06:30", "17h", "14h00-16h45", "3p20s"; "30/4/2026", "4/2026",
 * "ngày 14/4", "27-28/02/2026", "quý 02/2021", "24/7".  Validated: a time
 * past 24:59 or a 13th month is left to the other readers.
 */
#include "norm_datetime.h"

#include <string.h>

#include "norm_case.h"
#include "norm_lists.h"
#include "norm_number.h"
#include "norm_say.h"

#define OUT(s) NORM_OUT(c, (s))

static const char *const *const day_words = norm_list_datetime_day_words;
/* Words before a document number ("Nghị định số", "Thông tư"). */
static const char *const *const doc_words = norm_list_datetime_doc_words;

static size_t parse_time(struct norm_ctx *c, size_t ti, const char *p,
			 size_t n, int say, int g_ok);

/* Token ti ends a range whose start, two tokens back, is a time with its
 * minutes ("7g30 - 11g", "7h30 đến 11g"). */
static int range_from_time(struct norm_ctx *c, size_t ti)
{
	size_t pn;
	const char *pp;

	if (ti < 2 || !(norm_prev_is(c, ti, "-") || norm_prev_is(c, ti, "đến")) ||
	    norm_has_trail(c, ti - 2))
		return 0;
	pp = norm_core(c, ti - 2, &pn);
	return pn >= 4 && norm_is_digit(pp[pn - 1]) &&
	       parse_time(c, ti - 2, pp, pn, 0, 0) == pn;
}

/* Token ti starts a range whose end, two tokens on, is an hour with "g"
 * before a part of the day: "từ 23g đến 5g sáng hôm sau". */
static int range_to_time(const struct norm_ctx *c, size_t ti)
{
	size_t n;
	const char *p;

	if (ti + 3 >= c->nt || norm_has_trail(c, ti) || norm_has_trail(c, ti + 1) ||
	    !(norm_lc_is(c, ti + 1, "đến") || norm_lc_is(c, ti + 1, "-")))
		return 0;
	p = norm_core(c, ti + 2, &n);
	return n >= 2 && n <= 3 && p[n - 1] == 'g' &&
	       norm_digit_run(p, n - 1) == n - 1 &&
	       norm_next_in(c, ti + 2, norm_list_datetime_day_parts);
}

/* Times: 6h30, 06:30, 17h, 19h05, 0h30, 8:00:00, 14h00-16h45.  An hour
 * with "g" alone ("8g", grams too) is a time where g_ok says so. */

static size_t parse_time(struct norm_ctx *c, size_t ti, const char *p,
			 size_t n, int say, int g_ok)
{
	size_t i = norm_digit_run(p, n), mlen = 0, slen = 0;
	unsigned long h, m = 0, s = 0;
	char sep;

	if (i < 1 || i > 2 || i >= n)
		return 0;
	h = norm_small_value(p, i);
	sep = p[i];
	if (sep != 'h' && sep != 'H' && sep != 'g' && sep != ':')
		return 0;
	i++;
	mlen = norm_digit_run(p + i, n - i);
	/* "5h0-18h0": a single 0 is on the hour, as "5h00". */
	if (mlen == 1 && p[i] == '0' && sep != ':') {
		i++;
		mlen = 0;
	} else if (mlen == 1 && (sep == 'h' || sep == 'H') &&
		   (i + 1 == n || p[i + 1] == 'p')) {
		/* "14h8", "7h5p": minutes without their zero. */
		m = norm_small_value(p + i, 1);
		i += 1 + (i + 1 < n);
		mlen = 0;
	} else if (mlen && mlen != 2) {
		return 0;
	}
	if (mlen) {
		m = norm_small_value(p + i, 2);
		i += 2;
		if (i + 2 < n + 0 && p[i] == ':' && norm_digit_run(p + i + 1, n - i - 1) == 2) {
			s = norm_small_value(p + i + 1, 2);
			slen = 2;
			i += 3;
		} else if (i + 3 == n && p[i] == ':' && norm_all_digits(p + i + 1, 2)) {
			s = norm_small_value(p + i + 1, 2);
			slen = 2;
			i += 3;
		} else if (sep != ':' && i + 3 <= n &&
			   (p[i] == '\'' || p[i] == 'p') &&
			   norm_digit_run(p + i + 1, n - i - 1) == 2 &&
			   (p[i] == '\'' || (i + 4 == n && p[n - 1] == 's'))) {
			/* "10h37'02\"": minutes and seconds marked, as an
			 * earthquake's time is written; so "8g30'15\"" and
			 * "1h28p42s", the marks of "3p20s". */
			s = norm_small_value(p + i + 1, 2);
			slen = 2;
			i += 3;
			if (i < n && (p[i] == '\'' || p[i] == '"' || p[i] == 's'))
				i++;
		}
	} else if (sep == ':') {
		return 0;
	} else if (sep == 'g' && !mlen) {
		/* "8g" is a time only before a part of the day. */
		static const char *const *const day_parts =
			norm_list_datetime_day_parts;

		/* after "lúc" too: "lúc 8g" weighs nothing; and ending a
		 * range from a time with its minutes, "7g30 - 11g" */
		if (i != n || !(g_ok || norm_next_in(c, ti, day_parts) ||
				norm_prev_is(c, ti, "lúc") ||
				range_from_time(c, ti) || range_to_time(c, ti)))
			return 0;
	}
	/* "17h30p", "17h30'", "19h40phút" (the word joined on), "8h30ph"
	 * (its short form). */
	if (mlen && ((n - i == strlen("phút") && !memcmp(p + i, "phút", n - i)) ||
		     (n - i == 2 && !memcmp(p + i, "ph", 2))))
		i = n;
	else if (mlen && i < n && (p[i] == 'p' || p[i] == '\''))
		i++;
	/* "27:45" is minutes and seconds. */
	if (sep == ':' && h > 24 && h < 60 && m <= 59 && !slen) {
		if (say) {
			norm_cardinal_u(c->out, h, c->southern);
			OUT("phút");
			if (m) {
				norm_cardinal_u(c->out, m, c->southern);
				OUT("giây");
			}
		}
		return i;
	}
	if (h > 24 || m > 59 || s > 59)
		return 0;
	if (say) {
		norm_cardinal_u(c->out, h, c->southern);
		OUT("giờ");
		if (m) {
			static const char *const minute[] = { "phút", NULL };

			norm_cardinal_u(c->out, m, c->southern);
			/* "10:20 phút" says "phút" once. */
			if (!norm_next_in(c, ti, minute) || slen)
				OUT("phút");
		}
		if (slen && s) {
			norm_cardinal_u(c->out, s, c->southern);
			OUT("giây");
		}
	}
	return i;
}

/* "3p20s", "12p03s": minutes and seconds. */
static int duration(struct norm_ctx *c, const char *p, size_t n)
{
	size_t a = norm_digit_run(p, n), b;
	unsigned long m, s;

	if (!a || a > 2 || a + 1 >= n || p[a] != 'p')
		return 0;
	b = norm_digit_run(p + a + 1, n - a - 1);
	if (!b || b > 2 || a + 1 + b + 1 != n || p[n - 1] != 's')
		return 0;
	m = norm_small_value(p, a);
	s = norm_small_value(p + a + 1, b);
	if (s > 59)
		return 0;
	norm_cardinal_u(c->out, m, c->southern);
	OUT("phút");
	if (s) {
		norm_cardinal_u(c->out, s, c->southern);
		OUT("giây");
	}
	return 1;
}

struct dparts;
static int split_date(const char *p, size_t n, struct dparts *d);
static int full_date(const char *p, size_t n);
static int say_day_of(struct norm_ctx *c, const char *p, size_t n);

int norm_say_time(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	size_t a = parse_time(c, ti, p, n, 0, 0), b, pn;
	int g;

	if (!a)
		return duration(c, p, n);
	/* "(13/04/2020 17:06)", a page's stamp: a pause between the date
	 * and its time, as where a comma is written. */
	if (ti > 0 && !norm_has_trail(c, ti - 1) && c->t[ti].b == c->t[ti].s &&
	    memchr(p, ':', n)) {
		const char *pp = norm_core(c, ti - 1, &pn);

		if (full_date(pp, pn) && c->out->len &&
		    c->out->p[c->out->len - 1] != ',')
			norm_buf_addc(c->out, ',');
	}
	if (a == n) {
		parse_time(c, ti, p, n, 1, 0);
		return 1;
	}
	/* "14h00/27/5", "lúc 2h/21/7": a bulletin's hour, then the day it
	 * falls on, not "per". */
	if (p[a] == '/' && memchr(p, 'h', a) &&
	    say_day_of(NULL, p + a + 1, n - a - 1)) {
		parse_time(c, ti, p, a, 1, 0);
		say_day_of(c, p + a + 1, n - a - 1);
		return 1;
	}
	/* "7g30-11g": the end of a range from a time with its minutes
	 * is a time, "g" alone too. */
	g = p[a - 1] != 'g' && p[a - 1] != 'h' && p[a - 1] != 'H';
	if (p[a] != '-' ||
	    !(b = parse_time(c, ti, p + a + 1, n - a - 1, 0, g)) ||
	    a + 1 + b != n)
		return 0;
	parse_time(c, ti, p, a, 1, 0);
	OUT("đến");
	parse_time(c, ti, p + a + 1, n - a - 1, 1, g);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Dates. */

struct dparts {
	const char *num[6];
	size_t len[6];
	char sep[5];
	size_t k;
};

static int split_date(const char *p, size_t n, struct dparts *d)
{
	size_t i = 0;

	d->k = 0;
	while (i < n) {
		size_t r = norm_digit_run(p + i, n - i);

		if (!r || r > 4 || d->k == 6)
			return 0;
		d->num[d->k] = p + i;
		d->len[d->k] = r;
		d->k++;
		i += r;
		if (i == n)
			break;
		if (p[i] != '/' && p[i] != '-' && p[i] != '.')
			return 0;
		if (d->k > 5)
			return 0;
		d->sep[d->k - 1] = p[i];
		i++;
		if (i == n)
			return 0;
	}
	return d->k >= 2;
}

static unsigned long dv(const struct dparts *d, size_t i)
{
	return norm_small_value(d->num[i], d->len[i]);
}

static int year_ok(const struct dparts *d, size_t i);

/* d/m/yyyy with one separator. */
static int full_date(const char *p, size_t n)
{
	struct dparts d;

	return split_date(p, n, &d) && d.k == 3 && d.sep[0] == d.sep[1] &&
	       d.sep[0] == '/' && d.len[0] <= 2 && d.len[1] <= 2 && year_ok(&d, 2);
}

static int day_ok(const struct dparts *d, size_t i)
{
	return d->len[i] <= 2 && dv(d, i) >= 1 && dv(d, i) <= 31;
}

static int month_ok(const struct dparts *d, size_t i)
{
	return d->len[i] <= 2 && dv(d, i) >= 1 && dv(d, i) <= 12;
}

/* A year a notice names: history back to 1000, plans "đến năm 2050",
 * "tầm nhìn 2100"; "chỉ số 1.2345" is no January of 2345. */
static int year_ok(const struct dparts *d, size_t i)
{
	return d->len[i] == 4 && dv(d, i) >= 1000 && dv(d, i) <= 2100;
}

static int bare_date(const struct norm_ctx *c, size_t ti,
		     const struct dparts *d)
{
	static const char *const *const quantity = norm_list_datetime_quantity;
	static const char *const *const of = norm_list_datetime_of;
	unsigned long a = dv(d, 0), b = dv(d, 1);

	if (norm_prev_in(c, ti, quantity) || norm_next_in(c, ti, of))
		return a >= 13;
	return !(a < b && (b <= 5 || b == 10));
}

static void say_day(struct norm_ctx *c, unsigned long day, int word)
{
	if (word)
		OUT("ngày");
	norm_cardinal_u(c->out, day, c->southern);
}

/* The second day of a range after "mùng 3-4" says "mùng" again, as an
 * announcer does ("từ mùng bốn đến mùng sáu tháng Giêng"). */
static void say_range_end(struct norm_ctx *c, size_t ti, unsigned long day)
{
	if (ti >= 1 && (norm_lc_is(c, ti - 1, "mùng") ||
			norm_lc_is(c, ti - 1, "mồng"))) {
		OUT(norm_lc_is(c, ti - 1, "mùng") ? "mùng" : "mồng");
		norm_cardinal_u(c->out, day, c->southern);
		return;
	}
	say_day(c, day, 1);
}

/* "từ mùng 4 đến 14/4": the end of a span of days begun with "mùng"
 * says "mùng" again for its day, as "mùng 3-4" does (docs/judging.md,
 * b30, b46); so does the last of a list ("mồng 6, 7 và 8/6"). */
static void say_span_day(struct norm_ctx *c, size_t ti, unsigned long day,
			 int word)
{
	size_t pn;
	const char *pp;

	if (word && ti >= 3 &&
	    (norm_prev_is(c, ti, "đến") || norm_prev_is(c, ti, "tới") ||
	     norm_prev_is(c, ti, "-")) &&
	    (norm_lc_is(c, ti - 3, "mùng") || norm_lc_is(c, ti - 3, "mồng")) &&
	    !norm_has_trail(c, ti - 3) && !norm_has_trail(c, ti - 2)) {
		pp = norm_core(c, ti - 2, &pn);
		if (pn && pn <= 2 && norm_all_digits(pp, pn)) {
			OUT(norm_lc_is(c, ti - 3, "mùng") ? "mùng" : "mồng");
			norm_cardinal_u(c->out, day, c->southern);
			return;
		}
	}
	/* "mồng 6, 7 và 8/6": the last of a list begun with "mồng". */
	if (word && ti >= 3 && norm_prev_is(c, ti, "và")) {
		size_t k = ti - 2;

		while (k > 0 && (pp = norm_core(c, k, &pn)) && pn && pn <= 2 &&
		       norm_all_digits(pp, pn))
			k--;
		if (k < ti - 2 && !norm_has_trail(c, k) &&
		    (norm_lc_is(c, k, "mùng") || norm_lc_is(c, k, "mồng"))) {
			OUT(norm_lc_is(c, k, "mùng") ? "mùng" : "mồng");
			norm_cardinal_u(c->out, day, c->southern);
			return;
		}
	}
	say_day(c, day, word);
}

static void say_month(struct norm_ctx *c, unsigned long m, int word)
{
	if (word)
		OUT("tháng");
	norm_say_month(c, m);
}

static void say_year(struct norm_ctx *c, unsigned long y)
{
	OUT("năm");
	norm_cardinal_u(c->out, y, c->southern);
}

/* p is d/m or d/m/yyyy, said with "ngày"; with c NULL, only whether it
 * is one. */
static int say_day_of(struct norm_ctx *c, const char *p, size_t n)
{
	struct dparts d;

	if (!split_date(p, n, &d) || d.sep[0] != '/' || d.k < 2 || d.k > 3 ||
	    !day_ok(&d, 0) || !month_ok(&d, 1) ||
	    (d.k == 3 && (d.sep[1] != '/' || !year_ok(&d, 2))))
		return 0;
	if (!c)
		return 1;
	say_day(c, dv(&d, 0), 1);
	say_month(c, dv(&d, 1), 1);
	if (d.k == 3)
		say_year(c, dv(&d, 2));
	return 1;
}

static int dot_range_ok(const struct norm_ctx *c, size_t ti, size_t te);

/* "từ chiều 1 - 2.10": token ti, a bare day, follows "từ" and a time of
 * day, which name days, not decimals. */
static int timed_from(const struct norm_ctx *c, size_t ti)
{
	return ti >= 2 && !norm_prev_is(c, ti, "từ") &&
	       norm_prev_in(c, ti, norm_list_datetime_range_start) &&
	       norm_prev_is(c, ti - 1, "từ");
}

/* "từ 26 đến 28-3,": token ti ends a range of days whose start, a bare
 * day after "từ", is two tokens back. */
static int days_range_end(const struct norm_ctx *c, size_t ti)
{
	size_t pn;
	const char *pp;

	/* "từ khoảng 19 đến 22-10": "khoảng" may follow "từ". */
	if (ti < 3 || !(norm_prev_is(c, ti, "đến") || norm_prev_is(c, ti, "tới") ||
			norm_prev_is(c, ti, "-")) ||
	    !(norm_lc_is(c, ti - 3, "từ") || timed_from(c, ti - 2) ||
	      (ti >= 4 && norm_lc_is(c, ti - 3, "khoảng") &&
	       !norm_has_trail(c, ti - 4) && norm_lc_is(c, ti - 4, "từ"))))
		return 0;
	/* Ends a phrase: "từ 3 đến 5-10 người" is a count; not so a
	 * d-m whose day is past its month ("từ 26 đến 27-4 họp"), which
	 * no count is (as descending_from below). */
	if (ti + 1 < c->nt && !norm_has_trail(c, ti) && !timed_from(c, ti - 2)) {
		struct dparts d;

		pp = norm_core(c, ti, &pn);
		if (!split_date(pp, pn, &d) || d.k != 2 || d.sep[0] != '-' ||
		    !day_ok(&d, 0) || !month_ok(&d, 1) || dv(&d, 0) <= dv(&d, 1) ||
		    !dot_range_ok(c, ti, ti))
			return 0;
	}
	pp = norm_core(c, ti - 2, &pn);
	return pn <= 2 && norm_all_digits(pp, pn);
}

static const char *const *const strong_words = norm_list_datetime_strong_words;

/* Like norm_prev_in, but token ti may open a bracket, and the word
 * before may end with a colon: "ngày (04/11)", "Hôm nay (26-9)",
 * "Cập nhật ngày: 27/12/2017". */
static int prev_in_bracket(const struct norm_ctx *c, size_t ti,
			   const char *const *words)
{
	if (ti == 0 ||
	    (norm_has_trail(c, ti - 1) &&
	     !(c->t[ti - 1].e + 1 == c->t[ti - 1].s + c->t[ti - 1].n &&
	       c->line[c->t[ti - 1].e] == ':')) ||
	    c->t[ti].b - c->t[ti].s > 1 ||
	    (c->t[ti].b > c->t[ti].s && c->line[c->t[ti].s] != '('))
		return 0;
	for (; *words; words++)
		if (norm_lc_is(c, ti - 1, *words))
			return 1;
	return 0;
}

/* "tuần 39 (23 - 29.9)": token i opens a bracket after a week's number,
 * which holds the week's days. */
static int week_bracket(const struct norm_ctx *c, size_t i)
{
	size_t pn;
	const char *pp;

	if (i < 2 || c->t[i].b - c->t[i].s != 1 || c->line[c->t[i].s] != '(' ||
	    norm_has_trail(c, i - 1) || norm_has_trail(c, i - 2) ||
	    !norm_lc_is(c, i - 2, "tuần"))
		return 0;
	pp = norm_core(c, i - 1, &pn);
	return pn && pn <= 2 && norm_all_digits(pp, pn);
}

/* Token i ends with a comma alone: "nay,". */
static int comma_after(const struct norm_ctx *c, size_t i)
{
	return c->t[i].e + 1 == c->t[i].s + c->t[i].n &&
	       c->line[c->t[i].e] == ',';
}

/* A time just before token ti: "14 giờ 18-5", "lúc 7h30 20-11". */
static int after_time(const struct norm_ctx *c, size_t ti)
{
	size_t pn, k = 0;
	const char *pp;

	if (ti >= 2 && (norm_prev_is(c, ti, "giờ") || norm_prev_is(c, ti, "phút"))) {
		pp = norm_core(c, ti - 2, &pn);
		return pn && pn <= 2 && norm_all_digits(pp, pn);
	}
	if (ti == 0 || norm_has_trail(c, ti - 1) || c->t[ti].b != c->t[ti].s)
		return 0;
	pp = norm_core(c, ti - 1, &pn);
	while (k < pn && k < 2 && pp[k] >= '0' && pp[k] <= '9')
		k++;
	if (!k || k >= pn || (pp[k] != 'h' && pp[k] != 'g'))
		return 0;
	return norm_all_digits(pp + k + 1, pn - k - 1);
}

/*
 * A word before token ti that makes it a date whatever its shape: "ngày",
 * "sáng"..., a weekday ("Thứ Bảy, 7/3"), or "ngày" before a list of days
 * ("ngày 10, 11/6").  *dayw tells whether "ngày" is still to be said.
 */
static int date_trigger(const struct norm_ctx *c, size_t ti, int *dayw)
{
	static const char *const *const now_words = norm_list_datetime_now_words;
	int trig = norm_prev_in(c, ti, strong_words) || after_time(c, ti);
	size_t back = ti;

	*dayw = !prev_in_bracket(c, ti, day_words);
	/* "hai ngày (30/11 và 1/12)": the days counted, each a date; so
	 * a range of them, "hai ngày (4-6/9)" as "(22 - 23.1)". */
	if (!*dayw && ti >= 2 && c->t[ti].b > c->t[ti].s &&
	    ((!norm_has_trail(c, ti) && norm_lc_is(c, ti + 1, "và")) ||
	     memchr(c->line + c->t[ti].b, '-', c->t[ti].e - c->t[ti].b)) &&
	    !norm_has_trail(c, ti - 2) &&
	    (norm_all_digits(c->line + c->t[ti - 2].b,
			     c->t[ti - 2].e - c->t[ti - 2].b) ||
	     norm_lc_is(c, ti - 2, "hai") || norm_lc_is(c, ti - 2, "ba") ||
	     norm_lc_is(c, ti - 2, "vài")))
		*dayw = 1;
	/* "Ngày đăng: 05/01/2026", "Ngày ban hành: 3/2": a label that
	 * starts with "ngày" already said it. */
	if (*dayw && ti >= 2 && c->t[ti].b == c->t[ti].s &&
	    c->t[ti - 1].e + 1 == c->t[ti - 1].s + c->t[ti - 1].n &&
	    c->line[c->t[ti - 1].e] == ':' && !norm_has_trail(c, ti - 2) &&
	    (norm_prev_in(c, ti - 1, day_words) ||
	     (ti >= 3 && norm_prev_in(c, ti - 2, day_words))))
		*dayw = 0;
	/* "Ngày đăng 15/01/2021": a post's date label without a colon
	 * ("ngày ban hành 17/04/2023" says "ngày" again, b2 and b22). */
	if (*dayw && ti >= 2 && c->t[ti].b == c->t[ti].s &&
	    !norm_has_trail(c, ti - 1) && norm_lc_is(c, ti - 1, "đăng") &&
	    norm_lc_is(c, ti - 2, "ngày"))
		*dayw = 0;
	/* "Hôm nay (26-9)", "ngày mai (7-2)", "Hiện nay (23.6)": the date
	 * of the day named. */
	if (!trig && ti >= 2 && prev_in_bracket(c, ti, now_words) &&
	    (norm_prev_in(c, ti - 1, strong_words) ||
	     /* "Sáng sớm nay (23-7)" */
	     (ti >= 3 && norm_prev_is(c, ti - 1, "sớm") &&
	      norm_prev_in(c, ti - 2, strong_words)) ||
	     /* the bracket closes on it: "Hiện nay (1.5 triệu)" is not */
	     (norm_prev_is(c, ti - 1, "hiện") &&
	      c->t[ti].e < c->t[ti].s + c->t[ti].n &&
	      c->line[c->t[ti].e] == ')')))
		trig = 1;
	/* "Chiều nay, 11-10, trên ...": the date set off by commas after
	 * the day named. */
	if (!trig && ti >= 2 && comma_after(c, ti - 1) && comma_after(c, ti) &&
	    c->t[ti].b == c->t[ti].s && c->t[ti - 1].b == c->t[ti - 1].s &&
	    norm_lc_in(c, ti - 1, now_words) &&
	    norm_prev_in(c, ti - 1, strong_words))
		trig = 1;
	/* "Thứ Bảy, 7/3", "Chủ nhật 8/3": a weekday, then its date. */
	if (!trig && ti >= 2 &&
	    (norm_lc_is(c, ti - 2, "thứ") || norm_lc_is(c, ti - 2, "chủ")) &&
	    (norm_lc_is(c, ti - 1, "hai") || norm_lc_is(c, ti - 1, "ba") ||
	     norm_lc_is(c, ti - 1, "tư") || norm_lc_is(c, ti - 1, "năm") ||
	     norm_lc_is(c, ti - 1, "sáu") || norm_lc_is(c, ti - 1, "bảy") ||
	     norm_lc_is(c, ti - 1, "nhật") ||
	     (c->t[ti - 1].lcn == 1 && c->low.p[c->t[ti - 1].lc] >= '2' &&
	      c->low.p[c->t[ti - 1].lc] <= '7')))
		trig = 1;
	/* "ngày 2 và 3-4": a day after "ngày", then "và" and a date; "ngày"
	 * is said again ("ngày hai và ngày ba tháng tư"), also after a
	 * list ("các ngày 13, 14 và 15-8", as "các ngày 7, 8 và 9/5"). */
	if (!trig && ti >= 3 && norm_prev_is(c, ti, "và")) {
		size_t pn, k = ti - 2;
		const char *pp = norm_core(c, k, &pn);

		trig = norm_all_digits(pp, pn) && pn <= 2 &&
		       norm_prev_in(c, k, strong_words);
		while (!trig && norm_all_digits(pp, pn) && pn && pn <= 2 &&
		       k > 1 && ti - k < 6) {
			pp = norm_core(c, --k, &pn);
			if (!norm_has_trail(c, k) ||
			    c->line[c->t[k].e] != ',' ||
			    !norm_all_digits(pp, pn) || pn > 2)
				break;
			if (norm_prev_in(c, k, strong_words))
				trig = 1;
		}
	}
	/* "đến hết 11/5": until the end of that day. */
	if (!trig && ti >= 2 && norm_prev_is(c, ti, "hết") &&
	    (norm_prev_is(c, ti - 1, "đến") || norm_prev_is(c, ti - 1, "tới")) &&
	    !norm_next_in(c, ti, norm_list_datetime_share_of))
		trig = 1;
	/* "ngày 10, 11/6": a list of days after "ngày". */
	while (!trig && back > 0 && ti - back < 4) {
		size_t pn;
		const char *pp = norm_core(c, back - 1, &pn);

		if (!norm_all_digits(pp, pn) || pn > 2)
			break;
		back--;
		if (norm_prev_in(c, back, strong_words)) {
			trig = 1;
			*dayw = 0;
		}
	}
	return trig;
}

/* "gieo 20 – 30.1,", "sạ từ 1 - 5.6,", "trỗ vào khoảng 6.5 – 15.5.":
 * token ti opens a range after a verb of the crop calendar, or after
 * its "từ" or "vào khoảng"; what is sown has days, not decimals. */
static int after_sowing(const struct norm_ctx *c, size_t ti)
{
	static const char *const *const sow = norm_list_datetime_sow_verbs;

	if (norm_prev_in(c, ti, sow))
		return 1;
	if (ti >= 2 && norm_prev_is(c, ti, "từ"))
		return norm_prev_in(c, ti - 1, sow);
	return ti >= 3 && norm_prev_is(c, ti, "khoảng") &&
	       norm_prev_is(c, ti - 1, "vào") && norm_prev_in(c, ti - 2, sow);
}

/* Token i ends its line, sentence or clause. */
static int clause_end(const struct norm_ctx *c, size_t i)
{
	return i + 1 == c->nt ||
	       (norm_has_trail(c, i) && (c->line[c->t[i].e] == '.' ||
					 c->line[c->t[i].e] == ',' ||
					 c->line[c->t[i].e] == ';'));
}

/* "từ 01 - 05/12/2026", "từ 1 đến 5/12", "chiều tối 27 đến ngày 29/5":
 * the first day of a range whose end is a date. */
static int range_first_day(struct norm_ctx *c, size_t ti, const char *p,
			   size_t n)
{
	size_t en, k, ei = ti + 2;
	const char *end;
	struct dparts e;
	unsigned long day = 0;
	int whole, open, bracket, sow, loose, night;

	/* A day has one or two digits and a word after it. */
	if (n > 2 || !norm_all_digits(p, n) || ti + 2 >= c->nt ||
	    norm_has_trail(c, ti))
		return 0;
	/* "hai ngày (22 - 23.1)": in brackets after "ngày". */
	open = c->t[ti].b > c->t[ti].s && c->line[c->t[ti].s] == '(';
	bracket = open && (prev_in_bracket(c, ti, day_words) ||
			   week_bracket(c, ti));
	/* "gieo mạ 15 - 25/11": with no word that opens a range, only
	 * before a date with a slash, after a word that is no quantity. */
	sow = !open && after_sowing(c, ti);
	loose = !(norm_prev_in(c, ti, norm_list_datetime_range_start) ||
		  open || sow || (ti >= 2 && norm_prev_is(c, ti, "khoảng") &&
				  !norm_has_trail(c, ti - 2) &&
				  norm_lc_is(c, ti - 2, "từ")));
	/* "(đêm 14 ngày 15-9)": a night, then the day it runs into. */
	night = norm_prev_is(c, ti, "đêm") && norm_lc_is(c, ti + 1, "ngày");

	/* At the start of a line too: "26 - 27/4: hội nghị". */
	if ((loose && ti > 0 && (norm_has_trail(c, ti - 1) ||
		       norm_has_digit(c->line + c->t[ti - 1].s,
				      c->t[ti - 1].n) ||
		       norm_prev_in(c, ti, norm_list_datetime_quantity) ||
		       norm_prev_in(c, ti, strong_words) ||
		       norm_prev_in(c, ti, day_words))) ||
	    !(norm_lc_is(c, ti + 1, "-") || norm_lc_is(c, ti + 1, "đến") ||
	      /* "đêm 01 và ngày 02/01": two days, after a time of day */
	      (norm_lc_is(c, ti + 1, "và") && !loose && !open &&
	       !norm_prev_is(c, ti, "từ") && norm_lc_is(c, ti + 2, "ngày")) ||
	      night) ||
	    norm_has_trail(c, ti + 1))
		return 0;
	/* "từ chiều tối 27 đến ngày 29/5": the end may say "ngày". */
	if (ei + 1 < c->nt && norm_lc_is(c, ei, "ngày") && !norm_has_trail(c, ei))
		ei++;
	end = norm_core(c, ei, &en);
	/* "Từ 9 đến 14-1,", "hai ngày (22 - 23.1)": a dash or a dot ends
	 * a range of days only where it is surely a date. */
	/* "Đại hội ... (19 - 23/01/2026)": a bracket of its own holds a
	 * range of days if its end is a whole date. */
	/* "từ 26 - 27-4-2025", "26 đến 27.4.2025": an end that is a whole
	 * date, year and all, is sure whatever its separator. */
	whole = split_date(end, en, &e) && e.k == 3 &&
		e.sep[0] == e.sep[1] && year_ok(&e, 2);
	if (!split_date(end, en, &e) || e.k < 2 ||
	    (open && !bracket && !(e.k == 3 && e.sep[0] == '/')) ||
	    (loose && ((e.sep[0] != '/' && !whole) || ei != ti + 2 ||
		       !dot_range_ok(c, ti, ei) ||
		       norm_prev_in(c, ti, norm_list_number_house_words) ||
		       norm_prev_in(c, ti, norm_list_number_naming) ||
		       norm_next_in(c, ei, norm_list_number_counted) ||
		       /* "2 - 3/4 số hộ": a share, as norm_say_date() */
		       norm_next_in(c, ei, norm_list_datetime_share_of))) ||
	    !(e.sep[0] == '/' || whole ||
	      (e.sep[0] == '-' && ei == ti + 2 &&
	       (days_range_end(c, ei) || ((bracket || night) && e.k == 2))) ||
	      (e.sep[0] == '.' && e.k == 2 && ei == ti + 2 &&
	       /* "Tây Giang từ 18 - 22.2.", "từ 6 – 20.2,": a range
		* that ends the sentence or its clause after "từ" (at a
		* comma only with a two-digit day; not a pH, "pH từ 6 -
		* 7.5,"). */
	       (bracket || (sow && clause_end(c, ei)) ||
		(!open && timed_from(c, ti)) ||
		(!open && norm_prev_is(c, ti, "từ") &&
			    !(ti >= 2 && norm_lc_is(c, ti - 2, "ph")) &&
			    (ei + 1 == c->nt || (norm_has_trail(c, ei) &&
			     (c->line[c->t[ei].e] == '.' ||
			      /* a decimal "2 - 3.5," stays one */
			      (c->line[c->t[ei].e] == ',' && en > 3 &&
			       en <= 5 && end[2] == '.') ||
			      c->line[c->t[ei].e] == ';'))))) &&
	       dot_range_ok(c, bracket ? ei : ti, ei))) ||
	    !day_ok(&e, 0) || !month_ok(&e, 1) || !(e.k == 2 || year_ok(&e, 2)))
		return 0;
	for (k = 0; k < n; k++)
		day = day * 10 + (unsigned long)(p[k] - '0');
	if (day < 1 || day >= dv(&e, 0))
		return 0;
	say_day(c, day, 1);
	return 1;
}

/* Day and month of d, as one number that grows with the date. */
static unsigned long dm_key(const struct dparts *d, size_t i)
{
	return dv(d, i + 1) * 100 + dv(d, i);
}

/* A range of d.m dates from token ti after "từ" to token te is no range
 * of decimals written with a dot: "tăng từ 1.2 đến 3.4 lần", "1.5-2.5m". */
static int no_unit_after(const struct norm_ctx *c, size_t te)
{
	const char *p;
	size_t n;

	if (te + 1 >= c->nt || norm_has_trail(c, te))
		return 1;
	p = norm_core(c, te + 1, &n);
	return !norm_find_unit(p, n) && !norm_lc_is(c, te + 1, "lần");
}

static int dot_range_ok(const struct norm_ctx *c, size_t ti, size_t te)
{
	if (ti >= 2 && norm_prev_in(c, ti - 1, norm_list_datetime_quantity))
		return 0;
	return no_unit_after(c, te);
}

/* Token ti is a d.m (or d-m) date that a later one follows after "đến"
 * or a spaced dash: "từ 10.3 - 10.4", "từ 21.6 đến 24.6", "từ 16.12 đến ngày
 * 23.12" (the end says "ngày", a day). */
static int dot_range_start(const struct norm_ctx *c, size_t ti,
			   const struct dparts *d)
{
	struct dparts e;
	const char *p;
	size_t n, ei = ti + 2;

	if (d->k != 2 || (d->sep[0] != '.' && d->sep[0] != '-') ||
	    !day_ok(d, 0) || !month_ok(d, 1) ||
	    !(norm_prev_is(c, ti, "từ") || week_bracket(c, ti) ||
	      after_sowing(c, ti)) ||
	    ti + 2 >= c->nt ||
	    norm_has_trail(c, ti) || norm_has_trail(c, ti + 1) ||
	    !(norm_lc_is(c, ti + 1, "-") || norm_lc_is(c, ti + 1, "đến")))
		return 0;
	if (ei + 1 < c->nt && norm_lc_is(c, ti + 1, "đến") &&
	    norm_lc_is(c, ei, "ngày") && !norm_has_trail(c, ei))
		ei++;
	p = norm_core(c, ei, &n);
	/* "từ 26.4 - 27.4.2025": the end may give the year. */
	if (!split_date(p, n, &e) || e.sep[0] != d->sep[0] ||
	    !(e.k == 2 || (e.k == 3 && e.sep[1] == e.sep[0] && year_ok(&e, 2))))
		return 0;
	/* "(từ 1-3 đến 31-3)": with dashes, after "đến" only, and the end
	 * a day past its month, which no range of counts is ("từ 1-2 đến
	 * 3-4 người"), as descending_from below. */
	if (d->sep[0] == '-' && (!norm_lc_is(c, ti + 1, "đến") ||
				 dv(&e, 0) <= dv(&e, 1)))
		return 0;
	return day_ok(&e, 0) && month_ok(&e, 1) &&
	       dm_key(d, 0) < dm_key(&e, 0) &&
	       dot_range_ok(c, ti, ei);
}

/* "nhắc: từ 1.7, ví điện tử là ...": a d.m after "từ" or "kể từ" that
 * opens a clause and ends at a comma is a date, as one after "trước";
 * "tăng từ 1.2 đến 3.4 lần" is not. */
static int dot_date_from(const struct norm_ctx *c, size_t ti,
			 const struct dparts *d)
{
	if (d->sep[0] != '.' || !day_ok(d, 0) || !month_ok(d, 1) ||
	    !norm_has_trail(c, ti) || c->line[c->t[ti].e] != ',')
		return 0;
	/* "cấp CCCD trước 1.7, nhiều tổ": a deadline (b58-p8419-1). */
	if (norm_prev_is(c, ti, "trước"))
		return 1;
	if (!norm_prev_is(c, ti, "từ"))
		return 0;
	if (ti >= 2 && norm_lc_is(c, ti - 2, "kể") && !norm_has_trail(c, ti - 2))
		return ti < 3 || norm_has_trail(c, ti - 3);
	return ti < 2 || norm_has_trail(c, ti - 2);
}

/* "bắt đầu từ 31-1", "đến 13-4 mới có": after "từ", "đến" or "tới", a
 * d-m whose day is past its month cannot be a range ("từ 3-5 người"),
 * so it is a date; so after a word of quantity too ("còn đến 15-11
 * được giữ"), where a range would climb, unless a unit follows. */
static int descending_from(const struct norm_ctx *c, size_t ti,
			   const struct dparts *d)
{
	return d->sep[0] == '-' && day_ok(d, 0) && month_ok(d, 1) &&
	       dv(d, 0) > dv(d, 1) &&
	       (norm_prev_is(c, ti, "từ") || norm_prev_is(c, ti, "đến") ||
		norm_prev_is(c, ti, "tới") ||
		/* "vào 14-8 họp": on that day */
		norm_prev_is(c, ti, "vào")) &&
	       no_unit_after(c, ti);
}

/* "Quốc khánh 2-9,", "Lao động 1.5": a d-m after a holiday's name that
 * ends its phrase (or comes before "năm", "này", or a word that opens
 * the next clause, "Quốc khánh 2-9 thì"), where a count would go on to
 * what it counts ("lao động 2-3 người"). */
static int holiday_date(const struct norm_ctx *c, size_t ti,
			const struct dparts *d)
{
	static const char *const after[] = { "năm", "này", "tới", "hằng",
					     "thì", "vừa", "đã", "sẽ", "để", NULL };
	size_t n;
	const char *p;
	struct dparts e;

	/* "lễ 30-4 và 1-5": another date after "và" ends the phrase. */
	if (d->sep[0] != '/' && ti + 2 < c->nt && !norm_has_trail(c, ti) &&
	    norm_lc_is(c, ti + 1, "và") && !norm_has_trail(c, ti + 1) &&
	    (p = norm_core(c, ti + 2, &n)) && split_date(p, n, &e) &&
	    e.k == 2 && e.sep[0] == d->sep[0] && day_ok(&e, 0) &&
	    month_ok(&e, 1) && day_ok(d, 0) && month_ok(d, 1) &&
	    norm_prev_in(c, ti, norm_list_datetime_holiday))
		return 1;

	return d->sep[0] != '/' && day_ok(d, 0) && month_ok(d, 1) &&
	       (norm_prev_in(c, ti, norm_list_datetime_holiday) ||
		(ti >= 2 && norm_prev_is(c, ti, "động") &&
		 norm_prev_is(c, ti - 1, "lao"))) &&
	       (ti + 1 >= c->nt || norm_has_trail(c, ti) ||
		norm_next_in(c, ti, after)) &&
	       dot_range_ok(c, ti, ti);
}

/* "Ngày toàn dân phòng cháy, chữa cháy 4/10,": a d/m that ends its
 * phrase after the name of a day ("Ngày" capitalised within the
 * sentence) is its date, even one shaped like a fraction. */
static int named_day_date(const struct norm_ctx *c, size_t ti,
			  const struct dparts *d)
{
	size_t k;
	char e;

	if (d->k != 2 || d->sep[0] != '/' || !day_ok(d, 0) || !month_ok(d, 1) ||
	    !(ti + 1 >= c->nt || norm_has_trail(c, ti)))
		return 0;
	for (k = ti; k > 0 && ti - k < 12; k--) {
		if (c->t[k - 1].e - c->t[k - 1].b == 5 &&
		    !memcmp(c->line + c->t[k - 1].b, "Ngày", 5))
			return k - 1 > 0;
		e = norm_has_trail(c, k - 1) ? c->line[c->t[k - 1].e] : 0;
		if (e == '.' || e == ';' || e == ':' || e == '(' || e == ')')
			return 0;
	}
	return 0;
}

/* "Ngày 11.8 bà nạp ..., đến 19.8 số dư": a d.m after "đến", "tới" or
 * "trước" in a line that has already named a day of the same month,
 * after "ngày", in the same shape, is another date (b61-p9085-2). */
static int dated_line(const struct norm_ctx *c, size_t ti,
		      const struct dparts *d)
{
	size_t k, n;
	const char *p;
	struct dparts e;

	if (d->k != 2 || d->sep[0] == '/' || !day_ok(d, 0) || !month_ok(d, 1) ||
	    !(norm_prev_is(c, ti, "đến") || norm_prev_is(c, ti, "tới") ||
	      norm_prev_is(c, ti, "trước")) || !no_unit_after(c, ti))
		return 0;
	for (k = 1; k + 1 < ti; k++) {
		if (!norm_lc_is(c, k - 1, "ngày") || norm_has_trail(c, k - 1))
			continue;
		p = norm_core(c, k, &n);
		if (split_date(p, n, &e) && e.k == 2 && e.sep[0] == d->sep[0] &&
		    day_ok(&e, 0) && month_ok(&e, 1) && dv(&e, 1) == dv(d, 1))
			return 1;
	}
	return 0;
}

/* "từ ngày 27-7 đến 29-7", "từ 26 đến 28-3", "ngày 7 - 13.9": the
 * second date of a range, after "đến" or a dash. */
static int second_of_range(const struct norm_ctx *c, size_t ti,
			   const struct dparts *d)
{
	size_t j;

	if (d->sep[0] == '/')
		return 0;
	/* "từ sáng 28-4 đến 1-5", "lễ 30-4 và 1-5": the start was a
	 * d-m read as a date, so the end is one too. */
	/* "từ 28-4 đến 1-5", "từ sáng 28.4 - 1.5": so too after "tới" or
	 * a spaced dash, and after a start that is a date by its day past
	 * its month; the end is later, as a range of dates goes. */
	if ((norm_prev_is(c, ti, "đến") || norm_prev_is(c, ti, "và") ||
	     norm_prev_is(c, ti, "tới") || norm_prev_is(c, ti, "-")) &&
	    ti >= 3 && d->k == 2 && !norm_has_trail(c, ti - 2)) {
		struct dparts s;
		size_t n;
		int dw;
		const char *p = norm_core(c, ti - 2, &n);

		if (split_date(p, n, &s) && s.k == 2 &&
		    s.sep[0] == d->sep[0] && day_ok(&s, 0) && month_ok(&s, 1) &&
		    (norm_prev_is(c, ti, "và") ||
		     (day_ok(d, 0) && month_ok(d, 1) &&
		      dm_key(&s, 0) < dm_key(d, 0))) &&
		    (date_trigger(c, ti - 2, &dw) ||
		     holiday_date(c, ti - 2, &s) ||
		     descending_from(c, ti - 2, &s)))
			return 1;
	}
	if (!(norm_prev_is(c, ti, "đến") || norm_prev_is(c, ti, "tới") ||
	      norm_prev_is(c, ti, "-")))
		return 0;
	for (j = 2; j <= 4 && j <= ti; j++)
		if (norm_lc_is(c, ti - j, "ngày"))
			return 1;
	/* "tuần 39 (23 - 29.9)": the end of the week's days. */
	if (ti >= 2 && d->k == 2 && week_bracket(c, ti - 2) &&
	    norm_has_trail(c, ti) && c->line[c->t[ti].e] == ')' &&
	    dv(d, 0) >= 1 && dv(d, 0) <= 31 && dv(d, 1) >= 1 && dv(d, 1) <= 12)
		return 1;
	/* "từ 10.3 - 10.4": the start was a date too. */
	if (ti >= 3 && d->k == 2) {
		struct dparts s;
		size_t n;
		const char *p = norm_core(c, ti - 2, &n);

		if (split_date(p, n, &s) && dot_range_start(c, ti - 2, &s))
			return 1;
	}
	/* "gieo 20 – 30.1,", "sạ từ 1 - 5.6,": the end of a range of days
	 * after a verb of the crop calendar (range_first_day()). */
	if (ti >= 2 && d->k == 2 && d->sep[0] == '.' && clause_end(c, ti) &&
	    day_ok(d, 0) && month_ok(d, 1) && !norm_has_trail(c, ti - 2) &&
	    after_sowing(c, ti - 2) && dot_range_ok(c, ti - 2, ti)) {
		size_t n;
		const char *p = norm_core(c, ti - 2, &n);

		if (n <= 2 && norm_all_digits(p, n))
			return 1;
	}
	/* "tăng từ 2 đến 3.5": decimals after a word of quantity; with a
	 * dot, only where range_first_day() takes the start for a day
	 * too ("mực nước từ 2 - 3.5, có nơi" stays a decimal). */
	return days_range_end(c, ti) &&
	       (d->sep[0] != '.' || (timed_from(c, ti - 2) && dot_range_ok(c, ti - 2, ti)) ||
		(dot_range_ok(c, ti - 2, ti) &&
		 (ti + 1 == c->nt || c->line[c->t[ti].e] == '.' ||
		  c->line[c->t[ti].e] == ';' ||
		  (c->line[c->t[ti].e] == ',' && dv(d, 0) >= 10))));
}

/* Two numbers: a day and a month, a month and a year, two years, a
 * document number, two days. */
static int say_two_parts(struct norm_ctx *c, size_t ti, const struct dparts *d,
			 int trig, int dayw)
{
	static const char *const *const street_words =
		norm_list_datetime_street_words;
	static const char *const *const weak = norm_list_datetime_weak;
	static const char *const *const house_before =
		norm_list_datetime_house_before;

	/* "đường 3/2", "phố 19/5", "Quảng trường 12.11": streets, squares
	 * and schools named after a date. */
	if ((d->sep[0] == '/' || (d->sep[0] == '.' && dot_range_ok(c, ti, ti))) &&
	    (norm_prev_in(c, ti, street_words) ||
	     /* "Công viên 23/9": a park, two words. */
	     (ti >= 2 && norm_prev_is(c, ti, "viên") &&
	      norm_prev_is(c, ti - 1, "công"))) &&
	    day_ok(d, 0) && month_ok(d, 1)) {
		say_day(c, dv(d, 0), 0);
		say_month(c, dv(d, 1), 1);
		return 1;
	}
	/* "Tiểu khu 19-5", "Hợp tác xã 19-5": a place or a body named
	 * after a date with a dash; a day past 12 before a smaller month
	 * is no range of counts nor a section's code. */
	if (d->sep[0] == '-' && d->k == 2 && day_ok(d, 0) && month_ok(d, 1) &&
	    dv(d, 0) > 12 && norm_prev_in(c, ti, norm_list_datetime_named_places) &&
	    c->t[ti].b == c->t[ti].s && !trig) {
		say_day(c, dv(d, 0), 0);
		say_month(c, dv(d, 1), 1);
		return 1;
	}
	/* "năm học 2025/2026": two years. */
	if (d->sep[0] == '/' && year_ok(d, 0) && year_ok(d, 1)) {
		norm_cardinal_u(c->out, dv(d, 0), c->southern);
		OUT("đến");
		norm_cardinal_u(c->out, dv(d, 1), c->southern);
		return 1;
	}
	/* "tuần 43/2022": a week of the year, as dengue and flu bulletins
	 * count them. */
	if (d->sep[0] == '/' && d->len[0] <= 2 && dv(d, 0) >= 1 &&
	    dv(d, 0) <= 53 && year_ok(d, 1) && norm_prev_is(c, ti, "tuần")) {
		norm_cardinal_u(c->out, dv(d, 0), c->southern);
		say_year(c, dv(d, 1));
		return 1;
	}
	/* "Thông tư 15/2023", "Nghị định số 12/2025": a document number
	 * without its code, read like one. */
	if (d->sep[0] == '/' && year_ok(d, 1) &&
	    (!month_ok(d, 0) || norm_prev_in(c, ti, doc_words))) {
		norm_say_id(c, d->num[0], d->len[0]);
		norm_buf_addc(c->out, ',');
		norm_cardinal_u(c->out, dv(d, 1), c->southern);
		return 1;
	}
	/* m/yyyy; "quý 02/2021", "đợt 1/2026" */
	if (d->len[0] <= 2 && year_ok(d, 1) && month_ok(d, 0)) {
		static const char *const *const rounds =
			norm_list_datetime_rounds;

		if (norm_prev_in(c, ti, rounds)) {
			norm_cardinal_u(c->out, dv(d, 0), c->southern);
		} else {
			say_month(c, dv(d, 0), !norm_prev_is(c, ti, "tháng"));
		}
		say_year(c, dv(d, 1));
		return 1;
	}
	/* "ngày 10-12 tháng Giêng": days 10 to 12, the month in words. */
	if (d->sep[0] == '-' && trig && day_ok(d, 0) && day_ok(d, 1) &&
	    dv(d, 0) < dv(d, 1) && !norm_has_trail(c, ti) &&
	    norm_lc_is(c, ti + 1, "tháng")) {
		say_day(c, dv(d, 0), dayw);
		OUT("đến");
		say_range_end(c, ti, dv(d, 1));
		return 1;
	}
	trig = trig || second_of_range(c, ti, d) || dot_range_start(c, ti, d) ||
	       dot_date_from(c, ti, d) || descending_from(c, ti, d) ||
	       holiday_date(c, ti, d) || named_day_date(c, ti, d) ||
	       dated_line(c, ti, d);
	/* d/m with a leading zero or after "ngày", "từ", ...; d-m, d.m only
	 * after such a word. */
	/* Bare d/m is a date ("8/3", "2/9", "19/8"), except the everyday
	 * fractions (a half, thirds, quarters, fifths, tenths) and after
	 * words of quantity ("giảm 1/3", "2/5 số hộ"). */
	/* "trú tại 12/5 Lê Lợi": a house number before a street's name
	 * (two capitalised words), not a date ("tại 12/5 Hội nghị" is
	 * one). */
	if (d->sep[0] == '/' && norm_prev_in(c, ti, house_before) &&
	    !norm_has_trail(c, ti) && !norm_has_trail(c, ti + 1) &&
	    norm_street_name_at(c, ti + 1) && norm_street_name_at(c, ti + 2))
		return 0;
	if (day_ok(d, 0) && month_ok(d, 1) &&
	    (trig || (d->sep[0] == '/' && (norm_prev_in(c, ti, weak) ||
					    d->num[0][0] == '0' ||
					    d->num[1][0] == '0' ||
					    bare_date(c, ti, d))))) {
		say_span_day(c, ti, dv(d, 0), dayw);
		say_month(c, dv(d, 1), 1);
		return 1;
	}
	return 0;
}

/* The next token is a time of day ("06:42:14"). */
static int time_next(const struct norm_ctx *c, size_t ti)
{
	size_t n;
	const char *p;

	if (ti + 1 >= c->nt || norm_has_trail(c, ti))
		return 0;
	p = norm_core(c, ti + 1, &n);
	return n >= 4 && norm_is_digit(p[0]) && memchr(p, ':', n) &&
	       norm_digit_run(p, n) <= 2 && p[norm_digit_run(p, n)] == ':';
}

/* Three to five numbers: a full date, a range of days, months or dates. */
static int say_more_parts(struct norm_ctx *c, size_t ti, const struct dparts *d,
			  int trig, int dayw)
{
	size_t k = d->k;
	/* "tháng 4-5-2012": after "tháng" no day can come, so two months
	 * and their year, as "tháng 4-5/2012". */
	int months = norm_prev_is(c, ti, "tháng");

	/* yyyy-mm-dd, the ISO order: "đăng ngày 2023-04-04". */
	if (k == 3 && d->sep[0] == '-' && d->sep[1] == '-' && year_ok(d, 0) &&
	    d->len[1] == 2 && month_ok(d, 1) && d->len[2] == 2 && day_ok(d, 2)) {
		say_day(c, dv(d, 2), dayw);
		say_month(c, dv(d, 1), 1);
		say_year(c, dv(d, 0));
		return 1;
	}
	/* d/m/yyyy, d-m-yyyy, d.m.yyyy */
	if (k == 3 && d->sep[0] == d->sep[1] && !(months && d->sep[0] == '-') &&
	    day_ok(d, 0) && month_ok(d, 1) &&
	    year_ok(d, 2)) {
		say_span_day(c, ti, dv(d, 0), dayw);
		say_month(c, dv(d, 1), 1);
		say_year(c, dv(d, 2));
		return 1;
	}
	/* "Thứ năm, 5-2-26 06:42:14", "05/02/26": a two-digit year, of this
	 * century as the corpus reads it (b31, b37), after a date's word,
	 * before a time or written with its zeros. */
	/* With slashes, also after "từ", "đến", ... (the words that make a
	 * bare d/m a date) or alone in brackets: "từ 5/3/25", "(5/3/25)". */
	if (k == 3 && d->sep[0] == d->sep[1] && d->sep[0] != '.' &&
	    day_ok(d, 0) && month_ok(d, 1) && d->len[2] == 2 &&
	    (trig || time_next(c, ti) ||
	     (d->sep[0] == '/' &&
	      ((d->len[0] == 2 && d->len[1] == 2) ||
	       norm_prev_in(c, ti, norm_list_datetime_weak) ||
	       (c->t[ti].b == c->t[ti].s + 1 && c->line[c->t[ti].s] == '(' &&
		c->t[ti].e < c->t[ti].s + c->t[ti].n &&
		c->line[c->t[ti].e] == ')'))))) {
		say_day(c, dv(d, 0), dayw);
		say_month(c, dv(d, 1), 1);
		say_year(c, 2000 + dv(d, 2));
		return 1;
	}
	/* "10-28-2021 17:30:39": a dateline month first, the US order,
	 * only where the second part is no month. */
	if (k == 3 && d->sep[0] == '-' && d->sep[1] == '-' && month_ok(d, 0) &&
	    !month_ok(d, 1) && day_ok(d, 1) && year_ok(d, 2)) {
		say_day(c, dv(d, 1), dayw);
		say_month(c, dv(d, 0), 1);
		say_year(c, dv(d, 2));
		return 1;
	}
	trig = trig || second_of_range(c, ti, d);
	/* d1-d2/m[/yyyy], d1-d2.m; "26–27-4", an en dash then a hyphen,
	 * after a date's word or after "từ" where the second day is past
	 * any month (a two-digit year was read above). */
	if ((k == 3 || (k == 4 && d->sep[2] == '-')) && d->sep[0] == '-' &&
	    d->sep[1] == '-' && !trig && dv(d, 1) > 12 &&
	    (norm_prev_is(c, ti, "từ") || (k == 4 && year_ok(d, 3))))
		trig = 1;
	if ((k == 3 || k == 4) && d->sep[0] == '-' &&
	    (d->sep[1] != '-' || (trig && (k == 3 || d->sep[2] == '-'))) &&
	    (k == 4 || d->sep[1] == '/' || trig) && day_ok(d, 0) && day_ok(d, 1) &&
	    month_ok(d, 2) && dv(d, 0) < dv(d, 1) &&
	    (k == 3 || (d->sep[2] == d->sep[1] && year_ok(d, 3)))) {
		say_day(c, dv(d, 0), dayw);
		OUT("đến");
		say_range_end(c, ti, dv(d, 1));
		say_month(c, dv(d, 2), 1);
		if (k == 4)
			say_year(c, dv(d, 3));
		return 1;
	}
	/* m1-m2/yyyy */
	if (k == 3 && d->sep[0] == '-' && (d->sep[1] != '-' || months) &&
	    month_ok(d, 0) &&
	    month_ok(d, 1) && year_ok(d, 2) && dv(d, 0) < dv(d, 1)) {
		say_month(c, dv(d, 0), !norm_prev_is(c, ti, "tháng"));
		OUT("đến");
		say_month(c, dv(d, 1), 1);
		say_year(c, dv(d, 2));
		return 1;
	}
	/* d1/m1-d2/m2[/yyyy]; "từ 12.3-30.4", a later date after the dash */
	if ((k == 4 || k == 5) && d->sep[1] == '-' && d->sep[0] == d->sep[2] &&
	    (d->sep[0] == '/' ||
	     (d->sep[0] == '.' && (trig || norm_prev_is(c, ti, "từ")) &&
	      dm_key(d, 0) < dm_key(d, 2) && dot_range_ok(c, ti, ti))) &&
	    day_ok(d, 0) && month_ok(d, 1) &&
	    day_ok(d, 2) && month_ok(d, 3) &&
	    (k == 4 || (d->sep[3] == d->sep[0] && year_ok(d, 4)))) {
		say_day(c, dv(d, 0), dayw);
		say_month(c, dv(d, 1), 1);
		OUT("đến");
		say_day(c, dv(d, 2), 1);
		say_month(c, dv(d, 3), 1);
		if (k == 5)
			say_year(c, dv(d, 4));
		return 1;
	}
	return 0;
}

/* "10/10 âl", "6-1 âm lịch": a date of the lunar calendar follows. */
static int lunar_next(const struct norm_ctx *c, size_t ti)
{
	if (ti + 1 >= c->nt || norm_has_trail(c, ti) ||
	    c->t[ti + 1].b != c->t[ti + 1].s)
		return 0;
	if (c->t[ti + 1].lcn == 3 && !memcmp(c->line + c->t[ti + 1].b, "âl", 3))
		return 1;
	/* "(11.2 dương lịch)": the solar date beside a lunar one. */
	return ti + 2 < c->nt && (norm_lc_is(c, ti + 1, "âm") ||
				  norm_lc_is(c, ti + 1, "dương")) &&
	       !norm_has_trail(c, ti + 1) && norm_lc_is(c, ti + 2, "lịch");
}

/*
 * "2017-10-11T10:25:00", "2024-03-05T08:00:00+07:00", a web page's
 * stamp pasted with its text: the date, a pause, its time.  Fractions
 * of a second and the zone are not said (the pages are Vietnamese).
 */
static int iso_stamp(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	size_t end = n, k, j;

	if (n < 16 || p[10] != 'T' || p[4] != '-' || p[7] != '-')
		return 0;
	if (p[end - 1] == 'Z')
		end--;
	for (k = 13; k < end; k++)
		if (p[k] == '+' || p[k] == '-' || p[k] == '.')
			break;
	/* What follows the time: a zone, "+07:00", or a fraction, ".000". */
	for (j = k + 1; j < end; j++)
		if (!norm_is_digit(p[j]) && !norm_in_set(":+-", p[j]))
			return 0;
	if (parse_time(c, ti, p + 11, k - 11, 0, 0) != k - 11 ||
	    !memchr(p + 11, ':', k - 11) || !norm_say_date(c, ti, p, 10))
		return 0;
	norm_buf_addc(c->out, ',');
	parse_time(c, ti, p + 11, k - 11, 1, 0);
	return 1;
}

static int say_date(struct norm_ctx *c, size_t ti, const char *p, size_t n,
		    int lunar)
{
	static const char *const *const house_words =
		norm_list_datetime_house_words;
	static const char *const *const share_of = norm_list_datetime_share_of;
	static const char *const *const class_words =
		norm_list_datetime_class_words;
	struct dparts d;
	/* "tuần 39 (23-29.9)": the week's days in its bracket. */
	int dayw, trig = date_trigger(c, ti, &dayw) || lunar || lunar_next(c, ti) ||
			 week_bracket(c, ti);

	/* "trực 24/7", "trực 24/24": around the clock; "ngày 24/7" a
	 * date, and so is the start of a span, "từ 24/7 đến 11/8". */
	if (n == 4 && !memcmp(p, "24/7", 4) && !norm_prev_is(c, ti, "ngày") &&
	    !(norm_prev_is(c, ti, "từ") && ti + 1 < c->nt &&
	      norm_lc_is(c, ti + 1, "đến"))) {
		OUT("hai mươi tư trên bảy");
		return 1;
	}
	if (n == 5 && !memcmp(p, "24/24", 5)) {
		OUT("hai mươi tư trên hai mươi tư");
		return 1;
	}
	if (iso_stamp(c, ti, p, n) || range_first_day(c, ti, p, n))
		return 1;
	if (!split_date(p, n, &d) ||
	    (d.sep[0] == '.' && (norm_after_ph(c, ti) ||
				 norm_after_magnitude(c, ti) ||
				 norm_after_uv(c, ti))))
		return 0;
	/* "lớp 5/1", "lớp 12/3": a grade and the class in it. */
	if (d.k == 2 && d.sep[0] == '/' &&
	    (norm_prev_in(c, ti, class_words) ||
	     /* "lớp 2/2 và 2/3": the second class of a list. */
	     (ti >= 3 && norm_prev_is(c, ti, "và") &&
	      norm_prev_in(c, ti - 2, class_words) &&
	      memchr(c->line + c->t[ti - 2].b, '/',
		     c->t[ti - 2].e - c->t[ti - 2].b))) &&
	    dv(&d, 0) >= 1 && dv(&d, 0) <= 12 && dv(&d, 1) >= 1 &&
	    dv(&d, 1) <= 20 && d.num[1][0] != '0') {
		norm_cardinal_u(c->out, dv(&d, 0), c->southern);
		norm_cardinal_u(c->out, dv(&d, 1), c->southern);
		return 1;
	}
	/* "1/3 số vụ": a share of a count, never more than the whole ("tới
	 * 15/5 số nào chưa sửa" is a date). */
	if (d.k == 2 && !year_ok(&d, 1) && !trig && norm_next_in(c, ti, share_of) &&
	    dv(&d, 0) <= dv(&d, 1))
		return 0;
	/* "ngõ 12/3", "nhà 45/2", "lô đất số 15/3": house numbers, not
	 * dates. */
	if (norm_prev_in(c, ti, house_words) ||
	    (d.k == 2 && norm_prev_is(c, ti, "số") && !year_ok(&d, 1)))
		return 0;
	return d.k == 2 ? say_two_parts(c, ti, &d, trig, dayw)
			: say_more_parts(c, ti, &d, trig, dayw);
}

/* "(4/9AL)", "15/7ÂL": a lunar date with its mark written against it. */
int norm_say_date(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	static const char *const marks[] = { "AL", "ÂL", "âl", NULL };
	size_t k;

	for (k = 0; marks[k]; k++) {
		size_t m = strlen(marks[k]);

		if (n > m + 2 && norm_is_digit(p[n - m - 1]) &&
		    !memcmp(p + n - m, marks[k], m)) {
			if (!say_date(c, ti, p, n - m, 1))
				return 0;
			OUT("âm lịch");
			return 1;
		}
	}
	return say_date(c, ti, p, n, 0);
}
