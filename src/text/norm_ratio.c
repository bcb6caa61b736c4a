/*
 * A slash after a number (norm_ratio.h): a part of a counted whole,
 * fractions and ratios, and "per" after a unit.
 */
#include "norm_ratio.h"

#include <string.h>

#include "norm_lists.h"
#include "norm_number.h"
#include "norm_say.h"

#define OUT(s) NORM_OUT(c, (s))
#define L(s) (sizeof(s) - 1)

/* "Khối lượng nước tiêu thụ 15 m³/hộ/tháng": a quantity measured, not
 * allotted, named in the clause before token ti. */
static int measured_before(const struct norm_ctx *c, size_t ti)
{
	size_t k;

	for (k = 1; k <= 6 && k <= ti; k++) {
		if (norm_has_trail(c, ti - k))
			break;
		if (norm_lc_in(c, ti - k, norm_list_ratio_measured))
			return 1;
	}
	return 0;
}

/* Per-time words after '/': "5%/tháng", "50.000đ/ngày", "km/h". */
void norm_say_per(struct norm_ctx *c, size_t ti, const char *p, size_t n,
		  int kind)
{
	static const char *const *const times = norm_list_number_times;
	int dose = 0;

	/* "500 lít/gốc/lần": a dose per plant per watering is said as the
	 * phrase it stands for, "một" each (docs/judging.md, b34). */
	if (kind == NORM_U_MEASURE && n > L("/lần") &&
	    !memcmp(p + n - L("/lần"), "/lần", L("/lần")) &&
	    !norm_is_digit(p[0])) {
		const char *slash = memchr(p, '/', n);

		/* The middle a thing, not a unit ("lít/ha/lần"). */
		dose = slash && slash == p + n - L("/lần") &&
		       !norm_find_unit(p, (size_t)(slash - p));
	}
	/* "2 m²/con", "50 kg/con", "3 kg/con/ngày": any measure per animal
	 * is a ration, "một" each, as the rice per person (docs/judging.md,
	 * b40, b42, b46); a count per a measure ("con/kg") is not here. */
	if (kind == NORM_U_MEASURE && n >= L("con") && !memcmp(p, "con", 3) &&
	    (n == L("con") || p[L("con")] == '/'))
		dose = 1;
	/* "08m3/hộ/tháng": a household's or a person's allowance per
	 * month is a ration too (docs/judging.md, b44). */
	if (kind == NORM_U_MEASURE && !norm_is_digit(p[0])) {
		const char *slash = memchr(p, '/', n);

		if (slash && !norm_find_unit(p, (size_t)(slash - p)) &&
		    norm_word_in(p, (size_t)(slash - p), norm_list_ratio_holders) &&
		    !measured_before(c, ti))
			dose = 1;
	}
	/* "đồng/người/tháng": per person, per month. */
	while (n) {
		const char *slash = memchr(p, '/', n);
		size_t k = slash ? (size_t)(slash - p) : n;
		const struct norm_unit *u = norm_find_unit(p, k);

		/* "mg/L", "KM/H": per a capital L or H is per litre or per
		 * hour (SI, or a unit all in capitals); alone after a
		 * number either may be a code. */
		if (!u && k == 1 && (p[0] == 'L' || p[0] == 'H'))
			u = norm_find_unit(p[0] == 'L' ? "l" : "h", 1);
		/* "45,2 tỷ/60 tỷ": out of; "379.080 đồng/12 tháng": for. */
		/* "0%/1 ngày", "50.000 đồng/1 tháng": a rate per one of a
		 * time says that one once, as "500.000/1 tài khoản"
		 * (docs/judging.md, b31, b47). */
		if (k == 1 && p[0] == '1' && !slash && kind == NORM_U_MONEY &&
		    norm_next_in(c, ti, times)) {
			OUT("một");
		} else if (k && norm_is_digit(p[0])) {
			if (kind == NORM_U_MONEY && !slash && norm_next_in(c, ti, times))
				OUT("cho");
			/* "15.000 đồng/2kg": a price for a counted lot keeps
			 * the count, the slash unsaid (b25-p2733-1,
			 * b64-p9679-1). */
			else if (!(kind == NORM_U_MONEY &&
				   norm_buf_ends_with(c->out, "đồng")))
				OUT("trên");
			norm_say_fallback(c, 0, p, k);
		} else if (k) {
			OUT(kind == NORM_U_MEASURE && !dose ? "trên" : "một");
			if (u && u->kind == NORM_U_MEASURE)
				OUT(u->spoken);
			else
				norm_say_fallback(c, 0, p, k);
		}
		if (!slash)
			break;
		p += k + 1;
		n -= k + 1;
	}
}

/* "quét qua 8/9 huyện": "qua" is "through", not "hôm qua", when no day
 * word comes before it and a counted whole follows. */
static int passing_through(const struct norm_ctx *c, size_t ti)
{
	static const char *const *const counted = norm_list_number_counted;

	return norm_prev_is(c, ti, "qua") && norm_next_in(c, ti, counted) &&
	       !(ti >= 2 && (norm_prev_is(c, ti - 1, "hôm") ||
			     norm_prev_is(c, ti - 1, "ngày")));
}

/*
 * "8/10 thôn", "tại 12/12 thôn", "5.678/5.700 phiếu", "24/24 giờ": a part
 * of a counted whole is "trên", not a date or a fraction; so is a map
 * scale ("tỷ lệ 1/2000").
 */
int norm_say_ratio_count(struct norm_ctx *c, size_t ti, const char *p,
			  size_t n)
{
	static const char *const *const counted = norm_list_number_counted;
	/* Counted nouns of two words: "học sinh", not "học phí". */
	static const char *const *const counted2 =
		norm_list_number_counted_pairs;
	static const char *const hours[] = { "giờ", NULL };
	int whole = norm_next_in(c, ti, counted), scale;
	size_t sex = 0, yn;
	static const char *const *const date_words =
		norm_list_number_date_words;
	struct norm_num x, y;
	const char *slash = memchr(p, '/', n);
	const struct norm_unit *u = NULL;
	int colon = 0;
	size_t a;

	/* "tỷ lệ 1:1.000.000": a scale written with a colon. */
	if (!slash && (norm_prev_is(c, ti, "lệ") || norm_prev_is(c, ti, "tl")) &&
	    (slash = memchr(p, ':', n)) != NULL)
		colon = 1;
	a = slash ? (size_t)(slash - p) : 0;
	if (!a || a + 1 >= n || !norm_is_digit(p[0]) ||
	    norm_scan_number(p, a, 0, &x) != a)
		return 0;
	yn = norm_scan_number(slash + 1, n - a - 1, 0, &y);
	/* "79.000/171.000ha": two counts in thousands, the whole's measure
	 * after it. */
	if (yn && yn < n - a - 1 && x.grouped && y.grouped &&
	    (!(u = norm_find_unit(slash + 1 + yn, n - a - 1 - yn)) ||
	     u->kind != NORM_U_MEASURE))
		return 0;
	if (!yn || (yn != n - a - 1 && !u) ||
	    y.has_frac || x.neg || y.neg ||
	    (norm_prev_in(c, ti, date_words) && !passing_through(c, ti)) ||
	    /* "từ tháng 11/2024 người dùng": a month and its year. */
	    (norm_prev_is(c, ti, "tháng") && yn == 4 && n - a - 1 == 4 &&
	     (slash[1] == '1' || slash[1] == '2')) ||
	    /* "xếp thứ 4/34 tỉnh": a rank, read by norm_say_fraction(). */
	    norm_prev_is(c, ti, "thứ") || norm_prev_is(c, ti, "hạng") ||
	    /* "ngày 12 - 14/9 xã tổ chức": the end of a range of days. */
	    (ti >= 3 && (norm_prev_is(c, ti, "-") || norm_prev_is(c, ti, "đến")) &&
	     norm_prev_in(c, ti - 2, date_words)))
		return 0;
	/* No leading zeros; a part bigger than the whole is an achievement
	 * over a target ("450/400 lao động"), still "trên". */
	if ((x.ip[0] == '0' || y.ip[0] == '0') &&
	    /* "có 06/06 đại biểu": all of a count with its zero. */
	    !(x.nip == 2 && y.nip == 2 && !memcmp(x.ip, y.ip, 2) &&
	      (whole || norm_pair_in(c, ti + 1, counted2))))
		return 0;
	/* "762.320/800.719 đối tượng": two counts in thousands are a part
	 * of a whole, whatever is counted. */
	if (x.grouped && y.grouped)
		whole = 1;
	/* "27/31 ngày", "10/12 tháng": days or months counted out of a
	 * month's or a year's, "trên"; "1/2 ngày", "3/4 ngày" are parts
	 * of a day. */
	if (!whole && !x.grouped && !y.grouped && y.nip <= 3 &&
	    norm_next_in(c, ti, norm_list_ratio_count_times)) {
		unsigned long xv = 0, yv = 0;
		size_t k;

		for (k = 0; k < x.nip; k++)
			xv = xv * 10 + (unsigned long)(x.ip[k] - '0');
		for (k = 0; k < y.nip; k++)
			yv = yv * 10 + (unsigned long)(y.ip[k] - '0');
		whole = yv >= 7 && xv <= yv && x.nip <= 3;
	}
	/* "24/24 giờ": all the hours; "1/2 giờ" is half an hour. */
	if (norm_next_in(c, ti, hours) && x.nip == y.nip && !memcmp(x.ip, y.ip, x.nip))
		whole = 1;
	/* "5 1/2": a mixed number. */
	if (ti > 0 && !norm_has_trail(c, ti - 1) && c->t[ti - 1].e > c->t[ti - 1].b &&
	    norm_is_digit(c->line[c->t[ti - 1].e - 1]))
		return 0;
	/* "1,7% (274/16.057)": in brackets after a percentage, the counts
	 * it was taken from. */
	if (!whole && ti > 0 && c->t[ti].b > c->t[ti].s &&
	    c->line[c->t[ti].b - 1] == '(') {
		size_t pn;
		const char *pp = norm_core(c, ti - 1, &pn);

		whole = pn && pp[pn - 1] == '%';
	}
	/* "180/244 nam công dân": the sex of those counted comes first. */
	if (ti + 3 < c->nt && !norm_has_trail(c, ti) && !norm_has_trail(c, ti + 1) &&
	    (norm_lc_is(c, ti + 1, "nam") || norm_lc_is(c, ti + 1, "nữ")))
		sex = 1;
	if (!whole)
		whole = !norm_has_trail(c, ti) && !norm_has_trail(c, ti + sex) &&
			norm_pair_in(c, ti + 1 + sex, counted2);
	/* "tỷ lệ 1/2000": a map scale, "một phần hai nghìn". */
	scale = (norm_prev_is(c, ti, "lệ") || norm_prev_is(c, ti, "tl")) &&
		(y.nip >= 3 || y.grouped);
	if ((!whole && !scale) || (colon && !scale))
		return 0;
	/* "12/12 thôn Đông": one named village, so a date. */
	if (ti + 2 < c->nt && !norm_has_trail(c, ti + 1) && norm_capitalised(c, ti + 2))
		return 0;
	norm_number_words(c->out, &x, c->southern);
	OUT(scale ? "phần" : "trên");
	norm_number_words(c->out, &y, c->southern);
	if (u)
		OUT(u->spoken);
	return 1;
}

/* a/b is a fraction of everyday speech: halves to fifths, eighths and
 * tenths, less than one. */
static int everyday_fraction(const char *a, size_t an, const char *b,
			     size_t bn)
{
	unsigned long x = norm_small_value(a, an), y = norm_small_value(b, bn);

	return x < y && (y <= 5 || y == 8 || y == 10);
}

/* Token ti is followed by a scale word, then a measure: "triệu m3". */
static int measure_after_scale(const struct norm_ctx *c, size_t ti)
{
	const struct norm_unit *u;
	const char *q;
	size_t qn;

	if (ti + 2 >= c->nt || norm_has_trail(c, ti) ||
	    norm_has_trail(c, ti + 1) ||
	    !norm_lc_in(c, ti + 1, norm_list_number_scale_words))
		return 0;
	q = norm_core(c, ti + 2, &qn);
	u = norm_find_unit(q, qn);
	return u && u->kind == NORM_U_MEASURE;
}

/* a/b: a fraction, a ratio after "đạt", "thứ", or a house number. */
int norm_say_fraction(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	static const char *const *const ratio_words =
		norm_list_number_ratio_words;
	static const char *const *const house_words =
		norm_list_number_house_words;
	static const char *const *const street_words =
		norm_list_number_street_words;
	const struct norm_unit *u = NULL;
	size_t a, b;
	int neg = 0;

	if (n > 1 && p[0] == '-') {
		neg = 1;
		p++;
		n--;
	}
	a = norm_digit_run(p, n);
	if (!a || a >= n || p[a] != '/' || a > 9)
		return 0;
	b = norm_digit_run(p + a + 1, n - a - 1);
	if (!b || b > 9)
		return 0;
	/* "1/2kg": a fraction of a unit. */
	if (a + 1 + b != n) {
		u = norm_find_unit(p + a + 1 + b, n - a - 1 - b);
		if (!u || u->kind != NORM_U_MEASURE)
			return 0;
	}
	if (!norm_prev_in(c, ti, ratio_words) && !norm_prev_in(c, ti, house_words) &&
	    !norm_next_in(c, ti, street_words) && p[0] == '0' && a > 1)
		return 0;
	/* "trực 24/24h": around the clock, "trên". */
	if (u && !strcmp(u->sym, "h") && a == b && !memcmp(p, p + a + 1, a)) {
		norm_cardinal(c->out, p, a, c->southern);
		OUT("trên");
		norm_cardinal(c->out, p + a + 1, b, c->southern);
		OUT(u->spoken);
		return 1;
	}
	/* "huyết áp 120/80 mmHg": a blood pressure is two numbers, "trên". */
	if (!neg && (u ? !strcmp(u->sym, "mmHg") :
		     ti + 1 < c->nt && !norm_has_trail(c, ti) &&
		     norm_lc_is(c, ti + 1, "mmhg"))) {
		norm_cardinal(c->out, p, a, c->southern);
		OUT("trên");
		norm_cardinal(c->out, p + a + 1, b, c->southern);
		if (u)
			OUT(u->spoken);
		return 1;
	}
	if (neg)
		OUT("âm");
	if (norm_prev_in(c, ti, ratio_words)) {
		if (norm_prev_is(c, ti, "thứ") || norm_prev_is(c, ti, "hạng"))
			norm_ordinal(c->out, p, a, c->southern);
		else
			norm_say_id(c, p, a);
		OUT("trên");
		norm_say_id(c, p + a + 1, b);
		/* "đạt 9/12m": the measure is said too. */
		if (u)
			OUT(u->spoken);
		return 1;
	}
	/* "trú tại 3/18 Ngọc Tuyền": a house number before a street's
	 * name. */
	if (norm_prev_in(c, ti, house_words) ||
	    norm_next_in(c, ti, street_words) ||
	    (!u && norm_prev_is(c, ti, "tại") && !norm_has_trail(c, ti) &&
	     norm_capitalised(c, ti + 1))) {
		norm_say_id(c, p, a);
		OUT("trên");
		norm_say_id(c, p + a + 1, b);
		return 1;
	}
	/* "5 1/2": five and a half. */
	if (ti > 0 && !neg && c->t[ti].b == c->t[ti].s) {
		size_t pn;
		const char *prev = norm_core(c, ti - 1, &pn);

		if (pn > 1 && prev[0] == '-') {
			prev++;
			pn--;
		}
		if (norm_all_digits(prev, pn) && !norm_has_trail(c, ti - 1))
			OUT("và");
	}
	norm_cardinal(c->out, p, a, c->southern);
	/* "156/155 con": more than the whole is a count over a target. */
	if (!u && b >= 2 &&
	    (a > b || (a == b && memcmp(p, p + a + 1, a) > 0)) &&
	    p[0] != '0' && p[a + 1] != '0') {
		OUT("trên");
		norm_cardinal(c->out, p + a + 1, b, c->southern);
		return 1;
	}
	/* "mực nước 28/32m": a level over its full one, no everyday
	 * fraction of a measure ("1/2 m", "2/3 m"); so with the measure
	 * spaced after a scale word, "110/250 triệu m3" (b60-p8854-1). */
	if ((u || measure_after_scale(c, ti)) &&
	    !everyday_fraction(p, a, p + a + 1, b)) {
		OUT("trên");
		norm_cardinal(c->out, p + a + 1, b, c->southern);
		if (u)
			OUT(u->spoken);
		return 1;
	}
	/* "(990/0)": cases over deaths, none; no fraction of zero. */
	if (!u && norm_small_value(p + a + 1, b) == 0 && p[0] != '0') {
		norm_buf_addc(c->out, ',');
		OUT("không");
		return 1;
	}
	OUT("phần");
	if (b == 1 && p[a + 1] == '4')
		OUT("tư");
	else
		norm_cardinal(c->out, p + a + 1, b, c->southern);
	if (u)
		OUT(u->spoken);
	return 1;
}

/* A date range of one month is written "1-2/3", never "1/3-2/3": with one
 * denominator under 10 and both numerators below it and in order, a
 * range of parts ("một phần ba đến hai phần ba"), unless "ngày" comes
 * before it or a word of dates after it ("1/5-3/5 năm nay"). */
int norm_say_fraction_range(struct norm_ctx *c, size_t ti, const char *p,
			    size_t n)
{
	/* "bằng 1/4-1/5 giá": a share from one part to a smaller one,
	 * after a word of comparison. */
	if (n == 7 && p[1] == '/' && p[3] == '-' && p[5] == '/' &&
	    p[0] == p[4] && p[0] >= '1' && p[0] < p[2] && p[2] < p[6] &&
	    p[6] <= '9' && norm_is_digit(p[2]) &&
	    norm_prev_in(c, ti, norm_list_ratio_share_before) &&
	    !norm_next_in(c, ti, norm_list_ratio_date_next)) {
		size_t k;

		for (k = 0; k < 7; k += 4) {
			if (k)
				OUT("đến");
			norm_cardinal(c->out, p + k, 1, c->southern);
			OUT("phần");
			if (p[k + 2] == '4')
				OUT("tư");
			else
				norm_cardinal(c->out, p + k + 2, 1, c->southern);
		}
		return 1;
	}
	if (n != 7 || p[1] != '/' || p[3] != '-' || p[5] != '/' ||
	    p[2] != p[6] || !norm_is_digit(p[0]) || !norm_is_digit(p[2]) ||
	    !norm_is_digit(p[4]) || p[0] == '0' || p[0] >= p[4] ||
	    /* "Sáng 4/9-6/9": after "sáng", "đêm"... too */
	    p[4] >= p[2] || norm_prev_in(c, ti, norm_list_datetime_strong_words) ||
	    norm_next_in(c, ti, norm_list_ratio_date_next))
		return 0;
	norm_cardinal(c->out, p, 1, c->southern);
	OUT("phần");
	if (p[2] == '4')
		OUT("tư");
	else
		norm_cardinal(c->out, p + 2, 1, c->southern);
	OUT("đến");
	norm_cardinal(c->out, p + 4, 1, c->southern);
	OUT("phần");
	if (p[2] == '4')
		OUT("tư");
	else
		norm_cardinal(c->out, p + 2, 1, c->southern);
	return 1;
}
