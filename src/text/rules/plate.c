/*
 * The plate rule (plate.h): a number with capital letters as a code,
 * read digit by digit or as cardinals with the letters' names: vehicle
 * plates, kilometre posts, road letters, lane numbers, storm codes.  It
 * comes just before the number rule (number.h), which would read these
 * as thousands, ranges or units.
 */
#include "plate.h"

#include <string.h>

#include "text/norm_lists.h"
#include "text/norm_number.h"
#include "text/norm_say.h"
#include "text/norm_spell.h"

#define OUT(s) NORM_OUT(c, (s))

/* A vehicle's series: one or two capitals and at most one digit ("B1",
 * "LD", "A"), after its province's two digits ("62 B1") or with them
 * ("62B1"). */
static int plate_series(const struct norm_ctx *c, size_t i)
{
	size_t n, k = 0, l = 0;
	const char *p = norm_core(c, i, &n), *q;

	if (n >= 3 && norm_digit_run(p, n) == 2) {
		k = 2;
	} else {
		if (i == 0 || norm_has_trail(c, i - 1) || c->t[i].b != c->t[i].s)
			return 0;
		q = norm_core(c, i - 1, &l);
		if (l != 2 || !norm_all_digits(q, 2))
			return 0;
	}
	for (l = k; l < n && p[l] >= 'A' && p[l] <= 'Z'; l++)
		;
	if (l == k || l - k > 2)
		return 0;
	/* Spaced, a lone capital may be a unit ("12 A"): "62 B1" only. */
	if (l == n)
		return k || l == 2;
	return l + 1 == n && norm_is_digit(p[l]);
}

/* "62 B1 43207", "62B1 43207": a plate's five digits, said one by one
 * as when the dash or the dot is written ("62B1-432.07"). */
static int plate_number(struct norm_ctx *c, const char *p, size_t n, int say);

static int plate_digits(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	/* "51R 330.19": the dotted number after a spaced series too. */
	int dotted = n == 6 && memchr(p, '.', n) && plate_number(c, p, n, 0);

	if (!((n == 5 && norm_all_digits(p, n)) || dotted) || i == 0 ||
	    norm_has_trail(c, i - 1) || c->t[i].b != c->t[i].s ||
	    !plate_series(c, i - 1))
		return 0;
	if (dotted)
		plate_number(c, p, n, 1);
	else
		norm_code_digits(c->out, p, n, c->southern);
	return 1;
}

/* Length of a plate's series at p ("67M", "62B1", "30LD"): the
 * province's two digits, one or two capitals, at most one digit. */
static size_t series_len(const char *p, size_t n)
{
	size_t l = 2;

	if (n < 3 || norm_digit_run(p, n) != 2 || p[0] == '0')
		return 0;
	while (l < n && l < 4 && p[l] >= 'A' && p[l] <= 'Z')
		l++;
	if (l == 2)
		return 0;
	if (l < n && norm_is_digit(p[l]) && l < 4)
		l++;
	return l;
}

/* A plate's number: "1860", "43207" one digit at a time (docs/judging.md),
 * "012.10" as its leading zeros, then two cardinals. */
static int plate_number(struct norm_ctx *c, const char *p, size_t n, int say)
{
	size_t z = 0;

	size_t d = norm_digit_run(p, n);

	if ((n == 4 || n == 5) && norm_all_digits(p, n)) {
		if (say)
			norm_digits(c->out, p, n);
		return 1;
	}
	/* "90B1 – 777xx": the press hides the last digits. */
	if ((n == 4 || n == 5) && d >= 2 && d < n &&
	    strspn(p + d, "xX") >= n - d) {
		if (say) {
			norm_digits(c->out, p, d);
			for (z = d; z < n; z++)
				OUT("ích");
		}
		return 1;
	}
	/* "20C- 228.xx", "12C - 092.2x": the dotted number with its last
	 * digit or two hidden; the digits left are said one by one. */
	if (n == 6 && d == 3 && p[3] == '.' &&
	    (strspn(p + 4, "xX") == 2 ||
	     (norm_is_digit(p[4]) && (p[5] == 'x' || p[5] == 'X')))) {
		if (say) {
			while (z < 2 && p[z] == '0')
				z++;
			norm_digits(c->out, p, z);
			norm_cardinal(c->out, p + z, 3 - z, c->southern);
			if (norm_is_digit(p[4]))
				norm_digits(c->out, p + 4, 1);
			else
				OUT("ích");
			OUT("ích");
		}
		return 1;
	}
	/* "51F-37.000": two digits, then three. */
	if (n == 6 && d == 2 && p[2] == '.' && norm_all_digits(p + 3, 3)) {
		if (say) {
			if (p[0] == '0')
				norm_digits(c->out, p, 2);
			else
				norm_cardinal(c->out, p, 2, c->southern);
			for (z = 3; z < 5 && p[z] == '0'; z++)
				;
			norm_digits(c->out, p + 3, z - 3);
			norm_cardinal(c->out, p + z, 6 - z, c->southern);
		}
		return 1;
	}
	if (n != 6 || norm_digit_run(p, n) != 3 || p[3] != '.' ||
	    !norm_all_digits(p + 4, 2))
		return 0;
	if (say) {
		while (z < 2 && p[z] == '0')
			z++;
		norm_digits(c->out, p, z);
		norm_cardinal(c->out, p + z, 3 - z, c->southern);
		/* "845.03": the last pair says its zero, as the first does. */
		if (p[4] == '0')
			norm_digits(c->out, p + 4, 2);
		else
			norm_cardinal(c->out, p + 4, 2, c->southern);
	}
	return 1;
}

static void say_series(struct norm_ctx *c, const char *p, size_t l)
{
	size_t k;

	norm_cardinal(c->out, p, 2, c->southern);
	for (k = 2; k < l; k++)
		if (norm_is_digit(p[k]))
			norm_cardinal(c->out, p + k, 1, c->southern);
		else
			norm_buf_word(c->out, norm_letter_name((unsigned char)p[k]));
}

/* "67M-1860", an old plate, and "17B – 012.10", its dash spaced: a
 * plate, not thousands ("63K") nor a range. */
static size_t plate(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t l = series_len(p, n), qn;
	const char *q;

	/* "69-K1 164.32": a dash after the province, the number spaced. */
	if (!l && n >= 4 && n <= 6 && norm_digit_run(p, n) == 2 &&
	    p[0] != '0' && p[2] == '-' && i + 1 < c->nt &&
	    !norm_has_trail(c, i) && c->t[i + 1].b == c->t[i + 1].s) {
		size_t k = 3;

		while (k < n && k < 5 && p[k] >= 'A' && p[k] <= 'Z')
			k++;
		if (k < n && norm_is_digit(p[k]))
			k++;
		q = norm_core(c, i + 1, &qn);
		if (k == 3 || k != n || !plate_number(c, q, qn, 0))
			return 0;
		norm_cardinal(c->out, p, 2, c->southern);
		for (k = 3; k < n; k++)
			if (norm_is_digit(p[k]))
				norm_cardinal(c->out, p + k, 1, c->southern);
			else
				OUT(norm_letter_name((unsigned char)p[k]));
		plate_number(c, q, qn, 1);
		return 2;
	}
	if (!l)
		return 0;
	if (l + 1 < n && p[l] == '-' && plate_number(c, p + l + 1, n - l - 1, 0)) {
		say_series(c, p, l);
		plate_number(c, p + l + 1, n - l - 1, 1);
		return 1;
	}
	/* "20C- 228.xx": the dash against the series, the number spaced. */
	if (l == n && i + 1 < c->nt && c->t[i].b == c->t[i].s &&
	    c->t[i].n == n + 1 && c->line[c->t[i].e] == '-' &&
	    c->t[i + 1].b == c->t[i + 1].s) {
		q = norm_core(c, i + 1, &qn);
		if (!plate_number(c, q, qn, 0))
			return 0;
		say_series(c, p, l);
		plate_number(c, q, qn, 1);
		return 2;
	}
	if (l != n || i + 2 >= c->nt || norm_has_trail(c, i) ||
	    norm_has_trail(c, i + 1) ||
	    !(norm_lc_is(c, i + 1, "-") || norm_lc_is(c, i + 1, "–")))
		return 0;
	q = norm_core(c, i + 2, &qn);
	if (!plate_number(c, q, qn, 0) || c->t[i + 2].b != c->t[i + 2].s)
		return 0;
	say_series(c, p, l);
	plate_number(c, q, qn, 1);
	return 3;
}

/* A plate's word ("biển", "BKS") earlier in the line: "biển số 69 K1 -
 * 281.00 và 60 N4 - 6389" spaces the second plate after "và". */
static int plate_line(const struct norm_ctx *c, size_t i)
{
	size_t k;

	for (k = 0; k < i; k++)
		if (norm_lc_is(c, k, "biển") || norm_lc_is(c, k, "bks"))
			return 1;
	return 0;
}

/* "biển số 72 X3-2123": an old plate with a space after the province's
 * two digits, after a plate's word (norm_list_plate_spaced_before); an
 * apartment's "12 A1-1203" is no plate. */
static size_t spaced_plate(struct norm_ctx *c, size_t i, const char *p,
			   size_t n)
{
	size_t qn, l = 0, d, rn = 0, used = 2;
	const char *q, *r = NULL;

	if (n != 2 || !norm_all_digits(p, 2) || p[0] == '0' ||
	    i + 1 >= c->nt || norm_has_trail(c, i) ||
	    c->t[i + 1].b != c->t[i + 1].s ||
	    !(norm_prev_in(c, i, norm_list_plate_spaced_before) ||
	      plate_line(c, i)))
		return 0;
	q = norm_core(c, i + 1, &qn);
	while (l < qn && l < 2 && q[l] >= 'A' && q[l] <= 'Z')
		l++;
	d = l < qn && norm_is_digit(q[l]) ? l + 1 : l;
	if (!l)
		return 0;
	if (d == qn) {
		/* "69 K1 - 281.00": the dash spaced too. */
		if (i + 3 >= c->nt || norm_has_trail(c, i + 1) ||
		    norm_has_trail(c, i + 2) ||
		    !(norm_lc_is(c, i + 2, "-") ||
		      norm_lc_is(c, i + 2, "–")) ||
		    c->t[i + 3].b != c->t[i + 3].s)
			return 0;
		r = norm_core(c, i + 3, &rn);
		if (!plate_number(c, r, rn, 0))
			return 0;
		used = 4;
	} else if (d + 1 >= qn || q[d] != '-' ||
		   !plate_number(c, q + d + 1, qn - d - 1, 0)) {
		return 0;
	} else {
		r = q + d + 1;
		rn = qn - d - 1;
	}
	norm_cardinal(c->out, p, 2, c->southern);
	for (l = 0; l < d; l++)
		if (norm_is_digit(q[l]))
			norm_cardinal(c->out, q + l, 1, c->southern);
		else
			norm_buf_word(c->out,
				      norm_letter_name((unsigned char)q[l]));
	plate_number(c, r, rn, 1);
	return used;
}

/* The line is about a storm or a tropical depression. */
static int storm_line(const struct norm_ctx *c)
{
	size_t k;

	for (k = 0; k < c->nt; k++)
		if (norm_lc_is(c, k, "bão") || norm_lc_is(c, k, "nhiễu") ||
		    (norm_lc_is(c, k, "thấp") && norm_prev_is(c, k, "áp")))
			return 1;
	return 0;
}

/* "PĐ 31B/82", "số 12A/3": a house, lane or pole number with a letter,
 * its slash "trên" (docs/judging.md, Addresses); not "lớp 10A/1". */
static int lane_code(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t d = norm_digit_run(p, n);

	if (!d || d > 4 || d + 2 >= n || p[d] < 'A' || p[d] > 'Z' ||
	    p[d + 1] != '/' || n - d - 2 > 4 ||
	    norm_digit_run(p + d + 2, n - d - 2) != n - d - 2 ||
	    norm_prev_is(c, i, "lớp"))
		return 0;
	norm_cardinal(c->out, p, d, c->southern);
	OUT(norm_letter_name((unsigned char)p[d]));
	OUT("trên");
	norm_cardinal(c->out, p + d + 2, n - d - 2, c->southern);
	return 1;
}

size_t norm_rule_plate(struct norm_ctx *c, size_t i)
{
	size_t n, used;
	const char *p = norm_core(c, i, &n);

	if (!n)
		return 0;
	if ((used = plate(c, i, p, n)) || (used = spaced_plate(c, i, p, n)))
		return used;
	/* "Đến km472", "Km12+300": a kilometre post written against its
	 * number; "km2" is a square kilometre. */
	if (n > 2 && (p[0] == 'k' || p[0] == 'K') &&
	    (p[1] == 'm' || p[1] == 'M') && norm_is_digit(p[2]) &&
	    !(n == 3 && p[0] == 'k')) {
		size_t a = norm_digit_run(p + 2, n - 2), b = 0;

		if (2 + a < n && p[2 + a] == '+')
			b = norm_digit_run(p + 3 + a, n - 3 - a);
		if (a <= 4 && (2 + a == n || (b && 3 + a + b == n))) {
			OUT("ki lô mét");
			norm_cardinal(c->out, p + 2, a, c->southern);
			if (b) {
				OUT("cộng");
				norm_cardinal(c->out, p + 3 + a, b,
					      c->southern);
			}
			return 1;
		}
	}
	/* What follows starts with a digit. */
	if (!norm_is_digit(p[0]))
		return 0;
	if (plate_digits(c, i, p, n))
		return 1;
	/* "Quốc lộ 1K", "tỉnh lộ 8B": a road's letter, not thousands. */
	if (n >= 2 && n <= 4 && p[n - 1] >= 'A' && p[n - 1] <= 'Z' &&
	    norm_digit_run(p, n) == n - 1 && p[0] != '0' &&
	    norm_prev_is(c, i, "lộ")) {
		norm_cardinal(c->out, p, n - 1, c->southern);
		OUT(norm_letter_name((unsigned char)p[n - 1]));
		return 1;
	}
	if (lane_code(c, i, p, n))
		return 1;
	/* "91W", "áp thấp nhiệt đới 13W": a tropical system's code, read
	 * like "121F", in a line about storms; elsewhere W is watts. */
	if (n == 3 && p[2] == 'W' && norm_digit_run(p, n) == 2 &&
	    (norm_prev_is(c, i, "đới") || norm_prev_is(c, i, "là") ||
	     norm_prev_is(c, i, "hiệu") || norm_prev_is(c, i, "bão") ||
	     (c->t[i].b > c->t[i].s && c->line[c->t[i].s] == '(')) &&
	    storm_line(c)) {
		norm_cardinal(c->out, p, n - 1, c->southern);
		OUT("vê kép");
		return 1;
	}
	return 0;
}
