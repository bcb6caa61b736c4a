/*
 * Word rules of the normaliser (words.h): Roman headings and Roman
 * numerals after their trigger words, letters after "điểm", e-mail and
 * web addresses, and words: symbols, capitals spelled or lowered, codes
 * with letters and digits, parts joined by "/", "&", "+" or "-".
 */
#include "words.h"

#include <stdint.h>
#include <string.h>

#include "text/norm_case.h"
#include "text/norm_dict.h"
#include "text/norm_lists.h"
#include "text/norm_nfc.h"
#include "text/norm_number.h"
#include "text/norm_say.h"
#include "text/norm_spell.h"

#define OUT(s) NORM_OUT(c, (s))

/* Roman numerals, headings, letters. */

size_t norm_rule_heading(struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);
	int v;

	if (c->nt < 2 || i + 1 >= c->nt || !norm_has_trail(c, i) ||
	    (c->line[c->t[i].e] != '.' && c->line[c->t[i].e] != ')'))
		return 0;
	/* At the start of a line, or of a sentence: "… xong. II. Nội dung". */
	if (i > 0) {
		char last = c->line[c->t[i - 1].s + c->t[i - 1].n - 1];

		if (!norm_in_set(".:;!?", last) || !norm_capitalised(c, i + 1))
			return 0;
	}
	v = norm_roman_value(p, n, 0);
	if (!v)
		return 0;
	norm_cardinal_u(c->out, (unsigned long long)v, c->southern);
	return 1;
}

/* A word in small letters follows token i in the same phrase. */
static int small_word_next(const struct norm_ctx *c, size_t i)
{
	return i + 1 < c->nt && !norm_has_trail(c, i) &&
	       c->t[i + 1].b == c->t[i + 1].s && c->t[i + 1].lcn &&
	       !norm_capitalised(c, i + 1) && !norm_is_digit(c->line[c->t[i + 1].b]);
}

size_t norm_rule_roman(struct norm_ctx *c, size_t i)
{
	static const char *const *const triggers =
		norm_list_words_rule_roman_triggers;
	static const char *const *const after_the = norm_list_words_after_the;
	size_t n, r;
	const char *p = norm_core(c, i, &n);
	int ordinal, trig, v;

	/* Every reading below is of a Roman numeral, alone or before the
	 * year of "quý II/2021": cheap first. */
	for (r = 0; r < n && norm_in_set("IVXLCDMivxlcdm", p[r]); r++)
		;
	if (!r || (r < n && p[r] != '/' && p[r] != '-' && p[r] != '.'))
		return 0;
	ordinal = norm_prev_is(c, i, "thứ");
	trig = ordinal || norm_prev_in(c, i, triggers) ||
		   (norm_prev_in(c, i, after_the) && i >= 2 &&
		    norm_prev_is(c, i - 1, "thế")) ||
		   (norm_prev_is(c, i, "hội") && i >= 2 &&
		    norm_prev_is(c, i - 1, "đại")) ||
		   (norm_prev_is(c, i, "lục") && i >= 2 &&
		    norm_prev_is(c, i - 1, "phụ")) ||
		   (norm_prev_is(c, i, "vực") && i >= 2 &&
		    norm_prev_is(c, i - 1, "khu")) ||
		   (norm_prev_is(c, i, "động") && i >= 2 &&
		    norm_prev_is(c, i - 1, "báo"));

	/* "KCN Thăng Long II", "Yên Phong III", "xét nghiệm II", "khu
	 * vực I và II": the second or third of a name, after any word (no
	 * letter of the alphabet is written "II"). */
	if (!trig && i > 0 && (n == 2 || n == 3) && !memcmp(p, "III", n) &&
	    c->t[i].b == c->t[i].s) {
		size_t pn, letters;
		const char *prev = norm_core(c, i - 1, &pn);

		if (pn > 1 && !norm_has_digit(prev, pn) &&
		    !norm_all_caps(prev, pn, &letters)) {
			norm_cardinal_u(c->out, n, c->southern);
			return 1;
		}
	}
	/* "Quốc lộ I", "Xét nghiệm I (...)": a lone "I" right after a
	 * Vietnamese word (one with a letter beyond ASCII) is the first of
	 * a name, as "II" is; English has no such word before its "I"
	 * ("chữ I" is the letter). */
	if (!trig && n == 1 && p[0] == 'I' && i > 0 && c->t[i].b == c->t[i].s &&
	    !norm_has_trail(c, i - 1) && !norm_lc_is(c, i - 1, "chữ") &&
	    !norm_next_in(c, i, norm_list_words_english_after_i) &&
	    (c->t[i].e == c->t[i].s + c->t[i].n ||
	     norm_in_set(",;:)", c->line[c->t[i].e]))) {
		size_t pn, k;
		const char *prev = norm_core(c, i - 1, &pn);

		for (k = 0; k < pn && (unsigned char)prev[k] < 0x80; k++)
			;
		if (k < pn) {
			OUT("một");
			return 1;
		}
	}
	/* "phường Hải Châu I": the first of a place whose name follows a
	 * word for a ward, commune or quarter. */
	if (!trig && n == 1 && p[0] == 'I' && i >= 3 &&
	    c->t[i].b == c->t[i].s &&
	    !norm_has_trail(c, i - 1) && !norm_has_trail(c, i - 2) &&
	    norm_capitalised(c, i - 1) && norm_capitalised(c, i - 2) &&
	    (norm_lc_is(c, i - 3, "phường") || norm_lc_is(c, i - 3, "xã") ||
	     norm_lc_is(c, i - 3, "ấp") || norm_lc_is(c, i - 3, "thôn"))) {
		OUT("một");
		return 1;
	}
	/* "từ (i) quyền ... đến (v) trách nhiệm": a small Roman numeral
	 * alone in brackets marks an item of a list. */
	if (!trig && n <= 4 && c->t[i].b == c->t[i].s + 1 &&
	    c->line[c->t[i].s] == '(' && c->t[i].e < c->t[i].s + c->t[i].n &&
	    c->line[c->t[i].e] == ')' && strspn(p, "iv") >= n &&
	    (v = norm_roman_value(p, n, 1)) > 0 && v <= 8) {
		norm_cardinal_u(c->out, (unsigned long long)v, c->southern);
		return 1;
	}
	/* "năm MMXXVI": a year, when it cannot be a word. */
	if (!trig && norm_prev_is(c, i, "năm") && n >= 4 &&
	    norm_roman_value(p, n, 1) >= 1000) {
		norm_cardinal_u(c->out,
				(unsigned long long)norm_roman_value(p, n, 1),
				c->southern);
		return 1;
	}
	if (!trig)
		return 0;
	/* "quý II/2021", "quý I-2021" */
	if (norm_prev_is(c, i, "quý") && n > 5) {
		size_t k = 0;

		while (k < n && p[k] != '/' && p[k] != '-' && p[k] != '.')
			k++;
		v = k < n ? norm_roman_value(p, k, 0) : 0;
		if (v && v <= 4 && n - k - 1 == 4 && p[k + 1] >= '1' &&
		    p[k + 1] <= '2' && p[k + 2] >= '0' && p[k + 2] <= '9' &&
		    p[k + 3] >= '0' && p[k + 3] <= '9' && p[k + 4] >= '0' &&
		    p[k + 4] <= '9') {
			norm_cardinal_u(c->out, (unsigned long long)v, c->southern);
			OUT("năm");
			norm_cardinal(c->out, p + k + 1, 4, c->southern);
			return 1;
		}
	}
	/* "số di động", "số vi phạm": after "số" a numeral is in capitals. */
	if (norm_prev_is(c, i, "số") && p[0] >= 'a' && p[0] <= 'z')
		return 0;
	/* "khu di tích", "cấp xi măng": a small "di", "vi", "xi", "li",
	 * "mi" before a small word is a syllable, not 501, 6, 11, 51, 1001;
	 * "thế kỷ vi", "khóa xi" stay numerals. */
	v = norm_roman_value(p, n, n >= 3 || (n == 2 && (p[1] != 'i' || p[0] == 'i' ||
						     !small_word_next(c, i))));
	/* "khu C", "hạng D", "nhóm L": a lone L, C, D or M is a letter;
	 * and so are two that would make a thousand or more ("Chương MI",
	 * not 1001): no chapter or term reaches it, and a year is read
	 * after "năm" above.  Longer numerals stay numbers, whatever their
	 * value ("chương CCCXLV"). */
	if (!v || (n == 1 && v >= 50) || (n == 2 && v >= 1000))
		return 0;
	if (ordinal && v == 1)
		OUT("nhất");
	else if (ordinal && v == 4)
		OUT("tư");
	else
		norm_cardinal_u(c->out, (unsigned long long)v, c->southern);
	return 1;
}

size_t norm_rule_letter(struct norm_ctx *c, size_t i)
{
	static const char *const *const triggers =
		norm_list_words_rule_letter_triggers;
	size_t n, pos = 0;
	const char *p = norm_core(c, i, &n);
	const char *name;
	uint32_t cp;

	/* One letter (two bytes at most) after a trigger; cheap first. */
	if (!n || n > 2 || !norm_prev_in(c, i, triggers) ||
	    norm_utf8_next(p, n, &pos, &cp) || pos != n ||
	    !(name = norm_letter_name(cp)))
		return 0;
	/* "điểm d": a small d alone names an item of a list, said as the
	 * alphabet says it, "dê", apart from "điểm đ", "đê". */
	OUT(cp == 'd' ? "dê" : name);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Addresses. */

static int looks_like_address(const char *p, size_t n)
{
	static const char *const *const tlds = norm_list_words_tlds;
	static const char *const *const exts = norm_list_words_exts;
	const char *at = memchr(p, '@', n);
	size_t k;

	if (n >= 7 && (!strncmp(p, "http://", 7) || (n >= 8 && !strncmp(p, "https://", 8))))
		return 1;
	if (n >= 4 && !strncmp(p, "www.", 4))
		return 1;
	/* Most words have no dot: no file, e-mail or domain either. */
	if (!memchr(p, '.', n))
		return 0;
	/* "DichVuCong.apk", "bao-cao.pdf": a file. */
	for (k = 0; exts[k]; k++) {
		size_t en = strlen(exts[k]);

		if (n > en + 1 && !memcmp(p + n - en, exts[k], en) && p[n - en - 1] == '.')
			return 1;
	}
	if (at && at > p && memchr(at, '.', n - (size_t)(at - p)))
		return 1;
	for (k = 0; tlds[k]; k++) {
		size_t tn = strlen(tlds[k]);
		const char *hit = p;

		while ((hit = memchr(hit, '.', n - (size_t)(hit - p)))) {
			size_t left = n - (size_t)(hit - p);

			/* "VOV.VN": a site name in capitals too. */
			if (hit > p && left >= tn && (hit[1] | 0x20) == tlds[k][1] &&
			    norm_eq_fold(hit, tn, tlds[k], tn) &&
			    (left == tn || hit[tn] == '/' || hit[tn] == '.'))
				return 1;
			hit++;
		}
	}
	return 0;
}

size_t norm_rule_address(struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	if (!looks_like_address(p, n))
		return 0;
	norm_say_address(c, p, n);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Words. */

static const char *symbol_token(const char *p, size_t n)
{
	/* data/symbols.tsv */
	static const char *const map[][2] = {
#define DATA_ROW(symbol, spoken) { symbol, spoken },
#include "symbols.tsv.h"
#undef DATA_ROW
	};
	size_t k;

	/* Asked of every word: the first byte before the length. */
	for (k = 0; n && k < sizeof(map) / sizeof(map[0]); k++)
		if (map[k][0][0] == p[0] && strlen(map[k][0]) == n &&
		    !memcmp(map[k][0], p, n))
			return map[k][1];
	return NULL;
}

/* The text holds "°" (U+00B0). */
static int has_degree(const char *p, size_t n)
{
	size_t k;

	for (k = 0; k + 1 < n; k++)
		if ((unsigned char)p[k] == 0xC2 && (unsigned char)p[k + 1] == 0xB0)
			return 1;
	return 0;
}

/* p holds a clock time: "7h30", "00:02", "03g00" (g for giờ). */
static int has_clock(const char *p, size_t n)
{
	size_t k;

	if (memchr(p, 'h', n) || memchr(p, ':', n))
		return 1;
	for (k = 1; k + 1 < n; k++)
		if (p[k] == 'g' && norm_is_digit(p[k - 1]) &&
		    norm_is_digit(p[k + 1]))
			return 1;
	return 0;
}

/* A number that can end a range: not a phone number or an identifier. */
static int range_end(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	/* Times, dates and decimals may start with a zero: "07h00 - 11h00",
	 * "03/02/1930 - 03/02/2026", "từ 01 - 05/12", "0,5 - 1 km"; "tổ số
	 * 5 - 342 hộ" is
	 * a table row, not a range, but "số 43/106 - 43/98" are houses. */
	/* "20°15'N - 107°30'E": two coordinates, not a range; nor are
	 * two 1900/1800 numbers ("19006868 - 19006869", "1900.6868 -
	 * 1900.6869"), a list ("1900-1945" may be years). */
	return n && n <= 16 && p[0] >= '0' && p[0] <= '9' &&
	       !(n >= 8 && (!memcmp(p, "1900", 4) || !memcmp(p, "1800", 4)) &&
		 (norm_all_digits(p, n) ||
		  (p[4] == '.' && norm_all_digits(p + 5, n - 5)))) &&
	       (!norm_prev_is(c, i, "số") || memchr(p, '/', n)) &&
	       !(has_degree(p, n) && norm_in_set("NSEW", p[n - 1])) &&
	       (p[0] != '0' || (n > 2 && (p[1] == ',' || p[1] == '.')) ||
		has_clock(p, n) ||
		memchr(p, '/', n) || norm_prev_is(c, i, "từ") ||
		norm_prev_is(c, i, "giờ") || norm_prev_is(c, i, "ngày"));
}

/* "chỉ 0 – 4‰", "tăng 0 - 5%": a lone zero starts a range when the
 * number after the dash carries its unit, as "0,5 - 1 km" does
 * (docs/judging.md, b46); "tỉ số 0 - 4" is a score. */
static int zero_start(const struct norm_ctx *c, size_t i)
{
	size_t n, k;
	const char *p = norm_core(c, i - 1, &n);
	int money;

	if (n != 1 || p[0] != '0' || norm_prev_is(c, i - 1, "số"))
		return 0;
	p = norm_core(c, i + 1, &n);
	k = norm_digit_run(p, n);
	if (!k || p[0] == '0')
		return 0;
	if (k < n)
		return (n - k == 1 && p[k] == '%') ||
		       (n - k == 3 && !memcmp(p + k, "‰", 3)) ||
		       norm_unit_spoken(p + k, n - k, &money) != NULL;
	return i + 2 < c->nt && !norm_has_trail(c, i + 1) &&
	       norm_unit_spoken(c->line + c->t[i + 2].b,
				c->t[i + 2].e - c->t[i + 2].b, &money) != NULL;
}

/* What a number token is: 2 a date ("27/12/2017"), 1 a time ("00:02",
 * "7h30"), 0 anything else. */
static int number_kind(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	if (memchr(p, '/', n))
		return 2;
	/* "21-01-2026", "21.01.2026": a full date with dashes or dots. */
	if (n >= 8 && n <= 10 && norm_all_digits(p + n - 4, 4) &&
	    (p[n - 5] == '-' || p[n - 5] == '.') &&
	    memchr(p, p[n - 5], n - 5) && norm_is_digit(p[0]))
		return 2;
	return has_clock(p, n);
}

/* "26 Tháng 4, 2025 - 08:48": a year, then a clock time, is a
 * dateline as a whole date then its time is. */
static int year_then_clock(const struct norm_ctx *c, size_t i)
{
	size_t an, bn;
	const char *a = norm_core(c, i - 1, &an), *b = norm_core(c, i + 1, &bn);

	return an == 4 && norm_all_digits(a, an) &&
	       norm_small_value(a, 4) >= 1900 && norm_small_value(a, 4) <= 2099 &&
	       bn >= 4 && norm_is_digit(b[0]) && memchr(b, ':', bn);
}

/* "11 giờ - 14 giờ 30": a time in words ends the start of a range. */
static int time_words_end(const struct norm_ctx *c, size_t i)
{
	return i > 0 && (norm_lc_is(c, i, "giờ") || norm_lc_is(c, i, "phút")) &&
	       range_end(c, i - 1) && !norm_has_trail(c, i - 1);
}

/* "02/09/2024 - 09:19 - 3 tháng gần đây": a page's clock time, then a
 * count that begins the text; "8:00 - 11 giờ", "8:00 - 11." stay ranges. */
static int clock_then_count(const struct norm_ctx *c, size_t i)
{
	static const char *const *const times = norm_list_words_clock_next;
	size_t an, bn;
	const char *a = norm_core(c, i - 1, &an), *b = norm_core(c, i + 1, &bn);

	return memchr(a, ':', an) && norm_all_digits(b, bn) && i + 2 < c->nt &&
	       !norm_has_trail(c, i + 1) && !norm_next_in(c, i + 1, times) &&
	       !norm_has_digit(c->line + c->t[i + 2].s, c->t[i + 2].n);
}

/* "báo động 1 - báo động 2", "cấp 3 - cấp 4": a spaced dash between a
 * word or two with a number and the same words with another number. */
static int named_range(const struct norm_ctx *c, size_t i)
{
	size_t m, k, n, qn;
	const char *p, *q;

	if (i < 2 || i + 2 >= c->nt)
		return 0;
	p = norm_core(c, i - 1, &n);
	if (!n || !norm_all_digits(p, n))
		return 0;
	for (m = 1; m <= 2 && m + 1 <= i && i + m + 1 < c->nt; m++) {
		for (k = 0; k < m; k++) {
			const struct norm_tok *a = &c->t[i - 1 - m + k];
			const struct norm_tok *b = &c->t[i + 1 + k];

			if (!a->lcn || a->lcn != b->lcn || norm_has_trail(c, i + 1 + k) ||
			    memcmp(c->low.p + a->lc, c->low.p + b->lc, a->lcn) ||
			    norm_has_digit(c->line + a->b, a->e - a->b))
				break;
		}
		/* A range climbs: "quốc lộ 1 - đường số 14 - đường số 13"
		 * is a route, a list. */
		q = norm_core(c, i + m + 1, &qn);
		if (k == m && qn && norm_all_digits(q, qn) && qn <= 9 && n <= 9 &&
		    (qn > n || (qn == n && memcmp(q, p, n) > 0)))
			return 1;
	}
	return 0;
}

/* "có 01 - 02 cơn bão": two counts written with a leading zero, the
 * second larger, before the word for what they count: a range, where
 * "mã 01 - 02 - 03" stays a list of codes. */
static int zero_led_range(const struct norm_ctx *c, size_t i)
{
	size_t an, bn;
	const char *a = norm_core(c, i - 1, &an), *b = norm_core(c, i + 1, &bn);

	return an == 2 && bn == 2 && a[0] == '0' && b[0] == '0' &&
	       norm_is_digit(a[1]) && norm_is_digit(b[1]) && a[1] < b[1] &&
	       i + 2 < c->nt && !norm_has_trail(c, i + 1) &&
	       !norm_has_digit(c->line + c->t[i + 2].s, c->t[i + 2].n) &&
	       c->t[i + 2].lcn > 1 && !norm_lc_is(c, i + 2, "-");
}

/* Token j is a number, decimals allowed ("16,5", "6"). */
static int plain_number_at(const struct norm_ctx *c, size_t j)
{
	size_t n, k;
	const char *p = norm_core(c, j, &n);

	if (!n || !norm_is_digit(p[0]) || c->t[j].b != c->t[j].s)
		return 0;
	for (k = 0; k < n; k++)
		if (!norm_is_digit(p[k]) && p[k] != ',' && p[k] != '.')
			return 0;
	return norm_is_digit(p[n - 1]);
}

/*
 * "từ 16,5 độ Vĩ Bắc - 20,5 độ Vĩ Bắc", "từ đủ 6 tuổi - dưới 14 tuổi": a
 * dash at i between two numbers that each take the same word after
 * them, or two spans of time ("từ 6 tháng - 2 năm"), the first after
 * "từ", is a range, "đến".
 */
static int repeated_word_range(const struct norm_ctx *c, size_t i)
{
	size_t j = i, e = i + 1;

	while (j > 0 && i - j < 5 && !plain_number_at(c, j - 1)) {
		if (norm_has_trail(c, j - 1))
			return 0;
		j--;
	}
	if (j == 0 || j >= i || i - j >= 5 || norm_has_trail(c, j - 1))
		return 0;
	j--;	/* the first number */
	if (!((j > 0 && norm_prev_is(c, j, "từ")) ||
	      (j > 1 && norm_prev_is(c, j, "đủ") && norm_prev_is(c, j - 1, "từ"))))
		return 0;
	if (e < c->nt && (norm_lc_is(c, e, "dưới") || norm_lc_is(c, e, "trên") ||
			  norm_lc_is(c, e, "hơn")) && !norm_has_trail(c, e))
		e++;
	if (e + 1 >= c->nt || !plain_number_at(c, e) || norm_has_trail(c, e))
		return 0;
	/* "từ 6 tháng - 2 năm": two spans of time, whatever their units. */
	if (norm_lc_in(c, j + 1, norm_list_words_times) &&
	    norm_lc_in(c, e + 1, norm_list_words_times))
		return 1;
	return c->t[e + 1].lcn == c->t[j + 1].lcn &&
	       !memcmp(c->low.p + c->t[e + 1].lc, c->low.p + c->t[j + 1].lc,
		       c->t[j + 1].lcn);
}

/* "T2 - T6": a dash between weekdays. */
static int weekday_range(const struct norm_ctx *c, size_t i)
{
	size_t an, bn;
	const char *a = norm_core(c, i - 1, &an), *b = norm_core(c, i + 1, &bn);

	return norm_weekday_code(a, an) && norm_weekday_code(b, bn);
}

/* "từ nay - cuối tháng": a dash after "từ" and one or two words. */
static int from_before(const struct norm_ctx *c, size_t i)
{
	/* Only from a time or a place: "từ đó - theo báo cáo" is a pause. */
	static const char *const *const start = norm_list_words_start;
	size_t k, e = i + 1;

	/* "từ ngày 01/12/2025 - ngày 02/12/2025": the end may say "ngày". */
	if (e + 1 < c->nt && norm_lc_is(c, e, "ngày") && !norm_has_trail(c, e))
		e++;
	/* "từ ngày 2/9/2019 - kéo dài": after a number, only a number ends
	 * the range. */
	if (range_end(c, i - 1) && (e >= c->nt || !range_end(c, e)))
		return 0;
	for (k = 2; k <= 3 && k <= i; k++) {
		if (!norm_lc_is(c, i - k, "từ") || norm_has_trail(c, i - k) ||
		    (k == 3 && norm_has_trail(c, i - 2)))
			continue;
		if (norm_next_in(c, i - k, start))
			return 1;
	}
	return 0;
}

/* "10.000.000 đồng - 20.000.000 đồng": a quantity with its unit. */
static int range_end_unit(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n), *slash = memchr(p, '/', n);
	int money;

	/* "46.000 đồng/kg – 47.000 đồng/kg": a price per unit. */
	if (slash && slash > p && (size_t)(slash - p) + 1 < n &&
	    norm_unit_spoken(p, (size_t)(slash - p), &money) &&
	    norm_unit_spoken(slash + 1, n - (size_t)(slash - p) - 1, &money))
		n = (size_t)(slash - p);
	if (i > 0 && norm_unit_spoken(p, n, &money) &&
	    !norm_has_trail(c, i - 1) && range_end(c, i - 1))
		return 1;
	/* "5 triệu - 7 triệu đồng", "35 độ - 39 độ C", "35 độ C - 39 độ C":
	 * a scale word or a degree in words ends the start as a unit does
	 * (the end of "35°C - 39°C" reads "đến" already). */
	if (i > 1 && norm_lc_is(c, i, "c") && norm_lc_is(c, i - 1, "độ") &&
	    !norm_has_trail(c, i - 1))
		i--;
	/* "50 triệu đồng – 60 triệu đồng", "2 tỷ USD - 3 tỷ USD": the
	 * unit after the scale word. */
	else if (i > 1 && norm_unit_spoken(p, n, &money) &&
		 norm_lc_in(c, i - 1, norm_list_words_scale) &&
		 !norm_has_trail(c, i - 1))
		i--;
	return i > 0 && (norm_lc_is(c, i, "độ") ||
			 norm_lc_in(c, i, norm_list_words_scale)) &&
	       !norm_has_trail(c, i - 1) && range_end(c, i - 1);
}

/* The token before i is or ends with a number, or is a scale word:
 * "2 kg/sào", "40 triệu đồng/căn", "50 mg/100 ml". */
static int after_number(const struct norm_ctx *c, size_t i)
{
	static const char *const *const scale = norm_list_words_scale;

	return i > 0 && !norm_has_trail(c, i - 1) &&
	       (norm_has_digit(c->line + c->t[i - 1].b, 1) ||
		(c->t[i - 1].e > c->t[i - 1].b &&
		 norm_has_digit(c->line + c->t[i - 1].e - 1, 1)) ||
		norm_prev_in(c, i, scale));
}

static int word_in(const char *p, size_t n, const char *const *list)
{
	size_t k;

	for (k = 0; list[k]; k++)
		if (norm_eq_fold(p, n, list[k], strlen(list[k])))
			return 1;
	return 0;
}

static int is_time_word(const char *p, size_t n)
{
	return word_in(p, n, norm_list_words_times);
}

/* p starts with a capital letter. */
static int starts_upper(const char *p, size_t n)
{
	size_t pos = 0;
	uint32_t cp;

	return !norm_utf8_next(p, n, &pos, &cp) && norm_is_upper_cp(cp);
}

/* Token i or one of the `back` words before it has a digit. */
static int number_within(const struct norm_ctx *c, size_t i, size_t back)
{
	size_t k;

	for (k = 0; k <= back && k <= i; k++)
		if (norm_has_digit(c->line + c->t[i - k].s, c->t[i - k].n))
			return 1;
	return 0;
}

/* Token i or one of the two words before it has a digit. */
static int number_near(const struct norm_ctx *c, size_t i)
{
	size_t k;

	for (k = 0; k <= 2 && k <= i; k++)
		if (norm_has_digit(c->line + c->t[i - k].s, c->t[i - k].n))
			return 1;
	return 0;
}

/* Token i, or i and the next token, hold two slashes or more, no digit,
 * and the last item is no unit: "tiền mặt/xe máy/phiếu mua hàng", but
 * "nước sạch/người/ngày". */
static int slash_list(const struct norm_ctx *c, size_t i)
{
	size_t k, n = 0, last = i, an = 0;
	const char *after = NULL;
	int m;

	if (i + 1 < c->nt && !norm_has_trail(c, i))
		last = i + 1;
	for (k = i; k <= last; k++) {
		const char *p = c->line + c->t[k].b;
		size_t j, len = c->t[k].e - c->t[k].b;

		if (norm_has_digit(p, len))
			return 0;
		for (j = 0; j < len; j++)
			if (p[j] == '/') {
				n++;
				after = p + j + 1;
				an = len - j - 1;
			}
	}
	return n >= 2 && !word_in(after, an, norm_list_words_per) &&
	       !norm_unit_spoken(after, an, &m);
}

/* "xuống mức 145.000/kg": a number in thousands per a measure, in a
 * line that has spoken of prices ("giá", "đồng") before, is a price with
 * its "đồng" left out. */
static int bare_price(const struct norm_ctx *c, size_t i, const char *a,
		      size_t an)
{
	size_t k = norm_digit_run(a, an), j;

	if (!k || k > 3 || k == an)
		return 0;
	while (k < an) {
		if (a[k] != '.' || k + 4 > an ||
		    norm_digit_run(a + k + 1, 3) != 3)
			return 0;
		k += 4;
	}
	for (j = 0; j < i; j++)
		if (norm_lc_is(c, j, "giá") || norm_lc_is(c, j, "đồng"))
			return 1;
	return 0;
}

/* "/100.000 dân", "/1.000 học sinh": the whole of a rate follows token
 * i, one word or two ("học sinh": norm_next_in matches one token). */
static int rate_whole_next(const struct norm_ctx *c, size_t i)
{
	static const char *const *const whole = norm_list_words_rate_whole;

	return norm_next_in(c, i, whole) ||
	       (!norm_has_trail(c, i) && norm_pair_in(c, i + 1, whole));
}

/* b[0, n) is a round base of a rate: a 1 and zeros ("100.000"). */
static int round_base(const char *b, size_t n)
{
	size_t k;

	if (!n || b[0] != '1')
		return 0;
	for (k = 1; k < n; k++)
		if (b[k] != '0' && b[k] != '.')
			return 0;
	return 1;
}

/* "lít/gốc/lần": b[0, bn), within token t[0, tn), is followed by a
 * last "/lần", a dose per thing per time. */
static int then_per_time(const char *t, size_t tn, const char *b, size_t bn)
{
	return b > t && b + bn + strlen("/lần") == t + tn &&
	       !memcmp(b + bn, "/lần", strlen("/lần"));
}

/* "CaCO3", "NH4": a chemical formula, capitals and digits after a
 * capital, a small letter allowed ("Ca"). */
static int formula(const char *p, size_t n)
{
	size_t k;
	int digit = 0;

	if (n < 2 || p[0] < 'A' || p[0] > 'Z')
		return 0;
	for (k = 0; k < n; k++) {
		if (norm_is_digit(p[k]))
			digit = 1;
		else if (!((p[k] >= 'A' && p[k] <= 'Z') || (p[k] >= 'a' && p[k] <= 'z')))
			return 0;
	}
	return digit && norm_is_digit(p[n - 1]);
}

/* "60mg CaCO3/L", "2 mg NH4/L": a mass before the formula at token i. */
static int mass_before(const struct norm_ctx *c, size_t i)
{
	size_t n, k = 0;
	const char *p;
	int m;

	if (i == 0 || norm_has_trail(c, i - 1))
		return 0;
	p = norm_core(c, i - 1, &n);
	while (k < n && (norm_is_digit(p[k]) || p[k] == ',' || p[k] == '.'))
		k++;
	return k < n && norm_unit_spoken(p + k, n - k, &m) && !m &&
	       (k || (i >= 2 && !norm_has_trail(c, i - 2) &&
		      norm_has_digit(c->line + c->t[i - 2].b, 1)));
}

/* The value of the number p[0, n) starts with, as norm_scan_number
 * reads it, a decimal comma at most ("29,3", "345"); *end its bytes; -1
 * if p starts with none, or with thousands groups. */
static double comma_value(const char *p, size_t n, size_t *end)
{
	struct norm_num num;
	size_t k = norm_scan_number(p, n, 0, &num), f;
	double v = 0, scale = 1;

	if (!k || num.grouped || num.nip > 6)
		return -1;
	for (f = 0; f < num.nip; f++)
		v = v * 10 + (num.ip[f] - '0');
	for (f = 0; f < num.nfp; f++) {
		scale /= 10;
		v += (num.fp[f] - '0') * scale;
	}
	*end = k;
	return v;
}

/* a/b a level over its full one: numbers, a no more than b, with a
 * measure after b, written on it ("32,5m") or next ("345 triệu m3"). */
static int level_of_full(const struct norm_ctx *c, size_t i, const char *a,
			 size_t an, const char *b, size_t bn)
{
	size_t ae, be, un;
	double av = comma_value(a, an, &ae), bv = comma_value(b, bn, &be);
	const struct norm_unit *u;
	const char *q;

	if (av < 0 || bv < 0 || av > bv || ae != an ||
	    b + bn != c->line + c->t[i].e)
		return 0;
	if (be < bn)
		u = norm_find_unit(b + be, bn - be);
	else {
		size_t j = i + 1;

		if (j < c->nt && !norm_has_trail(c, i) &&
		    norm_lc_in(c, j, norm_list_words_scale))
			j++;
		if (j >= c->nt || norm_has_trail(c, j - 1))
			return 0;
		q = norm_core(c, j, &un);
		u = norm_find_unit(q, un);
	}
	return u && u->kind == NORM_U_MEASURE;
}

/*
 * Is the '/' between a and b "per" ("đồng/tháng", "kg/sào", "con/m²")
 * rather than a list ("xã/phường")?  Returns 1 for money per something
 * (said "một"), 2 for money for a time ("cho"), 0 for a measure per
 * something or a part out of a whole ("trên"), 3 for money for a counted
 * lot (the slash unsaid), -1 for a list.
 */
static int slash_is_per(const struct norm_ctx *c, size_t i, const char *a,
			size_t an, const char *b, size_t bn)
{
	static const char *const *const per = norm_list_words_per;
	int am = 0, bm = 0, a_unit = norm_unit_spoken(a, an, &am) != NULL;
	int b_unit = norm_unit_spoken(b, bn, &bm) != NULL && !bm, w;
	int b_measure = b_unit;

	/* "60mg CaCO3/L": a capital L after a formula is per litre, as in
	 * "mg/L" (norm_say_per()); "cỡ M/L" are sizes. */
	if (bn == 1 && b[0] == 'L' && formula(a, an) && mass_before(c, i))
		b_unit = b_measure = 1;

	/* "cao trình 29,3/32,5m", "dung tích 303,75/345 triệu m3": a level
	 * or a volume over its full one, a measure after, "trên". */
	if (an && a[0] >= '0' && a[0] <= '9' && level_of_full(c, i, a, an, b, bn))
		return 0;
	/* "tỷ lệ chết/mắc", "tỉ lệ nam/nữ": a ratio of two counts. */
	if (i >= 2 && norm_prev_is(c, i, "lệ") && !norm_has_trail(c, i - 2) &&
	    (norm_lc_is(c, i - 2, "tỷ") || norm_lc_is(c, i - 2, "tỉ")) &&
	    !norm_has_digit(a, an) && !norm_has_digit(b, bn))
		return 0;
	/* "45,2 tỷ/60 tỷ đồng", "50 mg/100 ml": out of, "trên"; but money
	 * for a time is "cho" ("379.080 đồng/12 tháng"), and a price for a
	 * counted lot keeps the count, the slash unsaid ("6,5 triệu
	 * đồng/2 phòng", "15.000 đồng/2kg"; b25-p2733-1, b30-p3522-2,
	 * b64-p9679-1). */
	if (bn && b[0] >= '0' && b[0] <= '9' && a_unit) {
		if (!norm_buf_ends_with(c->out, "đồng"))
			return 0;
		return i + 1 < c->nt && !norm_has_trail(c, i) &&
		       (norm_lc_is(c, i + 1, "tháng") || norm_lc_is(c, i + 1, "năm") ||
			norm_lc_is(c, i + 1, "ngày") || norm_lc_is(c, i + 1, "tuần") ||
			norm_lc_is(c, i + 1, "quý")) ? 2 : 3;
	}
	/* "489,4 ca mắc/100.000 dân": a rate, out of a round number of
	 * people; "51.319 tàu/219.913 người" are two counts, a pause. */
	if (bn && norm_is_digit(b[0]) && !norm_has_digit(a, an) &&
	    rate_whole_next(c, i))
		return round_base(b, bn) || !after_number(c, i) ? 0 : -1;
	if (b_measure && !am && bare_price(c, i, a, an))
		return 1;
	for (w = 0; per[w] && !b_unit; w++)
		if (norm_eq_fold(b, bn, per[w], strlen(per[w])))
			b_unit = 1;
	/* "100 triệu/giao dịch": money by its scale word after a number,
	 * per whatever small word follows, "một". */
	if (!b_unit && bn && b[0] >= 'a' && b[0] <= 'z' &&
	    word_in(a, an, norm_list_words_scale) && after_number(c, i))
		return 1;
	/* "5 lít nước/gốc/lần": a dose of a thing per plant per
	 * watering, "một" each as "lít/gốc/lần" (norm_say_per()). */
	if (!a_unit && !b_unit && bn && i >= 1 && after_number(c, i - 1)) {
		size_t tn, un;
		int um = 0;
		const char *t = norm_core(c, i, &tn);
		const char *u = norm_core(c, i - 1, &un);

		if (then_per_time(t, tn, b, bn) &&
		    !norm_has_trail(c, i - 1) && norm_unit_spoken(u, un, &um) &&
		    !um && !norm_has_digit(a, an))
			return 1;
	}
	if (!b_unit && !(a_unit && after_number(c, i)))
		return -1;
	/* "Chi nhánh/Phòng giao dịch": a capitalised noun after the slash
	 * is "per" only with a number before it ("40 Người/Lớp"); so is a
	 * noun that is no time ("chi nhánh/phòng"), with a number or
	 * "mỗi" a little further back ("500 lít nước sạch/người"). */
	if (!a_unit && !b_measure && !norm_buf_ends_with(c->out, "đồng") && bn &&
	    ((starts_upper(b, bn) && !number_near(c, i)) ||
	     (!is_time_word(b, bn) && !number_within(c, i, 4) &&
	      !(i >= 1 && norm_lc_is(c, i - 1, "mỗi")) &&
	      !(i >= 2 && norm_lc_is(c, i - 2, "mỗi")))))
		return -1;
	/* "tiền mặt/xe máy/phiếu mua hàng": a list of three or more things,
	 * whatever words they are. */
	if (!a_unit && !b_measure && !norm_buf_ends_with(c->out, "đồng") &&
	    !number_near(c, i) && slash_list(c, i))
		return -1;
	/* A measure per something, something per measure and a time per a
	 * time are "trên" ("kg/sào", "con/m²", "2 giờ/ngày", "1 lần/tuần");
	 * money and counted things are "một" ("đồng/tháng", "40 người/lớp",
	 * "2 viên/lần"). */
	/* "1 ngày/lần", "6 tháng/lần": once in so many days or months, said
	 * as the phrase it stands for, "một ngày một lần"; hours stay
	 * "trên" ("cứ 3 tiếng/lần"). */
	if (norm_eq_fold(b, bn, "lần", strlen("lần")) &&
	    word_in(a, an, norm_list_number_times))
		return 1;
	/* "2-3 lần bón/năm": "lần" and its verb per a time, "trên" as
	 * "lần/năm" is (docs/judging.md, b24 and b25). */
	if (!a_unit && is_time_word(b, bn) && norm_prev_is(c, i, "lần") &&
	    !norm_has_digit(a, an))
		return 0;
	/* "500-600 lít/gốc/lần": a dose per plant per watering, "một"
	 * each, as norm_say_per() reads it after a single number. */
	if (a_unit && !am && !b_unit && bn) {
		size_t tn;
		const char *t = norm_core(c, i, &tn);

		if (then_per_time(t, tn, b, bn))
			return 1;
	}
	/* "tăng 1-2 độ/ngày": degrees per a time, a measure, "trên"
	 * (b56-p8036-1, as "cm/năm"). */
	if (is_time_word(b, bn) && norm_eq_fold(a, an, "độ", strlen("độ")))
		return 0;
	/* "503 tấn lúa/giờ", "580 tấn gạo/ngày": tons of a good per a
	 * time, a mill's or a plant's throughput, a measure, "trên"
	 * (docs/judging.md; "15 kg gạo/tháng", a ration, stays "một"). */
	if (!a_unit && is_time_word(b, bn) && norm_prev_is(c, i, "tấn") &&
	    !norm_has_digit(a, an))
		return 0;
	/* "3–6 m²/con", "50–55 kg/con": any measure per animal is a
	 * ration, "một", as the rice per person (docs/judging.md, b40,
	 * b42). */
	if (a_unit && !am && norm_eq_fold(b, bn, "con", strlen("con")))
		return 1;
	/* "2 - 3 con/cây": pests per plant, a density as "con/m²". */
	if (norm_eq_fold(a, an, "con", strlen("con")) &&
	    word_in(b, bn, norm_list_words_per_plant))
		return 0;
	/* "15 người tử vong/tháng": an event per a time is "trên" too. */
	/* "8 ca/ngày", "2.000 lượt/ngày": cases and visits are counted,
	 * "một", though "ca" and "lượt" are times elsewhere. */
	return (a_unit && am) || norm_buf_ends_with(c->out, "đồng") ||
	       (!a_unit && !b_measure &&
		!(is_time_word(a, an) && !word_in(a, an, norm_list_words_per_counted) &&
		  is_time_word(b, bn)) &&
		!(word_in(a, an, norm_list_words_rate_event) && is_time_word(b, bn)));
}

/* A comma for a pause, unless one is already there ("Điều 3; - Lưu"). */
static void add_pause(struct norm_ctx *c)
{
	if (c->out->len && !norm_in_set("\n,;.:!?", c->out->p[c->out->len - 1]))
		norm_buf_addc(c->out, ',');
}

static void say_joined(struct norm_ctx *c, size_t i, const char *p, size_t n);

/* Signs on their own or in front: a menu step, "#", "$", "&", "x" between
 * numbers, a hashtag, a file extension.  Returns 1 when it read p. */
static int say_sign(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	const char *w;

	/* "Cài đặt > Quyền riêng tư", "Google -> Chrome": a step in a
	 * menu, a pause. */
	if (((n == 1 && (p[0] == '>' || p[0] == '<')) ||
	     (n == 2 && p[0] == '-' && p[1] == '>')) &&
	    i > 0 && i + 1 < c->nt &&
	    !norm_has_digit(c->line + c->t[i - 1].b, 1) && !norm_has_digit(c->line + c->t[i + 1].b, 1) &&
	    c->t[i - 1].lcn > 1 && c->t[i + 1].lcn > 1) {
		add_pause(c);
		return 1;
	}
	/* "@ hoặc #", "ký tự $": the sign's name. */
	if (n == 1 && (p[0] == '#' || p[0] == '$')) {
		OUT(p[0] == '#' ? "thăng" : "đô la");
		return 1;
	}
	/* "#1kg": the sign's name, then what follows. */
	if (n > 1 && p[0] == '#' && norm_is_digit(p[1])) {
		OUT("thăng");
		say_joined(c, i, p + 1, n - 1);
		return 1;
	}
	if ((w = symbol_token(p, n))) {
		/* "x" is a letter except between numbers. */
		if (strcmp(w, "nhân") || (i > 0 && i + 1 < c->nt &&
					   norm_has_digit(c->line + c->t[i - 1].b, 1) &&
					   norm_has_digit(c->line + c->t[i + 1].b, 1))) {
			OUT(w);
			return 1;
		}
	}
	/* "#NoiKhongVoiMaTuy": a hashtag, its words without the sign (read
	 * from a lower-case copy, so not reported as an address's guesses:
	 * the copy is not what the officer wrote). */
	if (n > 2 && p[0] == '#' && ((p[1] >= 'a' && p[1] <= 'z') ||
				     (p[1] >= 'A' && p[1] <= 'Z'))) {
		struct norm_buf low;

		norm_buf_init(&low, 3 * n + 16);
		norm_lower(&low, p + 1, n - 1);
		if (!low.failed)
			norm_spell_address(c->out, low.p, low.len, c->southern);
		norm_buf_release(&low);
		return 1;
	}
	/* ".apk": a file extension. */
	if (n > 1 && p[0] == '.' && ((p[1] >= 'a' && p[1] <= 'z') ||
				     (p[1] >= 'A' && p[1] <= 'Z'))) {
		/* Read like an address: ".vn" -> "chấm vi en", ".apk" ->
		 * "chấm a pê ca" (letters, not an English word). */
		norm_say_address(c, p, n);
		return 1;
	}
	return 0;
}

/* The value of a plain number token ("15.000" -> 15000), 0 if it is
 * not one or is too long. */
static unsigned long plain_value(const struct norm_ctx *c, size_t i)
{
	size_t n, k;
	const char *p = norm_core(c, i, &n);
	unsigned long v = 0;

	if (!n || n > 11 || !norm_is_digit(p[0]))
		return 0;
	for (k = 0; k < n; k++) {
		if (norm_is_digit(p[k]))
			v = v * 10 + (unsigned long)(p[k] - '0');
		else if (p[k] != '.')
			return 0;
	}
	return v;
}

/* The small ASCII letters in p. */
static size_t count_small(const char *p, size_t n)
{
	size_t k, small = 0;

	for (k = 0; k < n; k++)
		small += p[k] >= 'a' && p[k] <= 'z';
	return small;
}

/* Is token i a dash standing alone between two numbers? */
static int lone_dash(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	return n == 1 && p[0] == '-' && i > 0 && i + 1 < c->nt &&
	       !norm_has_trail(c, i - 1) && plain_value(c, i - 1) &&
	       plain_value(c, i + 1);
}

/* "giá 5.000 - 10.000 - 15.000 đồng": three rising numbers joined by
 * dashes are a list of choices, not a range (a range has two ends). */
static int dash_chain(const struct norm_ctx *c, size_t i)
{
	size_t a;

	if (i + 2 < c->nt && lone_dash(c, i + 2))
		a = i - 1;
	else if (i >= 2 && lone_dash(c, i - 2))
		a = i - 3;
	else
		return 0;
	return plain_value(c, a) < plain_value(c, a + 2) &&
	       plain_value(c, a + 2) < plain_value(c, a + 4);
}

/* "chục" or "trăm" before token i; their lengths tested first, as
 * this runs on every short word. */
static int tens_before(const struct norm_ctx *c, size_t i)
{
	size_t m = i ? c->t[i - 1].lcn : 0;

	return (m == strlen("chục") && norm_prev_is(c, i, "chục")) ||
	       (m == strlen("trăm") && norm_prev_is(c, i, "trăm"));
}

static int spaced_code_range(const struct norm_ctx *c, size_t i);

/* Words of one or two letters that are no Vietnamese word, and a lone
 * dash or slash.  Returns 1 when it read p. */
static int say_short_word(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	const char *uw;
	int money;

	/* A lone small consonant is a letter: no Vietnamese word is one;
	 * after a number it is a unit ("2.5 m"). */
	if (n == 1 && norm_in_set("bcdfghjklmnpqrstvwxz", p[0])) {
		uw = after_number(c, i) ? norm_unit_spoken(p, n, &money) : NULL;
		OUT(uw ? uw : p[0] == 'd' ? "dê" : norm_letter_name((unsigned char)p[0]));
		return 1;
	}
	/* "đ) Đối tượng": the list letter đ. */
	if (n == 2 && !memcmp(p, "đ", 2)) {
		OUT("đê");
		return 1;
	}
	/* "mỗi ha", "trên ha", "mỗi km2", "5.000 đồng một kWh": a unit
	 * without a number, or after "một" in words if it has a small
	 * letter ("một TB" may be a notice); "hàng chục ha", "vài trăm
	 * ha", tens and hundreds in words, as "hàng nghìn ha". */
	if (n >= 2 && (norm_prev_is(c, i, "mỗi") || norm_prev_is(c, i, "trên") ||
		       (norm_prev_is(c, i, "một") && count_small(p, n)) ||
		       (tens_before(c, i) && count_small(p, n))) &&
	    (uw = norm_unit_spoken(p, n, &money)) && !money) {
		OUT(uw);
		return 1;
	}
	if (n == 1 && (p[0] == '-' || p[0] == '/')) {
		if (p[0] == '-' && lone_dash(c, i) && dash_chain(c, i)) {
			add_pause(c);
			return 1;
		}
		/* "3 - 5 ngày": a range. */
		if (p[0] == '-' && i > 0 && i + 1 < c->nt &&
		    !norm_has_trail(c, i - 1) &&
		    (((range_end(c, i - 1) || range_end_unit(c, i - 1) ||
		       time_words_end(c, i - 1)) &&
		      range_end(c, i + 1) &&
		      /* "27/12/2017 - 00:02": a date, then its time. */
		      number_kind(c, i - 1) + number_kind(c, i + 1) != 3 &&
		      !year_then_clock(c, i) &&
		      !clock_then_count(c, i)) ||
		     from_before(c, i) || zero_led_range(c, i) ||
		     zero_start(c, i) || spaced_code_range(c, i) ||
		     weekday_range(c, i) || named_range(c, i) ||
		     repeated_word_range(c, i))) {
			OUT("đến");
			return 1;
		}
		add_pause(c);
		return 1;
	}
	return 0;
}

/* "Nguyễn Tấn Tr.", "Lê Thị Th.": the initial of a name hidden by the
 * press, a consonant pair with a dot after a capitalised name, spelled
 * like "H." is. */
static int say_initial(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	static const char *const pairs[] = { "Ch", "Gh", "Gi", "Kh", "Ng", "Nh",
		"Ph", "Qu", "Th", "Tr", NULL };
	size_t k;

	if (n != 2 || i == 0 || c->t[i].e == c->t[i].s + c->t[i].n ||
	    c->line[c->t[i].e] != '.' || !norm_capitalised(c, i - 1) ||
	    norm_has_trail(c, i - 1))
		return 0;
	for (k = 0; pairs[k]; k++)
		if (!memcmp(p, pairs[k], 2)) {
			norm_spell_code(c->out, p, n, c->southern);
			return 1;
		}
	return 0;
}

/* "THCS-THPT", "MN-TH-THCS": abbreviations the dictionary knows,
 * joined by dashes, are several things (a school of two levels), each
 * read from the dictionary, with a pause between. */
static int known_parts(struct norm_ctx *c, const char *p, size_t n)
{
	const struct norm_entry *e[4];
	size_t k, start = 0, m = 0;

	/* "NĐ-CP", "QĐ-UBND": a document's code, spelled. */
	for (k = 0; k < n && p[k] != '-'; k++)
		;
	if (word_in(p, k, norm_list_words_doc_kinds))
		return 0;
	for (k = 0; k <= n; k++) {
		if (k < n && p[k] != '-')
			continue;
		if (m == 4 || k == start ||
		    !(e[m] = norm_dict_find(p + start, k - start)) ||
		    !e[m]->sensitive || e[m]->place)
			return 0;
		m++;
		start = k + 1;
	}
	if (m < 2)
		return 0;
	for (k = 0; k < m; k++) {
		if (k)
			norm_buf_addc(c->out, ',');
		OUT(e[k]->spoken);
	}
	return 1;
}

/* "NĐ-CP", "QĐ-TTg" outside a document number: spelled as in one
 * (capitals, and at most the one small "g" of "TTg"). */
static int say_caps_code(struct norm_ctx *c, const char *p, size_t n)
{
	size_t letters;

	/* "CVV/CVC", "UBND/HĐND": any pair joined by '/' is two words, each
	 * read on its own (say_joined), with a pause between them. */
	if (memchr(p, '/', n) && !memchr(p, '-', n))
		return 0;
	/* The dash first: every word comes here. */
	if (n > 2 && memchr(p, '-', n) && !norm_has_digit(p, n) &&
	    (norm_all_caps(p, n, &letters) ||
	     (count_small(p, n) == 1 && p[n - 1] == 'g'))) {
		if (known_parts(c, p, n))
			return 1;
		norm_spell_code(c->out, p, n, c->southern);
		return 1;
	}
	return 0;
}

/* "BĐ2-BĐ3", "QL1-QL5": two codes of the same two or more letters with
 * a number, a range ("F0-F1" are two cases, not a range). */
static int code_range(const char *a, size_t an, const char *b, size_t bn)
{
	size_t la = 0, lb = 0;

	while (la < an && !norm_is_digit(a[la]))
		la++;
	while (lb < bn && !norm_is_digit(b[lb]) && b[lb] != '-')
		lb++;
	return la >= 2 && la == lb && !memcmp(a, b, la) && la < an && lb < bn &&
	       norm_digit_run(a + la, an - la) == an - la &&
	       norm_digit_run(b + lb, bn - lb) >= 1;
}

/* "BĐ1 - BĐ2": two codes of a range with a spaced dash. */
static int spaced_code_range(const struct norm_ctx *c, size_t i)
{
	size_t an, bn;
	const char *a = norm_core(c, i - 1, &an), *b = norm_core(c, i + 1, &bn);

	return code_range(a, an, b, bn) && c->t[i + 1].b == c->t[i + 1].s;
}

/* "Tổ 13+16+17", "thôn 1+2": numbers joined by '+' after a naming word
 * are a list, not a sum. */
static int plus_list(const struct norm_ctx *c, size_t i, const char *p,
		     size_t n)
{
	static const char *const *const naming = norm_list_number_naming;
	size_t k;

	if (!memchr(p, '+', n) || p[0] == '+' || p[n - 1] == '+')
		return 0;
	/* "số 4A+4B": a house's letter after its number too. */
	for (k = 0; k < n; k++)
		if (!norm_is_digit(p[k]) && !(p[k] == '+' && p[k + 1] != '+') &&
		    !(p[k] >= 'A' && p[k] <= 'Z' && k > 0 && norm_is_digit(p[k - 1]) &&
		      (k + 1 == n || p[k + 1] == '+')))
			return 0;
	/* "Km số 134+300" is a chainage, kilometre plus metres. */
	if (norm_prev_is(c, i, "số") && i >= 2 && norm_lc_is(c, i - 2, "km"))
		return 0;
	return norm_prev_in(c, i, naming);
}

/* "xã/phường", "Văn hóa-Xã hội", "KH&CN" not in the dictionary: the parts
 * one by one, with what joins them said. */
/* A count with a leading zero ("06") up to three words before token i. */
static int zero_count_before(const struct norm_ctx *c, size_t i)
{
	size_t k, pn;
	const char *pp;

	for (k = 1; k <= 3 && k <= i; k++) {
		pp = norm_core(c, i - k, &pn);
		if (pn >= 2 && pn <= 3 && pp[0] == '0' &&
		    norm_digit_run(pp, pn) == pn)
			return 1;
		if (norm_has_trail(c, i - k))
			return 0;
	}
	return 0;
}

/* A currency's code, or a coin's ("USDT"): three or four capitals. */
static int currency_side(const char *p, size_t n, int *money)
{
	int m = 0;

	if (norm_unit_spoken(p, n, &m) && m)
		*money = 1;
	return m || ((n == 3 || n == 4) && norm_ascii_caps(p, n));
}

/* One side of a pair: the dong named alone is "Việt Nam đồng", another
 * code is spelled, a currency's word is said ("yen" → "yên"). */
static void say_currency(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	static const char *const dong[] = { "VND", "VNĐ", NULL };
	int money = 0;
	const char *word = norm_unit_spoken(p, n, &money);

	if (norm_word_in(p, n, dong))
		OUT("Việt Nam đồng");
	else if (norm_ascii_caps(p, n))
		norm_spell_code(c->out, p, n, c->southern);
	else if (word && money)
		OUT(word);
	else
		norm_say_part(c, i, p, n);
}

/* "euro/USD", "USD/USDT": a pair of currencies traded against each other,
 * named alone, reads its slash "trên", its codes spelled (docs/judging.md,
 * b41-p5461-1, b57-p8205-2); "đồng/USD" after a price is per a dollar. */
static int say_currency_pair(struct norm_ctx *c, size_t i, const char *p,
			     size_t n)
{
	const char *slash = memchr(p, '/', n);
	size_t an, bn;
	int money = 0;

	if (!slash || slash == p || norm_has_digit(p, n) || after_number(c, i))
		return 0;
	an = (size_t)(slash - p);
	bn = n - an - 1;
	if (!bn || memchr(slash + 1, '/', bn) ||
	    !currency_side(p, an, &money) ||
	    !currency_side(slash + 1, bn, &money) || !money)
		return 0;
	say_currency(c, i, p, an);
	OUT("trên");
	say_currency(c, i, slash + 1, bn);
	return 1;
}

static void say_joined(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t k, start = 0;
	int per_money = -1, list = plus_list(c, i, p, n);

	for (k = 0; k <= n; k++) {
		char ch = k < n ? p[k] : '\0';

		if (k < n && ch != '/' && ch != '&' && ch != '+' &&
		    !(ch == '-' && k > 0 && k + 1 < n &&
		      !(p[k - 1] >= '0' && p[k - 1] <= '9' && p[k + 1] >= '0' &&
			p[k + 1] <= '9')))
			continue;
		/* At the first slash, not before: most words hold none. */
		if (ch == '/' && start == 0 && say_currency_pair(c, i, p, n))
			return;
		if (k > start) {
			int m;
			const char *uw = norm_unit_spoken(p + start, k - start, &m);

			if (!uw && k - start == 1 && p[start] == 'L' && start &&
			    p[start - 1] == '/' && formula(p, start - 1) &&
			    mass_before(c, i))
				uw = norm_unit_spoken("l", 1, &m);

			/* A unit after "/" or after a number: "tạ/ha", "kg/sào". */
			if (uw && (per_money >= 0 || (start == 0 && after_number(c, i))))
				OUT(uw);
			/* "ca mắc/100000 dân": the whole of a rate, a number. */
			else if (per_money == 0 && start > 0 && p[start] != '0' &&
				 rate_whole_next(c, i) &&
				 k - start <= 9 && norm_digit_run(p + start, k - start) == k - start)
				norm_cardinal(c->out, p + start, k - start, c->southern);
			/* "06 trường hợp/06 thửa": a count written with its zero,
			 * as the count before it was, is said as a number. */
			else if (start > 0 && p[start - 1] == '/' && p[start] == '0' &&
				 k - start >= 2 && k - start <= 3 &&
				 norm_digit_run(p + start, k - start) == k - start &&
				 p[start + 1] != '0' && zero_count_before(c, i))
				norm_cardinal(c->out, p + start, k - start, c->southern);
			else
				norm_say_part(c, i, p + start, k - start);
		}
		if (k < n && ch == '&')
			OUT("và");
		else if (k < n && ch == '+' && list)
			norm_buf_addc(c->out, ',');
		else if (k < n && ch == '+')
			OUT("cộng");
		else if (k < n && ch == '-' && code_range(p + start, k - start,
							 p + k + 1, n - k - 1))
			OUT("đến");
		else if (k < n && ch == '/' && k > start && k + 1 < n) {
			size_t e = k + 1;

			while (e < n && p[e] != '/' && p[e] != '&' && p[e] != '+' &&
			       p[e] != '-')
				e++;
			if (per_money < 0)
				per_money = slash_is_per(c, i, p + start, k - start,
							 p + k + 1, e - k - 1);
			/* Money per person or per month: "một". */
			if (per_money == 3)
				;
			else if (per_money == 2)
				OUT("cho");
			else if (per_money > 0)
				OUT("một");
			else if (per_money == 0)
				OUT("trên");
			else
				norm_buf_addc(c->out, ',');
		}
		start = k + 1;
	}
}

/*
 * "Đak Đoa", "Dak Lak", "Krông Pak": a Highland name's syllable ending in
 * "ak" or "ăk" without a tone mark.  A Vietnamese syllable ending in a
 * stop takes the sắc or nặng tone, never none, so eSpeak NG reads it in
 * English; these names are said "ắk" ("Đắk Lắk"), the one spelling of
 * the kind eSpeak NG reads as Vietnamese.  Returns 1 when it read p.
 */
static int say_highland(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t head = 0, vn;
	uint32_t cp;
	char word[8];
	int d;

	if (n < 3 || n > 5 || p[n - 1] != 'k' || norm_utf8_next(p, n, &head, &cp) ||
	    !norm_is_upper_cp(cp) || norm_in_set("AEIOUY", p[0]) ||
	    !(norm_capitalised(c, i + 1) || (i > 0 && norm_capitalised(c, i - 1))))
		return 0;
	vn = n - head - 1;
	if (!(vn == 1 && p[head] == 'a') && !(vn == 2 && !memcmp(p + head, "ă", 2)))
		return 0;
	/* "Dak" is "Đắk" typed without đ. */
	d = head == 1 && p[0] == 'D';
	memcpy(word, d ? "Đ" : p, d ? 2 : head);
	memcpy(word + (d ? 2 : head), "ắk", sizeof("ắk"));
	OUT(word);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Vietnamese typed without marks: "Cuc Canh sat ... thong bao". */

/* What token i is in a stretch of toneless text: 3 a bare syllable our
 * texts use, 2 another bare syllable, 1 another word without marks or a
 * capitalised abbreviation ("QLHC"), 0 anything else. */
static int toneless_kind(const struct norm_ctx *c, size_t i)
{
	size_t k, n = c->t[i].e - c->t[i].b, letters;
	const char *p = c->line + c->t[i].b;
	char low[8];

	if (n >= 2 && norm_all_caps(p, n, &letters) && letters >= 2)
		return 1;
	if (!n)
		return 0;
	for (k = 0; k < n; k++) {
		if ((p[k] < 'a' || p[k] > 'z') && (p[k] < 'A' || p[k] > 'Z'))
			return 0;
		if (k < sizeof(low))
			low[k] = (char)(p[k] | 0x20);
	}
	return n > 7 ? 1 : 1 + norm_toneless_kind(low, n);
}

/* Tokens a..z, Vietnamese typed without marks, were read with the marks
 * our texts give them as c->out->p[from, len): a guess, reported. */
static void toneless_found(struct norm_ctx *c, size_t a, size_t z,
			   size_t from)
{
	norm_foreign_found(c, c->line + c->t[a].b, c->t[z].e - c->t[a].b, from,
			   LOA_FOREIGN_TONELESS);
}

/* Token i's core is ASCII letters only ("thong", "QLHC"). */
static int ascii_letters(const struct norm_ctx *c, size_t i)
{
	size_t k;

	if (c->t[i].b == c->t[i].e)
		return 0;
	for (k = c->t[i].b; k < c->t[i].e; k++)
		if ((unsigned char)c->line[k] >= 0x80 ||
		    !((c->line[k] | 0x20) >= 'a' && (c->line[k] | 0x20) <= 'z'))
			return 0;
	return 1;
}

/* Tokens a and a + 1 are bare syllables our texts use as a pair. */
static int toneless_pair(const struct norm_ctx *c, size_t a)
{
	char x[8], y[8];
	size_t xn = c->t[a].e - c->t[a].b, yn = c->t[a + 1].e - c->t[a + 1].b, k;

	if (xn >= sizeof(x) || yn >= sizeof(y))
		return 0;
	for (k = 0; k < xn; k++)
		x[k] = (char)(c->line[c->t[a].b + k] | 0x20);
	for (k = 0; k < yn; k++)
		y[k] = (char)(c->line[c->t[a + 1].b + k] | 0x20);
	return norm_toneless_pair(x, xn, y, yn);
}

/* Tokens a..z are a stretch of toneless text: five or more bare
 * syllables our texts use, three in four of its words, with pairs our
 * texts use between a fifth of its neighbours (no English: "go to the
 * man in the van").  (Quotation marks are gone by now: "Bo Cong an" in
 * quotes is too short to tell from ordinary text.) */
static int toneless_stretch(const struct norm_ctx *c, size_t a, size_t z)
{
	size_t k, words = 0, known = 0, adj = 0, pairs = 0, letters;
	int kind, prev = 0;

	for (k = a; k <= z; k++, prev = kind) {
		kind = toneless_kind(c, k);
		known += kind == 3;
		words += kind >= 2 || (kind == 1 && !norm_all_caps(c->line + c->t[k].b,
								  c->t[k].e - c->t[k].b,
								  &letters));
		if (k > a && kind == 3 && prev == 3) {
			adj++;
			pairs += toneless_pair(c, k - 1);
		}
	}
	return known >= 5 && known * 4 >= words * 3 && pairs >= 2 && pairs * 5 >= adj;
}

/* Token i is a word in ASCII capitals that is a bare syllable, and no
 * word of the dictionary ("CA", "TAND"): 2 one our texts use ("BUU",
 * "VIET"), 1 another, 0 none.  SMS sender names are typed so. */
static int caps_syllable(const struct norm_ctx *c, size_t i)
{
	size_t n = c->t[i].e - c->t[i].b, k;
	const char *p = c->line + c->t[i].b;
	char low[8];
	int kind;

	if (n < 2 || n >= sizeof(low) || !norm_ascii_caps(p, n))
		return 0;
	for (k = 0; k < n; k++)
		low[k] = (char)(p[k] | 0x20);
	kind = norm_toneless_kind(low, n);
	return kind && !norm_dict_find(p, n) ? kind : 0;
}

/* Token i is an English word that also spells a bare syllable ("THE",
 * "GO"). */
static int caps_english(const struct norm_ctx *c, size_t i)
{
	return norm_lc_in(c, i, norm_list_words_caps_english);
}

/*
 * Vietnamese typed without marks in capitals ("BUU DIEN VIET NAM"):
 * two or more such words in a row from token i, in one phrase and not
 * inside a longer run, two in three of them syllables our texts use or
 * a pair our texts use between two of them, and no more than a third
 * of them English ("GO TO THE MAN"), are read with the marks our texts give
 * them.  Codes and abbreviations are no bare syllables ("BIDV", "ST25")
 * or are in the dictionary ("CA").
 */
static size_t toneless_caps(struct norm_ctx *c, size_t i)
{
	char buf[241];
	size_t z, k, len = 0, pairs = 0, known = 0, english = 0, n, from;

	if (!caps_syllable(c, i) || (i > 0 && caps_syllable(c, i - 1) &&
				     !norm_has_trail(c, i - 1) &&
				     c->t[i].b == c->t[i].s))
		return 0;
	for (z = i; z + 1 < c->nt && !norm_has_trail(c, z) &&
		    c->t[z + 1].b == c->t[z + 1].s && caps_syllable(c, z + 1);
	     z++)
		pairs += toneless_pair(c, z);
	if (z == i)
		return 0;
	for (k = i; k <= z; k++) {
		known += caps_syllable(c, k) == 2;
		english += caps_english(c, k);
		n = c->t[k].e - c->t[k].b;
		if (len + n + 1 >= sizeof(buf))
			return 0;
		if (len)
			buf[len++] = ' ';
		while (n--)
			buf[len++] = (char)(c->line[c->t[k].e - n - 1] | 0x20);
	}
	n = z - i + 1;
	from = c->out->len;
	if ((!pairs && known * 3 < n * 2) || english * 3 > n ||
	    !norm_say_toneless_phrase(c->out, buf, len))
		return 0;
	toneless_found(c, i, z, from);
	return n;
}

/*
 * Token i, a bare syllable, starts words typed without marks in a
 * stretch of them (bounded by a word with marks or a number); the
 * syllables from i on are read with the marks our texts give
 * them ("Bo Cong an" -> "bộ công an").  A line of ordinary text has too
 * few unmarked words in a row.
 */
size_t norm_rule_toneless(struct norm_ctx *c, size_t i)
{
	char buf[241];
	size_t a = i, z = i, k, len = 0, end, n, from;

	if (!ascii_letters(c, i))
		return 0;
	if ((n = toneless_caps(c, i)))
		return n;
	/* Cheap first: five words of ASCII letters in a row. */
	while (a > 0 && ascii_letters(c, a - 1))
		a--;
	while (z + 1 < c->nt && ascii_letters(c, z + 1))
		z++;
	if (z - a < 4 || toneless_kind(c, i) < 2)
		return 0;
	a = z = i;
	while (a > 0 && toneless_kind(c, a - 1))
		a--;
	while (z + 1 < c->nt && toneless_kind(c, z + 1))
		z++;
	if (!toneless_stretch(c, a, z))
		return 0;
	for (end = i; end <= z && toneless_kind(c, end) >= 2; end++) {
		n = c->t[end].e - c->t[end].b;
		if (len + n + 1 >= sizeof(buf))
			break;
		if (len)
			buf[len++] = ' ';
		for (k = 0; k < n; k++)
			buf[len++] = (char)(c->line[c->t[end].b + k] | 0x20);
		if (norm_has_trail(c, end) ||
		    (end + 1 <= z && c->t[end + 1].b != c->t[end + 1].s)) {
			end++;
			break;
		}
	}
	from = c->out->len;
	if (end == i || !norm_say_toneless_phrase(c->out, buf, len))
		return 0;
	toneless_found(c, i, end - 1, from);
	return end - i;
}

/* "các cấp NK 2021 - 2026": "NK" before a year is a term of office
 * ("nhiệm kỳ"); elsewhere it is spelled (imports, North Korea). */
static int say_term(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	size_t m;
	const char *q;

	if (n != 2 || memcmp(p, "NK", 2) || i + 1 >= c->nt ||
	    norm_has_trail(c, i))
		return 0;
	q = norm_core(c, i + 1, &m);
	if (m < 4 || norm_digit_run(q, m) != 4 || (m > 4 && q[4] != '-') ||
	    !((q[0] == '1' && q[1] == '9') || (q[0] == '2' && q[1] == '0')))
		return 0;
	OUT("nhiệm kỳ");
	return 1;
}

size_t norm_rule_word(struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	/* "Giàng Thị Pay": a person's given name, as written. */
	if (n && p[0] >= 'A' && p[0] <= 'Z' && norm_given_name(c, i)) {
		norm_buf_wordn(c->out, p, n);
		return 1;
	}
	if (n && !say_sign(c, i, p, n) && !say_short_word(c, i, p, n) &&
	    !say_initial(c, i, p, n) && !say_term(c, i, p, n) &&
	    !say_caps_code(c, p, n) && !say_highland(c, i, p, n))
		say_joined(c, i, p, n);
	return 1;
}
