/*
 * Say helpers shared by the normaliser's rules: what two rules both need
 * to read aloud.  They sit below the rules (docs/normalisation.md); a
 * rule calls them, never another rule.
 */
#ifndef LOA_NORM_SAY_H
#define LOA_NORM_SAY_H

#include <stddef.h>

#include "norm_ctx.h"
#include "norm_number.h"

/* An address read as norm_spell_address() reads it ("blogdao.net" ->
 * "bờ lốc đảo chấm nét"), reported to loa_find_foreign when a part of it
 * was a guess (NORM_ADDR_*): read by the rules for foreign words, or a
 * lone syllable given marks. */
void norm_say_address(struct norm_ctx *c, const char *p, size_t n);
/* A number used as an identifier keeps its zeros: "06" -> "không sáu". */
void norm_say_id(struct norm_ctx *c, const char *p, size_t n);
/* A month: "tư" for 4, otherwise the cardinal. */
void norm_say_month(struct norm_ctx *c, unsigned long m);

/* Units and currencies written after a number ("kg", "m²", "đ", "%"). */
enum norm_unit_kind { NORM_U_MEASURE, NORM_U_MONEY, NORM_U_PERCENT, NORM_U_SCALE };

struct norm_unit {
	const char *sym;
	const char *spoken;
	int kind;
};

/* The unit written exactly p, or NULL. */
const struct norm_unit *norm_find_unit(const char *p, size_t n);
/* The spoken form of a measure or a currency, NULL if p is none; *money
 * tells a currency. */
const char *norm_unit_spoken(const char *p, size_t n, int *money);

/* "T2" .. "T7" -> 2 .. 7, "CN" -> 8, anything else 0. */
int norm_weekday_code(const char *p, size_t n);

/* Reads any text that still holds digits: never leaves a digit behind.
 * i is the token, for context. */
void norm_say_fallback(struct norm_ctx *c, size_t i, const char *p, size_t n);
/* "14.916 Vĩ Bắc", "108.251 độ kinh Đông": makes num, the used bytes of p
 * in token ti scanned as thousands, a latitude or longitude with three
 * decimals when a word of latitude or longitude follows. */
void norm_coordinate(const struct norm_ctx *c, size_t ti, const char *p,
		     size_t used, struct norm_num *num);
/* Reads one word-like part (dictionary, capitals, letters with digits). */
void norm_say_part(struct norm_ctx *c, size_t i, const char *p, size_t n);
/* "4.700 (+100)", "6.600 (-450)": a change in brackets after a price or
 * a level, "tăng" or "giảm" and the amount; 1 when it read token i (the
 * number and the phone rules both see such a token). */
int norm_say_change(struct norm_ctx *c, size_t i);

#endif
