/*
 * Say helpers shared by the normaliser's rules (norm_say.h): numbers used
 * as names, months, units and currencies, and the readers of whatever a
 * rule leaves over: a word-like part and any text that still holds
 * digits.
 */
#include "norm_say.h"

#include <stdint.h>
#include <string.h>

#include "norm_case.h"
#include "norm_dict.h"
#include "norm_lists.h"
#include "norm_nfc.h"
#include "norm_number.h"
#include "norm_spell.h"
#include "translit.h"

#define OUT(s) NORM_OUT(c, (s))

void norm_say_id(struct norm_ctx *c, const char *p, size_t n)
{
	if (n > 1 && p[0] == '0')
		norm_digits(c->out, p, n);
	else
		norm_cardinal(c->out, p, n, c->southern);
}

void norm_say_month(struct norm_ctx *c, unsigned long m)
{
	if (m == 4)
		OUT("tư");
	else
		norm_cardinal_u(c->out, m, c->southern);
}

/* ------------------------------------------------------------------ */
/* Units and currencies. */

/* data/units.tsv; its kind column in the order of enum norm_unit_kind. */
static const struct norm_unit units[] = {
#define DATA_ROW(unit, spoken, kind) { unit, spoken, kind },
#include "units.tsv.h"
#undef DATA_ROW
};

/* The length of each unit, for the look-up (the number rule asks for
 * every word after a number). */
static const unsigned char unit_len[] = {
#define DATA_ROW(unit, spoken, kind) sizeof(unit) - 1,
#include "units.tsv.h"
#undef DATA_ROW
};

static const struct norm_unit *find_exact(const char *p, size_t n)
{
	size_t lo = 0, hi = sizeof(units) / sizeof(units[0]), mid, m;
	int d;

	if (!n || n > 255)
		return NULL;
	/* tools/gen-data.c keeps the units in strcmp order: halve. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = unit_len[mid];
		d = memcmp(units[mid].sym, p, m < n ? m : n);
		if (!d)
			d = (m > n) - (m < n);
		if (!d)
			return &units[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* "1,5KG", "500 ML", "120 M2", "5 Ha", "mg/L": a measure typed in
 * capitals is the measure; case counts only where both spellings are
 * units ("MB", "mb"), so the exact spelling is looked up first, and a
 * single capital ("5G", "6S", "2A") stays a letter. */
const struct norm_unit *norm_find_unit(const char *p, size_t n)
{
	const struct norm_unit *u = find_exact(p, n);
	char low[8];
	size_t k;
	int caps = 0;

	if (u || n < 2 || n > sizeof(low))
		return u;
	for (k = 0; k < n; k++) {
		unsigned char ch = (unsigned char)p[k];

		if (ch >= 'A' && ch <= 'Z')
			caps = 1;
		else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9'))
			return NULL;
		low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
	}
	if (!caps || !(u = find_exact(low, n)) || u->kind != NORM_U_MEASURE)
		return NULL;
	return u;
}

const char *norm_unit_spoken(const char *p, size_t n, int *money)
{
	const struct norm_unit *u = norm_find_unit(p, n);

	if (!u || (u->kind != NORM_U_MEASURE && u->kind != NORM_U_MONEY))
		return NULL;
	*money = u->kind == NORM_U_MONEY;
	return u->spoken;
}

int norm_weekday_code(const char *p, size_t n)
{
	if (n == 2 && p[0] == 'T' && p[1] >= '2' && p[1] <= '7')
		return p[1] - '0';
	if (n == 2 && p[0] == 'C' && p[1] == 'N')
		return 8;
	return 0;
}

/* ------------------------------------------------------------------ */
/* What the rules leave over. */

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
	case 0x2116: return "số";
	case 0x00A7: return "mục";
	case 0x2030: return "phần nghìn";
	}
	return NULL;
}

/* "14.916 Vĩ Bắc", "108.251 độ kinh Đông": a latitude or a longitude
 * with a decimal point, not thousands; its three decimals are a number,
 * as after a comma ("14,913 độ vĩ Bắc"). */
void norm_coordinate(const struct norm_ctx *c, size_t ti, const char *p,
		     size_t used, struct norm_num *num)
{
	size_t d = norm_digit_run(p, used), k = ti + 1;
	int comma = num->has_frac && !num->grouped && d + 4 == used &&
		    p[d] == ',';

	if ((!num->grouped && !comma) || num->neg || d > 3 || d + 4 != used ||
	    (p[d] != '.' && !comma) || norm_has_trail(c, ti) || k >= c->nt)
		return;
	if (norm_lc_is(c, k, "độ") && !norm_has_trail(c, k))
		k++;
	if (k >= c->nt || !(norm_lc_is(c, k, "vĩ") || norm_lc_is(c, k, "kinh")))
		return;
	if (comma) {
		num->frac_whole = 1;
		return;
	}
	num->grouped = 0;
	num->ip = p;
	num->nip = d;
	num->has_frac = 1;
	num->fp = p + d + 1;
	num->nfp = 3;
	num->frac_whole = 1;
}

/* "10m²", "24h" inside other text: the unit after a number, up to the
 * next '/'; returns the bytes read. */
static size_t say_unit_after(struct norm_ctx *c, const char *p, size_t n)
{
	const char *slash = memchr(p, '/', n);
	size_t un = slash ? (size_t)(slash - p) : n;
	const struct norm_unit *u = un ? norm_find_unit(p, un) : NULL;

	if (!u || (u->kind != NORM_U_MEASURE && u->kind != NORM_U_MONEY &&
		   u->kind != NORM_U_PERCENT) || !strcmp(u->sym, "A"))
		return 0;
	OUT(u->spoken);
	return un;
}

static int ascii_letter(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* An exact-case entry of the dictionary for p[0, n), two letters or
 * more ("Đ" alone is one letter), or NULL. */
static const struct norm_entry *caps_entry(const char *p, size_t n)
{
	const struct norm_entry *e;

	if (n < 2 || (n == 2 && (unsigned char)p[0] >= 0x80) ||
	    !(e = norm_dict_find(p, n)) || !e->sensitive)
		return NULL;
	return e;
}

/* The entry for letters p[0, a), a dot, and the letters after it
 * ("P.CT" of "P.CT.UBND"), or NULL. */
static const struct norm_entry *dotted_pair(const char *p, size_t n, size_t a)
{
	size_t e = a + 1, at;
	uint32_t cp;

	while (e < n) {
		at = e;
		if (norm_utf8_next(p, n, &e, &cp) || !norm_is_letter_cp(cp)) {
			e = at;
			break;
		}
	}
	return e > a + 1 ? caps_entry(p, e) : NULL;
}

void norm_say_fallback(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	const struct norm_entry *d;
	size_t k = 0;

	while (k < n) {
		size_t j = k;
		uint32_t cp;

		if (norm_is_digit(p[k])) {
			while (j < n && norm_is_digit(p[j]))
				j++;
			/* A decimal or thousands number inside other text. */
			{
				struct norm_num num;
				size_t used = norm_scan_number(p + k, n - k, 0, &num);

				if (used > j - k) {
					/* "Vĩ Bắc-108.235 Kinh Đông". */
					if (!k && used == n)
						norm_coordinate(c, i, p, used, &num);
					norm_number_words(c->out, &num, c->southern);
					k += used;
					k += say_unit_after(c, p + k, n - k);
					continue;
				}
			}
			/* "30M-051.46", "36R-026.xx" (masked): a plate's
			 * group says its leading zeros, then the rest as a
			 * number. */
			if (j - k == 3 && p[k] == '0' && k == 0 &&
			    j + 3 == n && p[j] == '.' &&
			    (norm_all_digits(p + j + 1, 2) ||
			     strspn(p + j + 1, "xX") >= 2)) {
				size_t z = k;

				while (z < j - 1 && p[z] == '0')
					z++;
				norm_digits(c->out, p + k, z - k);
				norm_cardinal(c->out, p + z, j - z, c->southern);
			} else {
				norm_code_digits(c->out, p + k, j - k, c->southern);
			}
			k = j;
			/* "7.9B": a decimal point the English way, before a
			 * letter ("234.56" in a number plate is two groups). */
			if (k + 1 < n && p[k] == '.' && norm_is_digit(p[k + 1]) &&
			    k + 1 + norm_digit_run(p + k + 1, n - k - 1) < n &&
			    ascii_letter(p[k + 1 + norm_digit_run(p + k + 1, n - k - 1)])) {
				norm_buf_word(c->out, "chấm");
				k++;
				continue;
			}
			k += say_unit_after(c, p + k, n - k);
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
			/* "525SE", "75WP": capitals after a number are a
			 * code, spelled even when they make a syllable. */
			if (k > 0 && norm_is_digit(p[k - 1]) && e - k >= 2 && e - k <= 4 &&
			    norm_ascii_caps(p + k, e - k)) {
				norm_spell_code(c->out, p + k, e - k, c->southern);
			} else if (e + 1 < n && p[e] == '.' &&
				   (d = dotted_pair(p + k, n - k, e - k))) {
				/* "P.CT.UBND": "P.CT" is one entry. */
				OUT(d->spoken);
				e = k + strlen(d->written);
			} else
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

static void copy_word(struct norm_ctx *c, const char *p, size_t n, int lower)
{
	if (c->out->len && c->out->p[c->out->len - 1] != ' ' &&
	    c->out->p[c->out->len - 1] != '(' && c->out->p[c->out->len - 1] != '[')
		norm_buf_addc(c->out, ' ');
	if (lower)
		norm_lower(c->out, p, n);
	else
		norm_buf_add(c->out, p, n);
}

/* p has a vowel with a Vietnamese mark ("Ắ", "Ô"; "Đ" is no vowel). */
static int marked_vowel(const char *p, size_t n)
{
	size_t pos = 0;
	uint32_t cp;

	while (pos < n) {
		if (norm_utf8_next(p, n, &pos, &cp)) {
			pos++;
			continue;
		}
		if (cp >= 0xC0 && cp != 0x0110 && cp != 0x0111 && norm_is_letter_cp(cp))
			return 1;
	}
	return 0;
}

/* ASCII letters with a capital after the first: "ThonDong". */
static int camel_case(const char *p, size_t n)
{
	size_t k, caps = 0;

	for (k = 0; k < n; k++) {
		if (!((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z')))
			return 0;
		caps += k > 0 && p[k] >= 'A' && p[k] <= 'Z';
	}
	return caps > 0 && caps < n - 1;
}

/*
 * Cuts p into at most `left` Vietnamese syllables, writing the cut
 * points into at[] (*k of them so far); a cut before a consonant is tried
 * first ("ô tô", not "ôt ô").  Returns 1 when every part is a syllable.
 */
static int cut_syllables(const char *p, size_t n, size_t base, size_t *at,
			 size_t *k, size_t left)
{
	int pass;

	if (norm_is_syllable(p, n))
		return 1;
	if (left < 2)
		return 0;
	for (pass = 0; pass < 2; pass++) {
		size_t pos = 0;
		uint32_t cp;

		while (pos < n && !norm_utf8_next(p, n, &pos, &cp)) {
			int onset = (unsigned char)p[pos] < 0x80 &&
				    !norm_ascii_vowel(p[pos]);

			if (pos >= n || onset == pass || !norm_is_syllable(p, pos))
				continue;
			at[(*k)++] = base + pos;
			if (cut_syllables(p + pos, n - pos, base + pos, at, k, left - 1))
				return 1;
			(*k)--;
		}
	}
	return 0;
}

/*
 * "ôtô", "kilômét": a word with Vietnamese marks, so no English
 * word, that is syllables written together; eSpeak NG reads it as one
 * foreign word.  Writes the syllables apart and returns 1.  Plain ASCII
 * is left alone: "online" would cut too.
 */
static int say_joined_syllables(struct norm_ctx *c, const char *p, size_t n)
{
	size_t at[4], k = 0, j, from = 0, runs = 0;
	int marked = 0, in_vowel = 0;

	/* Cheap first, as most words are one syllable: two groups of vowels
	 * or more (any letter with a mark but "đ", "Đ" is a vowel).  Two
	 * syllables meeting at their vowels ("điốp") are left to the
	 * dictionary: testing every word's vowels costs a tenth of the time. */
	for (j = 0; j < n; j++) {
		unsigned char ch = (unsigned char)p[j];
		int vowel;

		if ((ch & 0xC0) == 0x80)
			continue;
		marked |= ch >= 0x80;
		vowel = ch >= 0x80 ? !(ch == 0xC4 && j + 1 < n &&
				       ((unsigned char)p[j + 1] == 0x90 ||
					(unsigned char)p[j + 1] == 0x91))
				   : norm_ascii_vowel(ch);
		runs += vowel && !in_vowel;
		in_vowel = vowel;
	}
	if (!marked || runs < 2 || n > 32 || norm_is_syllable(p, n) ||
	    !cut_syllables(p, n, 0, at, &k, 4))
		return 0;
	for (j = 0; j <= k; j++) {
		size_t to = j < k ? at[j] : n;

		copy_word(c, p + from, to - from, 0);
		from = to;
	}
	return 1;
}

static int word_listed(const char *p, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (norm_eq_fold(p, n, *list, strlen(*list)))
			return 1;
	return 0;
}

/*
 * Whether the capitals p[0, n), spelled because no lexicon, the
 * dictionary or rule knows them, likely stand for words the officer
 * should give ("QLVHLDCT"): five letters or more, and not the name of a
 * unit of EVN or of the like, spelled in full.  Spelling is right for
 * most shorter codes (plates, models, "ANTV"); measured on
 * tests/data/realtext.tsv (docs/normalisation.md).
 */
static int spelled_unknown(const char *p, size_t n, size_t letters)
{
	const char *const *pre;

	if (letters < 5)
		return 0;
	for (pre = norm_list_say_spelled_prefixes; *pre; pre++)
		if (strlen(*pre) < n && norm_eq_fold(p, strlen(*pre), *pre,
						     strlen(*pre)))
			return 0;
	return 1;
}

/*
 * Whether the code p[0, n), spelled, holds a word in small letters (a
 * capital first at most) of four letters or more with a vowel
 * ("Toptrade1", "Crypto24", "Cienco1"): a word one can say, spelled only
 * because digits are stuck to it, so likely misread ("iPhone15" too;
 * "H5N1", "pc02", "QL1A" hold none).
 */
static int spelled_small_word(const char *p, size_t n)
{
	size_t k = 0, run, small;
	int vowel;

	while (k < n) {
		run = small = 0;
		vowel = 0;
		if (p[k] >= 'A' && p[k] <= 'Z') {
			vowel |= norm_ascii_vowel(p[k] | 0x20);
			run++;
		}
		while (k + run < n && p[k + run] >= 'a' && p[k + run] <= 'z') {
			vowel |= norm_ascii_vowel(p[k + run]);
			run++;
			small++;
		}
		if (small >= 3 && run >= 4 && vowel)
			return 1;
		k += run ? run : 1;
	}
	return 0;
}

/*
 * Whether p[0, n) is a word in small letters (a capital first at most),
 * four letters or more, or three after a capital ("Win10", "Cat1"), with
 * a vowel, then k..n one to four digits: a name with a number.
 */
static int word_then_number(const char *p, size_t n, size_t k)
{
	size_t j;
	int vowel = 0;

	if (k < 3 || k > 31 || n - k > 4 || norm_digit_run(p + k, n - k) != n - k ||
	    (k == 3 && !(p[0] >= 'A' && p[0] <= 'Z')))
		return 0;
	for (j = 0; j < k; j++) {
		char ch = (char)(j ? p[j] : p[j] | 0x20);

		if (ch < 'a' || ch > 'z')
			return 0;
		vowel |= norm_ascii_vowel(ch);
	}
	return vowel;
}

/* p[0, n): the word p[0, k) then its number, as word_then_number()
 * finds; a guess in the word is reported for the whole token.  Not
 * inlined: norm_say_part, which every word goes through, stays small. */
static __attribute__((noinline)) void say_word_number(struct norm_ctx *c,
						      size_t i, const char *p,
						      size_t n, size_t k)
{
	char low[32];
	size_t j, from = c->out->len;
	size_t found = c->foreign ? c->foreign->n : 0;

	for (j = 0; j < k; j++)
		low[j] = (char)(p[j] | 0x20);
	/* The word as a word ("Toptrade"); one it would keep as written, a
	 * name ("Dong", "Cat"), is read in small letters as an address's
	 * word is ("đồng"). */
	norm_say_part(c, i, p, k);
	if (c->out->len >= k &&
	    !memcmp(c->out->p + c->out->len - k, p, k)) {
		norm_buf_truncate(c->out, from);
		norm_say_address(c, low, k);
	}
	if (p[k] == '0')
		norm_digits(c->out, p + k, n - k);
	else
		norm_cardinal(c->out, p + k, n - k, c->southern);
	/* A guess in the word is reported for the whole token, as
	 * written, so that its column is found. */
	if (c->foreign && c->foreign->n > found) {
		enum loa_foreign_kind kind = c->foreign->hits[found].kind;

		c->foreign->n = found;
		norm_foreign_found(c, p, n, from, kind);
	}
}

/* The code p[0, n) spelled ("QH15", "Toptrade1"); reported when it holds
 * a word.  Not inlined: in norm_say_part, which every word goes through,
 * it cost the common path a spilled register (callgrind +0.08%). */
static __attribute__((noinline)) void say_code(struct norm_ctx *c,
					       const char *p, size_t n)
{
	size_t pos = c->out->len;

	norm_spell_code(c->out, p, n, c->southern);
	if (c->foreign && spelled_small_word(p, n))
		norm_foreign_found(c, p, n, pos, LOA_FOREIGN_SPELLED);
}

/*
 * Whether the ASCII capitals p[0, n), no syllable and no abbreviation a
 * lexicon knows, are a word ("DOWACO", "ROMID", "DOJI") rather than
 * letters ("EVNSPC", "HDPE", "VAT", "IMEI", "SCIC"): four letters or
 * more, a consonant first, two vowels or groups of vowels (three at most
 * together) and between them only consonants a syllable can start or end
 * with (say_caps_onsets, say_caps_codas).  Measured on the realtext and
 * review sets: none of their 791 spelled ones is cut so
 * (docs/normalisation.md, Session 14, caps).
 */
static int caps_word(const char *p, size_t n)
{
	static const char *const *const onsets = norm_list_say_caps_onsets;
	static const char *const *const codas = norm_list_say_caps_codas;
	size_t k = 0, from, s;
	int vowels = 0, ok;

	if (n < 4 || n > NORM_TRANSLIT_MAX || norm_ascii_vowel(p[0]) ||
	    !norm_ascii_caps(p, n))
		return 0;
	while (k < n) {
		from = k;
		if (norm_ascii_vowel(p[k])) {
			while (k < n && norm_ascii_vowel(p[k]))
				k++;
			if (k - from > 3)
				return 0;
			vowels++;
			continue;
		}
		while (k < n && !norm_ascii_vowel(p[k]))
			k++;
		if (!from)
			ok = word_listed(p, k, onsets);
		else if (k == n)
			ok = word_listed(p + from, k - from, codas);
		else
			/* A coda, then an onset: "KAY-PLE", "SPAM-CALL". */
			for (ok = 0, s = from; s < k && !ok; s++)
				ok = (s == from || word_listed(p + from, s - from, codas)) &&
				     word_listed(p + s, k - s, onsets);
		if (!ok)
			return 0;
	}
	return vowels >= 2;
}

/* Token j is a syllable in capitals ("RỦI", "MI"). */
static int caps_syllable_at(const struct norm_ctx *c, size_t j)
{
	size_t m, letters;
	const char *q = norm_core(c, j, &m);

	return m && norm_all_caps(q, m, &letters) && letters >= 2 &&
	       norm_is_syllable(q, m);
}

/*
 * Whether p[0, n), two ASCII capitals that make a syllable ("OA", "DO",
 * "PE"), are token i alone among words not in capitals ("dầu DO",
 * "nhựa PE", "lọc nước RO."): letters, as judged (13 of 13 in the
 * realtext set); beside another syllable in capitals in its phrase
 * ("RỦI RO CAO", "MI SA") they are a word.
 */
static int lone_caps_pair(const struct norm_ctx *c, size_t i, const char *p,
			  size_t n)
{
	size_t m;

	if (n != 2 || i >= c->nt || p[0] < 'A' || p[0] > 'Z' || p[1] < 'A' ||
	    p[1] > 'Z' || norm_core(c, i, &m) != p || m != n)
		return 0;
	return !(i > 0 && !norm_has_trail(c, i - 1) && caps_syllable_at(c, i - 1)) &&
	       !(i + 1 < c->nt && !norm_has_trail(c, i) &&
		 caps_syllable_at(c, i + 1));
}

/*
 * Whether p[0, n) is "TƯ" beside no other syllable in capitals, after an
 * abbreviation or ordinary text: Trung ương ("dự báo KTTV TƯ sáng 17-9",
 * "Ban Chấp hành TƯ Đảng").  Beside capitals it is the word ("THỨ TƯ",
 * "ĐẦU TƯ", "TƯ PHÁP"), and so after "Thứ" or "Đầu".
 */
static int lone_central(const struct norm_ctx *c, size_t i, const char *p,
			size_t n)
{
	size_t m;

	if (n != 3 || memcmp(p, "T\xc6\xaf", 3) || i == 0 || i >= c->nt ||
	    norm_core(c, i, &m) != p || m != n)
		return 0;
	return !caps_syllable_at(c, i - 1) &&
	       !norm_lc_in(c, i - 1, norm_list_say_central_not_after) &&
	       !(i + 1 < c->nt && caps_syllable_at(c, i + 1));
}

/* The word in capitals p[0, n) read by the foreign-word rules as the
 * name it is ("DOWACO" as "Dowaco", so "LADO" is not kept as the
 * Vietnamese "lado"), and reported as the guess it is; 1 when read. */
static int say_caps_word(struct norm_ctx *c, const char *p, size_t n)
{
	char name[NORM_TRANSLIT_MAX];
	size_t k, pos = c->out->len;

	if (!caps_word(p, n))
		return 0;
	name[0] = p[0];
	for (k = 1; k < n; k++)
		name[k] = (char)(p[k] | 0x20);
	if (!norm_translit(c->out, name, n, c->southern))
		return 0;
	norm_foreign_found(c, p, n, pos, LOA_FOREIGN_READ);
	return 1;
}

/* p[0, k) letters, then digits, then a measure of two letters or more
 * ("D800mm"): the code spelled, its number, the unit; 1 when read. */
static int unit_tail(struct norm_ctx *c, const char *p, size_t n, size_t k)
{
	size_t d = k + norm_digit_run(p + k, n - k), j;
	int money = 0;
	const char *unit;

	/* k > 0 (the caller checks), so the letters are capitals. */
	if (d == k || n - d < 2 || !norm_ascii_caps(p, k))
		return 0;
	for (j = d; j < n; j++)
		if (!((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z')))
			return 0;
	if (!(unit = norm_unit_spoken(p + d, n - d, &money)) || money)
		return 0;
	norm_spell_code(c->out, p, d, c->southern);
	OUT(unit);
	return 1;
}

void norm_say_address(struct norm_ctx *c, const char *p, size_t n)
{
	size_t pos = c->out->len;
	unsigned guessed;

	norm_spell_address_noted(c->out, p, n, c->southern, &guessed);
	if (guessed & NORM_ADDR_FOREIGN)
		norm_foreign_found(c, p, n, pos, LOA_FOREIGN_READ);
	else if (guessed & NORM_ADDR_TONELESS)
		norm_foreign_found(c, p, n, pos, LOA_FOREIGN_TONELESS);
}

void norm_say_part(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
	const struct norm_entry *e;
	size_t letters, pos = 0;
	uint32_t cp;

	if (!n)
		return;
	if ((e = norm_dict_find(p, n))) {
		OUT(e->spoken);
		return;
	}
	/* "KOLs", "ATMs": an English plural of capitals is the capitals,
	 * the "s" unsaid, as judged. */
	if (n >= 3 && n <= 6 && p[n - 1] == 's' && p[0] >= 'A' && p[0] <= 'Z' &&
	    norm_ascii_caps(p, n - 1)) {
		norm_say_part(c, i, p, n - 1);
		return;
	}
	/* "Abc@2026" as a password: the sign is said. */
	if (memchr(p, '@', n)) {
		norm_say_address(c, p, n);
		return;
	}
	if (norm_has_digit(p, n)) {
		size_t k = 0;

		/* "dienlucvietnamevn2402" as a user name or something to
		 * type: small letters, then digits, read as in an address. */
		while (k < n && p[k] >= 'a' && p[k] <= 'z')
			k++;
		if (k >= 8 && norm_digit_run(p + k, n - k) == n - k) {
			norm_say_address(c, p, n);
			return;
		}
		k = 0;
		if (p[0] >= '0' && p[0] <= '9') {
			/* "78WIN", a betting site: a number of two or three
			 * digits, then a word of three letters or more that
			 * the dictionary has in that case, as "NEW88". */
			k = norm_digit_run(p, n);
			if (k >= 2 && k <= 3 && n - k >= 3 &&
			    (e = norm_dict_find(p + k, n - k)) &&
			    e->sensitive &&
			    !word_listed(p + k, n - k,
					 norm_list_say_code_letters)) {
				norm_say_fallback(c, i, p, k);
				OUT(e->spoken);
				return;
			}
			norm_say_fallback(c, i, p, n);
			return;
		}
		k = 0;
		/* "QL10" -> "quốc lộ mười": a known abbreviation, a number. */
		while (k < n && !(p[k] >= '0' && p[k] <= '9'))
			k++;
		/* "chuyến VJ283": a flight number, its airline's code, then
		 * its digits one by one (docs/judging.md). */
		if (k == 2 && n - k >= 2 && n - k <= 4 &&
		    norm_digit_run(p + k, n - k) == n - k &&
		    norm_prev_in(c, i, norm_list_say_flight)) {
			norm_spell_code(c->out, p, k, c->southern);
			norm_digits(c->out, p + k, n - k);
			return;
		}
		/* "D800mm", "DN100mm": a pipe's code and diameter, then the
		 * unit as a word. */
		if (k && k <= 3 && unit_tail(c, p, n, k))
			return;
		if ((e = norm_dict_find(p, k)) && e->sensitive &&
		    !word_listed(p, k, norm_list_say_code_letters)) {
			OUT(e->spoken);
			norm_say_fallback(c, i, p + k, n - k);
			return;
		}
		/* "KP.1", "TDP.3": the same with a dot, a short number. */
		if (k >= 3 && p[k - 1] == '.' && n - k <= 3 &&
		    norm_digit_run(p + k, n - k) == n - k &&
		    (e = norm_dict_find(p, k - 1)) && e->sensitive &&
		    !word_listed(p, k - 1, norm_list_say_code_letters)) {
			OUT(e->spoken);
			norm_say_fallback(c, i, p + k, n - k);
			return;
		}
		/* "Toptrade1", "Cash66", "Vaytien365", "Win10": a word one
		 * can say, then a number, as judged ("tóp tờ rết một",
		 * "két sáu mươi sáu"), not a code spelled. */
		if (word_then_number(p, n, k)) {
			say_word_number(c, i, p, n, k);
			return;
		}
		say_code(c, p, n);
		return;
	}
	/* Anything but letters (an apostrophe aside): read piece by piece,
	 * symbols as words. */
	for (pos = 0; pos < n;) {
		if (norm_utf8_next(p, n, &pos, &cp) ||
		    !(norm_is_letter_cp(cp) || cp == '\'')) {
			norm_say_fallback(c, i, p, n);
			return;
		}
	}
	pos = 0;
	/* Short lower-case words without a vowel ("pdf", "gps", the "x" of
	 * "thế hệ 8x") are letters: eSpeak would read them as English. */
	if (n == 1 && norm_in_set("bcdfghjklmnpqrstvwxz", p[0])) {
		OUT(norm_letter_name((unsigned char)p[0]));
		return;
	}
	/* "0561003xxxxxx", "số xxxxxxx": masked digits, each an "ích". */
	if ((n > 1 && n <= 4 && strspn(p, "bcdfghjklmnpqrstvwxz") >= n) ||
	    (n > 4 && (strspn(p, "x") == n || strspn(p, "X") == n))) {
		norm_spell_code(c->out, p, n, c->southern);
		return;
	}
	if (norm_all_caps(p, n, &letters)) {
		if (letters == 1) {
			const char *name;

			norm_utf8_next(p, n, &pos, &cp);
			name = norm_letter_name(cp);
			/* A lone consonant is a letter; a vowel may be a word. */
			if (pos == n && name && cp < 0x80 &&
			    !norm_ascii_vowel((int)cp)) {
				OUT(name);
				return;
			}
			if (pos == n && cp == 0x0110) {
				OUT("đê");
				return;
			}
			/* "Chị N.Y.": a name's initial Y is said by its
			 * name, "i" ("Y tế" stays a word). */
			if (pos == n && cp == 'Y' && i < c->nt &&
			    ((p + n == c->line + c->t[i].e &&
			      c->t[i].e < c->t[i].s + c->t[i].n &&
			      c->line[c->t[i].e] == '.') ||
			     /* "Chị Y.N": an initial before another. */
			     (p + n + 1 < c->line + c->t[i].e && p[n] == '.' &&
			      p[n + 1] >= 'A' && p[n + 1] <= 'Z' &&
			      (p + n + 2 == c->line + c->t[i].e ||
			       p[n + 2] == '.')))) {
				OUT("i");
				return;
			}
			/* "vitamin A", "loại A": a vowel letter as written. */
			if (pos == n) {
				copy_word(c, p, n, 0);
				return;
			}
		}
		if (lone_central(c, i, p, n)) {
			OUT("Trung ương");
			return;
		}
		if (norm_is_syllable(p, n) && !lone_caps_pair(c, i, p, n)) {
			copy_word(c, p, n, 1);
			return;
		}
		if (say_caps_word(c, p, n))
			return;
		/* "TỈNH ĐẮK LẮK", "KRÔNG BÚK": a vowel with a mark is
		 * Vietnamese script, no abbreviation, so a capitals word
		 * that has one and is no syllable (a Highland name) is a
		 * word, in small letters as in ordinary text. */
		if (letters >= 3 && marked_vowel(p, n)) {
			copy_word(c, p, n, 1);
			return;
		}
		pos = c->out->len;
		norm_spell_code(c->out, p, n, c->southern);
		if (spelled_unknown(p, n, letters))
			norm_foreign_found(c, p, n, pos, LOA_FOREIGN_SPELLED);
		return;
	}
	/* "ThonDong" in a Wi-Fi name: Vietnamese that lost its marks, in
	 * CamelCase (a name like "Simon" stays as written). */
	if (camel_case(p, n) && norm_say_toneless(c->out, p, n))
		return;
	if (say_joined_syllables(c, p, n))
		return;
	/* "T.B.Tr.": a consonant pair that starts Vietnamese names, alone,
	 * is the initial of a name, spelled ("Td", a vaccine, is not). */
	if (n == 2 && (!memcmp(p, "Ch", 2) || !memcmp(p, "Gh", 2) ||
		       !memcmp(p, "Kh", 2) || !memcmp(p, "Ng", 2) ||
		       !memcmp(p, "Nh", 2) || !memcmp(p, "Ph", 2) ||
		       !memcmp(p, "Th", 2) || !memcmp(p, "Tr", 2))) {
		norm_spell_code(c->out, p, n, c->southern);
		return;
	}
	/* "Salmonella", "TikTok": a foreign word, read as announcers do. */
	pos = c->out->len;
	if (norm_translit(c->out, p, n, c->southern)) {
		norm_foreign_found(c, p, n, pos, LOA_FOREIGN_READ);
		return;
	}
	copy_word(c, p, n, 0);
}

int norm_say_change(struct norm_ctx *c, size_t i)
{
	const struct norm_tok *t = &c->t[i];
	size_t n, pn;
	const char *p = norm_core(c, i, &n), *prev;

	if (n < 2 || (p[0] != '+' && p[0] != '-') || !norm_is_digit(p[1]) ||
	    t->b != t->s + 1 || c->line[t->s] != '(' ||
	    t->e >= t->s + t->n || c->line[t->e] != ')' || i == 0 ||
	    norm_has_trail(c, i - 1))
		return 0;
	prev = norm_core(c, i - 1, &pn);
	if (!pn || !norm_is_digit(prev[pn - 1]) ||
	    norm_digit_run(p + 1, n - 1) + 1 < 2)
		return 0;
	for (pn = 1; pn < n; pn++)
		if (!norm_is_digit(p[pn]) && p[pn] != '.' && p[pn] != ',')
			return 0;
	OUT(p[0] == '+' ? "tăng" : "giảm");
	norm_say_part(c, i, p + 1, n - 1);
	return 1;
}
