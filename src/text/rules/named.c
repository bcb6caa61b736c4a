/*
 * Named numbers of the normaliser (named.h): weekdays in timetables
 * ("T2-T6", "CN"), numbered roads, flood alarm levels and dust ("ĐT.391",
 * "BĐIII", "PM2.5"), chainages ("Km12+500"), and "Q." for an acting
 * official, fishing boats ("QN-90123-TS"), coordinates at sea
 * ("20°15'N") and tour packages ("3N2Đ").  Each rule reads a short code
 * that names a day or a thing by its number; the last, a storm's name in
 * capitals ("bão WIPHA"), names one by its word.
 */
#include "named.h"

#include <limits.h>
#include <string.h>

#include "text/norm_case.h"
#include "text/norm_dict.h"
#include "text/norm_lists.h"
#include "text/norm_number.h"
#include "text/norm_say.h"
#include "text/norm_spell.h"

#define OUT(s) NORM_OUT(c, (s))

/* Weekdays in timetables: "T2-T6", "sáng T7", "T7, CN", "CN ngày 15/3". */

static void say_weekday(struct norm_ctx *c, int d)
{
	static const char *const names[] = { "thứ hai", "thứ ba", "thứ tư",
		"thứ năm", "thứ sáu", "thứ bảy", "Chủ nhật" };

	OUT(names[d - 2]);
}

static int weekday_context(const struct norm_ctx *c, size_t i)
{
	static const char *const *const before = norm_list_named_before;
	static const char *const *const after = norm_list_named_after;
	size_t n;
	const char *p;

	if (norm_prev_in(c, i, before) || norm_next_in(c, i, after))
		return 1;
	/* "thứ bảy, CN": after a weekday in words, a comma between. */
	if (i >= 2 && norm_lc_is(c, i - 2, "thứ") &&
	    (norm_lc_is(c, i - 1, "bảy") || norm_lc_is(c, i - 1, "sáu") ||
	     norm_lc_is(c, i - 1, "7") || norm_lc_is(c, i - 1, "6")))
		return 1;
	/* Next to Sunday: "T7, CN", "T7 và CN" (not "trạm T3, T5"). */
	if (i > 0 && (p = norm_core(c, i - 1, &n)) && norm_weekday_code(p, n) == 8)
		return 1;
	if (i + 1 < c->nt && (p = norm_core(c, i + 1, &n)) && norm_weekday_code(p, n) == 8)
		return 1;
	if (i + 2 < c->nt && norm_lc_is(c, i + 1, "và") &&
	    (p = norm_core(c, i + 2, &n)) && norm_weekday_code(p, n) == 8)
		return 1;
	/* A page's stamp: "T6, 22/11/2024", the date after a comma. */
	if (i + 1 < c->nt && c->t[i].e < c->t[i].s + c->t[i].n &&
	    c->line[c->t[i].e] == ',' && (p = norm_core(c, i + 1, &n)) &&
	    n >= 8 && norm_is_digit(p[0]) && memchr(p, '/', n) &&
	    norm_digit_run(p + n - 4, 4) == 4 && p[n - 5] == '/')
		return 1;
	/* A timetable: "T7: 8h - 11h". */
	if (i + 1 < c->nt && c->t[i].e < c->t[i].s + c->t[i].n &&
	    c->line[c->t[i].e] == ':' && (p = norm_core(c, i + 1, &n)) && n >= 2 &&
	    norm_is_digit(p[0]) && (memchr(p, 'h', n) || memchr(p, ':', n)))
		return 1;
	/* A spaced range: "T2 - T6". */
	if (i + 2 < c->nt && norm_lc_is(c, i + 1, "-") &&
	    (p = norm_core(c, i + 2, &n)) && norm_weekday_code(p, n))
		return 1;
	if (i >= 2 && norm_lc_is(c, i - 1, "-") &&
	    (p = norm_core(c, i - 2, &n)) && norm_weekday_code(p, n))
		return 1;
	/* Before a date: "CN 15/3". */
	if (i + 1 < c->nt && !norm_has_trail(c, i) && (p = norm_core(c, i + 1, &n)) &&
	    n >= 3 && norm_is_digit(p[0]) && memchr(p, '/', n))
		return 1;
	return 0;
}

/*
 * "T.Sáu, ngày 19 tháng 12": a weekday's word after "T." heading a date
 * is "thứ sáu"; before "ngày" or a date only, as "T.Năm" may be a name.
 */
static int dotted_weekday(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	static const char *const *const days = norm_list_named_weekday_words;
	const char *q;
	size_t k, qn;

	if (n < 4 || p[0] != 'T' || p[1] != '.' || i + 1 >= c->nt)
		return 0;
	for (k = 0; days[k] &&
		    !norm_eq_fold(p + 2, n - 2, days[k], strlen(days[k])); k++)
		;
	if (!days[k])
		return 0;
	q = norm_core(c, i + 1, &qn);
	if (!(norm_lc_is(c, i + 1, "ngày") ||
	      (qn >= 3 && norm_is_digit(q[0]) && memchr(q, '/', qn))))
		return 0;
	OUT("thứ");
	OUT(days[k]);
	return 1;
}

/* The month an English name or its short form gives ("September",
 * "Sep", "Sept."), 1 to 12; 0 if none. */
static int english_month(const char *p, size_t n)
{
	static const char *const months[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"
	};
	char low[10];
	size_t k, m;

	if (n && p[n - 1] == '.')
		n--;
	if (n < 3 || n > 9 || p[0] < 'A' || p[0] > 'Z')
		return 0;
	for (k = 0; k < n; k++)
		low[k] = (char)(p[k] | 0x20);
	for (m = 0; m < 12; m++)
		if ((n == strlen(months[m]) || (n == 3 && m != 4) ||
		     (n == 4 && m == 8)) &&
		    !memcmp(low, months[m], n))
			return (int)m + 1;
	return 0;
}

/* The number token j is written alone with lo to hi digits ("27",
 * "27,", "2023"); ULONG_MAX if it is none. */
static unsigned long alone_number(const struct norm_ctx *c, size_t j,
				  size_t lo, size_t hi)
{
	size_t n;
	const char *p;

	if (j >= c->nt || c->t[j].b != c->t[j].s)
		return ULONG_MAX;
	p = norm_core(c, j, &n);
	if (n < lo || n > hi || !norm_all_digits(p, n))
		return ULONG_MAX;
	return norm_small_value(p, n);
}

/* The day of token j, 1 to 31; 0 if not one. */
static unsigned long day_at(const struct norm_ctx *c, size_t j)
{
	unsigned long d = alone_number(c, j, 1, 2);

	return d >= 1 && d <= 31 ? d : 0;
}

/* The year of token j, 1900 to 2099; 0 if not one. */
static unsigned long year_at(const struct norm_ctx *c, size_t j)
{
	unsigned long y = alone_number(c, j, 4, 4);

	return y >= 1900 && y <= 2099 ? y : 0;
}

/*
 * "September 27, 2023", "Sep 27 2023", "March 2024": an English date
 * pasted from a page's header, said as a Vietnamese one ("ngày hai mươi
 * bảy tháng chín năm hai nghìn không trăm hai mươi ba").  Token i is the
 * month; returns the tokens read from i, 0 if none.  Not inlined: the
 * weekday rule sees every token.
 */
static __attribute__((noinline)) size_t english_date(struct norm_ctx *c,
						  size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);
	int m = english_month(p, n);
	unsigned long d, y = 0;

	if (!m || norm_has_trail(c, i))
		return 0;
	/* "March 2024": a month of a year. */
	if ((y = year_at(c, i + 1)) && m != 5) {
		OUT("tháng");
		norm_say_month(c, (unsigned long)m);
		OUT("năm");
		norm_cardinal_u(c->out, y, c->southern);
		return 2;
	}
	if (!(d = day_at(c, i + 1)) ||
	    /* "May 5": the short month needs its year, "May" is a word. */
	    (!(y = year_at(c, i + 2)) && (m == 5 || n <= 4)))
		return 0;
	OUT("ngày");
	norm_cardinal_u(c->out, d, c->southern);
	OUT("tháng");
	norm_say_month(c, (unsigned long)m);
	if (!y)
		return 2;
	OUT("năm");
	norm_cardinal_u(c->out, y, c->southern);
	return 3;
}

size_t norm_rule_weekday(struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);
	int a, b;

	if (dotted_weekday(c, i, p, n))
		return 1;
	/* "September 27, 2023": a capital, then digits. */
	if (p[0] >= 'A' && p[0] <= 'Z' && n >= 3 && i + 1 < c->nt &&
	    c->line[c->t[i + 1].b] >= '0' && c->line[c->t[i + 1].b] <= '9' &&
	    (a = (int)english_date(c, i)))
		return (size_t)a;

	/* "T2-T6", "T2-CN": a range of days, always. */
	if (n == 5 && p[2] == '-' && (a = norm_weekday_code(p, 2)) &&
	    (b = norm_weekday_code(p + 3, 2)) && a < b) {
		say_weekday(c, a);
		OUT("đến");
		say_weekday(c, b);
		return 1;
	}
	if (!(a = norm_weekday_code(p, n)) || !weekday_context(c, i))
		return 0;
	say_weekday(c, a);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Roads, flood alarms, dust: "ĐT.391", "TL 391", "BĐ2", "BĐIII", "PM2.5". */


/* "km 501 100", "Km 12 300": after "km", a post's number and three
 * digits of metres, each a token of its own; says them, else nothing. */
static int chainage_spaced(struct norm_ctx *c, size_t i)
{
	const char *a, *b;
	size_t an, bn;

	if (i + 2 >= c->nt || norm_has_trail(c, i) ||
	    norm_has_trail(c, i + 1) || c->t[i + 1].b != c->t[i + 1].s ||
	    c->t[i + 2].b != c->t[i + 2].s)
		return 0;
	/* "dài 3 km 120 300": after a number "km" is its unit. */
	if (i > 0) {
		a = norm_core(c, i - 1, &an);
		if (an && norm_is_digit(a[an - 1]))
			return 0;
	}
	a = norm_core(c, i + 1, &an);
	b = norm_core(c, i + 2, &bn);
	if (!an || an > 4 || !norm_all_digits(a, an) || bn != 3 ||
	    !norm_all_digits(b, bn))
		return 0;
	OUT("ki lô mét");
	norm_cardinal(c->out, a, an, c->southern);
	OUT("cộng");
	norm_cardinal(c->out, b, bn, c->southern);
	return 1;
}

/* The number after the prefix: "391", "05", "1A", "2.5", "III". */
static int say_numbered(struct norm_ctx *c, const char *p, size_t n,
			int alarm)
{
	size_t d = 0, k;
	int v;

	while (d < n && norm_is_digit(p[d]))
		d++;
	if (!d) {
		/* "BĐIII": flood alarm levels are written in Roman too. */
		v = alarm ? norm_roman_value(p, n, 1) : 0;
		if (!v || v > 3)
			return 0;
		norm_cardinal_u(c->out, (unsigned long long)v, c->southern);
		return 1;
	}
	if (d > 4)
		return 0;
	/* "BĐ1-2": a range of alarm levels, "một đến hai". */
	if (alarm && n == 3 && d == 1 && p[1] == '-' && norm_is_digit(p[2]) &&
	    p[0] < p[2]) {
		norm_cardinal(c->out, p, 1, c->southern);
		OUT("đến");
		norm_cardinal(c->out, p + 2, 1, c->southern);
		return 1;
	}
	/* "PM2.5": a decimal point. */
	if (d + 2 <= n && p[d] == '.' && norm_is_digit(p[d + 1])) {
		for (k = d + 1; k < n && norm_is_digit(p[k]); k++)
			;
		if (k != n || alarm)
			return 0;
		norm_say_id(c, p, d);
		OUT("phẩy");
		norm_say_id(c, p + d + 1, n - d - 1);
		return 1;
	}
	/* "Km12+500": a chainage, kilometre plus metres. */
	if (d + 1 < n && p[d] == '+' && !alarm) {
		for (k = d + 1; k < n && norm_is_digit(p[k]); k++)
			;
		if (k != n || k - d - 1 > 4)
			return 0;
		norm_cardinal(c->out, p, d, c->southern);
		OUT("cộng");
		norm_cardinal(c->out, p + d + 1, n - d - 1, c->southern);
		return 1;
	}
	/* "QL1A", "QL 18B", "QL12C": one capital letter after the number;
	 * a consonant said by its name as in "tỉnh lộ 8B" ("xê", not an
	 * English "C"), a vowel as written. */
	if (d + 1 == n && p[d] >= 'A' && p[d] <= 'Z') {
		norm_say_id(c, p, d);
		if (norm_in_set("AEIOUY", p[d]))
			norm_buf_word(c->out, (char[]){ p[d], '\0' });
		else
			OUT(norm_letter_name((unsigned char)p[d]));
		return 1;
	}
	if (d != n)
		return 0;
	norm_say_id(c, p, d);
	return 1;
}

/* "Q. CHỦ TỊCH", "Q. Giám đốc": acting, not "quận". */
static int acting_title(const struct norm_ctx *c, size_t i)
{
	static const char *const *const titles = norm_list_named_titles;
	size_t n;
	const char *p = norm_core(c, i, &n);

	size_t k;

	if (n != 1 || p[0] != 'Q' || c->t[i].e + 1 != c->t[i].s + c->t[i].n ||
	    c->line[c->t[i].e] != '.')
		return 0;
	for (k = 0; titles[k]; k++)
		if (norm_lc_is(c, i + 1, titles[k]))
			return 1;
	return 0;
}

/* "1205" in an apartment block: floor twelve, flat five. */
static void say_flat(struct norm_ctx *c, const char *p)
{
	norm_cardinal(c->out, p, 2, c->southern);
	if (p[2] == '0') {
		OUT(c->southern ? "lẻ" : "linh");
		norm_cardinal(c->out, p + 3, 1, c->southern);
	} else {
		norm_cardinal(c->out, p + 2, 2, c->southern);
	}
}

/* Token i names Ho Chi Minh City: "TP.HCM", "TP HCM", "TPHCM". */
static int city_at(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	if ((n == 6 && !memcmp(p, "TP.HCM", 6)) ||
	    (n == 5 && !memcmp(p, "TPHCM", 5)))
		return 1;
	return n == 2 && !memcmp(p, "TP", 2) && i + 1 < c->nt &&
	       !norm_has_trail(c, i) && norm_lc_is(c, i + 1, "hcm");
}

/* Token i follows a ward and a comma: "P.An Phú, Q2", "phường 5, Q3",
 * "P10, Q3". */
static int after_ward(const struct norm_ctx *c, size_t i)
{
	size_t k, n;
	const char *p;

	if (i == 0 || c->t[i - 1].e + 1 != c->t[i - 1].s + c->t[i - 1].n ||
	    c->line[c->t[i - 1].e] != ',')
		return 0;
	for (k = i; k > 0 && i - k < 4; k--) {
		if (k < i && norm_has_trail(c, k - 1))
			return 0;
		p = norm_core(c, k - 1, &n);
		if (norm_lc_is(c, k - 1, "phường") ||
		    (n >= 3 && p[0] == 'P' && (p[1] == '.' || norm_is_digit(p[1]))))
			return 1;
	}
	return 0;
}

/* "P.1205", "căn 1508", "căn hộ 2306", "phòng 1102": four digits of a flat
 * or a room are read as the floor and the number on it; "P.5, Q.3" are a
 * ward and a district. */
size_t norm_rule_flat(struct norm_ctx *c, size_t i)
{
	static const char *const *const rooms = norm_list_named_rooms;
	size_t n;
	const char *p = norm_core(c, i, &n);

	if (n == 6 && p[0] == 'P' && p[1] == '.' && p[2] >= '1' &&
	    norm_digit_run(p + 2, 4) == 4) {
		OUT("phòng");
		say_flat(c, p + 2);
		return 1;
	}
	/* "P.5, Q.3": a ward and a district in an address. */
	if (n >= 3 && n <= 4 && (p[0] == 'P' || p[0] == 'Q') && p[1] == '.' &&
	    p[2] >= '1' && norm_digit_run(p + 2, n - 2) == n - 2) {
		OUT(p[0] == 'P' ? "phường" : "quận");
		norm_cardinal(c->out, p + 2, n - 2, c->southern);
		return 1;
	}
	/* "(Q7, TP.HCM)", "P.An Phú, Q2": a district without its dot, only
	 * before the city's name or after a ward, where a rice variety
	 * ("giống Q5") never stands. */
	if (n >= 2 && n <= 3 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '9' &&
	    norm_digit_run(p + 1, n - 1) == n - 1 &&
	    ((i + 1 < c->nt && c->line[c->t[i].e] == ',' &&
	      c->t[i].e + 1 == c->t[i].s + c->t[i].n && city_at(c, i + 1)) ||
	     after_ward(c, i))) {
		OUT("quận");
		norm_cardinal(c->out, p + 1, n - 1, c->southern);
		return 1;
	}
	/* The rest are numbers of three to five bytes; cheap first. */
	if (n < 3 || n > 5 || !norm_is_digit(p[0]))
		return 0;
	if (!norm_prev_in(c, i, rooms) &&
	    !(norm_prev_is(c, i, "hộ") && i >= 2 && norm_prev_is(c, i - 1, "căn")))
		return 0;
	if (n == 4 && norm_digit_run(p, 4) == 4 && p[0] >= '1' && p[0] <= '4') {
		say_flat(c, p);
		return 1;
	}
	/* "căn hộ 10.14": the floor, "chấm", the number on it. */
	if (n >= 3 && n <= 5) {
		size_t a = norm_digit_run(p, n);

		if (a >= 1 && a <= 2 && a + 1 < n && p[a] == '.' &&
		    norm_digit_run(p + a + 1, n - a - 1) == 2 &&
		    n - a - 1 == 2 && p[a + 1] != '0') {
			norm_cardinal(c->out, p, a, c->southern);
			OUT("chấm");
			norm_cardinal(c->out, p + a + 1, n - a - 1, c->southern);
			return 1;
		}
	}
	return 0;
}

size_t norm_rule_numbered(struct norm_ctx *c, size_t i)
{
	size_t n, k, mark = c->out->len;
	const char *p = norm_core(c, i, &n);
	const char *const *w;

	if (acting_title(c, i)) {
		OUT("quyền");
		c->ate_dot = 1;
		return 1;
	}
	/* "Công an P10, Q.Phú Nhuận": a ward before its district, or a
	 * ward's police, as "P.10" is. */
	if ((n == 2 || n == 3) && p[0] == 'P' && norm_all_digits(p + 1, n - 1) &&
	    p[1] != '0') {
		const char *q = i + 1 < c->nt ? norm_core(c, i + 1, &k) : NULL;

		if ((q && k >= 2 && q[0] == 'Q' && (q[1] == '.' || norm_is_digit(q[1]))) ||
		    (i >= 2 && norm_prev_is(c, i, "an") && norm_prev_is(c, i - 1, "công"))) {
			OUT("phường");
			norm_cardinal(c->out, p + 1, n - 1, c->southern);
			return 1;
		}
	}
	/* "giống ĐT37": a rice variety, spelled, not a road. */
	if (n > 3 && !memcmp(p, "ĐT", 3) && norm_is_digit(p[3]) &&
	    norm_prev_is(c, i, "giống")) {
		norm_spell_code(c->out, p, n, c->southern);
		return 1;
	}
	/* Each entry of the list: the prefix as written, a space, its
	 * reading (data/word-lists.tsv). */
	for (w = norm_list_named_numbered; n && *w; w++) {
		size_t pn, qn, qd;
		int alarm, spaced;
		const char *q, *say;

		/* Every token comes here: the first byte first. */
		if (p[0] != (*w)[0])
			continue;
		say = strchr(*w, ' ');
		pn = (size_t)(say - *w);
		say++;
		if (n < pn || memcmp(p, *w, pn))
			continue;
		alarm = pn == strlen("BĐ") && !memcmp(*w, "BĐ", pn);
		/* "km 501 100": a chainage whose '+' was typed as a space. */
		if (pn == 2 && (p[0] == 'k' || p[0] == 'K') && n == 2 &&
		    chainage_spaced(c, i))
			return 3;
		/* "km52+800" in small letters only as a chainage: "km2" is a
		 * square kilometre. */
		if (p[0] == 'k' && !memchr(p, '+', n))
			continue;
		/* Attached "BĐ2", dotted "ĐT.391", or spaced "TL 391". */
		spaced = n == pn || (n == pn + 1 && p[pn] == '.');
		if (spaced) {
			if (i + 1 >= c->nt || (n == pn && norm_has_trail(c, i)) ||
			    c->t[i + 1].b != c->t[i + 1].s)
				return 0;
			/* "TL." ends the core: the dot is punctuation. */
			if (n == pn && c->t[i].e < c->t[i].s + c->t[i].n &&
			    c->line[c->t[i].e] != ' ' && c->line[c->t[i].e] != '.')
				return 0;
			q = norm_core(c, i + 1, &qn);
			/* "TL. Chủ tịch" is "thừa lệnh": only before a number;
			 * "ĐT 0904 567 123" is a telephone. */
			/* The digits before a chainage's '+' count:
			 * "Km 06+500". */
			qd = norm_digit_run(q, qn);
			if (!qn || !norm_is_digit(q[0]) ||
			    (q[0] == '0' && qd > 2) || qd > 5 ||
			    (qd < qn && q[qd] != '+' && qn > 5))
				return 0;
		} else {
			q = p + pn + (p[pn] == '.');
			qn = n - (size_t)(q - p);
		}
		/* "đường ĐT.379": "đường" is said once. */
		if (!strncmp(say, "đường ", strlen("đường ")) &&
		    norm_prev_is(c, i, "đường"))
			OUT(say + strlen("đường "));
		else
			OUT(say);
		if (say_numbered(c, q, qn, alarm))
			return spaced ? 2 : 1;
		/* Not a number after all: undo. */
		norm_buf_truncate(c->out, mark);
		return 0;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Fishing boats, coordinates at sea, tour packages. */

/* "QN-90123-TS": a fishing boat's registration, province letters, number
 * digit by digit, "tê ét" for thủy sản. */
static int say_boat(struct norm_ctx *c, const char *p, size_t n)
{
	const char *d1 = memchr(p, '-', n), *d2;
	size_t a, dn;

	if (!d1 || n < 9 || memcmp(p + n - 3, "-TS", 3))
		return 0;
	a = (size_t)(d1 - p);
	d2 = p + n - 3;
	dn = (size_t)(d2 - d1 - 1);
	if (a < 2 || a > 3 || dn < 4 || dn > 6 || norm_digit_run(d1 + 1, dn) != dn)
		return 0;
	for (size_t k = 0; k < a; k++)
		if (!(p[k] >= 'A' && p[k] <= 'Z') && !((unsigned char)p[k] >= 0x80))
			return 0;
	norm_spell_code(c->out, p, a, c->southern);
	norm_buf_addc(c->out, ',');
	norm_digits(c->out, d1 + 1, dn);
	norm_buf_addc(c->out, ',');
	OUT("tê ét");
	return 1;
}

/* "VD-12345-12", "VND-2907-05": a medicine's registration number, its
 * letters spelled (not "đồng"), then its digits one by one, a
 * two-digit year last. */
static int say_registration(struct norm_ctx *c, const char *p, size_t n)
{
	const char *d1 = memchr(p, '-', n);
	size_t a, dn, k;

	if (!d1 || n < 9 || p[n - 3] != '-' || norm_digit_run(p + n - 2, 2) != 2)
		return 0;
	a = (size_t)(d1 - p);
	dn = n - 3 - a - 1;
	if (a < 2 || a > 5 || dn < 3 || dn > 6 || norm_digit_run(d1 + 1, dn) != dn)
		return 0;
	for (k = 0; k < a; k++) {
		if (p[k] >= 'A' && p[k] <= 'Z')
			continue;
		if (k + 1 < a && !memcmp(p + k, "Đ", 2)) {
			k++;
			continue;
		}
		return 0;
	}
	norm_spell_code(c->out, p, a, c->southern);
	norm_digits(c->out, d1 + 1, dn);
	norm_digits(c->out, p + n - 2, 2);
	return 1;
}

/* "20°15'N", "107°30'E", "20°05'30N": degrees, minutes, seconds and the
 * side of the equator or meridian. */
static int say_coordinate(struct norm_ctx *c, const char *p, size_t n,
			  int bare)
{
	static const char *const sides[][2] = { { "N", "vĩ Bắc" },
		{ "S", "vĩ Nam" }, { "E", "kinh Đông" }, { "W", "kinh Tây" } };
	size_t d = norm_digit_run(p, n), k = 0, m, sec = 0, at, f = 0;
	const char *side = NULL;

	/* "19,5°N": decimal degrees. */
	if (d && d < n && p[d] == ',' && (f = norm_digit_run(p + d + 1, n - d - 1)))
		d += 1 + f;
	/* "16,8N" in a pair: decimal degrees without the sign. */
	if (bare && f && d + 1 == n)
		at = d;
	else if (!d || d > 7 || n < d + 3 || memcmp(p + d, "°", 2))
		return 0;
	else
		at = d + 2;
	for (k = 0; k < 4; k++)
		if (at + 1 == n && p[at] == sides[k][0][0])
			side = sides[k][1];
	if (side) {
		if (f) {
			norm_cardinal(c->out, p, d - f - 1, c->southern);
			OUT("phẩy");
			norm_cardinal(c->out, p + d - f, f, c->southern);
		} else {
			norm_cardinal(c->out, p, d, c->southern);
		}
		OUT("độ");
		OUT(side);
		return 1;
	}
	if (f)
		return 0;
	m = norm_digit_run(p + at, n - at);
	if (!m || m > 2 || at + m >= n || p[at + m] != '\'')
		return 0;
	at += m + 1;
	sec = norm_digit_run(p + at, n - at);
	if (sec > 2)
		return 0;
	for (k = 0; k < 4; k++)
		if (at + sec + 1 == n && p[at + sec] == sides[k][0][0])
			side = sides[k][1];
	if (!side)
		return 0;
	norm_cardinal(c->out, p, d, c->southern);
	OUT("độ");
	norm_cardinal(c->out, p + d + 2, m, c->southern);
	OUT("phút");
	if (sec) {
		norm_cardinal(c->out, p + at, sec, c->southern);
		OUT("giây");
	}
	OUT(side);
	return 1;
}

/* "16,8N-115,3E": a latitude, then a longitude, as storm bulletins
 * write a centre; the degree signs may be left out. */
static int say_coordinate_pair(struct norm_ctx *c, const char *p, size_t n)
{
	const char *dash = memchr(p, '-', n);
	size_t a, mark = c->out->len;

	if (!dash || dash == p || dash + 2 > p + n)
		return 0;
	a = (size_t)(dash - p);
	if (!memchr("NS", p[a - 1], 2) || !memchr("EW", p[n - 1], 2))
		return 0;
	if (say_coordinate(c, p, a, 1)) {
		norm_buf_addc(c->out, ',');
		if (say_coordinate(c, dash + 1, n - a - 1, 1))
			return 1;
	}
	norm_buf_truncate(c->out, mark);
	return 0;
}

/* "combo 3N2Đ": days and nights of a tour. */
static int say_tour(struct norm_ctx *c, const char *p, size_t n)
{
	if (n != 5 || !norm_is_digit(p[0]) || p[1] != 'N' || !norm_is_digit(p[2]) ||
	    memcmp(p + 3, "Đ", 2))
		return 0;
	norm_cardinal(c->out, p, 1, c->southern);
	OUT("ngày");
	norm_cardinal(c->out, p + 2, 1, c->southern);
	OUT("đêm");
	return 1;
}

/* "CVE-2025-21418": a vulnerability's name reads its year, then the rest
 * as a number (docs/judging.md, Document codes). */
static int say_cve(struct norm_ctx *c, const char *p, size_t n)
{
	size_t rn;

	if (n < 13 || n > 16 || memcmp(p, "CVE-", 4) || p[8] != '-' ||
	    norm_digit_run(p + 4, 4) != 4)
		return 0;
	rn = norm_digit_run(p + 9, n - 9);
	if (rn != n - 9 || p[9] == '0')
		return 0;
	OUT("xê vê e");
	norm_cardinal(c->out, p + 4, 4, c->southern);
	norm_buf_addc(c->out, ',');
	norm_cardinal(c->out, p + 9, rn, c->southern);
	return 1;
}

size_t norm_rule_sea(struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	return say_boat(c, p, n) || say_registration(c, p, n) ||
	       say_cve(c, p, n) ||
	       say_coordinate(c, p, n, 0) ||
	       say_coordinate_pair(c, p, n) || say_tour(c, p, n);
}

/*
 * "Bão WIPHA", "bão số 3 (YAGI)": a storm's name in capitals is a word,
 * read as "Wipha" would be (the dictionary, else its syllables), not
 * spelled as an abbreviation is.
 */
size_t norm_rule_storm(struct norm_ctx *c, size_t i)
{
	const struct norm_entry *e;
	char word[16];
	size_t n, k, pn, letters;
	const char *p = norm_core(c, i, &n), *pp;
	int after;

	/* Cheap first: most words start with no ASCII capital. */
	if (n < 3 || n >= sizeof(word) || i == 0 || (p[0] & 0x80) ||
	    (p[1] & 0x80) || !norm_is_upper_cp((unsigned char)p[0]) ||
	    !norm_is_upper_cp((unsigned char)p[1]))
		return 0;
	after = norm_prev_is(c, i, "bão");
	/* "bão số 3 (YAGI)": its number, then the name in brackets. */
	if (!after && i >= 3 && !norm_has_trail(c, i - 1) &&
	    c->t[i].b == c->t[i].s + 1 && c->line[c->t[i].s] == '(' &&
	    norm_lc_is(c, i - 2, "số") && norm_lc_is(c, i - 3, "bão")) {
		pp = norm_core(c, i - 1, &pn);
		after = pn <= 2 && norm_all_digits(pp, pn);
	}
	if (!after)
		return 0;
	/* Capitals of one byte each: the names are written in ASCII. */
	if (!norm_all_caps(p, n, &letters) || letters != n)
		return 0;
	word[0] = p[0];
	for (k = 1; k < n; k++)
		word[k] = (char)norm_lower_cp((unsigned char)p[k]);
	if ((e = norm_dict_find(p, n)) || (e = norm_dict_find(word, n)))
		OUT(e->spoken);
	else
		norm_say_part(c, i, word, n);
	return 1;
}
