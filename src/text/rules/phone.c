/*
 * Telephone numbers (phone.h): read digit by digit in the writer's
 * groups, with a comma for each pause.  Mobiles and landlines (a leading
 * 0, 9 to 12 digits, also written as several words), +84 and other
 * country codes, 1900/1800 numbers, 111 to 116 alone, and short codes
 * after "gọi", "tổng đài", "nhắn tin"...
 */
#include "phone.h"

#include <stdint.h>
#include <string.h>

#include "text/norm_case.h"
#include "text/norm_nfc.h"
#include "text/norm_number.h"

#define OUT(s) NORM_OUT(c, (s))


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
		/* "tin" only in "nhắn tin": "Luật An toàn thông tin mạng 2015". */
		if (phone_words[j] && !strcmp(phone_words[j], "tin") &&
		    !(i - k > 0 && norm_lc_is(c, i - k - 1, "nhắn")))
			continue;
		if (phone_words[j]) {
			/* "số" alone is too common ("Quyết định số 12"). */
			if (strcmp(phone_words[j], "số") ||
			    (i - k > 0 &&
			     (norm_lc_is(c, i - k - 1, "gọi") ||
			      norm_lc_is(c, i - k - 1, "qua") ||
			      norm_lc_is(c, i - k - 1, "tới") ||
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
	"tỷ", "nghìn", "tấn", "ha", "con", "cái", "học", "gia", "hội", "đoàn",
	"cán", "em", "bạn", "lượt", "suất", "phần", "bộ", "chiếc", "cuốn",
	"căn", "phòng", "thành", "đại", "khách", "thiết", "sim", "tài",
	"trang", NULL };

/*
 * 111 to 116 are emergency numbers unless they count something: they are
 * read digit by digit at the end of a phrase, before a capital or a
 * bracket, or before a word that goes on the sentence ("113 để báo",
 * "113 hoặc"), and as numbers before a noun ("113 hộ", "115 xe").
 */
static int hotline_here(const struct norm_ctx *c, size_t i)
{
	static const char *const goes_on[] = { "hoặc", "hay", "và", "để",
		"ngay", "khi", "nếu", "của", "tại", "trong", "là", "thì", "mà",
		"cho", "báo", "gọi", "được", "sẽ", "miễn", "nhé", "với", "lúc",
		"từ", "trực", "hỗ", "tới", "đến", "rồi", "sau", "trước", "luôn",
		"cũng", "đều", "khẩn", "bất", "hoạt", "phục", "tiếp", "miễn",
		"-", "–", "(", "hoặc/và", NULL };
	size_t pos = 0, n;
	const char *next;
	uint32_t cp;

	static const char *const dial[] = { "gọi", "số", "hotline", "nóng",
		"đài", "về", NULL };

	if (norm_prev_in(c, i, dial))
		return 1;
	if (norm_next_in(c, i, unit_after))
		return 0;
	if (i + 1 >= c->nt || norm_has_trail(c, i) || norm_next_in(c, i, goes_on))
		return 1;
	if (c->t[i + 1].b != c->t[i + 1].s)
		return 1;
	next = norm_core(c, i + 1, &n);
	if (norm_utf8_next(next, n, &pos, &cp))
		return 1;
	return norm_is_upper_cp(cp) || !norm_is_letter_cp(cp);
}

/*
 * A local number of 7 or 8 digits, written "3.842.113" or "3842113":
 * appends its groups (4 + 3 or 4 + 4 digits when written in one run).
 */
static int local_groups(const char *q, size_t k, const char **grp, size_t *glen,
			size_t *ng, size_t *total)
{
	size_t at = 0, digits = 0, n0 = *ng, r;

	for (r = 0; r < k; r++)
		digits += norm_is_digit(q[r]);
	if (digits < 7 || digits > 8 || *ng + 3 > 8)
		return 0;
	if (digits == k) {
		grp[*ng] = q;
		glen[(*ng)++] = 4;
		grp[*ng] = q + 4;
		glen[(*ng)++] = k - 4;
		*total += k;
		return 1;
	}
	while (at < k) {
		r = norm_digit_run(q + at, k - at);
		if (!r || r > 4 || *ng == 8 || (at + r < k && (q[at + r] != '.' ||
							     at + r + 1 == k))) {
			*ng = n0;
			return 0;
		}
		grp[*ng] = q + at;
		glen[(*ng)++] = r;
		at += r + 1;
	}
	*total += digits;
	return 1;
}

/* An account, card or ID number is named within the five words before. */
static int id_context(const struct norm_ctx *c, size_t i)
{
	static const char *const id_words[] = { "khoản", "stk", "tk", "thẻ",
		"cccd", "cmnd", "cmt", "thuế", "mst", "seri", "sê-ri", "hiệu",
		"danh", "bhxh", "bhyt", "hợp", "khẩu", "pin", "dãy", NULL };
	size_t k, j;

	for (k = 1; k <= 5 && k <= i; k++)
		for (j = 0; id_words[j]; j++)
			if (norm_lc_is(c, i - k, id_words[j]))
				return 1;
	return 0;
}

/* Groups of digits separated by '.', '-' or ' ' (several tokens). */
size_t norm_rule_phone(struct norm_ctx *c, size_t i)
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
	if (!n || !norm_is_digit(p[0]))
		return 0;
	for (k = 0; k < n;) {
		size_t r = norm_digit_run(p + k, n - k);

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

		/* "(0225) 3.842.113", "(0225) 3842113": a local number after
		 * its area code, in dotted groups or in one run. */
		if (j == i && ng == 1 && grp[0][0] == '0' && glen[0] >= 3 &&
		    glen[0] <= 4 && c->t[j + 1].b == c->t[j + 1].s &&
		    local_groups(q, k, grp, glen, &ng, &total)) {
			j++;
			break;
		}
		/* "1900 545413": a service number may have one long group. */
		int service = j == i && glen[0] == 4 && grp[0][0] == '1';

		if (!norm_all_digits(q, k) || k < 2 || k > (service ? 6 : 4) ||
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
	/* Card and account numbers: "9704 1234 5678 9012". */
	if (!plus && glen[0] == 4 && grp[0][0] != '0' &&
	    !norm_prev_is(c, i, "năm")) {
		size_t g = ng;

		while (!norm_has_trail(c, j) && j + 1 < c->nt && g < 8) {
			const char *q = norm_core(c, j + 1, &k);

			if (k != 4 || !norm_all_digits(q, k) ||
			    c->t[j + 1].b != c->t[j + 1].s)
				break;
			grp[g] = q;
			glen[g++] = 4;
			j++;
		}
		/* A shorter last group: "1903 5678 9012 34". */
		if (g >= 3 && !norm_has_trail(c, j) && j + 1 < c->nt && g < 8) {
			const char *q = norm_core(c, j + 1, &k);

			if (k >= 1 && k < 4 && norm_all_digits(q, k) &&
			    c->t[j + 1].b == c->t[j + 1].s) {
				grp[g] = q;
				glen[g++] = k;
				j++;
			}
		}
		for (k = 0; k < g && (glen[k] == 4 || (k + 1 == g && k >= 3)); k++)
			;
		if (k == g && g >= 3) {
			ng = g;
			used = j - i + 1;
			goto say;
		}
		j = i + used - 1;
	}
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
	/* Account, card, ID and tax numbers written in one run:
	 * "STK 1234567890", "CCCD số 031095001234". */
	if (total >= 6 && total <= 19 && !norm_next_in(c, i, unit_after) &&
	    id_context(c, i)) {
		if (total <= 11) {
			say_phone_group(c, grp[0], total, 1);
		} else {
			for (k = 0; k < total; k += 4) {
				if (k)
					norm_buf_addc(c->out, ',');
				norm_digits(c->out, grp[0] + k, total - k < 4 ? total - k : 4);
			}
		}
		return used;
	}
	if (glen[0] == 3 && grp[0][0] == '1' && grp[0][1] == '1' &&
	    grp[0][2] >= '1' && grp[0][2] <= '6' && hotline_here(c, i))
		goto say;
	/* "thang máy năm 2026": a year, not a short code. */
	if (glen[0] >= 3 && glen[0] <= 6 && phone_context(c, i) &&
	    !norm_next_in(c, i, unit_after) &&
	    !(glen[0] == 4 && (!memcmp(grp[0], "19", 2) || !memcmp(grp[0], "20", 2)) &&
	      norm_prev_is(c, i, "năm")))
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
/* Keypad codes: "*101#", "**21*0912345678#", "phím #". */

size_t norm_rule_keypad(struct norm_ctx *c, size_t i)
{
	static const char *const keys[] = { "phím", "bấm", "nhấn", NULL };
	const struct norm_tok *t = &c->t[i];
	size_t k = t->s, marks = 0, digits = 0, end = t->e;

	/* The core drops a '*' at either end as emphasis: look at the chunk
	 * ("**21*"). */
	while (k < t->e && strchr("([{", c->line[k]))
		k++;
	while (end < t->s + t->n && c->line[end] == '*')
		end++;
	for (size_t j = k; j < end; j++) {
		char ch = c->line[j];

		if (ch == '*' || ch == '#')
			marks++;
		else if (norm_is_digit(ch))
			digits++;
		else
			return 0;
	}
	if (!marks || (!digits && !(end - k == 1 && norm_prev_in(c, i, keys))))
		return 0;
	for (; k < end; k++) {
		char ch = c->line[k];

		if (ch == '*')
			OUT("sao");
		else if (ch == '#')
			OUT("thăng");
		else
			norm_digits(c->out, &c->line[k], 1);
	}
	return 1;
}
