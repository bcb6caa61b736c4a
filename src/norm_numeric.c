/*
 * Tokens that start with a number: document codes, times, dates, phone
 * numbers, money, measures, percentages, ranges, fractions, ordinals and
 * plain numbers, tried in that order (docs/normalisation.md).
 */
#include <string.h>

#include "norm_case.h"
#include "norm_ctx.h"
#include "norm_nfc.h"
#include "norm_number.h"
#include "norm_spell.h"

#define OUT(s) norm_buf_word(c->out, (s))

static int is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static size_t digit_run(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && is_digit(p[i]))
		i++;
	return i;
}

static int all_digits(const char *p, size_t n)
{
	return n && digit_run(p, n) == n;
}

static unsigned long value(const char *p, size_t n)
{
	unsigned long long v;

	if (norm_digits_value(p, n, &v) || v > 1000000000UL)
		return 1000000000UL;
	return (unsigned long)v;
}

/* A number used as an identifier keeps its zeros: "06" -> "không sáu". */
static void number_or_digits(struct norm_ctx *c, const char *p, size_t n)
{
	if (n > 1 && p[0] == '0')
		norm_digits(c->out, p, n);
	else
		norm_cardinal(c->out, p, n, c->southern);
}

static void month_word(struct norm_ctx *c, unsigned long m)
{
	if (m == 4)
		OUT("tư");
	else
		norm_cardinal_u(c->out, m, c->southern);
}

static const char *const day_words[] = { "ngày", "mồng", "mùng", NULL };

/* ------------------------------------------------------------------ */
/* Document codes: 142/2026/NĐ-CP, 367/QĐ-TTg, 57-NQ/TW, 134/2025/QH15. */

struct field {
	const char *p;
	size_t n;
	int code;
};

static int doc_code(struct norm_ctx *c, const char *p, size_t n)
{
	struct field f[8];
	size_t nf = 0, i = 0, k;
	int has_code = 0;

	while (i <= n) {
		size_t j = i;
		uint32_t cp;

		while (j < n && p[j] != '/' && p[j] != '-')
			j++;
		if (j == i || nf == 8)
			return 0;
		f[nf].p = p + i;
		f[nf].n = j - i;
		f[nf].code = !all_digits(p + i, j - i);
		if (f[nf].code) {
			size_t pos = i;

			/* A code starts with a capital: "NĐ", "QH15", "TTg". */
			if (norm_utf8_next(p, n, &pos, &cp) || !norm_is_upper_cp(cp))
				return 0;
			for (k = i; k < j; k++)
				if (strchr(".,:;%", p[k]))
					return 0;
			has_code = 1;
		} else if (f[nf].n > 6) {
			return 0;
		}
		nf++;
		i = j + 1;
	}
	if (!has_code || f[0].code || nf < 2)
		return 0;
	for (k = 0; k < nf; k++) {
		if (f[k].code) {
			norm_spell_code(c->out, f[k].p, f[k].n, c->southern);
		} else {
			number_or_digits(c, f[k].p, f[k].n);
		}
		/* A pause after each number, none inside the letter code. */
		if (k + 1 < nf && !(f[k].code && f[k + 1].code))
			norm_buf_addc(c->out, ',');
	}
	return 1;
}

/* ------------------------------------------------------------------ */
/* Times: 6h30, 06:30, 17h, 19h05, 0h30, 8:00:00, 14h00-16h45. */

static size_t parse_time(struct norm_ctx *c, size_t ti, const char *p,
			 size_t n, int say)
{
	size_t i = digit_run(p, n), mlen = 0, slen = 0;
	unsigned long h, m = 0, s = 0;
	char sep;

	if (i < 1 || i > 2 || i >= n)
		return 0;
	h = value(p, i);
	sep = p[i];
	if (sep != 'h' && sep != 'H' && sep != 'g' && sep != ':')
		return 0;
	i++;
	mlen = digit_run(p + i, n - i);
	if (mlen && mlen != 2)
		return 0;
	if (mlen) {
		m = value(p + i, 2);
		i += 2;
		if (i + 2 < n + 0 && p[i] == ':' && digit_run(p + i + 1, n - i - 1) == 2) {
			s = value(p + i + 1, 2);
			slen = 2;
			i += 3;
		} else if (i + 3 == n && p[i] == ':' && all_digits(p + i + 1, 2)) {
			s = value(p + i + 1, 2);
			slen = 2;
			i += 3;
		}
	} else if (sep == ':') {
		return 0;
	} else if (sep == 'g' && !mlen) {
		/* "8g" is a time only before a part of the day. */
		static const char *const day_parts[] = { "sáng", "trưa", "chiều",
			"tối", "đêm", NULL };

		if (i != n || !norm_next_in(c, ti, day_parts))
			return 0;
	}
	/* "17h30p", "17h30'". */
	if (mlen && i < n && (p[i] == 'p' || p[i] == '\''))
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
	size_t a = digit_run(p, n), b;
	unsigned long m, s;

	if (!a || a > 2 || a + 1 >= n || p[a] != 'p')
		return 0;
	b = digit_run(p + a + 1, n - a - 1);
	if (!b || b > 2 || a + 1 + b + 1 != n || p[n - 1] != 's')
		return 0;
	m = value(p, a);
	s = value(p + a + 1, b);
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

static int time_rule(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	size_t a = parse_time(c, ti, p, n, 0), b;

	if (!a)
		return duration(c, p, n);
	if (a == n) {
		parse_time(c, ti, p, n, 1);
		return 1;
	}
	if (p[a] != '-' || !(b = parse_time(c, ti, p + a + 1, n - a - 1, 0)) ||
	    a + 1 + b != n)
		return 0;
	parse_time(c, ti, p, a, 1);
	OUT("đến");
	parse_time(c, ti, p + a + 1, n - a - 1, 1);
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
		size_t r = digit_run(p + i, n - i);

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
	return value(d->num[i], d->len[i]);
}

static int day_ok(const struct dparts *d, size_t i)
{
	return d->len[i] <= 2 && dv(d, i) >= 1 && dv(d, i) <= 31;
}

static int month_ok(const struct dparts *d, size_t i)
{
	return d->len[i] <= 2 && dv(d, i) >= 1 && dv(d, i) <= 12;
}

static int year_ok(const struct dparts *d, size_t i)
{
	return d->len[i] == 4 && dv(d, i) >= 1000 && dv(d, i) <= 2999;
}

static void say_day(struct norm_ctx *c, unsigned long day, int word)
{
	if (word)
		OUT("ngày");
	norm_cardinal_u(c->out, day, c->southern);
}

static void say_month(struct norm_ctx *c, unsigned long m, int word)
{
	if (word)
		OUT("tháng");
	month_word(c, m);
}

static void say_year(struct norm_ctx *c, unsigned long y)
{
	OUT("năm");
	norm_cardinal_u(c->out, y, c->southern);
}

static int date_rule(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	static const char *const strong[] = { "ngày", "mồng", "mùng", "hôm",
		"đêm", "sáng", "trưa", "chiều", "tối", NULL };
	static const char *const weak[] = { "từ", "đến", "tới", "và", "trước",
		"sau", "hạn", "nay", "qua", "hoặc", "lễ", "khánh", "dịp", "tết",
		"niệm", "thường", "-", NULL };
	int dayw = !norm_prev_in(c, ti, day_words);
	int trig = norm_prev_in(c, ti, strong);
	size_t back = ti;

	/* "ngày 10, 11/6": a list of days after "ngày". */
	while (!trig && back > 0 && ti - back < 4) {
		size_t pn;
		const char *pp = norm_core(c, back - 1, &pn);

		if (!all_digits(pp, pn) || pn > 2)
			break;
		back--;
		if (norm_prev_in(c, back, strong)) {
			trig = 1;
			dayw = 0;
		}
	}
	struct dparts d;
	size_t k;

	/* "trực 24/7": around the clock. */
	if (n == 4 && !memcmp(p, "24/7", 4)) {
		OUT("hai mươi tư trên bảy");
		return 1;
	}
	if (!split_date(p, n, &d))
		return 0;
	k = d.k;
	/* d/m/yyyy, d-m-yyyy, d.m.yyyy */
	if (k == 3 && d.sep[0] == d.sep[1] && day_ok(&d, 0) && month_ok(&d, 1) &&
	    year_ok(&d, 2)) {
		say_day(c, dv(&d, 0), dayw);
		say_month(c, dv(&d, 1), 1);
		say_year(c, dv(&d, 2));
		return 1;
	}
	/* m/yyyy; "quý 02/2021", "đợt 1/2026" */
	if (k == 2 && d.len[0] <= 2 && year_ok(&d, 1) && month_ok(&d, 0)) {
		static const char *const rounds[] = { "quý", "đợt", "kỳ", "kì",
			"lần", "khóa", "khoá", NULL };

		if (norm_prev_in(c, ti, rounds)) {
			norm_cardinal_u(c->out, dv(&d, 0), c->southern);
		} else {
			say_month(c, dv(&d, 0), !norm_prev_is(c, ti, "tháng"));
		}
		say_year(c, dv(&d, 1));
		return 1;
	}
	/* d/m with a leading zero or after "ngày", "từ", ...; d-m, d.m only
	 * after such a word. */
	/* Bare, "19/8" is a date (no everyday fraction is 19/8), "2/3" a
	 * fraction. */
	if (k == 2 && day_ok(&d, 0) && month_ok(&d, 1) &&
	    (trig || (d.sep[0] == '/' && (norm_prev_in(c, ti, weak) ||
					   d.num[0][0] == '0' ||
					   d.num[1][0] == '0' ||
					   dv(&d, 0) >= 13)))) {
		say_day(c, dv(&d, 0), dayw);
		say_month(c, dv(&d, 1), 1);
		return 1;
	}
	/* d1-d2/m[/yyyy], d1-d2.m */
	if ((k == 3 || k == 4) && d.sep[0] == '-' && d.sep[1] != '-' &&
	    (k == 4 || d.sep[1] == '/' || trig) && day_ok(&d, 0) && day_ok(&d, 1) && month_ok(&d, 2) &&
	    dv(&d, 0) < dv(&d, 1) &&
	    (k == 3 || (d.sep[2] == d.sep[1] && year_ok(&d, 3)))) {
		say_day(c, dv(&d, 0), dayw);
		OUT("đến");
		say_day(c, dv(&d, 1), 1);
		say_month(c, dv(&d, 2), 1);
		if (k == 4)
			say_year(c, dv(&d, 3));
		return 1;
	}
	/* m1-m2/yyyy */
	if (k == 3 && d.sep[0] == '-' && d.sep[1] != '-' && month_ok(&d, 0) &&
	    month_ok(&d, 1) && year_ok(&d, 2) && dv(&d, 0) < dv(&d, 1)) {
		say_month(c, dv(&d, 0), !norm_prev_is(c, ti, "tháng"));
		OUT("đến");
		say_month(c, dv(&d, 1), 1);
		say_year(c, dv(&d, 2));
		return 1;
	}
	/* d1/m1-d2/m2[/yyyy] */
	if ((k == 4 || k == 5) && d.sep[0] == '/' && d.sep[1] == '-' &&
	    d.sep[2] == '/' && day_ok(&d, 0) && month_ok(&d, 1) &&
	    day_ok(&d, 2) && month_ok(&d, 3) &&
	    (k == 4 || (d.sep[3] == '/' && year_ok(&d, 4)))) {
		say_day(c, dv(&d, 0), dayw);
		say_month(c, dv(&d, 1), 1);
		OUT("đến");
		say_day(c, dv(&d, 2), 1);
		say_month(c, dv(&d, 3), 1);
		if (k == 5)
			say_year(c, dv(&d, 4));
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Phone numbers. */

/* Splits an ungrouped number the way numbers are usually written. */
static void say_phone_group(struct norm_ctx *c, const char *p, size_t n,
			    int first)
{
	size_t cut[4], nc = 0, i, at = 0;

	if (n >= 7 && n <= 11) {
		static const size_t plans[12][3] = {
			[7] = { 3, 4, 0 }, [8] = { 4, 4, 0 }, [9] = { 3, 3, 3 },
			[10] = { 4, 3, 3 }, [11] = { 4, 4, 3 },
		};

		for (i = 0; i < 3 && plans[n][i]; i++)
			cut[nc++] = plans[n][i];
	} else {
		cut[nc++] = n;
	}
	for (i = 0; i < nc; i++) {
		if (!first || i)
			norm_buf_addc(c->out, ',');
		norm_digits(c->out, p + at, cut[i]);
		at += cut[i];
	}
}

static const char *const phone_words[] = { "gọi", "số", "hotline",
	"nóng", "đài", "sđt", "đt", "thoại", "nhắn", "tin", "liên", "hệ",
	"zalo", "máy", "gửi", "soạn", NULL };

static int phone_context(const struct norm_ctx *c, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++) {
		size_t j;
		const struct norm_tok *t = &c->t[i - k];

		for (j = 0; phone_words[j]; j++)
			if (t->lcn == strlen(phone_words[j]) &&
			    !memcmp(c->low.p + t->lc, phone_words[j], t->lcn))
				break;
		if (phone_words[j]) {
			/* "số" alone is too common ("Quyết định số 12"). */
			if (strcmp(phone_words[j], "số") ||
			    (i - k > 0 &&
			     (norm_lc_is(c, i - k - 1, "gọi") ||
			      norm_lc_is(c, i - k - 1, "thoại") ||
			      norm_lc_is(c, i - k - 1, "đầu") ||
			      norm_lc_is(c, i - k - 1, "nóng") ||
			      norm_lc_is(c, i - k - 1, "đài") ||
			      norm_lc_is(c, i - k - 1, "hotline"))))
				return 1;
		}
		if (k < 3 && norm_has_trail(c, i - k) &&
		    c->line[c->t[i - k].e] != ':')
			break;
	}
	return 0;
}

/* "(0225) 3842 113": the brackets go with the area code. */
static void drop_bracket(struct norm_ctx *c, size_t i)
{
	if (c->out->len && c->out->p[c->out->len - 1] == '(' &&
	    c->line[c->t[i].e] == ')') {
		c->out->len--;
		norm_buf_rtrim(c->out);
	}
}

static const char *const unit_after[] = { "người", "hộ", "vụ", "trường",
	"xã", "cuộc", "lần", "ngày", "năm", "tháng", "km", "đồng", "triệu",
	"tỷ", "nghìn", "tấn", "ha", "con", "cái", "học", "gia", NULL };

/* Groups of digits separated by '.', '-' or ' ' (several tokens). */
static size_t phone_rule(struct norm_ctx *c, size_t i)
{
	const char *grp[8];
	size_t glen[8], ng = 0, total = 0, used = 1, n, k, j;
	const char *p = norm_core(c, i, &n);
	int plus = 0, merge;

	if (n && p[0] == '+') {
		plus = 1;
		p++;
		n--;
	}
	if (!n || !is_digit(p[0]))
		return 0;
	for (k = 0; k < n;) {
		size_t r = digit_run(p + k, n - k);

		if (!r || ng == 8)
			return 0;
		grp[ng] = p + k;
		glen[ng++] = r;
		total += r;
		k += r;
		if (k == n)
			break;
		if ((p[k] != '.' && p[k] != '-' && p[k] != ' ') || k + 1 == n)
			return 0;
		k++;
	}
	/* Groups written as separate words: "0225 3999 101". */
	j = i;
	merge = plus || grp[0][0] == '0' ||
		(glen[0] == 4 && (!memcmp(grp[0], "1900", 4) ||
				  !memcmp(grp[0], "1800", 4)));
	/* "(024) 3825 6666": an area code in brackets. */
	while (merge && (!norm_has_trail(c, j) ||
			 (j == i && c->t[i].b > c->t[i].s &&
			  c->line[c->t[i].b - 1] == '(' &&
			  c->t[i].e + 1 == c->t[i].s + c->t[i].n &&
			  c->line[c->t[i].e] == ')')) &&
	       j + 1 < c->nt && ng < 8 && total < 12) {
		const char *q = norm_core(c, j + 1, &k);

		if (!all_digits(q, k) || k < 2 || k > 4 ||
		    c->t[j + 1].b != c->t[j + 1].s || total + k > 12)
			break;
		grp[ng] = q;
		glen[ng++] = k;
		total += k;
		j++;
	}
	if (plus) {
		/* "+84912...": a country code of two digits, like Vietnam's. */
		size_t cc = glen[0] > 3 ? 2 : glen[0];

		if (total < 2)
			return 0;
		if (ng > 1)
			drop_bracket(c, i);
		OUT("cộng");
		norm_digits(c->out, grp[0], cc);
		if (glen[0] > cc)
			say_phone_group(c, grp[0] + cc, glen[0] - cc, 0);
		for (k = 1; k < ng; k++)
			say_phone_group(c, grp[k], glen[k], 0);
		return j - i + 1;
	}
	used = j - i + 1;
	if (grp[0][0] == '0' && total >= 9 && total <= 12 &&
	    (ng > 1 || glen[0] == total))
		goto say;
	if (glen[0] >= 4 && (!memcmp(grp[0], "1900", 4) ||
			     !memcmp(grp[0], "1800", 4)) &&
	    total >= 8 && total <= 10) {
		/* "18001090": the service prefix, then the rest. */
		if (ng == 1 && glen[0] > 4) {
			norm_digits(c->out, grp[0], 4);
			say_phone_group(c, grp[0] + 4, glen[0] - 4, 0);
			return used;
		}
		goto say;
	}
	if (ng == 1 && glen[0] == 4 && total == 4 && (!memcmp(grp[0], "1900", 4) ||
						     !memcmp(grp[0], "1800", 4)))
		return 0;
	/* Emergency numbers and short codes. */
	used = 1;
	ng = 1;
	total = glen[0];
	if (p + n != grp[0] + glen[0])
		return 0;
	if (glen[0] == 3 && grp[0][0] == '1' && grp[0][1] == '1' &&
	    grp[0][2] >= '1' && grp[0][2] <= '6' && !norm_next_in(c, i, unit_after))
		goto say;
	if (glen[0] >= 3 && glen[0] <= 6 && phone_context(c, i) &&
	    !norm_next_in(c, i, unit_after))
		goto say;
	return 0;
say:
	if (ng > 1)
		drop_bracket(c, i);
	for (k = 0; k < ng; k++) {
		if (ng == 1)
			say_phone_group(c, grp[k], glen[k], 1);
		else {
			if (k)
				norm_buf_addc(c->out, ',');
			norm_digits(c->out, grp[k], glen[k]);
		}
	}
	return used;
}

/* ------------------------------------------------------------------ */
/* Units and currencies. */

enum { U_MEASURE, U_MONEY, U_PERCENT, U_SCALE };

struct unit {
	const char *sym;
	const char *spoken;
	int kind;
};

static const struct unit units[] = {
	{ "%", "phần trăm", U_PERCENT },
	{ "đ", "đồng", U_MONEY }, { "₫", "đồng", U_MONEY },
	{ "đồng", "đồng", U_MONEY }, { "VNĐ", "đồng", U_MONEY },
	{ "VND", "đồng", U_MONEY }, { "vnđ", "đồng", U_MONEY },
	{ "vnd", "đồng", U_MONEY }, { "Đ", "đồng", U_MONEY },
	{ "USD", "đô la Mỹ", U_MONEY }, { "usd", "đô la Mỹ", U_MONEY },
	{ "$", "đô la", U_MONEY }, { "€", "ơ rô", U_MONEY },
	{ "EUR", "ơ rô", U_MONEY }, { "euro", "ơ rô", U_MONEY },
	{ "£", "bảng Anh", U_MONEY }, { "¥", "yên", U_MONEY },
	{ "k", "nghìn", U_SCALE }, { "K", "nghìn", U_SCALE },
	{ "tr", "triệu", U_SCALE }, { "tỷ", "tỷ", U_SCALE },
	{ "tỉ", "tỉ", U_SCALE },
	{ "km", "ki lô mét", U_MEASURE }, { "m", "mét", U_MEASURE },
	{ "cm", "xăng ti mét", U_MEASURE }, { "mm", "mi li mét", U_MEASURE },
	{ "dm", "đề xi mét", U_MEASURE },
	{ "kg", "ki lô gam", U_MEASURE }, { "g", "gam", U_MEASURE },
	{ "mg", "mi li gam", U_MEASURE }, { "ha", "héc ta", U_MEASURE },
	{ "m2", "mét vuông", U_MEASURE }, { "m²", "mét vuông", U_MEASURE },
	{ "m3", "mét khối", U_MEASURE }, { "m³", "mét khối", U_MEASURE },
	{ "km2", "ki lô mét vuông", U_MEASURE },
	{ "km²", "ki lô mét vuông", U_MEASURE },
	{ "cm2", "xăng ti mét vuông", U_MEASURE },
	{ "cm²", "xăng ti mét vuông", U_MEASURE },
	{ "cm3", "xăng ti mét khối", U_MEASURE },
	{ "cm³", "xăng ti mét khối", U_MEASURE },
	{ "l", "lít", U_MEASURE }, { "ml", "mi li lít", U_MEASURE },
	{ "kW", "ki lô oát", U_MEASURE }, { "kw", "ki lô oát", U_MEASURE },
	{ "kWh", "ki lô oát giờ", U_MEASURE }, { "W", "oát", U_MEASURE },
	{ "MW", "mê ga oát", U_MEASURE }, { "V", "vôn", U_MEASURE },
	{ "v", "vôn", U_MEASURE }, { "kV", "ki lô vôn", U_MEASURE },
	{ "Hz", "héc", U_MEASURE }, { "MHz", "mê ga héc", U_MEASURE },
	{ "GHz", "gi ga héc", U_MEASURE },
	{ "GB", "gi ga bai", U_MEASURE }, { "MB", "mê ga bai", U_MEASURE },
	{ "KB", "ki lô bai", U_MEASURE }, { "TB", "tê ra bai", U_MEASURE },
	{ "gb", "gi ga bai", U_MEASURE }, { "mb", "mê ga bai", U_MEASURE },
	{ "°C", "độ xê", U_MEASURE }, { "°c", "độ xê", U_MEASURE },
	{ "độC", "độ xê", U_MEASURE }, { "°", "độ", U_MEASURE },
	{ "h", "giờ", U_MEASURE }, { "ph", "phút", U_MEASURE },
	{ "p", "phút", U_MEASURE }, { "s", "giây", U_MEASURE },
	{ "ms", "mi li giây", U_MEASURE },
	{ "km/h", "ki lô mét trên giờ", U_MEASURE },
	{ "m/s", "mét trên giây", U_MEASURE },
	{ "tấn", "tấn", U_MEASURE }, { "t", "tỷ", U_SCALE },
	{ "Mhz", "mê ga héc", U_MEASURE }, { "mhz", "mê ga héc", U_MEASURE },
	{ "ghz", "gi ga héc", U_MEASURE }, { "hz", "héc", U_MEASURE },
	{ "mV", "mi li vôn", U_MEASURE }, { "mA", "mi li am pe", U_MEASURE },
	{ "A", "am pe", U_MEASURE }, { "hp", "mã lực", U_MEASURE },
	{ "HP", "mã lực", U_MEASURE }, { "min", "phút", U_MEASURE },
	{ "kb", "ki lô bai", U_MEASURE }, { "Mb", "mê ga bai", U_MEASURE },
	{ "Kb", "ki lô bai", U_MEASURE }, { "tb", "tê ra bai", U_MEASURE },
	{ "lít", "lít", U_MEASURE }, { "mét", "mét", U_MEASURE },
	{ "x", "nhân", U_SCALE },
};

static const struct unit *find_unit(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strlen(units[i].sym) == n && !memcmp(units[i].sym, p, n))
			return &units[i];
	return NULL;
}

/* Per-time words after '/': "5%/tháng", "50.000đ/ngày", "km/h". */
static void say_per(struct norm_ctx *c, const char *p, size_t n, int kind)
{
	/* "đồng/người/tháng": per person, per month. */
	while (n) {
		const char *slash = memchr(p, '/', n);
		size_t k = slash ? (size_t)(slash - p) : n;
		const struct unit *u = find_unit(p, k);

		if (k) {
			OUT(kind == U_MEASURE ? "trên" : "một");
			if (u && u->kind == U_MEASURE)
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

/* ------------------------------------------------------------------ */

static const char *const scale_words[] = { "nghìn", "triệu", "tỷ", "tỉ",
	"vạn", "ngàn", NULL };

static int say_numeric(struct norm_ctx *c, size_t ti, const char *p,
		       size_t n, int depth);

/* Number, then a unit, currency, scale or percent sign. */
static int number_with_suffix(struct norm_ctx *c, size_t ti, const char *p,
			      size_t n, int depth)
{
	static const char *const ordinal_words[] = { "thứ", "hạng", NULL };
	static const char *const keep_zero[] = { "tháng", "ngày", "lúc",
		"mồng", "mùng", "quý", "khoảng", "giờ", "phút", "từ", "đến",
		"tới", "và", "hoặc", "gồm", "có", NULL };
	/* "02 bản", "05 người": a count written with a zero, as forms do. */
	static const char *const keep_zero_next[] = { "giờ", "phút", "giây",
		"tháng", "ngày", "năm", "tuần", "bản", "bộ", "tờ", "cuốn",
		"quyển", "chiếc", "cái", "con", "người", "hộ", "lần", "suất",
		"đồng", "xã", "thôn", "đơn", "trường", "lớp", "học", "năm",
		"tuổi", NULL };
	struct norm_num num;
	size_t used = norm_scan_number(p, n, 1, &num), rest;
	const struct unit *u = NULL;
	const char *r;

	if (!used)
		return 0;
	r = p + used;
	rest = n - used;
	/* "2.5%", "1.65m", "3.5 triệu": a decimal point written the English
	 * way, before a unit or a scale word, is "phẩy". */
	if (rest >= 2 && r[0] == '.' && !num.has_frac && !num.grouped) {
		size_t fd = digit_run(r + 1, rest - 1);
		const struct unit *after = NULL;

		if (fd >= 1 && fd <= 2) {
			if (1 + fd < rest) {
				const char *slash = memchr(r + 1 + fd, '/',
							   rest - 1 - fd);
				size_t un = slash ? (size_t)(slash - r - 1 - fd)
						  : rest - 1 - fd;

				after = find_unit(r + 1 + fd, un);
			}
			if ((1 + fd == rest && norm_next_in(c, ti, scale_words)) ||
			    (after && after->kind != U_SCALE)) {
				num.has_frac = 1;
				num.fp = r + 1;
				num.nfp = fd;
				r += 1 + fd;
				rest -= 1 + fd;
			}
		}
	}
	/* "1tr2" is 1,2 million, "2t3" 2,3 billion (colloquial). */
	if (rest >= 2 && !num.has_frac && !num.grouped) {
		size_t sl = (r[0] == 't' && r[1] == 'r') ? 2 : r[0] == 't' ? 1 : 0;
		size_t dl = sl ? digit_run(r + sl, rest - sl) : 0;

		if (sl && dl && dl <= 3 && sl + dl == rest) {
			char pad[3] = { '0', '0', '0' };

			memcpy(pad, r + sl, dl);
			norm_number_words(c->out, &num, c->southern);
			OUT(sl == 2 ? "triệu" : "tỷ");
			norm_cardinal(c->out, pad, 3, c->southern);
			OUT(sl == 2 ? "nghìn" : "triệu");
			return 1;
		}
	}
	if (rest) {
		const char *slash = memchr(r, '/', rest);
		size_t un = slash ? (size_t)(slash - r) : rest;

		/* "km/h" is a unit of its own. */
		if (!(u = find_unit(r, rest)))
			u = un ? find_unit(r, un) : NULL;
		if (!u)
			return 0;
		if (u == find_unit(r, rest))
			un = rest;
		/* "1tr2", "2tr5": millions and hundreds of thousands. */
		if (u->kind == U_SCALE && !strcmp(u->sym, "x"))
			return 0;
		if (un < rest && r[un] != '/')
			return 0;
		if (un < rest && un + 1 == rest)
			return 0;
		norm_number_words(c->out, &num, c->southern);
		OUT(u->spoken);
		if (un < rest)
			say_per(c, r + un + 1, rest - un - 1,
				u->kind == U_MEASURE ? U_MEASURE : U_MONEY);
		(void)depth;
		return 1;
	}
	if (!num.has_frac && !num.grouped && !num.neg &&
	    norm_prev_is(c, ti, "tháng") && num.nip <= 2 &&
	    value(num.ip, num.nip) >= 1 && value(num.ip, num.nip) <= 12) {
		month_word(c, value(num.ip, num.nip));
		return 1;
	}
	if (!num.has_frac && !num.grouped && !num.neg &&
	    norm_prev_in(c, ti, ordinal_words)) {
		norm_ordinal(c->out, num.ip, num.nip, c->southern);
		return 1;
	}
	if (!num.has_frac && !num.grouped && num.nip > 1 && num.ip[0] == '0' &&
	    !norm_prev_in(c, ti, keep_zero) && !norm_next_in(c, ti, keep_zero_next)) {
		if (num.neg)
			OUT("âm");
		norm_digits(c->out, num.ip, num.nip);
		return 1;
	}
	norm_number_words(c->out, &num, c->southern);
	return 1;
}

/* a/b: a fraction, a ratio after "đạt", "thứ", or a house number. */
static int fraction(struct norm_ctx *c, size_t ti, const char *p, size_t n)
{
	static const char *const ratio_words[] = { "thứ", "hạng", "đạt",
		"được", "xếp", "thắng", NULL };
	static const char *const house_words[] = { "nhà", "ngõ", "ngách",
		"hẻm", "kiệt", "số", NULL };
	static const char *const street_words[] = { "đường", "phố", NULL };
	const struct unit *u = NULL;
	size_t a, b;
	int neg = 0;

	if (n > 1 && p[0] == '-') {
		neg = 1;
		p++;
		n--;
	}
	a = digit_run(p, n);
	if (!a || a >= n || p[a] != '/' || a > 9)
		return 0;
	b = digit_run(p + a + 1, n - a - 1);
	if (!b || b > 9)
		return 0;
	/* "1/2kg": a fraction of a unit. */
	if (a + 1 + b != n) {
		u = find_unit(p + a + 1 + b, n - a - 1 - b);
		if (!u || u->kind != U_MEASURE)
			return 0;
	}
	if (!norm_prev_in(c, ti, ratio_words) && !norm_prev_in(c, ti, house_words) &&
	    !norm_next_in(c, ti, street_words) && p[0] == '0' && a > 1)
		return 0;
	if (neg)
		OUT("âm");
	if (norm_prev_in(c, ti, ratio_words)) {
		if (norm_prev_is(c, ti, "thứ") || norm_prev_is(c, ti, "hạng"))
			norm_ordinal(c->out, p, a, c->southern);
		else
			number_or_digits(c, p, a);
		OUT("trên");
		number_or_digits(c, p + a + 1, b);
		return 1;
	}
	if (norm_prev_in(c, ti, house_words) || norm_next_in(c, ti, street_words)) {
		number_or_digits(c, p, a);
		OUT("trên");
		number_or_digits(c, p + a + 1, b);
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
		if (all_digits(prev, pn) && !norm_has_trail(c, ti - 1))
			OUT("và");
	}
	norm_cardinal(c->out, p, a, c->southern);
	OUT("phần");
	if (b == 1 && p[a + 1] == '4')
		OUT("tư");
	else
		norm_cardinal(c->out, p + a + 1, b, c->southern);
	if (u)
		OUT(u->spoken);
	return 1;
}

/* "2026-2030", "3-5", "50.000đ-100.000đ", "14/4-24/4": a range. */
static int range(struct norm_ctx *c, size_t ti, const char *p, size_t n,
		 int depth)
{
	const char *dash = NULL;
	size_t i, mark = c->out->len;

	if (depth > 0)
		return 0;
	for (i = 1; i + 1 < n; i++)
		if (p[i] == '-' && (is_digit(p[i + 1]) || p[i + 1] == '$')) {
			dash = p + i;
			break;
		}
	if (!dash)
		return 0;
	/* Both halves must read as numbers on their own; if not, undo. */
	if (say_numeric(c, ti, p, (size_t)(dash - p), depth + 1)) {
		OUT("đến");
		if (say_numeric(c, ti, dash + 1, n - (size_t)(dash - p) - 1,
				depth + 1))
			return 1;
	}
	if (!c->out->failed) {
		c->out->len = mark;
		if (c->out->p)
			c->out->p[mark] = '\0';
	}
	return 0;
}

/* "8x8", "100x50": multiplication or dimensions. */
static int times_sign(struct norm_ctx *c, size_t ti, const char *p, size_t n,
		      int depth)
{
	size_t a = digit_run(p, n);

	if (!a || a + 1 >= n || (p[a] != 'x' && p[a] != 'X') ||
	    !is_digit(p[a + 1]) || depth > 0)
		return 0;
	if (!say_numeric(c, ti, p, a, depth + 1))
		return 0;
	OUT("nhân");
	if (!say_numeric(c, ti, p + a + 1, n - a - 1, depth + 1))
		norm_say_fallback(c, ti, p + a + 1, n - a - 1);
	return 1;
}

/* "1.8", "192.168.1.1", "1.25.3": not thousands, read with "chấm". */
static int dotted(struct norm_ctx *c, const char *p, size_t n)
{
	size_t i = 0, groups = 0, first = digit_run(p, n);

	while (i < n) {
		size_t r = digit_run(p + i, n - i);

		if (!r || r > 4)
			return 0;
		groups++;
		i += r;
		if (i == n)
			break;
		if (p[i] != '.' || i + 1 == n)
			return 0;
		i++;
	}
	if (groups < 2)
		return 0;
	i = 0;
	while (i < n) {
		size_t r = digit_run(p + i, n - i);

		if (groups == 2 && i == 0 && !(first > 1 && p[0] == '0'))
			norm_cardinal(c->out, p, r, c->southern);
		else
			norm_digits(c->out, p + i, r);
		i += r;
		if (i < n) {
			OUT("chấm");
			i++;
		}
	}
	return 1;
}

static int say_numeric(struct norm_ctx *c, size_t ti, const char *p,
		       size_t n, int depth)
{
	const struct unit *u;

	if (!n)
		return 0;
	/* "$50", "€10" */
	if (!is_digit(p[0])) {
		size_t k = 1;

		while (k < n && ((unsigned char)p[k] & 0xC0) == 0x80)
			k++;
		u = find_unit(p, k);
		if (u && u->kind == U_MONEY && k < n && is_digit(p[k])) {
			struct norm_num num;
			size_t used = norm_scan_number(p + k, n - k, 0, &num);

			if (used == n - k) {
				norm_number_words(c->out, &num, c->southern);
				OUT(u->spoken);
				return 1;
			}
		}
		if (p[0] == '-' && n > 1 && is_digit(p[1]))
			return number_with_suffix(c, ti, p, n, depth) ||
			       fraction(c, ti, p, n) || range(c, ti, p, n, depth);
		if (p[0] == '~' && n > 1 && depth == 0) {
			OUT("khoảng");
			if (!say_numeric(c, ti, p + 1, n - 1, depth + 1))
				norm_say_fallback(c, ti, p + 1, n - 1);
			return 1;
		}
		return 0;
	}
	return doc_code(c, p, n) || time_rule(c, ti, p, n) ||
	       date_rule(c, ti, p, n) || number_with_suffix(c, ti, p, n, depth) ||
	       fraction(c, ti, p, n) || times_sign(c, ti, p, n, depth) ||
	       range(c, ti, p, n, depth) || dotted(c, p, n);
}

/* "9 000 000": thousands groups written with spaces. */
static size_t spaced_thousands(struct norm_ctx *c, size_t i)
{
	char buf[32];
	size_t n, k, j = i, len;
	const char *p = norm_core(c, i, &n);

	if (!all_digits(p, n) || n > 3 || p[0] == '0' || norm_has_trail(c, i))
		return 0;
	memcpy(buf, p, n);
	len = n;
	while (j + 1 < c->nt && !norm_has_trail(c, j) && len + 3 < sizeof(buf)) {
		const char *q = norm_core(c, j + 1, &k);

		if (k != 3 || !all_digits(q, k) || c->t[j + 1].b != c->t[j + 1].s)
			break;
		memcpy(buf + len, q, 3);
		len += 3;
		j++;
	}
	/* Only a group that ends the number and is followed by nothing numeric. */
	if (j == i)
		return 0;
	norm_cardinal(c->out, buf, len, c->southern);
	return j - i + 1;
}

size_t norm_rule_numeric(struct norm_ctx *c, size_t i)
{
	size_t n, used;
	const char *p = norm_core(c, i, &n);
	const struct unit *u;

	if (!n)
		return 0;
	if ((used = phone_rule(c, i)))
		return used;
	if (!is_digit(p[0]) && !(n > 1 && (p[0] == '-' || p[0] == '$' ||
					   p[0] == '~' ||
					   (unsigned char)p[0] >= 0x80)))
		return 0;
	if (is_digit(p[0]) && (used = spaced_thousands(c, i)))
		return used;
	/* "14 giờ 00 (phút)": zero minutes are not said. */
	if (all_digits(p, n) && n <= 2 && p[0] == '0' && p[n - 1] == '0' &&
	    norm_prev_is(c, i, "giờ")) {
		static const char *const minute[] = { "phút", NULL };

		return norm_next_in(c, i, minute) ? 2 : 1;
	}
	/* Number, then a unit as the next word: "5 km", "50 USD". */
	if (all_digits(p, n) || (is_digit(p[0]) &&
				 norm_scan_number(p, n, 0, &(struct norm_num){0}) == n)) {
		size_t un;
		const char *q;

		if (i + 2 < c->nt && !norm_has_trail(c, i) &&
		    !norm_has_trail(c, i + 1) && norm_next_in(c, i, scale_words)) {
			q = norm_core(c, i + 2, &un);
			u = find_unit(q, un);
			if (u && (u->kind == U_MONEY || (u->kind == U_MEASURE &&
							 un > 1)) &&
			    c->t[i + 2].b == c->t[i + 2].s) {
				struct norm_num num;
				size_t sn;
				const char *sw = norm_core(c, i + 1, &sn);

				norm_scan_number(p, n, 0, &num);
				norm_number_words(c->out, &num, c->southern);
				norm_buf_wordn(c->out, sw, sn);
				OUT(u->spoken);
				return 3;
			}
		}
		if (i + 1 < c->nt && !norm_has_trail(c, i)) {
			q = norm_core(c, i + 1, &un);
			u = find_unit(q, un);
			if (!u && un > 2 && memchr(q, '/', un)) {
				size_t a = (size_t)((const char *)memchr(q, '/', un) - q);

				u = find_unit(q, a);
				if (u && u->kind != U_MEASURE && u->kind != U_MONEY &&
				    u->kind != U_PERCENT)
					u = NULL;
				if (u && a + 1 < un && c->t[i + 1].b == c->t[i + 1].s) {
					struct norm_num num;

					norm_scan_number(p, n, 0, &num);
					norm_number_words(c->out, &num, c->southern);
					OUT(u->spoken);
					say_per(c, q + a + 1, un - a - 1, u->kind);
					return 2;
				}
				u = NULL;
			}
			if (u && (u->kind == U_MONEY || u->kind == U_PERCENT ||
				  (u->kind == U_MEASURE && strcmp(u->sym, "s") &&
				   strcmp(u->sym, "p") && strcmp(u->sym, "h") &&
				   strcmp(u->sym, "A"))) &&
			    c->t[i + 1].b == c->t[i + 1].s) {
				struct norm_num num;

				norm_scan_number(p, n, 0, &num);
				norm_number_words(c->out, &num, c->southern);
				OUT(u->spoken);
				return 2;
			}
		}
	}
	if (say_numeric(c, i, p, n, 0))
		return 1;
	return 0;
}

/* ------------------------------------------------------------------ */

static const char *symbol_word(uint32_t cp)
{
	switch (cp) {
	case '&': return "và";
	case '+': return "cộng";
	case '=': return "bằng";
	case '%': return "phần trăm";
	case '@': return "a còng";
	case '>': return "lớn hơn";
	case '<': return "nhỏ hơn";
	case '~': return "khoảng";
	case '#': return "số";
	case 0x00D7: return "nhân";
	case 0x2265: return "lớn hơn hoặc bằng";
	case 0x2264: return "nhỏ hơn hoặc bằng";
	case 0x00B1: return "cộng trừ";
	case 0x2192: return "đến";
	case 0x00B0: return "độ";
	}
	return NULL;
}

void norm_say_fallback(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t k = 0;

	while (k < n) {
		size_t j = k;
		uint32_t cp;

		if (is_digit(p[k])) {
			while (j < n && is_digit(p[j]))
				j++;
			/* A decimal or thousands number inside other text. */
			{
				struct norm_num num;
				size_t used = norm_scan_number(p + k, n - k, 0, &num);

				if (used > j - k) {
					norm_number_words(c->out, &num, c->southern);
					k += used;
					continue;
				}
			}
			if (j - k > 4)
				norm_digits(c->out, p + k, j - k);
			else
				number_or_digits(c, p + k, j - k);
			k = j;
			continue;
		}
		if (norm_utf8_next(p, n, &j, &cp)) {
			k++;
			continue;
		}
		if (norm_is_letter_cp(cp)) {
			size_t e = k;

			while (e < n) {
				size_t at = e;

				if (norm_utf8_next(p, n, &e, &cp) ||
				    !norm_is_letter_cp(cp)) {
					e = at;
					break;
				}
			}
			norm_say_part(c, i, p + k, e - k);
			k = e;
			continue;
		}
		{
			const char *w = symbol_word(cp);

			if (w)
				OUT(w);
		}
		k = j;
	}
}
