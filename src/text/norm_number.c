/* Vietnamese number words (see norm_number.h). */
#include "norm_number.h"

#include <string.h>

static const char *const digit_words[10] = {
	"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
};

const char *norm_digit_word(int d)
{
	return d >= 0 && d <= 9 ? digit_words[d] : "";
}

/*
 * One group of three digits.  full: a higher group was read before, so
 * an empty hundreds place is spoken ("không trăm") and an empty tens
 * place before a unit is "linh" (rules 2 to 6).
 */
static void group(struct norm_buf *b, int h, int t, int u, int full,
		  int southern)
{
	if (h || full) {
		norm_buf_word(b, digit_words[h]);
		norm_buf_word(b, "trăm");
	}
	if (t == 0) {
		if (!u)
			return;
		if (h || full)
			norm_buf_word(b, southern ? "lẻ" : "linh");
		norm_buf_word(b, digit_words[u]);
		return;
	}
	if (t == 1) {
		norm_buf_word(b, "mười");
		if (u == 5)
			norm_buf_word(b, "lăm");
		else if (u)
			norm_buf_word(b, digit_words[u]);
		return;
	}
	norm_buf_word(b, digit_words[t]);
	norm_buf_word(b, "mươi");
	if (u == 1)
		norm_buf_word(b, "mốt");
	else if (u == 4)
		norm_buf_word(b, "tư");
	else if (u == 5)
		norm_buf_word(b, "lăm");
	else if (u)
		norm_buf_word(b, digit_words[u]);
}

void norm_digits(struct norm_buf *b, const char *digits, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (digits[i] >= '0' && digits[i] <= '9')
			norm_buf_word(b, digit_words[digits[i] - '0']);
}

void norm_cardinal(struct norm_buf *b, const char *digits, size_t n,
		   int southern)
{
	static const char *const scale[3] = { "", "nghìn", "triệu" };
	size_t i, n_groups, g;
	int started = 0;

	while (n > 1 && digits[0] == '0') {
		digits++;
		n--;
	}
	if (!n)
		return;
	if (n > NORM_MAX_CARDINAL_DIGITS) {
		norm_digits(b, digits, n);
		return;
	}
	if (n == 1 && digits[0] == '0') {
		norm_buf_word(b, "không");
		return;
	}
	/* Groups of three from the left; group g counts from the right. */
	n_groups = (n + 2) / 3;
	i = 0;
	for (g = n_groups; g-- > 0;) {
		int d[3] = { 0, 0, 0 }, k;
		size_t width = n - i - 3 * g;

		for (k = 3 - (int)width; k < 3; k++)
			d[k] = digits[i++] - '0';
		if (d[0] || d[1] || d[2]) {
			group(b, d[0], d[1], d[2], started, southern);
			started = 1;
			if (g % 3)
				norm_buf_word(b, scale[g % 3]);
		}
		/* Every third group closes a "tỷ" block, if anything was read
		 * in that block. */
		if (g && g % 3 == 0) {
			size_t start = i >= 9 ? i - 9 : 0, j;
			int any = 0;

			for (j = start; j < i; j++)
				if (digits[j] != '0')
					any = 1;
			if (any) {
				size_t t;

				for (t = 0; t < g / 3; t++)
					norm_buf_word(b, "tỷ");
			}
		}
	}
}

void norm_cardinal_u(struct norm_buf *b, unsigned long long v, int southern)
{
	char t[24];
	size_t n = sizeof(t);

	do {
		t[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	norm_cardinal(b, t + n, sizeof(t) - n, southern);
}

void norm_ordinal(struct norm_buf *b, const char *digits, size_t n,
		  int southern)
{
	while (n > 1 && digits[0] == '0') {
		digits++;
		n--;
	}
	if (n == 1 && digits[0] == '1')
		norm_buf_word(b, "nhất");
	else if (n == 1 && digits[0] == '4')
		norm_buf_word(b, "tư");
	else
		norm_cardinal(b, digits, n, southern);
}

void norm_fraction_digits(struct norm_buf *b, const char *digits, size_t n,
			  int southern)
{
	while (n > 1 && digits[0] == '0') {
		norm_buf_word(b, "không");
		digits++;
		n--;
	}
	if (n <= 2)
		norm_cardinal(b, digits, n, southern);
	else
		norm_digits(b, digits, n);
}

static size_t run(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

/* Groups of exactly three digits after sep, starting at s[i]. */
static size_t sep_groups(const char *s, size_t n, size_t i, char sep,
			 size_t *count)
{
	size_t k = i;

	*count = 0;
	while (k + 3 < n + 0 && s[k] == sep && run(s + k + 1, n - k - 1) == 3) {
		k += 4;
		(*count)++;
	}
	if (k + 3 == n && s[k] == sep && run(s + k + 1, 3) == 3) {
		k += 4;
		(*count)++;
	}
	return k;
}

size_t norm_scan_number(const char *s, size_t n, int allow_neg,
			struct norm_num *num)
{
	size_t i = 0, d, end, count;

	memset(num, 0, sizeof(*num));
	if (allow_neg && n > 1 && s[0] == '-') {
		num->neg = 1;
		i = 1;
	}
	d = run(s + i, n - i);
	if (!d)
		return 0;
	num->ip = s + i;
	num->nip = d;
	i += d;
	/* "1.500.000" (or "7,888,000,000": two or more comma groups). */
	if (d <= 3 && s[i - d] != '0') {
		end = sep_groups(s, n, i, '.', &count);
		if (count < 1 || (end < n && s[end] >= '0' && s[end] <= '9'))
			count = 0;
		if (!count) {
			end = sep_groups(s, n, i, ',', &count);
			if (count < 2)
				count = 0;
		}
		if (count && d + 3 * count < sizeof(num->buf)) {
			size_t k, o = 0;

			for (k = num->ip - s; k < end; k++)
				if (s[k] != '.' && s[k] != ',')
					num->buf[o++] = s[k];
			num->ip = num->buf;
			num->nip = o;
			num->grouped = 1;
			i = end;
		}
	}
	/* Decimal comma: "2,5", "0,75". */
	if (i + 1 < n && s[i] == ',' && (d = run(s + i + 1, n - i - 1)) > 0) {
		num->has_frac = 1;
		num->fp = s + i + 1;
		num->nfp = d;
		i += 1 + d;
	}
	return i;
}

void norm_number_words(struct norm_buf *b, const struct norm_num *num,
		       int southern)
{
	if (num->neg)
		norm_buf_word(b, "âm");
	norm_cardinal(b, num->ip, num->nip, southern);
	if (num->has_frac) {
		norm_buf_word(b, "phẩy");
		/* "296,653 gram": three decimals of a measure are a number,
		 * "sáu trăm năm mươi ba", and four ("80,8934 gam"); alone
		 * they stay digits. */
		if (num->frac_whole && (num->nfp == 3 || num->nfp == 4) &&
		    num->fp[0] != '0')
			norm_cardinal(b, num->fp, num->nfp, southern);
		else
			norm_fraction_digits(b, num->fp, num->nfp, southern);
	}
}

int norm_digits_value(const char *d, size_t n, unsigned long long *v)
{
	size_t i;

	if (!n || n > 18)
		return -1;
	*v = 0;
	for (i = 0; i < n; i++) {
		if (d[i] < '0' || d[i] > '9')
			return -1;
		*v = *v * 10 + (unsigned long long)(d[i] - '0');
	}
	return 0;
}

int norm_is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

size_t norm_digit_run(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && norm_is_digit(p[i]))
		i++;
	return i;
}

int norm_all_digits(const char *p, size_t n)
{
	return n && norm_digit_run(p, n) == n;
}

unsigned long norm_small_value(const char *p, size_t n)
{
	unsigned long long v;

	if (norm_digits_value(p, n, &v) || v > 1000000000UL)
		return 1000000000UL;
	return (unsigned long)v;
}

int norm_has_digit(const char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (p[k] >= '0' && p[k] <= '9')
			return 1;
	return 0;
}

void norm_code_digits(struct norm_buf *b, const char *d, size_t n, int southern)
{
	if ((n > 1 && d[0] == '0') || n > 4)
		norm_digits(b, d, n);
	else
		norm_cardinal(b, d, n, southern);
}
