/*
 * Vietnamese text normalisation (include/loa/normalize.h): the driver.
 *
 * Each line is made NFC, cleaned of typographic quotes, dashes and
 * bullets, and cut into whitespace-separated tokens.  The rules of the
 * table below then run left to right over the tokens, the most specific
 * first, each able to look at its neighbours and to use several tokens.
 * The two dictionary rules live here; the others in rules/, one header
 * per file.  docs/normalisation.md describes the rules in table order.
 */
#include "loa/normalize.h"

#include <stdlib.h>
#include <string.h>

#include "norm_buf.h"
#include "norm_case.h"
#include "norm_ctx.h"
#include "norm_dict.h"
#include "norm_doubt.h"
#include "norm_lists.h"
#include "norm_nfc.h"
#include "norm_number.h"
#include "norm_say.h"
#include "norm_spell.h"
#include "text/rules/named.h"
#include "text/rules/number.h"
#include "text/rules/phone.h"
#include "text/rules/plate.h"
#include "text/rules/words.h"

#define OUT(s) norm_buf_word(c->out, (s))

/* The spoken form may be this many times longer than the text. */
#define GROWTH 32
#define MAX_OUT (256u << 20)

/* ------------------------------------------------------------------ */
/* Cleaning: one line of NFC text in, plain spaces and ASCII punctuation
 * out. */

static int is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' ||
	       cp == '\v' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp < 0x20 ||
	       cp == 0x7F;
}

static int alnum_at(const char *s, size_t n, size_t pos, int before)
{
	uint32_t cp;
	size_t p;

	if (before) {
		if (!pos)
			return 0;
		p = pos - 1;
		while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
			p--;
	} else {
		p = pos;
	}
	if (p >= n || norm_utf8_next(s, n, &p, &cp))
		return 0;
	return (cp >= '0' && cp <= '9') || norm_is_letter_cp(cp);
}

/* The character before pos ends a quantity as a letter would: "%",
 * "²", "³", "‰", "°", "℃" ("17-18%- theo", "120 m²- theo"). */
static int unit_sign_before(const char *s, size_t n, size_t pos)
{
	uint32_t cp;
	size_t p;

	if (!pos)
		return 0;
	p = pos - 1;
	while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
		p--;
	if (norm_utf8_next(s, n, &p, &cp))
		return 0;
	return cp == '%' || cp == 0xB2 || cp == 0xB3 || cp == 0x2030 ||
	       cp == 0xB0 || cp == 0x2103;
}

static int ascii_alpha(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/*
 * Length of an HTML or XML tag at s ("<b>", "</en>", "<br/>", "<span
 * class=x>") pasted with text from a web page, 0 if none.  Sets *block
 * for tags that separate words (br, p, div, li, td...).
 */
static size_t markup_tag(const char *s, size_t n, int *block)
{
	static const char *const blocks[] = { "br", "p", "div", "li", "td",
		"tr", "h1", "h2", "h3", "h4", "ul", "ol", "hr", NULL };
	size_t k = 1, name, len;

	if (n < 3 || s[0] != '<')
		return 0;
	if (s[k] == '/')
		k++;
	name = k;
	if (k >= n || !ascii_alpha(s[k]))
		return 0;
	while (k < n && k - name < 10 && (ascii_alpha(s[k]) || norm_is_digit(s[k])))
		k++;
	len = k - name;
	if (k < n && s[k] == ' ')
		while (k < n && k < 200 && s[k] != '>' && s[k] != '<')
			k++;
	if (k < n && s[k] == '/')
		k++;
	if (k >= n || s[k] != '>')
		return 0;
	*block = 0;
	for (size_t b = 0; blocks[b]; b++)
		if (strlen(blocks[b]) == len && norm_eq_fold(s + name, len, blocks[b], len))
			*block = 1;
	return k + 1;
}

/*
 * Length of a placeholder in angle brackets ("<nội dung tin nhắn>",
 * "‹họ tên›"): words with a space or a Vietnamese letter, no digits, up
 * to 80 bytes; 0 if none.  "a < b" and "<5 tuổi" are not placeholders.
 */
static size_t placeholder(const char *s, size_t n)
{
	size_t open = s[0] == '<' ? 1 : (n >= 3 && !memcmp(s, "‹", 3)) ? 3 : 0;
	size_t k;
	int words = 0;

	if (!open || open >= n || s[open] == ' ')
		return 0;
	for (k = open; k < n && k < 80; k++) {
		unsigned char ch = (unsigned char)s[k];

		if (ch == '>')
			return words && s[k - 1] != ' ' ? k + 1 : 0;
		if (k + 3 <= n && !memcmp(s + k, "›", 3))
			return words && s[k - 1] != ' ' ? k + 3 : 0;
		if ((ch >= '0' && ch <= '9') || ch == '<' || ch == '=')
			return 0;
		if (ch == ' ' || ch >= 0x80)
			words = 1;
	}
	return 0;
}

/* The value of the 1 to max digits at s[*at], moving *at past them; -1
 * when there are none or more. */
static long digits_at(const char *s, size_t n, size_t *at, size_t min,
		      size_t max)
{
	size_t k = *at;
	long v = 0;

	while (k < n && s[k] >= '0' && s[k] <= '9' && k - *at < max + 1)
		v = v * 10 + (s[k++] - '0');
	if (k - *at < min || k - *at > max)
		return -1;
	*at = k;
	return v;
}

/* Moves *at past " - " (one dash, spaces around it); 0 if not there. */
static int spaced_dash(const char *s, size_t n, size_t *at)
{
	size_t k = *at;

	if (k >= n || s[k] != ' ')
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n || s[k] != '-' || k + 1 >= n || s[k + 1] != ' ')
		return 0;
	k++;
	while (k < n && s[k] == ' ')
		k++;
	*at = k;
	return 1;
}

/*
 * "D - M" at s[*k], a day and a month joined by a spaced dash: at[0..3]
 * get the start and end of each number and *k the month's end.
 */
static int spaced_day_and_month(const char *s, size_t n, size_t *k,
				size_t at[6])
{
	long day, month;

	at[0] = *k;
	day = digits_at(s, n, k, 1, 2);
	at[1] = *k;
	if (day < 1 || day > 31 || !spaced_dash(s, n, k))
		return 0;
	at[2] = *k;
	month = digits_at(s, n, k, 1, 2);
	at[3] = *k;
	return month >= 1 && month <= 12;
}

/*
 * A date written with spaced dashes at s[r]: "23 - 5 - 2021" (en dashes
 * are "-" by now).  Returns its end, 0 if there is none; at[] gets the
 * start and end of each of its three numbers.
 */
static size_t spaced_date(const char *s, size_t n, size_t r, size_t at[6])
{
	size_t k = r;

	/* "(5 - 3 - 2025)": in brackets too. */
	if (r > 0 && s[r - 1] != ' ' && s[r - 1] != '(')
		return 0;
	if (!spaced_day_and_month(s, n, &k, at) || !spaced_dash(s, n, &k))
		return 0;
	at[4] = k;
	if (digits_at(s, n, &k, 4, 4) < 0 || (k < n && norm_is_digit(s[k])))
		return 0;
	at[5] = k;
	return k;
}

/* Whether the word that ends at s[e] has a '/' before e. */
static int slash_in_word(const char *s, size_t e)
{
	while (e > 0 && s[e - 1] != ' ') {
		if (s[e - 1] == '/')
			return 1;
		e--;
	}
	return 0;
}

/* "24-1-", "24.1.": the word that ends at s[e] is a day and a month,
 * each followed by the same dash or dot. */
static int day_month_word(const char *s, size_t e)
{
	char sep;
	size_t k, d;

	if (e < 4 || (s[e - 1] != '-' && s[e - 1] != '.'))
		return 0;
	sep = s[e - 1];
	for (k = e - 1, d = 0; k > 0 && norm_is_digit(s[k - 1]); k--)
		d++;
	if (d < 1 || d > 2 || k == 0 || s[k - 1] != sep)
		return 0;
	for (k--, d = 0; k > 0 && norm_is_digit(s[k - 1]); k--)
		d++;
	return d >= 1 && d <= 2 && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(');
}

/* Whether the word that ends at s[e] is one or two numbers, each with a
 * '/' after it ("30/", "30/6/"). */
static int digits_slash_word(const char *s, size_t e)
{
	size_t b = e, slashes = 0;

	if (e < 2 || s[e - 1] != '/' || !norm_is_digit(s[e - 2]))
		return 0;
	while (b > 0 && s[b - 1] != ' ') {
		if (s[b - 1] == '/')
			slashes++;
		/* "(5 / 3 / 2025)": a bracket may open the date */
		else if (!norm_is_digit(s[b - 1]) &&
			 !(s[b - 1] == '(' && (b == 1 || s[b - 2] == ' ')))
			return 0;
		b--;
	}
	return slashes <= 2 && e - b <= 6 + (s[b] == '(');
}

/* Whether the word ending just before s[r] (a space there) is one of
 * words. */
static int word_before(const char *s, size_t r, const char *const *words)
{
	size_t e = r, b;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	return norm_word_in(s + b, e - b, words);
}

/*
 * "ngày 9 - 9": a day and a month with a spaced dash after a day word,
 * not followed by a year, a slash or "tháng" ("ngày 5 - 7 tháng 9" is a
 * range of days).  Returns its end, 0 if there is none; at[] as above.
 */
static size_t spaced_day_month(const char *s, size_t n, size_t r, size_t at[6])
{
	size_t k = r;
	int clause, bracket;

	/* Called at every position: the words before are looked at only
	 * where a number starts. */
	if (r == 0 || !norm_is_digit(s[r]))
		return 0;
	/* "Sáng 5 - 3, họp": a part of the day, where the date ends its
	 * clause; "Hôm nay (30 - 4)": in brackets after the day named. */
	clause = s[r - 1] == ' ' &&
		 word_before(s, r, norm_list_normalize_day_month_clause);
	bracket = r > 1 && s[r - 1] == '(' && s[r - 2] == ' ' &&
		  word_before(s, r - 1, norm_list_datetime_now_words);
	if (!(bracket || clause ||
	      (s[r - 1] == ' ' && word_before(s, r, norm_list_normalize_day_month))))
		return 0;
	if (!spaced_day_and_month(s, n, &k, at) ||
	    ((bracket || clause) && k < n && s[k] != ')' &&
	     !(clause && (s[k] == ',' || s[k] == '.' || s[k] == ';'))) ||
	    (k < n && (norm_is_digit(s[k]) || s[k] == '/' || s[k] == '-' ||
		       (s[k] == '.' && k + 1 < n && norm_is_digit(s[k + 1])))) ||
	    (k + 8 <= n && !memcmp(s + k, " tháng", 7)))
		return 0;
	at[4] = at[5] = k;
	return k;
}

/* "tháng 3 - 2025": a month and its year with a spaced dash after
 * "tháng" (no range goes from a month to a year); at[] as above. */
static size_t spaced_month_year(const char *s, size_t n, size_t r,
				size_t at[6])
{
	static const char *const month_word[] = { "tháng", "Tháng", NULL };
	size_t k = r;
	long month;

	if (r == 0 || s[r - 1] != ' ' || !norm_is_digit(s[r]) ||
	    !word_before(s, r, month_word))
		return 0;
	at[0] = k;
	month = digits_at(s, n, &k, 1, 2);
	at[1] = k;
	if (month < 1 || month > 12 || !spaced_dash(s, n, &k))
		return 0;
	at[2] = k;
	if (digits_at(s, n, &k, 4, 4) < 0 ||
	    (k < n && (norm_is_digit(s[k]) || s[k] == '/' || s[k] == '-' ||
		       (s[k] == '.' && k + 1 < n && norm_is_digit(s[k + 1])))) ||
	    s[at[2]] < '1' || s[at[2]] > '2')
		return 0;
	at[3] = at[4] = at[5] = k;
	return k;
}

/* s[0, e) ends with a unit written after a number ("80 km", "3m²",
 * "145.000 đồng", "0,5%"): a measure, money or a rate per something
 * follows its slash ("km / h", "m²/ con", "đồng / kg"), spaced or not. */
static int unit_after_number(const char *s, size_t e)
{
	size_t b = e;
	const struct norm_unit *u;

	while (b > 0 && s[b - 1] != ' ' && !norm_is_digit(s[b - 1]))
		b--;
	/* "0,5% / tháng": the per cent sign too, a rate per a time. */
	if (b == e || !(u = norm_find_unit(s + b, e - b)) ||
	    (u->kind != NORM_U_PERCENT &&
	     ((u->kind != NORM_U_MEASURE && u->kind != NORM_U_MONEY) ||
	      e - b < 2)))
		return 0;
	if (b > 0 && s[b - 1] == ' ')
		b--;
	return b > 0 && norm_is_digit(s[b - 1]);
}

/* s[r, n) starts with a measure of two letters or more that ends
 * there ("kg", "ha", "m²"), and s[0, w) ends with a word after a number
 * ("20 con", "56 tạ"): "20 con / kg" is a count per kilogram. */
static int per_unit_after_count(const char *s, size_t n, size_t r,
				const char *o, size_t w)
{
	size_t e = r, b = w;
	const struct norm_unit *u;

	while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.' &&
	       s[e] != ';' && s[e] != ')' && s[e] != '/')
		e++;
	if (e - r < 2 || !(u = norm_find_unit(s + r, e - r)) ||
	    u->kind != NORM_U_MEASURE)
		return 0;
	while (b > 0 && o[b - 1] != ' ' && !norm_is_digit(o[b - 1]))
		b--;
	if (b == w || b == 0)
		return 0;
	if (o[b - 1] == ' ' && b > 1)
		b--;
	return b > 0 && norm_is_digit(o[b - 1]);
}

/* "0912 345 678 / 0987 654 321", "1900 1234 / 0912 345 678": a spaced
 * slash between a phone's last group (three digits or more, o[0, w))
 * and the next number (a 0 and two digits or more after " ", s[0, n))
 * divides a list of numbers; it stays apart, a pause. */
static int phone_slash(const char *o, size_t w, const char *s, size_t n)
{
	size_t d = 0, k = 1;

	while (d < w && norm_is_digit(o[w - 1 - d]))
		d++;
	if (d < 3 || n < 4 || s[0] != ' ' || s[1] != '0')
		return 0;
	while (k < n && norm_is_digit(s[k]))
		k++;
	return k - 1 >= 3;
}

/* o[0, w) ends with a time, "12h00", "7h", "13:30": "07h00 – 12h00 /
 * 13h30 – 18h00" are two spans of a day, the slash between them a
 * pause, not a date's. */
static int time_before(const char *o, size_t w)
{
	size_t k = w, h, m;

	while (k > 0 && o[k - 1] != ' ')
		k--;
	for (h = 0; k + h < w && norm_is_digit(o[k + h]); h++)
		;
	if (h < 1 || h > 2 || k + h == w ||
	    (o[k + h] != 'h' && o[k + h] != 'H' && o[k + h] != ':'))
		return 0;
	for (m = 0; k + h + 1 + m < w && norm_is_digit(o[k + h + 1 + m]); m++)
		;
	return k + h + 1 + m == w && (m == 2 || (m == 0 && o[k + h] != ':'));
}

/* "23 – 5 – 2021", "01 - 01 - 2026": one word, "23-5-2021", for the date
 * rule; so is "ngày 9 - 9".  "số 46 /TTCS", "12 /3/2019": a space before a
 * slash between a number and what follows is dropped. */
static void join_spaced_dates(struct norm_buf *b)
{
	static const char *const *const per_space =
		norm_list_normalize_per_space;
	size_t r = 0, w = 0, at[6], end, k;

	if (!b->p)
		return;
	while (r < b->len) {
		size_t year = r + 1;

		/* "ngày 20/11/ 2019": a space after the month's slash. */
		if (b->p[r] == ' ' && w >= 4 && b->p[w - 1] == '/' &&
		    norm_is_digit(b->p[w - 2]) && slash_in_word(b->p, w - 1) &&
		    digits_at(b->p, b->len, &year, 4, 4) >= 0) {
			r++;
			continue;
		}
		/* "ngày 24-1- 2016", "24.1. 2016": the same after a dash or
		 * a dot, a year of 19xx or 20xx. */
		if (b->p[r] == ' ' && w >= 4 && (b->p[w - 1] == '-' || b->p[w - 1] == '.') &&
		    day_month_word(b->p, w) &&
		    digits_at(b->p, b->len, &year, 4, 4) >= 0 &&
		    (!memcmp(b->p + r + 1, "19", 2) || !memcmp(b->p + r + 1, "20", 2))) {
			r++;
			continue;
		}
		/* "180.000 đồng/ người lớn": money per something, the space
		 * after the slash is dropped. */
		if (b->p[r] == ' ' && w >= 8 && b->p[w - 1] == '/' &&
		    !memcmp(b->p + w - 8, "đồng", 7) &&
		    (w == 8 || b->p[w - 9] == ' ') && r + 1 < b->len &&
		    b->p[r + 1] != ' ') {
			r++;
			continue;
		}
		/* "2-3 lần/ ngày": a frequency, the same; "20 triệu/
		 * ngày", money by its scale word. */
		if (b->p[r] == ' ' && w >= 4 && b->p[w - 1] == '/' &&
		    word_before(b->p, w - 1, per_space) && r + 1 < b->len &&
		    b->p[r + 1] != ' ' && !norm_is_digit(b->p[r + 1])) {
			r++;
			continue;
		}
		/* "80 km / h", "3 m²/ con", "145.000 đồng / kg": a unit after
		 * a number, then per something; the spaces around the slash
		 * are dropped, as after "đồng/ ". */
		if (b->p[r] == ' ' && r + 2 < b->len && b->p[r + 1] == '/' &&
		    b->p[r + 2] != '/' && unit_after_number(b->p, w)) {
			r++;
			continue;
		}
		/* "0,25%/ trên tổng số": a slash before "trên" is not said
		 * (docs/judging.md), the space stays for that rule. */
		if (b->p[r] == ' ' && w >= 3 && b->p[w - 1] == '/' &&
		    r + 1 < b->len && b->p[r + 1] != ' ' &&
		    !norm_is_digit(b->p[r + 1]) &&
		    !(b->len - r - 1 >= strlen("trên") &&
		      !memcmp(b->p + r + 1, "trên", strlen("trên"))) &&
		    (unit_after_number(b->p, w - 1) ||
		     per_unit_after_count(b->p, b->len, r + 1, b->p, w - 1))) {
			r++;
			continue;
		}
		/* "20 con / kg": the space before the slash too. */
		if (b->p[r] == ' ' && r + 3 < b->len && b->p[r + 1] == '/' &&
		    per_unit_after_count(b->p, b->len,
					 r + 2 + (b->p[r + 2] == ' '), b->p, w)) {
			r++;
			continue;
		}
		/* "ngày 30 / 6 / 2026": spaces after a date's slashes. */
		if (b->p[r] == ' ' && r + 1 < b->len && norm_is_digit(b->p[r + 1]) &&
		    digits_slash_word(b->p, w)) {
			r++;
			continue;
		}
		if (b->p[r] == ' ' && w > 0 && norm_is_digit(b->p[w - 1]) &&
		    r + 2 < b->len && b->p[r + 1] == '/' &&
		    !phone_slash(b->p, w, b->p + r + 2, b->len - r - 2) &&
		    !time_before(b->p, w) &&
		    (norm_is_digit(b->p[r + 2]) || ascii_alpha(b->p[r + 2]) ||
		     (unsigned char)b->p[r + 2] >= 0x80 ||
		     (b->p[r + 2] == ' ' && r + 3 < b->len && norm_is_digit(b->p[r + 3])))) {
			r++;
			continue;
		}
		if (!(end = spaced_date(b->p, b->len, r, at)) &&
		    !(end = spaced_day_month(b->p, b->len, r, at)) &&
		    !(end = spaced_month_year(b->p, b->len, r, at))) {
			b->p[w++] = b->p[r++];
			continue;
		}
		for (k = 0; k < 6 && at[k] < at[k + 1]; k += 2) {
			if (k)
				b->p[w++] = '-';
			memmove(b->p + w, b->p + at[k], at[k + 1] - at[k]);
			w += at[k + 1] - at[k];
		}
		r = end;
	}
	norm_buf_truncate(b, w);
}

/* "37C" is a temperature, as "37oC", in a line about heat or cold ("nhiệt
 * độ cao nhất 35 - 37C"); elsewhere "12C" is a class or a code. */
static int celsius_at(const char *s, size_t n, size_t k)
{
	size_t b = k;

	if (s[k] != 'C' || k == 0 || !norm_is_digit(s[k - 1]) ||
	    (k + 1 < n && ((unsigned char)s[k + 1] >= 0x80 || ascii_alpha(s[k + 1]) ||
			   norm_is_digit(s[k + 1]))))
		return 0;
	while (b > 0 && (norm_is_digit(s[b - 1]) || s[b - 1] == ',' || s[b - 1] == '.' ||
			 s[b - 1] == '-'))
		b--;
	if (b >= 6 && (!memcmp(s + b - 6, "lớp ", 6) || !memcmp(s + b - 6, "Lớp ", 6)))
		return 0;
	return b == 0 || s[b - 1] == ' ' || s[b - 1] == '(' || s[b - 1] == '~';
}

static void celsius_letter(struct norm_buf *b)
{
	static const char *const heat[] = { "nhiệt độ", "Nhiệt độ", "nắng nóng",
		"Nắng nóng", "độ C", "oC", "°C", "trời lạnh", "Trời lạnh",
		"giá lạnh", "rét", "Rét", NULL };
	const char *const *w;
	size_t k, n;
	char *copy;

	if (!b->p)
		return;
	n = b->len;
	for (k = 1; k < n && !(b->p[k] == 'C' && celsius_at(b->p, n, k)); k++)
		;
	if (k >= n)
		return;
	for (w = heat; *w && !strstr(b->p, *w); w++)
		;
	if (!*w || !(copy = malloc(n)))
		return;
	memcpy(copy, b->p, n);
	norm_buf_truncate(b, 0);
	for (k = 0; k < n; k++) {
		if (celsius_at(copy, n, k)) {
			/* "dưới 150C": the degree sign printed as a zero,
			 * 15⁰C; 150 °C is no weather. */
			if (k >= 3 && copy[k - 1] == '0' &&
			    norm_is_digit(copy[k - 2]) && copy[k - 3] >= '1' &&
			    copy[k - 3] <= '4' &&
			    (k == 3 || copy[k - 4] == ' ' || copy[k - 4] == '('))
				norm_buf_truncate(b, b->len - 1);
			/* "dưới 70C": 7⁰C so; 50 to 90 °C are no weather
			 * either (b60-p8840-2). */
			else if (k >= 2 && copy[k - 1] == '0' &&
				 copy[k - 2] >= '5' && copy[k - 2] <= '9' &&
				 (k == 2 || copy[k - 3] == ' ' || copy[k - 3] == '('))
				norm_buf_truncate(b, b->len - 1);
			/* "29,5 0C": the lost degree sign typed as a spaced
			 * zero after the number. */
			else if (k >= 3 && copy[k - 1] == '0' &&
				 copy[k - 2] == ' ' &&
				 norm_is_digit(copy[k - 3]))
				norm_buf_truncate(b, b->len - 2);
			norm_buf_addc(b, 'o');
		}
		norm_buf_addc(b, copy[k]);
	}
	free(copy);
}

/* "04/03/2026-08:48": a dateline's dash glued between a whole date and
 * its time is the pause a spaced one is, no range ("đến"); so is one
 * glued to the time only, "04/03/2026 -08:48". */
static int date_dash_time(const char *s, size_t n, size_t at)
{
	size_t k = at + 1, h = 0, d = at - (at > 0 && s[at - 1] == ' ');

	if (d < 8 || !norm_all_digits(s + d - 4, 4) ||
	    !norm_in_set("/.-", s[d - 5]))
		return 0;
	while (k + h < n && h < 3 && norm_is_digit(s[k + h]))
		h++;
	return h >= 1 && h <= 2 && k + h + 2 < n && s[k + h] == ':' &&
	       norm_is_digit(s[k + h + 1]) && norm_is_digit(s[k + h + 2]);
}

/* "xuống 0 đến - 2 độ C": a minus typed apart from a temperature after
 * "đến" or "xuống" (a pause there would say "hai độ" above zero); the
 * dash is at s[at], out holds what came before it. */
static int spaced_minus_degree(const char *s, size_t n, size_t at,
			       const struct norm_buf *out)
{
	static const char *const before[] = { " đến ", " xuống ", NULL };
	const char *const *w;
	size_t k = at + 2, do_n = strlen("độ");
	int found = 0;

	for (w = before; *w && !found; w++) {
		size_t l = strlen(*w);

		/* The word may start the line. */
		found = (out->len >= l && !memcmp(out->p + out->len - l, *w, l)) ||
			(out->len == l - 1 && !memcmp(out->p, *w + 1, l - 1));
	}
	if (!found || k >= n || s[at + 1] != ' ' || !norm_is_digit(s[k]))
		return 0;
	while (k < n && norm_is_digit(s[k]))
		k++;
	if (k + 1 < n && s[k] == ',' && norm_is_digit(s[k + 1]))
		for (k++; k < n && norm_is_digit(s[k]); k++)
			;
	if (k < n && s[k] == ' ')
		k++;
	return (k + do_n <= n && !memcmp(s + k, "độ", do_n) &&
		(k + do_n == n ||
		 !((unsigned char)s[k + do_n] >= 0x80 || ascii_alpha(s[k + do_n])))) ||
	       (k + 2 <= n && !memcmp(s + k, "°", 2));
}

/* "người hiến máu -14/6": a dash typed against a day and month after a
 * word is the pause before the date, no minus; the dash is at s[at].
 * Not after or before "độ" ("-1/2 độ" is below zero). */
static int dash_before_date(const char *s, size_t n, size_t at)
{
	size_t k = at + 1, d = 0, m = 0, do_n = strlen("độ");
	unsigned day = 0, month = 0;

	if (at < 2 || s[at - 1] != ' ' ||
	    !((unsigned char)s[at - 2] >= 0x80 || ascii_alpha(s[at - 2])) ||
	    (at >= 1 + do_n && !memcmp(s + at - 1 - do_n, "độ", do_n)))
		return 0;
	for (; k < n && norm_is_digit(s[k]) && d < 3; k++, d++)
		day = day * 10 + (unsigned)(s[k] - '0');
	if (d < 1 || d > 2 || k >= n || s[k] != '/')
		return 0;
	for (k++; k < n && norm_is_digit(s[k]) && m < 3; k++, m++)
		month = month * 10 + (unsigned)(s[k] - '0');
	if (m < 1 || m > 2 || day < 1 || day > 31 || month < 1 || month > 12 ||
	    (k < n && norm_is_digit(s[k])))
		return 0;
	if (k < n && s[k] == ' ')
		k++;
	return !(k + do_n <= n && !memcmp(s + k, "độ", do_n));
}

/* "Email:tnmt@vinhphuc.gov.vn": an e-mail address starts at s[pos]. */
static int mail_after(const char *s, size_t n, size_t pos)
{
	size_t k;

	if (!ascii_alpha(s[pos]))
		return 0;
	for (k = pos; k < n && s[k] != ' ' && s[k] != '/'; k++)
		if (s[k] == '@')
			return k > pos;
	return 0;
}

/*
 * The ASCII signs whose spacing matters, s[at] (pos is just after it):
 * a dash stuck to the end of a word or a bracket stands alone ("2/9/2019-
 * kéo dài", "2018- 2019", "(PL)- Lễ hội"); a colon stuck between a word
 * and a number or an e-mail address is a pause ("TB số:04/TB-UBND",
 * "Email:a@b.vn"), so is a semicolon between numbers ("(-2.5;0)");
 * a slash after a bracket stands alone ("(Touch ID)/khuôn mặt"), and one
 * typed twice between numbers is one ("1//1/2026").
 */
static void clean_punct(const char *s, size_t n, size_t at, size_t pos,
			struct norm_buf *out)
{
	switch (s[at]) {
	case '-':
		/* "ngày 14 -15/3", "10 -15 km": a range typed with the dash
		 * against its second number. */
		if (out->len >= 2 && out->p[out->len - 1] == ' ' &&
		    norm_is_digit(out->p[out->len - 2]) && pos < n && norm_is_digit(s[pos]))
			norm_buf_truncate(out, out->len - 1);
		/* "ngày 24-1- 2016": the dash of a whole date typed with a
		 * space before its year stays in the date. */
		if (pos + 5 <= n && s[pos] == ' ' && norm_all_digits(s + pos + 1, 4) &&
		    (s[pos + 1] == '1' || s[pos + 1] == '2') &&
		    (pos + 5 == n || !norm_is_digit(s[pos + 5]))) {
			norm_buf_addc(out, '-');
			if (day_month_word(out->p, out->len))
				break;
			norm_buf_truncate(out, out->len - 1);
		}
		if (dash_before_date(s, n, at)) {
			norm_buf_adds(out, "- ");
			break;
		}
		/* "(PL)- Lễ hội": after a bracket too, a press dateline;
		 * "7h30'- họp", after a minute mark; "tăng 17-18%- theo",
		 * "120 m²- theo", after a unit's sign. */
		norm_buf_adds(out, (alnum_at(s, n, at, 1) ||
				    (at > 0 && s[at - 1] == ')') ||
				    unit_sign_before(s, n, at) ||
				    (at > 1 && s[at - 1] == '\'' &&
				     norm_is_digit(s[at - 2])) ||
				    (at > 3 && !memcmp(s + at - 3, "\xe2\x80\x99", 3) &&
				     norm_is_digit(s[at - 4]))) &&
			      (pos == n || s[pos] == ' ') ? " -" : "-");
		break;
	case ':':
		norm_buf_adds(out, at > 0 && pos < n &&
			      (norm_is_digit(s[pos]) || mail_after(s, n, pos)) &&
			      (ascii_alpha(s[at - 1]) || (unsigned char)s[at - 1] >= 0x80) ?
			      ": " : ":");
		break;
	case ';':
		norm_buf_adds(out, at > 0 && norm_is_digit(s[at - 1]) && pos < n &&
			      (norm_is_digit(s[pos]) || s[pos] == '-') ? "; " : ";");
		break;
	default:
		/* "1//1/2026": a slash typed twice between numbers. */
		if (at > 0 && norm_is_digit(s[at - 1]) && pos + 1 < n &&
		    s[pos] == '/' && norm_is_digit(s[pos + 1]))
			break;
		norm_buf_adds(out, at > 0 && s[at - 1] == ')' ? " / " : "/");
	}
}

/* "(Na Hang)16.4mm": a bracket closed on a word, a number typed
 * against it; whether out ends so. */
static int bracket_word_glued(const struct norm_buf *b)
{
	unsigned char w;

	if (b->len < 2 || b->p[b->len - 1] != ')')
		return 0;
	w = (unsigned char)b->p[b->len - 2];
	return w >= 0x80 || ascii_alpha((char)w);
}

/* "(024)38251234", "(0236)3583445": an area code in brackets typed
 * against the number, read as the spaced "(024) 38251234"; whether out
 * ends with one. */
static int area_code_glued(const struct norm_buf *b)
{
	size_t d = 0;

	while (d < 5 && d + 2 <= b->len && norm_is_digit(b->p[b->len - 2 - d]))
		d++;
	return b->len >= d + 2 && d >= 3 && d <= 4 && b->p[b->len - 1] == ')' &&
	       b->p[b->len - 2 - d] == '(' && b->p[b->len - 1 - d] == '0';
}

/* "ngày17-12", "lúc8h": a day or time word typed against its number;
 * whether out ends with one, as a whole word. */
static int time_word_glued(const struct norm_buf *b)
{
	static const char *const words[] = { "ngày", "Ngày", "tháng", "Tháng",
		"lúc", "Lúc", "năm", "Năm", "sáng", "Sáng", "chiều", "Chiều",
		"tối", "Tối", "đêm", "Đêm", "trưa", "Trưa", "hôm", "Hôm", "từ",
		"Từ", "đến", "mồng", "Mồng", "mùng", "Mùng", NULL };
	const char *const *w;

	/* Most digits follow a space, a digit or a sign: no word there. */
	if (!b->len || ((unsigned char)b->p[b->len - 1] < 0x80 &&
			!ascii_alpha(b->p[b->len - 1])))
		return 0;
	for (w = words; *w; w++) {
		size_t l = strlen(*w);
		unsigned char before;

		if (b->len < l || memcmp(b->p + b->len - l, *w, l))
			continue;
		if (b->len == l)
			return 1;
		before = (unsigned char)b->p[b->len - l - 1];
		return !(before >= 0x80 || norm_is_digit((char)before) ||
			 ascii_alpha((char)before));
	}
	return 0;
}

/* "đòng21/08/2021": a Vietnamese word in small letters (one letter at
 * least with a mark, so no code such as "ca2" or "m3") typed against a
 * number; whether out ends with one, as a whole word. */
static int vn_word_glued(const struct norm_buf *b)
{
	size_t k = b->len, pos;
	int marked = 0;
	uint32_t cp;

	while (k > 0 && (((unsigned char)b->p[k - 1] >= 'a' && b->p[k - 1] <= 'z') ||
			 (unsigned char)b->p[k - 1] >= 0x80))
		k--;
	if (b->len - k < 3 || (k > 0 && b->p[k - 1] != ' ' && b->p[k - 1] != '('))
		return 0;
	for (pos = k; pos < b->len;) {
		if (norm_utf8_next(b->p, b->len, &pos, &cp) || !norm_is_lower_cp(cp))
			return 0;
		marked |= cp >= 0x80;
	}
	return marked;
}

/* "16:43[GMT+7]", "19:15SKĐS": a dateline's clock time typed against
 * the next word; whether out ends with "H:MM" or "H:MM:SS" alone. */
static int clock_glued(const struct norm_buf *b)
{
	size_t k = b->len, groups = 0;

	while (k >= 3 && norm_is_digit(b->p[k - 1]) && norm_is_digit(b->p[k - 2]) &&
	       b->p[k - 3] == ':' && groups < 2) {
		k -= 3;
		groups++;
	}
	if (!groups || k == 0 || !norm_is_digit(b->p[k - 1]))
		return 0;
	k--;
	if (k > 0 && norm_is_digit(b->p[k - 1]))
		k--;
	return k == 0 || b->p[k - 1] == ' ' || b->p[k - 1] == ',';
}

/* "49/2017NĐ-CP": b ends with a document's number and year, "N/YYYY",
 * its issuer typed against the year without the slash. */
static __attribute__((noinline)) int doc_year_glued(const struct norm_buf *b)
{
	size_t k = b->len;

	if (k < 7 || !norm_is_digit(b->p[k - 1]) || !norm_is_digit(b->p[k - 2]) ||
	    !norm_is_digit(b->p[k - 3]) || !norm_is_digit(b->p[k - 4]) ||
	    b->p[k - 5] != '/' || !norm_is_digit(b->p[k - 6]) ||
	    (memcmp(b->p + k - 4, "19", 2) && memcmp(b->p + k - 4, "20", 2)))
		return 0;
	return 1;
}

/* A capital letter at s[k] (ASCII or Đ); its length, 0 if none. */
static size_t capital_at(const char *s, size_t n, size_t k)
{
	if (k < n && s[k] >= 'A' && s[k] <= 'Z')
		return 1;
	return k + 1 < n && (unsigned char)s[k] == 0xC4 && (unsigned char)s[k + 1] == 0x90 ?
	       2 : 0;
}

/* "04/2021/TT- TTCP": a document code's dash typed with a space after
 * it, between two letter codes; the dash is at s[at]. */
static int code_dash_space(const char *s, size_t n, size_t at)
{
	size_t k = at, c1, digit = 0, slash = 0;

	if (at == 0 || at + 2 >= n || s[at + 1] != ' ' || !(c1 = capital_at(s, n, at + 2)) ||
	    !capital_at(s, n, at + 2 + c1) ||
	    !((s[at - 1] >= 'A' && s[at - 1] <= 'Z') || (unsigned char)s[at - 1] == 0x90))
		return 0;
	while (k > 0 && s[k - 1] != ' ') {
		digit |= norm_is_digit(s[k - 1]);
		slash |= s[k - 1] == '/';
		k--;
	}
	return digit && slash;
}

/* Digits from k: a day of one or two digits, then a comma or a slash;
 * returns the byte after the day, 0 if there is none. */
static size_t day_then(const char *s, size_t n, size_t k)
{
	size_t d = 0;

	while (k + d < n && d < 3 && norm_is_digit(s[k + d]))
		d++;
	if (d < 1 || d > 2 || k + d + 1 >= n ||
	    (s[k + d] != ',' && s[k + d] != '/'))
		return 0;
	return k + d;
}

/*
 * "ngày 20,21/12/2025", "các ngày 23,24,25/11": the comma at s[at] lies
 * in a list of days written against one date, after a day word; it is a
 * pause, so the date rule sees the last day and its month.
 */
static int day_list_comma(const char *s, size_t n, size_t at)
{
	size_t b = at, k;

	while (b > 0 && (norm_is_digit(s[b - 1]) || s[b - 1] == ','))
		b--;
	if (b == at || b == 0 || s[b - 1] != ' ' ||
	    !word_before(s, b - 1, norm_list_normalize_day_list))
		return 0;
	/* Every part before is a day: "20," */
	for (k = b; k < at; k = k + 1) {
		k = day_then(s, n, k);
		if (!k || s[k] != ',')
			return 0;
	}
	/* Days after, then "/" and the month's digit. */
	for (k = at + 1; (k = day_then(s, n, k)) && s[k] == ','; k++)
		;
	return k && s[k] == '/' && k + 1 < n && norm_is_digit(s[k + 1]);
}

/* "T6,22/11/2024", "Thứ 6,22/11/2024": a page's weekday glued by its
 * comma to the whole date after it; the comma at s[at] is a pause. */
static int weekday_comma(const char *s, size_t n, size_t at)
{
	size_t k = at + 1, d;
	int day = at >= 2 && s[at - 1] >= '2' && s[at - 1] <= '7';

	if (!((day && s[at - 2] == 'T' && (at == 2 || s[at - 3] == ' ')) ||
	      (day && at >= 7 && s[at - 2] == ' ' &&
	       (!memcmp(s + at - 7, "Thứ", 5) || !memcmp(s + at - 7, "thứ", 5))) ||
	      (at >= 2 && s[at - 2] == 'C' && s[at - 1] == 'N' &&
	       (at == 2 || s[at - 3] == ' '))))
		return 0;
	for (d = 0; d < 3; d++) {
		size_t run = 0;

		while (k + run < n && norm_is_digit(s[k + run]))
			run++;
		if (!run || (d < 2 ? run > 2 : run != 4) ||
		    (d < 2 && (k + run >= n || s[k + run] != '/')))
			return 0;
		k += run + 1;
	}
	return 1;
}

static void clean_line(const char *s, size_t n, struct norm_buf *out)
{
	size_t pos = 0;
	uint32_t cp;

	while (pos < n) {
		size_t at = pos, tag;
		int block;

		if (s[pos] == '<' && (tag = markup_tag(s + pos, n - pos, &block))) {
			if (block)
				norm_buf_addc(out, ' ');
			pos += tag;
			continue;
		}
		/* "soạn S <nội dung> gửi 5656": a placeholder, read between
		 * pauses. */
		if ((s[pos] == '<' || (unsigned char)s[pos] == 0xE2) &&
		    (tag = placeholder(s + pos, n - pos))) {
			size_t open = s[pos] == '<' ? 1 : 3;
			size_t close = s[pos + tag - 1] == '>' ? 1 : 3;

			norm_buf_adds(out, ", ");
			norm_buf_add(out, s + pos + open, tag - open - close);
			norm_buf_adds(out, ", ");
			pos += tag;
			continue;
		}
		if (norm_utf8_next(s, n, &pos, &cp)) {
			pos++;
			continue;
		}
		/* "sbvhn[.]com": a defanged address, its dot read as one
		 * (judging.md, Addresses), with or without "https://". */
		if (cp == '[' && pos + 2 <= n && s[pos] == '.' &&
		    s[pos + 1] == ']' && alnum_at(s, n, at, 1) &&
		    alnum_at(s, n, pos + 2, 0)) {
			norm_buf_addc(out, '.');
			pos += 2;
			continue;
		}
		switch (cp) {
		case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
		case '"': case 0x201F: case 0x2033:
			continue;
		case 0x2018: case 0x2019: case '\'': case 0x2032:
			/* An apostrophe inside a word stays, quotes go. */
			if (alnum_at(s, n, at, 1) && alnum_at(s, n, pos, 0))
				norm_buf_addc(out, '\'');
			else if (alnum_at(s, n, at, 1) &&
				 (cp == 0x2032 || (at > 0 && s[at - 1] >= '0' &&
						   s[at - 1] <= '9')))
				/* "45'": a minute mark. */
				norm_buf_addc(out, '\'');
			continue;
		case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0x2010:
		case 0x2011:
			/* "2020–2025" is a range, " – " a pause. */
			if (alnum_at(s, n, at, 1) && alnum_at(s, n, pos, 0))
				norm_buf_addc(out, '-');
			else if (cp == 0x2212 && alnum_at(s, n, pos, 0))
				norm_buf_addc(out, '-');
			else
				norm_buf_adds(out, " - ");
			continue;
		case '-': case ':': case ';': case '/':
			/* "./.", the press's end mark: its full stop only. */
			if (cp == '/' && at > 0 && s[at - 1] == '.' && pos < n &&
			    s[pos] == '.' && (pos + 1 == n || s[pos + 1] == ' ')) {
				pos++;
				continue;
			}
			if (cp == '-' && spaced_minus_degree(s, n, at, out)) {
				norm_buf_addc(out, '-');
				pos++;
				continue;
			}
			if (cp == '-' && date_dash_time(s, n, at)) {
				norm_buf_adds(out, " - ");
				continue;
			}
			if (cp == '-' && code_dash_space(s, n, at)) {
				norm_buf_addc(out, '-');
				pos++;
				continue;
			}
			clean_punct(s, n, at, pos, out);
			continue;
		case 0x2026:
			norm_buf_adds(out, "...");
			continue;
		case ',':
			if (day_list_comma(s, n, at) || weekday_comma(s, n, at)) {
				norm_buf_adds(out, ", ");
				continue;
			}
			break;
		case '|':
			/* "09:30 AM | EVN": a bar standing alone (a dateline's
			 * end, a menu's divider) is a pause. */
			if ((at == 0 || s[at - 1] == ' ') && (pos == n || s[pos] == ' '))
				norm_buf_addc(out, ',');
			/* "18:24 |13/04/2021": a bar against what follows
			 * only, the dateline's divider all the same. */
			else if (at > 1 && s[at - 1] == ' ' &&
				 norm_is_digit(s[at - 2]) && pos < n &&
				 norm_is_digit(s[pos]))
				norm_buf_adds(out, ", ");
			/* "07:07| 11/11/2014", "07:07|11/11/2014": against
			 * the clock time before it, the same. */
			else if (at > 3 && norm_is_digit(s[at - 1]) &&
				 norm_is_digit(s[at - 2]) && s[at - 3] == ':' &&
				 pos < n && (s[pos] == ' ' || norm_is_digit(s[pos])))
				norm_buf_adds(out, ", ");
			/* "CEO @CyStack|September 27, 2023": between a word
			 * and a capital, a header's divider too. */
			else if (at > 0 && (ascii_alpha(s[at - 1]) ||
					    (unsigned char)s[at - 1] >= 0x80) &&
				 pos < n && ((s[pos] >= 'A' && s[pos] <= 'Z') ||
					     (pos + 1 < n && !memcmp(s + pos, "Đ", 2))))
				norm_buf_adds(out, ", ");
			else
				norm_buf_addc(out, '|');
			continue;
		case 0x2022: case 0x25CF: case 0x25E6: case 0x25AA: case 0x2023:
		case 0x2043: case 0x25A0: case 0x25BA: case 0x27A2: case 0x2713:
		case 0x2714: case 0x25B6:
			norm_buf_addc(out, ' ');
			continue;
		case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
			continue;
		case 0x00B2:
			norm_buf_adds(out, "²");
			continue;
		case 0x2103:
			/* "28℃": the one-character sign is "°C". */
			norm_buf_adds(out, "°C");
			continue;
		case 0x00BA:
			/* "28ºC": the ordinal mark typed for the degree sign,
			 * which it looks like, after a number. */
			if (at > 0 && (norm_is_digit(s[at - 1]) ||
				       (s[at - 1] == ' ' && at > 1 &&
					norm_is_digit(s[at - 2])))) {
				norm_buf_adds(out, "°");
				continue;
			}
			break;
		case '~':
			/* "2,0~4,0m", "7.300 ~ 7.500 đồng": a tilde between
			 * two numbers is a range, the dash; before one alone
			 * it stays "khoảng" ("~36 tấn"). */
			if (at > 0 && pos < n &&
			    (norm_is_digit(s[at - 1]) ||
			     (s[at - 1] == ' ' && at > 1 && norm_is_digit(s[at - 2]))) &&
			    (norm_is_digit(s[pos]) ||
			     (s[pos] == ' ' && pos + 1 < n && norm_is_digit(s[pos + 1])))) {
				norm_buf_addc(out, '-');
				continue;
			}
			break;
		case 0x00D0: case 0x00F0:
			/* "xã Ðịnh Bình": the Icelandic eth, which looks
			 * like Đ, typed for it; Vietnamese has no other use. */
			norm_buf_adds(out, cp == 0x00D0 ? "Đ" : "đ");
			continue;
		case 0x00BD: case 0x00BC: case 0x00BE: case 0x2153: case 0x2154:
			/* "½", "1½": a fraction, a mixed number after a digit. */
			if (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9')
				norm_buf_addc(out, ' ');
			norm_buf_adds(out, cp == 0x00BD ? "1/2" : cp == 0x00BC ? "1/4" :
				      cp == 0x00BE ? "3/4" : cp == 0x2153 ? "1/3" : "2/3");
			continue;
		}
		/* A mark NFC could not attach to a letter cannot be spoken. */
		if (cp >= 0x0300 && cp <= 0x036F)
			continue;
		if (is_space_cp(cp)) {
			norm_buf_addc(out, ' ');
			continue;
		}
		/* Full-width digits and letters appear in pasted text. */
		if (cp >= 0xFF10 && cp <= 0xFF19) {
			norm_buf_addc(out, (char)('0' + cp - 0xFF10));
			continue;
		}
		if (norm_is_digit(s[at]) && (time_word_glued(out) ||
					     bracket_word_glued(out) ||
					     area_code_glued(out) ||
					     vn_word_glued(out)))
			norm_buf_addc(out, ' ');
		else if ((cp == '[' || (cp >= 'A' && cp <= 'Z') || cp == 0x0110) &&
			 clock_glued(out))
			norm_buf_addc(out, ' ');
		/* Small letters, most of the text, need neither test below. */
		else if (cp > 'Z' && cp != 0x0110)
			;
		/* "49/2017NĐ-CP": the issuer after its own slash. */
		else if (cp != '(' && cp >= 'A' && doc_year_glued(out) &&
			 pos < n && s[pos] != ' ')
			norm_buf_addc(out, '/');
		/* "4.700(+100)": a change in brackets typed against a price
		 * stands apart, for norm_say_change(). */
		else if (cp == '(' && out->len && norm_is_digit(out->p[out->len - 1]) &&
			 pos + 1 < n && (s[pos] == '+' || s[pos] == '-') &&
			 norm_is_digit(s[pos + 1]))
			norm_buf_addc(out, ' ');
		norm_buf_add(out, s + at, pos - at);
	}
}

/* ------------------------------------------------------------------ */
/* Tokens. */

static int lead_punct(char ch)
{
	return ch == '(' || ch == '[' || ch == '{' || ch == '*' || ch == '`';
}

static int trail_punct(char ch)
{
	return ch == ')' || ch == ']' || ch == '}' || ch == ',' || ch == ';' ||
	       ch == ':' || ch == '!' || ch == '?' || ch == '.' || ch == '*' ||
	       ch == '`';
}

static int tokenize(struct norm_ctx *c, const char *line, size_t n)
{
	size_t i = 0;

	c->line = line;
	c->nt = 0;
	norm_buf_reset(&c->low);
	while (i < n) {
		struct norm_tok *t;
		size_t j;

		while (i < n && line[i] == ' ')
			i++;
		if (i == n)
			break;
		j = i;
		while (j < n && line[j] != ' ')
			j++;
		if (c->nt == c->cap) {
			size_t ncap = c->cap ? 2 * c->cap : 64;
			struct norm_tok *nt;

			/* A token takes two bytes at least: n / 2 + 1 bound it. */
			if (ncap > n / 2 + 64)
				ncap = n / 2 + 64;
			if (ncap <= c->cap)
				return -1;
			nt = realloc(c->t, ncap * sizeof(*nt));
			if (!nt)
				return -1;
			c->t = nt;
			c->cap = ncap;
		}
		t = &c->t[c->nt++];
		t->s = i;
		t->n = j - i;
		t->b = i;
		t->e = j;
		while (t->b < t->e && lead_punct(line[t->b]))
			t->b++;
		while (t->e > t->b && trail_punct(line[t->e - 1]))
			t->e--;
		/* "...": keep a trailing ellipsis out of the core only. */
		t->lc = c->low.len;
		norm_lower(&c->low, line + t->b, t->e - t->b);
		t->lcn = c->low.len - t->lc;
		i = j;
	}
	return c->low.failed ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Dictionaries. */

static int word_eq(const char *a, size_t an, const char *b, size_t bn,
		   int sensitive)
{
	if (sensitive)
		return an == bn && !memcmp(a, b, an);
	/* Vietnamese capitals and small letters take the same bytes in
	 * UTF-8: a cheap test first. */
	return an == bn && norm_eq_fold(a, an, b, bn);
}

/* Token i ends with a colon alone and a number follows: "SN: 1998". */
static int colon_number(const struct norm_ctx *c, size_t i)
{
	return c->t[i].e + 1 == c->t[i].s + c->t[i].n &&
	       c->line[c->t[i].e] == ':' && i + 1 < c->nt &&
	       c->t[i + 1].b == c->t[i + 1].s && norm_is_digit(c->line[c->t[i + 1].b]);
}

/*
 * Does entry e match the tokens from i?  Returns the tokens used; sets
 * *dot when the entry's final '.' is the token's trailing dot.
 */
static size_t entry_match(const struct norm_ctx *c, size_t i,
			  const struct norm_entry *e, int *dot)
{
	const char *w = e->written;
	size_t k = i;

	*dot = 0;
	/* Most entries differ in the first byte: a cheap test first. */
	if (i >= c->nt || c->t[i].b == c->t[i].e ||
	    norm_fold_byte(c->line[c->t[i].b]) != norm_fold_byte(w[0]))
		return 0;
	for (;;) {
		const char *sp = strchr(w, ' ');
		size_t wn = sp ? (size_t)(sp - w) : strlen(w), cn;
		const char *core;

		if (k >= c->nt)
			return 0;
		core = norm_core(c, k, &cn);
		if (k > i && c->t[k].b != c->t[k].s)
			return 0;
		if (!word_eq(core, cn, w, wn, e->sensitive)) {
			/* "TP." against the core "TP" and its trailing dot. */
			if (wn == cn + 1 && w[cn] == '.' && c->line[c->t[k].e] == '.' &&
			    c->t[k].e < c->t[k].s + c->t[k].n &&
			    word_eq(core, cn, w, cn, e->sensitive))
				*dot = 1;
			else
				return 0;
		}
		k++;
		if (!sp)
			break;
		if (norm_has_trail(c, k - 1))
			return 0;
		w = sp + 1;
	}
	if (e->place) {
		size_t pos, cn;
		uint32_t cp;
		const char *core;

		/* "TP. Hải Phòng", but not "Nguyễn Thị H., 68 tuổi"; "SN:
		 * 1998", a colon before a number. */
		if (k >= c->nt ||
		    (!*dot && norm_has_trail(c, k - 1) && !colon_number(c, k - 1)) ||
		    (*dot && c->t[k - 1].e + 1 < c->t[k - 1].s + c->t[k - 1].n))
			return 0;
		core = norm_core(c, k, &cn);
		pos = 0;
		/* "Nguyễn Thị H. (65 tuổi)": a bracket ends the name. */
		if (c->t[k].b != c->t[k].s ||
		    norm_utf8_next(core, cn, &pos, &cp) ||
		    !(norm_is_upper_cp(cp) || (cp >= '0' && cp <= '9')))
			return 0;
	}
	return k - i;
}

/* The longest match in a table; among equals, the last entry wins. */
static size_t match_table(const struct norm_ctx *c, size_t i,
			  const struct norm_entry *e, size_t n,
			  const struct norm_entry **hit, int *hit_dot)
{
	size_t k, best = 0;
	int dot;

	*hit_dot = 0;
	for (k = 0; k < n; k++) {
		size_t used = entry_match(c, i, &e[k], &dot);

		/* Ties: the later entry, but one that uses the dot first. */
		if (used && (used > best || (used == best && dot >= *hit_dot))) {
			*hit = &e[k];
			*hit_dot = dot;
			best = used;
		}
	}
	return best;
}

static size_t say_entry(struct norm_ctx *c, const struct norm_entry *e,
			int dot, size_t used)
{
	OUT(e->spoken);
	c->ate_dot = dot;
	return used;
}

static norm_rule_fn rule_lexicons, rule_builtin;

static size_t rule_lexicons(struct norm_ctx *c, size_t i)
{
	const struct norm_entry *hit = NULL, *h = NULL;
	size_t l, best = 0, used, bucket;
	int dot = 0, d = 0;

	if (!c->opt || !c->opt->n_lexicons)
		return 0;
	if (c->t[i].b == c->t[i].e)
		return 0;
	bucket = norm_word_bucket(c->line + c->t[i].b, c->t[i].e - c->t[i].b);
	/* The longest match wins; on a tie, the later lexicon. */
	for (l = 0; l < c->opt->n_lexicons; l++) {
		const struct loa_lexicon *lex = c->opt->lexicons[l];

		if (lex && (used = match_table(c, i, lex->entries + lex->at[bucket],
					       lex->at[bucket + 1] - lex->at[bucket],
					       &h, &d)) &&
		    used >= best) {
			best = used;
			hit = h;
			dot = d;
		}
	}
	return hit ? say_entry(c, hit, dot, best) : 0;
}

/*
 * "TPHuế": the prefix's capitals against a name with a Vietnamese mark
 * and no dot between ("TPBank", "VNDirect" have no mark).  The prefix
 * is looked up with its dot (lexicon-place.tsv).
 */
static size_t place_glued(struct norm_ctx *c, const char *p, size_t n)
{
	char key[8];
	size_t j = 0, k, bucket;
	uint32_t cp;

	while (j < n && j < 5 && p[j] >= 'A' && p[j] <= 'Z')
		j++;
	if (j < 2 || j + 2 > n)
		return 0;
	k = j;
	/* The name: a capital, then a small letter ("TPHuế"), or a
	 * capital with a mark ("TPĐà"). */
	if (norm_utf8_next(p, n, &k, &cp) || !norm_is_letter_cp(cp))
		return 0;
	if (!norm_is_upper_cp(cp) || cp < 0x80) {
		if (j < 3 || norm_is_upper_cp(cp))
			return 0;
		j--;
	}
	for (k = j; k < n && (unsigned char)p[k] < 0x80; k++)
		;
	if (k == n)
		return 0;
	memcpy(key, p, j);
	key[j] = '.';
	bucket = norm_word_bucket(key, j + 1);
	for (k = c->dict_at[bucket]; k < c->dict_at[bucket + 1]; k++) {
		const struct norm_entry *e = c->dict[k];

		if (e->place && strlen(e->written) == j + 1 &&
		    !memcmp(e->written, key, j + 1)) {
			OUT(e->spoken);
			norm_buf_wordn(c->out, p + j, n - j);
			return 1;
		}
	}
	return 0;
}

/*
 * "Q.Long Biên", "P.Tân Định": a place prefix written against the name
 * (lexicon-place.tsv) is read as when a space follows its dot.
 */
static size_t place_stuck(struct norm_ctx *c, size_t i)
{
	size_t n, k, pos, bucket;
	const char *p = norm_core(c, i, &n), *dot = memchr(p, '.', n);
	uint32_t cp;

	if (!dot)
		return place_glued(c, p, n);
	if (dot == p || memchr(dot + 1, '.', n - (size_t)(dot - p) - 1))
		return 0;
	pos = (size_t)(dot - p) + 1;
	if (n - pos < 2 || norm_utf8_next(p, n, &pos, &cp) || !norm_is_upper_cp(cp))
		return 0;
	pos = (size_t)(dot - p) + 1;
	bucket = norm_word_bucket(p, pos);
	for (k = c->dict_at[bucket]; k < c->dict_at[bucket + 1]; k++) {
		const struct norm_entry *e = c->dict[k];

		if (e->place && strlen(e->written) == pos &&
		    !memcmp(e->written, p, pos)) {
			OUT(e->spoken);
			/* "BS.CK2": a code after the prefix is read, not
			 * copied as a name is; so is "TP.HCM-Phan Thiết",
			 * a name joined to the next. */
			if (norm_has_digit(p + pos, n - pos) ||
			    memchr(p + pos, '-', n - pos) ||
			    /* "ThS.BSNT": an abbreviation after a title. */
			    (norm_ascii_caps(p + pos, n - pos) &&
			     norm_dict_find(p + pos, n - pos)))
				norm_say_part(c, i, p + pos, n - pos);
			else
				norm_buf_wordn(c->out, p + pos, n - pos);
			return 1;
		}
	}
	return 0;
}

/*
 * "TP - Lao động...", "QĐND – Theo": a paper's initials before a dash at
 * the start of press text, a capital after it, are its byline, spelled,
 * not the abbreviation they also are ("TP" is Tiền Phong there, not
 * "thành phố"; "QĐND" not "quân đội nhân dân": docs/judging.md, adj9).
 * Two capitals always; longer, the papers listed ("CSGT - Đề nghị" is
 * the traffic police).
 */
static int press_tag(const struct norm_ctx *c, size_t i)
{
	size_t n = c->t[i].n;
	const char *p = c->line + c->t[i].s;

	if (i || c->nt < 3 || c->t[i].e - c->t[i].b != n ||
	    !norm_capitalised(c, 2) ||
	    !((c->t[1].n == 1 && c->line[c->t[1].s] == '-') ||
	      (c->t[1].n == 3 && !memcmp(c->line + c->t[1].s, "–", 3))))
		return 0;
	return (n == 2 && norm_ascii_caps(p, n)) ||
	       norm_word_in(p, n, norm_list_normalize_press_papers);
}

/* "Thứ Tư, 09/12/2020 12:48 (CATP) Có người": token i follows a
 * dateline's time near the start of the line. */
static int after_dateline(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p;

	if (i > 8 || norm_has_trail(c, i - 1))
		return 0;
	p = norm_core(c, i - 1, &n);
	return n == 5 && p[2] == ':' && norm_is_digit(p[0]) &&
	       norm_is_digit(p[1]) && norm_is_digit(p[3]) && norm_is_digit(p[4]);
}

/* "(NLĐ)- Trong các ngày", "(SHTT) - Sáng": a paper's initials in
 * brackets, then a dash, open the text: its byline, spelled like
 * "(PLO)-" where the dictionary reads the letters as common words;
 * a name it knows is said ("(TTXVN)-", Thông tấn xã Việt Nam).  So after
 * a dateline's time. */
static int byline_tag(const struct norm_ctx *c, size_t i)
{
	size_t k, end = c->t[i].s + c->t[i].n;
	const struct norm_entry *e;
	const char *p;
	uint32_t cp;

	if ((i && !after_dateline(c, i)) || c->t[i].b != c->t[i].s + 1 ||
	    c->line[c->t[i].s] != '(' || c->t[i].e >= end ||
	    c->line[c->t[i].e] != ')' || i + 1 >= c->nt)
		return 0;
	/* "(CAO) Trung tâm": no dash, a capital opens the text. */
	if (!(c->t[i].e + 2 == end && c->line[c->t[i].e + 1] == '-') &&
	    !(c->t[i].e + 1 == end && c->t[i + 1].n == 1 &&
	      c->line[c->t[i + 1].s] == '-') &&
	    !(c->t[i].e + 1 == end && norm_capitalised(c, i + 1)))
		return 0;
	p = c->line + c->t[i].b;
	for (k = 0; k < c->t[i].e - c->t[i].b; k++)
		if (!(p[k] >= 'A' && p[k] <= 'Z') && (unsigned char)p[k] < 0x80)
			return 0;
	if (k < 2 || k > 8)
		return 0;
	if (!(e = norm_dict_find(p, k)))
		return 1;
	k = 0;
	return norm_utf8_next(e->spoken, strlen(e->spoken), &k, &cp) ||
	       !norm_is_upper_cp(cp);
}

/* Token k's core is three capital ASCII letters. */
static int three_caps(const struct norm_ctx *c, size_t k)
{
	size_t n;
	const char *p = norm_core(c, k, &n);

	return n == 3 && norm_ascii_caps(p, n);
}

/*
 * "ngoại tệ USD, GBP, JPY": a currency's code in a list with codes the
 * dictionary does not know, spelled as they are, is spelled too (not
 * "đô la Mỹ, gờ bê pê"); after a number it stays money ("50 USD").
 */
static int code_in_list(const struct norm_ctx *c, size_t i)
{
	size_t n, on;
	int money = 0;
	const char *p = norm_core(c, i, &n), *o;

	if (!three_caps(c, i) || !norm_unit_spoken(p, n, &money) || !money ||
	    (i > 0 && norm_has_digit(c->line + c->t[i - 1].s, c->t[i - 1].n)))
		return 0;
	if (i + 1 < c->nt && norm_has_trail(c, i) && c->line[c->t[i].e] == ',' &&
	    three_caps(c, i + 1)) {
		o = norm_core(c, i + 1, &on);
		if (!norm_dict_find(o, on))
			return 1;
	}
	if (i > 0 && norm_has_trail(c, i - 1) && c->line[c->t[i - 1].e] == ',' &&
	    three_caps(c, i - 1)) {
		o = norm_core(c, i - 1, &on);
		if (!norm_dict_find(o, on))
			return 1;
	}
	return 0;
}

/* "VP Bank", "MB Bank": capitals before "Bank" are a bank's name,
 * spelled, not the dictionary's "văn phòng". */
static int bank_brand(const struct norm_ctx *c, size_t i)
{
	const struct norm_tok *t = &c->t[i];

	/* Cheap tests first: every token comes here. */
	return i + 1 < c->nt && c->t[i + 1].e - c->t[i + 1].b == 4 &&
	       !memcmp(c->line + c->t[i + 1].b, "Bank", 4) &&
	       c->t[i + 1].b == c->t[i + 1].s && t->e - t->b >= 2 &&
	       t->e - t->b <= 4 && !norm_has_trail(c, i) &&
	       norm_ascii_caps(c->line + t->b, t->e - t->b);
}

/* "nạp VNĐ lên sàn": Vietnam's currency named alone, with no amount
 * before it, is "Việt Nam đồng" (after an amount, "đồng"). */
static int dong_alone(const struct norm_ctx *c, size_t i)
{
	static const char *const codes[] = { "VND", "VNĐ", "vnd", "vnđ", NULL };
	size_t n, k;
	const char *p = norm_core(c, i, &n);

	if (!norm_word_in(p, n, codes))
		return 0;
	for (k = 1; k <= 3 && k <= i; k++)
		if (norm_has_digit(c->line + c->t[i - k].s, c->t[i - k].n))
			return 0;
	return 1;
}

/* "đổi ra USD", "quy đổi VNĐ sang USD", "euro/USD": the dollar named
 * alone, with no amount before it, is its code spelled, as docs/judging.md
 * says of a currency named alone; "đồng USD" is the dictionary's. */
static int usd_alone(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	if (n != 3 || memcmp(p, "USD", 3) || i == 0)
		return 0;
	if (!norm_has_digit(c->line + c->t[i - 1].s, c->t[i - 1].n) &&
	    !norm_prev_in(c, i, norm_list_number_scale_words) &&
	    !norm_prev_in(c, i, norm_list_normalize_amount_before) &&
	    !norm_prev_is(c, i, "với"))
		return 1;
	if (i < 2 || norm_has_trail(c, i - 2))
		return 0;
	/* "tỷ giá USD"; "của VND với USD": a rate against the dong. */
	if (norm_prev_is(c, i, "giá"))
		return norm_lc_is(c, i - 2, "tỷ") || norm_lc_is(c, i - 2, "tỉ");
	if (norm_prev_is(c, i, "với") || norm_prev_is(c, i, "và")) {
		size_t vn;
		const char *v = norm_core(c, i - 2, &vn);

		return vn == 3 && !memcmp(v, "VND", 3);
	}
	return 0;
}

/* "công nghệ Al", "trí tuệ nhân tạo (Al)": AI typed with a small l, in
 * a word about technology; "xã Al Bá", a name, goes on capitalised. */
static int ai_typed_al(const struct norm_ctx *c, size_t i)
{
	size_t n;
	const char *p = norm_core(c, i, &n);

	if (n != 2 || p[1] != 'l' || i == 0 || norm_has_trail(c, i - 1))
		return 0;
	/* "trí tuệ nhân tạo (Al)": the bracket opening before it is no
	 * pause. */
	return norm_lc_in(c, i - 1, norm_list_normalize_ai_before) &&
	       !(i + 1 < c->nt && !norm_has_trail(c, i) &&
		 norm_capitalised(c, i + 1));
}

/*
 * "PCCC-CNCH", "Sở GD-ĐT": two abbreviations joined by a dash are the
 * dictionary's pair joined by "&" ("PCCC&CNCH", "GD&ĐT"), which names
 * one office; or the dictionary's one abbreviation, the dash inside it
 * ("GT-VT").  Returns 1 when it read the token.
 */
static size_t dash_as_and(struct norm_ctx *c, size_t i)
{
	size_t n, k, m;
	const char *p = norm_core(c, i, &n);
	const char *const *kind;
	const struct norm_entry *e;
	char pair[32];

	if (n >= sizeof(pair) || !memchr(p, '-', n) || memchr(p, '&', n) ||
	    p[0] == '-' || p[n - 1] == '-')
		return 0;
	for (k = 0; k < n; k++)
		pair[k] = p[k] == '-' ? '&' : p[k];
	if ((e = norm_dict_find(pair, n)) && e->sensitive) {
		OUT(e->spoken);
		return 1;
	}
	/* "Sở GT-VT": the dash inside one abbreviation ("GTVT"); not a
	 * document's code ("TT-BYT", "NĐ-CP"). */
	for (k = 0; k < n && p[k] != '-'; k++)
		;
	for (kind = norm_list_words_doc_kinds; *kind; kind++)
		if (norm_eq_fold(p, k, *kind, strlen(*kind)))
			return 0;
	for (k = m = 0; k < n; k++)
		if (p[k] != '-')
			pair[m++] = p[k];
	if (!(e = norm_dict_find(pair, m)) || !e->sensitive || e->place)
		return 0;
	OUT(e->spoken);
	return 1;
}

/*
 * "TT- Huế", "TT - Huế": an entry written with a dash ("TT-Huế"), typed
 * with a space after the dash or around it, is that entry.  Returns the
 * tokens it read.
 */
static size_t dash_spaced_entry(struct norm_ctx *c, size_t i)
{
	size_t n, m, j, end = c->t[i].s + c->t[i].n;
	const char *p = norm_core(c, i, &n), *q;
	const struct norm_entry *e;
	char key[48];

	if (c->t[i].e + 1 == end && c->line[c->t[i].e] == '-')
		j = i + 1;
	else if (c->t[i].e == end && i + 2 < c->nt && c->t[i + 1].n == 1 &&
		 c->line[c->t[i + 1].s] == '-')
		j = i + 2;
	else
		return 0;
	if (j >= c->nt || c->t[j].b != c->t[j].s)
		return 0;
	q = norm_core(c, j, &m);
	if (n + m + 1 >= sizeof(key))
		return 0;
	memcpy(key, p, n);
	key[n] = '-';
	memcpy(key + n + 1, q, m);
	if (!(e = norm_dict_find(key, n + m + 1)) || !e->sensitive)
		return 0;
	OUT(e->spoken);
	return j - i + 1;
}

/* The name of token k if it is one capital letter (a name's initial,
 * "H", "Đ"), else NULL.  Not the other Vietnamese capitals: "Ô." is
 * "ông". */
static const char *lone_capital(const struct norm_ctx *c, size_t k)
{
	size_t n, pos = 0;
	const char *p = norm_core(c, k, &n);
	uint32_t cp;

	if (!n || n > 2 || norm_utf8_next(p, n, &pos, &cp) || pos != n ||
	    !norm_is_upper_cp(cp) || (cp >= 0x80 && cp != 0x110))
		return NULL;
	return norm_letter_name(cp);
}

/* Token k is an initial with its dot and nothing else after it. */
static int dotted_initial(const struct norm_ctx *c, size_t k)
{
	const struct norm_tok *t = &c->t[k];

	return lone_capital(c, k) && t->e + 1 == t->s + t->n && c->line[t->e] == '.';
}

/*
 * "H. V. N", "bắt H. V. Nam": two or more initials of a person's name,
 * each but the last with its dot, are letters: not "huyện" before a name,
 * nor the Roman five.  The dots are no pause.
 */
static size_t rule_initials(struct norm_ctx *c, size_t i)
{
	const char *name = lone_capital(c, i);

	if (!name || c->t[i].b != c->t[i].s)
		return 0;
	if (!((dotted_initial(c, i) && i + 1 < c->nt && lone_capital(c, i + 1)) ||
	      (i > 0 && dotted_initial(c, i - 1) && lone_capital(c, i - 1))))
		return 0;
	OUT(name);
	c->ate_dot = dotted_initial(c, i);
	return 1;
}

/* Does an entry of the built-in dictionary start at token i? */
static int builtin_knows(const struct norm_ctx *c, size_t i)
{
	size_t k, bucket;
	int d;

	bucket = norm_word_bucket(c->line + c->t[i].b, c->t[i].e - c->t[i].b);
	for (k = c->dict_at[bucket]; k < c->dict_at[bucket + 1]; k++)
		if (entry_match(c, i, c->dict[k], &d))
			return 1;
	return 0;
}

/*
 * "ứng dụng My Viettel", "app My VNPT": "My" before a brand is the
 * English word, "mai"; not a name ("Trà My Linh", "bé My Hà"): the word
 * before is not capitalised, the brand is ASCII with a second capital
 * or a dictionary word.
 */
static int my_brand(const struct norm_ctx *c, size_t i)
{
	size_t k, n, caps = 0;
	const char *w;

	if (c->t[i].e - c->t[i].b != 2 ||
	    memcmp(c->line + c->t[i].b, "My", 2) ||
	    i + 1 >= c->nt || norm_has_trail(c, i) ||
	    (i > 0 && !norm_has_trail(c, i - 1) &&
	     norm_capitalised(c, i - 1)) ||
	    c->t[i + 1].b != c->t[i + 1].s || !norm_capitalised(c, i + 1))
		return 0;
	w = norm_core(c, i + 1, &n);
	for (k = 0; k < n; k++) {
		if ((unsigned char)w[k] >= 0x80)
			return 0;
		caps += w[k] >= 'A' && w[k] <= 'Z';
	}
	return caps >= 2 || builtin_knows(c, i + 1);
}

/* "xe tải BS: 47C-033.60": "BS" before a plate ("47C-", "51LD.",
 * "73D1 - 7158") is "biển số", not "bác sĩ" (docs/judging.md). */
static int plate_abbrev(const struct norm_ctx *c, size_t i)
{
	size_t n, k = 2;
	const char *p = norm_core(c, i, &n);

	if (n != 2 || memcmp(p, "BS", 2) || i + 1 >= c->nt)
		return 0;
	p = norm_core(c, i + 1, &n);
	/* "BS 72B - 026.07": a series of one letter is a plate too. */
	if (n < 3 || !norm_is_digit(p[0]) || !norm_is_digit(p[1]))
		return 0;
	while (k < n && k < 4 && p[k] >= 'A' && p[k] <= 'Z')
		k++;
	if (k == 2)
		return 0;
	if (k < n && norm_is_digit(p[k]))
		k++;
	if (k == n && c->t[i + 1].e == c->t[i + 1].s + c->t[i + 1].n &&
	    i + 3 < c->nt && c->t[i + 2].n == 1 &&
	    c->line[c->t[i + 2].s] == '-')
		/* spaced: "BS 73D1 - 7158" */
		return norm_is_digit(c->line[c->t[i + 3].s]);
	/* "BS 72B 026.07": the number without its dash. */
	if (k == n && i + 2 < c->nt && c->t[i + 2].n >= 4 &&
	    norm_is_digit(c->line[c->t[i + 2].s]))
		return 1;
	return n >= 6 && k < n && (p[k] == '-' || p[k] == '.');
}

/* "quy hoạch chi tiết TL 1/500": "TL" before a map's scale, one over
 * hundreds, is "tỷ lệ" (docs/judging.md, b46). */
static int scale_abbrev(const struct norm_ctx *c, size_t i)
{
	size_t n, k;
	const char *p = norm_core(c, i, &n);

	if (n != 2 || memcmp(p, "TL", 2) || norm_has_trail(c, i) ||
	    i + 1 >= c->nt)
		return 0;
	p = norm_core(c, i + 1, &n);
	if (n < 5 || p[0] != '1' || (p[1] != '/' && p[1] != ':'))
		return 0;
	for (k = 2; k < n && (norm_is_digit(p[k]) || p[k] == '.'); k++)
		;
	return k == n && n - 2 >= 3 && p[2] != '0' && p[n - 1] == '0' &&
	       p[n - 2] == '0';
}

/* "(SN: 1987, TT: xóm 1, ...)": after a birth year, "TT:" heads the
 * permanent address, "thường trú", not a town ("thị trấn"). */
static int resident_abbrev(const struct norm_ctx *c, size_t i)
{
	size_t n, k;
	const char *p = norm_core(c, i, &n);

	if (n != 2 || memcmp(p, "TT", 2) ||
	    c->t[i].e >= c->t[i].s + c->t[i].n || c->line[c->t[i].e] != ':')
		return 0;
	for (k = 1; k <= 4 && k <= i; k++) {
		p = norm_core(c, i - k, &n);
		if (n == 2 && (!memcmp(p, "SN", 2) || !memcmp(p, "Sn", 2)))
			return 1;
	}
	return 0;
}

static size_t rule_builtin(struct norm_ctx *c, size_t i)
{
	const struct norm_entry *hit = NULL;
	size_t used, best = 0, k, bucket;
	int dot = 0, d;

	if (c->t[i].b == c->t[i].e)
		return 0;
	if (c->line[c->t[i].b] == 'M' && my_brand(c, i)) {
		OUT("mai");
		return 1;
	}
	if (press_tag(c, i) || byline_tag(c, i) || code_in_list(c, i) ||
	    bank_brand(c, i)) {
		norm_spell_code(c->out, c->line + c->t[i].b, c->t[i].n, c->southern);
		return 1;
	}
	if (dong_alone(c, i)) {
		OUT("Việt Nam đồng");
		return 1;
	}
	/* "so với USD" is "đô la Mỹ" (b30), but "của VND với USD". */
	if (usd_alone(c, i)) {
		OUT("u ét đê");
		return 1;
	}
	if (c->line[c->t[i].b] == 'A' && ai_typed_al(c, i)) {
		OUT("ây ai");
		return 1;
	}
	if (c->line[c->t[i].b] == 'B' && plate_abbrev(c, i)) {
		OUT("biển số");
		return 1;
	}
	if (c->line[c->t[i].b] == 'T' && scale_abbrev(c, i)) {
		OUT("tỷ lệ");
		return 1;
	}
	if (c->line[c->t[i].b] == 'T' && resident_abbrev(c, i)) {
		OUT("thường trú");
		return 1;
	}
	bucket = norm_word_bucket(c->line + c->t[i].b, c->t[i].e - c->t[i].b);
	for (k = c->dict_at[bucket]; k < c->dict_at[bucket + 1]; k++) {
		used = entry_match(c, i, c->dict[k], &d);
		if (used && (used > best || (used == best && d >= dot))) {
			best = used;
			hit = c->dict[k];
			dot = d;
		}
	}
	if ((used = dash_spaced_entry(c, i)))
		return used;
	if (hit && !(best == 1 && norm_given_name(c, i)))
		return say_entry(c, hit, dot, best);
	return dash_as_and(c, i) ? 1 : place_stuck(c, i);
}

/* ------------------------------------------------------------------ */

static void say_lead(struct norm_ctx *c, size_t i)
{
	size_t k;

	/* One opening bracket is enough for eSpeak's phrasing. */
	if (c->t[i].b == c->t[i].e)
		return;
	for (k = c->t[i].s; k < c->t[i].b; k++)
		if (c->line[k] == '(' || c->line[k] == '[') {
			norm_buf_word(c->out, c->line[k] == '(' ? "(" : "[");
			return;
		}
}

static void say_trail(struct norm_ctx *c, size_t i)
{
	size_t k = c->t[i].e, end = c->t[i].s + c->t[i].n;

	if (c->ate_dot && k < end && c->line[k] == '.') {
		k++;
		/* Keep the full stop of a sentence that ends with "v.v.". */
		if (i + 1 == c->nt && k == end)
			norm_buf_addc(c->out, '.');
	}
	for (; k < end; k++) {
		char ch = c->line[k];

		if (ch == ':')
			ch = ',';
		if (ch == '*' || ch == '`')
			continue;
		/* No pause before the first word of the output. */
		if (!c->out->len || c->out->p[c->out->len - 1] == '\n')
			continue;
		norm_buf_addc(c->out, ch);
	}
}

/*
 * The rules, most specific first: the first that reads the token wins,
 * the last always does (docs/normalisation.md follows this table).
 */
static norm_rule_fn *const rules[] = {
	rule_lexicons,          /* the caller's lexicons, below */
	rule_initials,          /* below */
	norm_rule_keypad,       /* rules/phone.c */
	norm_rule_weekday,      /* rules/named.c */
	norm_rule_numbered,     /* rules/named.c */
	norm_rule_flat,         /* rules/named.c */
	norm_rule_sea,          /* rules/named.c */
	norm_rule_heading,      /* rules/words.c */
	norm_rule_toneless,     /* rules/words.c */
	norm_rule_storm,        /* rules/named.c */
	rule_builtin,           /* the built-in dictionary, below */
	norm_rule_address,      /* rules/words.c */
	norm_rule_phone,        /* rules/phone.c */
	norm_rule_plate,        /* rules/plate.c */
	norm_rule_number,       /* rules/number.c */
	norm_rule_roman,        /* rules/words.c */
	norm_rule_letter,       /* rules/words.c */
	norm_rule_word,         /* rules/words.c */
};

static void normalize_line(struct norm_ctx *c)
{
	size_t i = 0, r;

	/* A list bullet written as "-", "+" or "*". */
	if (c->nt > 1 && c->t[0].n == 1 && norm_in_set("-+*", c->line[c->t[0].s]))
		i = 1;
	while (i < c->nt) {
		size_t used, from;

		c->ate_dot = 0;
		say_lead(c, i);
		if (c->t[i].b == c->t[i].e) {
			/* Punctuation on its own: a pause, attached to the last word. */
			size_t k;

			for (k = c->t[i].s; k < c->t[i].s + c->t[i].n; k++) {
				char ch = c->line[k];

				if (ch == ':' || ch == ';')
					ch = ',';
				if (c->out->len && c->out->p[c->out->len - 1] != '\n' &&
				    norm_in_set(",.!?)]", ch))
					norm_buf_addc(c->out, ch);
			}
			i++;
			continue;
		}
		/* The first rule that reads the token wins; the last always does. */
		used = 0;
		from = c->out->len;
		for (r = 0; !used; r++)
			used = rules[r](c, i);
		if (c->foreign)
			norm_doubt_check(c, i, used, from);
		say_trail(c, i + used - 1);
		i += used;
	}
}

/* Reports what was found at byte bad of text, by line and column. */
static loa_status bad_input(const char *text, size_t bad, const char *what,
			    struct loa_error *err)
{
	size_t line = 1, col = 1, k;

	for (k = 0; k < bad; k++) {
		if (text[k] == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)text[k] & 0xC0) != 0x80) {
			col++;
		}
	}
	return loa_error_set(err, LOA_EINPUT, "%s at line %zu, column %zu (byte %zu)",
			     what, line, col, bad + 1);
}

/* The start of the next line of the caller's text, for the sink. */
static void sink_next_line(struct norm_phone_sink *s, const char *text,
			   size_t len)
{
	const char *nl;

	s->line_start = s->line ? s->line_end + 1 : 0;
	if (s->line_start > len)
		s->line_start = len;
	nl = s->line_start < len ?
	     memchr(text + s->line_start, '\n', len - s->line_start) : NULL;
	s->line_end = nl ? (size_t)(nl - text) : len;
	s->line++;
}

/* loa_normalize, and the phone rule's findings into phones when set. */
static loa_status normalize_run(const char *text, size_t len,
				const struct loa_normalize_options *opt,
				struct norm_phone_sink *phones,
				struct norm_foreign_sink *foreign, char **out,
				struct loa_error *err)
{
	struct norm_buf nfc, clean, res;
	struct norm_ctx c;
	loa_status rc = LOA_ENOMEM;
	size_t bad, pos = 0, max;

	*out = NULL;
	if (!text && len)
		return loa_error_set(err, LOA_EINPUT, "no text");
	max = len > (MAX_OUT - 4096) / GROWTH ? MAX_OUT : len * GROWTH + 4096;
	/* NFC can grow a little: "ǖ" + dot below becomes "ụ" and two marks. */
	norm_buf_init(&nfc, 2 * len + 16);
	norm_buf_init(&clean, 3 * len + 16);
	norm_buf_init(&res, max);
	memset(&c, 0, sizeof(c));
	norm_buf_init(&c.low, 3 * len + 16);
	c.opt = opt;
	c.southern = opt ? opt->southern : 0;
	c.out = &res;
	c.dict = norm_dict_index(&c.dict_at);
	c.phones = phones;
	c.foreign = foreign;
	/* A NUL is valid UTF-8 but no text: C strings inside would stop at
	 * it, and it means binary input. */
	if (len && memchr(text, '\0', len)) {
		bad = (size_t)((const char *)memchr(text, '\0', len) - text);
		rc = bad_input(text, bad, "a NUL byte", err);
		goto out;
	}
	if (len && norm_nfc(text, len, &nfc, &bad)) {
		rc = bad_input(text, bad, "invalid UTF-8", err);
		goto out;
	}
	if (nfc.failed)
		goto nomem;
	while (pos <= nfc.len) {
		const char *nl = nfc.len ? memchr(nfc.p + pos, '\n', nfc.len - pos) : NULL;
		size_t end = nl ? (size_t)(nl - nfc.p) : nfc.len;

		norm_buf_reset(&clean);
		if (end > pos) {
			clean_line(nfc.p + pos, end - pos, &clean);
			join_spaced_dates(&clean);
			celsius_letter(&clean);
		}
		if (clean.failed)
			goto nomem;
		if (tokenize(&c, clean.p ? clean.p : "", clean.len))
			goto nomem;
		if (phones)
			sink_next_line(phones, text, len);
		normalize_line(&c);
		norm_buf_rtrim(&res);
		if (nl)
			norm_buf_addc(&res, '\n');
		if (res.failed)
			break;
		pos = end + 1;
		if (!nl)
			break;
	}
	if (res.failed == 2) {
		rc = loa_error_set(err, LOA_ENOMEM,
				   "the spoken form would be longer than %zu bytes",
				   max);
		goto out;
	}
	if (res.failed || (phones && phones->failed) ||
	    (foreign && foreign->failed))
		goto nomem;
	*out = norm_buf_detach(&res);
	if (!*out)
		goto nomem;
	rc = LOA_OK;
	goto out;
nomem:
	rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
out:
	norm_buf_release(&nfc);
	norm_buf_release(&clean);
	norm_buf_release(&res);
	norm_buf_release(&c.low);
	free(c.t);
	return rc;
}

loa_status loa_normalize(const char *text, size_t len,
			 const struct loa_normalize_options *opt, char **out,
			 struct loa_error *err)
{
	return normalize_run(text, len, opt, NULL, NULL, out, err);
}

/* normalize_run for its sinks alone: the spoken form is dropped. */
static loa_status run_for_sinks(const char *text, size_t len,
				const struct loa_normalize_options *opt,
				struct norm_phone_sink *phones,
				struct norm_foreign_sink *foreign,
				struct loa_error *err)
{
	char *spoken = NULL;
	loa_status rc = normalize_run(text, len, opt, phones, foreign, &spoken,
				      err);

	free(spoken);
	return rc;
}

loa_status loa_find_phones(const char *text, size_t len,
			   const struct loa_normalize_options *opt,
			   struct loa_phone **out, size_t *n,
			   struct loa_error *err)
{
	struct norm_phone_sink sink;
	loa_status rc;

	memset(&sink, 0, sizeof(sink));
	sink.text = text;
	rc = run_for_sinks(text, len, opt, &sink, NULL, err);
	if (rc)
		free(sink.hits);
	*out = rc ? NULL : sink.hits;
	*n = rc ? 0 : sink.n;
	return rc;
}

loa_status loa_find_foreign(const char *text, size_t len,
			    const struct loa_normalize_options *opt,
			    struct loa_foreign **out, size_t *n,
			    struct loa_error *err)
{
	struct norm_foreign_sink sink;
	loa_status rc;

	memset(&sink, 0, sizeof(sink));
	rc = run_for_sinks(text, len, opt, NULL, &sink, err);
	if (rc)
		free(sink.hits);
	*out = rc ? NULL : sink.hits;
	*n = rc ? 0 : sink.n;
	return rc;
}
