/*
 * Readers of a slash after a number (norm_ratio.c): a part of a counted
 * whole, a fraction or a ratio, and "per" after a unit.  The number rule
 * (rules/number.c) tries them on a whole token and on each half of a
 * range or a product, so they sit below the rules.  Each reader returns
 * 1 when it read the piece; ti is the token, for the words around it.
 */
#ifndef LOA_NORM_RATIO_H
#define LOA_NORM_RATIO_H

#include <stddef.h>

#include "norm_ctx.h"

/* A part of a counted whole, "trên": "8/10 thôn", "5.678/5.700 phiếu",
 * "24/24 giờ", "1,7% (274/16.057)"; a map scale: "tỷ lệ 1/2000". */
int norm_say_ratio_count(struct norm_ctx *c, size_t ti, const char *p,
			 size_t n);
/* a/b: a fraction ("2/3", "1/2kg"), a ratio or rank after "đạt", "thứ"
 * ("đạt 8/10"), a house number ("số 12/3"), a blood pressure
 * ("120/80 mmHg"), a mixed number's fraction ("5 1/2"). */
int norm_say_fraction(struct norm_ctx *c, size_t ti, const char *p, size_t n);
/* "từ 1/3-2/3 mặt ao": a range of two fractions of one small whole, not
 * of dates; 1 when read. */
int norm_say_fraction_range(struct norm_ctx *c, size_t ti, const char *p,
			    size_t n);
/* Says the p[0, n) written after a unit's slash, each part after '/'
 * ("người/tháng"): "trên" after a measure (kind NORM_U_MEASURE), "một"
 * after money; a number after it is "trên" or "cho" ("/12 tháng"). */
void norm_say_per(struct norm_ctx *c, size_t ti, const char *p, size_t n,
		  int kind);

#endif
