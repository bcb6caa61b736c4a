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
#include "norm_nfc.h"
#include "norm_number.h"
#include "norm_spell.h"

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

static const struct norm_unit units[] = {
	{ "%", "phần trăm", NORM_U_PERCENT },
	{ "đ", "đồng", NORM_U_MONEY }, { "₫", "đồng", NORM_U_MONEY },
	{ "đồng", "đồng", NORM_U_MONEY }, { "VNĐ", "đồng", NORM_U_MONEY },
	{ "VND", "đồng", NORM_U_MONEY }, { "vnđ", "đồng", NORM_U_MONEY },
	{ "vnd", "đồng", NORM_U_MONEY }, { "Đ", "đồng", NORM_U_MONEY },
	{ "USD", "đô la Mỹ", NORM_U_MONEY }, { "usd", "đô la Mỹ", NORM_U_MONEY },
	{ "$", "đô la", NORM_U_MONEY }, { "€", "ơ rô", NORM_U_MONEY },
	{ "EUR", "ơ rô", NORM_U_MONEY }, { "euro", "ơ rô", NORM_U_MONEY },
	{ "£", "bảng Anh", NORM_U_MONEY }, { "¥", "yên Nhật", NORM_U_MONEY },
	{ "JPY", "yên Nhật", NORM_U_MONEY }, { "₩", "uôn", NORM_U_MONEY },
	{ "KRW", "uôn", NORM_U_MONEY }, { "₹", "ru pi", NORM_U_MONEY },
	{ "CNY", "nhân dân tệ", NORM_U_MONEY }, { "NDT", "nhân dân tệ", NORM_U_MONEY },
	{ "k", "nghìn", NORM_U_SCALE }, { "K", "nghìn", NORM_U_SCALE },
	{ "tr", "triệu", NORM_U_SCALE }, { "tỷ", "tỷ", NORM_U_SCALE },
	{ "tỉ", "tỉ", NORM_U_SCALE },
	{ "km", "ki lô mét", NORM_U_MEASURE }, { "m", "mét", NORM_U_MEASURE },
	{ "cm", "xăng ti mét", NORM_U_MEASURE }, { "mm", "mi li mét", NORM_U_MEASURE },
	{ "dm", "đề xi mét", NORM_U_MEASURE },
	{ "kg", "ki lô gam", NORM_U_MEASURE }, { "g", "gam", NORM_U_MEASURE },
	{ "mg", "mi li gam", NORM_U_MEASURE }, { "ha", "héc ta", NORM_U_MEASURE },
	{ "m2", "mét vuông", NORM_U_MEASURE }, { "m²", "mét vuông", NORM_U_MEASURE },
	{ "m3", "mét khối", NORM_U_MEASURE }, { "m³", "mét khối", NORM_U_MEASURE },
	{ "km2", "ki lô mét vuông", NORM_U_MEASURE },
	{ "km²", "ki lô mét vuông", NORM_U_MEASURE },
	{ "cm2", "xăng ti mét vuông", NORM_U_MEASURE },
	{ "cm²", "xăng ti mét vuông", NORM_U_MEASURE },
	{ "cm3", "xăng ti mét khối", NORM_U_MEASURE },
	{ "cm³", "xăng ti mét khối", NORM_U_MEASURE },
	{ "l", "lít", NORM_U_MEASURE }, { "ml", "mi li lít", NORM_U_MEASURE },
	{ "kW", "ki lô oát", NORM_U_MEASURE }, { "kw", "ki lô oát", NORM_U_MEASURE },
	{ "kWh", "ki lô oát giờ", NORM_U_MEASURE }, { "W", "oát", NORM_U_MEASURE },
	{ "MW", "mê ga oát", NORM_U_MEASURE }, { "V", "vôn", NORM_U_MEASURE },
	{ "GW", "gi ga oát", NORM_U_MEASURE }, { "TW", "tê ra oát", NORM_U_MEASURE },
	{ "MWh", "mê ga oát giờ", NORM_U_MEASURE },
	{ "GWh", "gi ga oát giờ", NORM_U_MEASURE },
	{ "dB", "đê xi ben", NORM_U_MEASURE }, { "dBA", "đê xi ben a", NORM_U_MEASURE },
	{ "db", "đê xi ben", NORM_U_MEASURE }, { "lb", "pao", NORM_U_MEASURE },
	{ "v", "vôn", NORM_U_MEASURE }, { "kV", "ki lô vôn", NORM_U_MEASURE },
	{ "Hz", "héc", NORM_U_MEASURE }, { "MHz", "mê ga héc", NORM_U_MEASURE },
	{ "GHz", "gi ga héc", NORM_U_MEASURE },
	{ "GB", "gi ga bai", NORM_U_MEASURE }, { "MB", "mê ga bai", NORM_U_MEASURE },
	{ "KB", "ki lô bai", NORM_U_MEASURE }, { "TB", "tê ra bai", NORM_U_MEASURE },
	{ "gb", "gi ga bai", NORM_U_MEASURE }, { "mb", "mê ga bai", NORM_U_MEASURE },
	{ "°C", "độ xê", NORM_U_MEASURE }, { "°c", "độ xê", NORM_U_MEASURE },
	{ "độC", "độ xê", NORM_U_MEASURE }, { "°", "độ", NORM_U_MEASURE },
	{ "h", "giờ", NORM_U_MEASURE }, { "ph", "phút", NORM_U_MEASURE },
	{ "p", "phút", NORM_U_MEASURE }, { "s", "giây", NORM_U_MEASURE },
	{ "ms", "mi li giây", NORM_U_MEASURE },
	{ "km/h", "ki lô mét trên giờ", NORM_U_MEASURE },
	{ "m/s", "mét trên giây", NORM_U_MEASURE },
	{ "tấn", "tấn", NORM_U_MEASURE }, { "t", "tỷ", NORM_U_SCALE },
	{ "T", "tấn", NORM_U_MEASURE }, { "tạ", "tạ", NORM_U_MEASURE },
	{ "'", "phút", NORM_U_MEASURE }, { "''", "giây", NORM_U_MEASURE },
	{ "‰", "phần nghìn", NORM_U_PERCENT },
	{ "yến", "yến", NORM_U_MEASURE }, { "sào", "sào", NORM_U_MEASURE },
	{ "Mhz", "mê ga héc", NORM_U_MEASURE }, { "mhz", "mê ga héc", NORM_U_MEASURE },
	{ "ghz", "gi ga héc", NORM_U_MEASURE }, { "hz", "héc", NORM_U_MEASURE },
	{ "mV", "mi li vôn", NORM_U_MEASURE }, { "mA", "mi li am pe", NORM_U_MEASURE },
	{ "A", "am pe", NORM_U_MEASURE }, { "hp", "mã lực", NORM_U_MEASURE },
	{ "HP", "mã lực", NORM_U_MEASURE }, { "min", "phút", NORM_U_MEASURE },
	{ "mAh", "mi li am pe giờ", NORM_U_MEASURE },
	{ "hPa", "héc tô pa xcan", NORM_U_MEASURE },
	{ "kVA", "ki lô vôn am pe", NORM_U_MEASURE },
	{ "kHz", "ki lô héc", NORM_U_MEASURE }, { "khz", "ki lô héc", NORM_U_MEASURE },
	{ "Mbps", "mê ga bít trên giây", NORM_U_MEASURE },
	{ "Gbps", "gi ga bít trên giây", NORM_U_MEASURE },
	{ "kbps", "ki lô bít trên giây", NORM_U_MEASURE },
	{ "kb", "ki lô bai", NORM_U_MEASURE }, { "Mb", "mê ga bai", NORM_U_MEASURE },
	{ "Kb", "ki lô bai", NORM_U_MEASURE }, { "tb", "tê ra bai", NORM_U_MEASURE },
	{ "lít", "lít", NORM_U_MEASURE }, { "mét", "mét", NORM_U_MEASURE },
	{ "x", "nhân", NORM_U_SCALE },
};

const struct norm_unit *norm_find_unit(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (n && units[i].sym[0] == p[0] && strlen(units[i].sym) == n &&
		    !memcmp(units[i].sym, p, n))
			return &units[i];
	return NULL;
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

static int all_upper_ascii(const char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (p[k] < 'A' || p[k] > 'Z')
			return 0;
	return n > 0;
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

void norm_say_fallback(struct norm_ctx *c, size_t i, const char *p, size_t n)
{
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
					norm_number_words(c->out, &num, c->southern);
					k += used;
					k += say_unit_after(c, p + k, n - k);
					continue;
				}
			}
			norm_code_digits(c->out, p + k, j - k, c->southern);
			k = j;
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
			    all_upper_ascii(p + k, e - k))
				norm_spell_code(c->out, p + k, e - k, c->southern);
			else
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
	/* "Abc@2026" as a password: the sign is said. */
	if (memchr(p, '@', n)) {
		norm_spell_address(c->out, p, n, c->southern);
		return;
	}
	if (norm_has_digit(p, n)) {
		size_t k = 0;

		if (p[0] >= '0' && p[0] <= '9') {
			norm_say_fallback(c, i, p, n);
			return;
		}
		/* "QL10" -> "quốc lộ mười": a known abbreviation, a number. */
		while (k < n && !(p[k] >= '0' && p[k] <= '9'))
			k++;
		if ((e = norm_dict_find(p, k)) && e->sensitive) {
			OUT(e->spoken);
			norm_say_fallback(c, i, p + k, n - k);
			return;
		}
		norm_spell_code(c->out, p, n, c->southern);
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
	if (n == 1 && strchr("bcdfghjklmnpqrstvwxz", p[0])) {
		OUT(norm_letter_name((unsigned char)p[0]));
		return;
	}
	if (n > 1 && n <= 4 && strspn(p, "bcdfghjklmnpqrstvwxz") >= n) {
		norm_spell_code(c->out, p, n, c->southern);
		return;
	}
	if (norm_all_caps(p, n, &letters)) {
		if (letters == 1) {
			const char *name;

			norm_utf8_next(p, n, &pos, &cp);
			name = norm_letter_name(cp);
			/* A lone consonant is a letter; a vowel may be a word. */
			if (pos == n && name && !strchr("aeiouy", (int)norm_lower_cp(cp)) &&
			    cp < 0x80) {
				OUT(name);
				return;
			}
			if (pos == n && cp == 0x0110) {
				OUT("đê");
				return;
			}
			/* "vitamin A", "loại A": a vowel letter as written. */
			if (pos == n) {
				copy_word(c, p, n, 0);
				return;
			}
		}
		if (norm_is_syllable(p, n))
			copy_word(c, p, n, 1);
		else
			norm_spell_code(c->out, p, n, c->southern);
		return;
	}
	/* "ThonDong" in a Wi-Fi name: Vietnamese that lost its marks, in
	 * CamelCase (a name like "Simon" stays as written). */
	if (camel_case(p, n) && norm_say_toneless(c->out, p, n))
		return;
	copy_word(c, p, n, 0);
}
