/*
 * Readers of times and dates in a piece of a token: the number rule
 * (rules/number.c) tries them on a whole token and again on each half of
 * a range ("14/4-24/4", "7h30-9h"), so they sit below the rules.  Each
 * returns 1 when it read the piece as a time or a date; ti is the token,
 * for the words around it.
 */
#ifndef LOA_NORM_DATETIME_H
#define LOA_NORM_DATETIME_H

#include <stddef.h>

#include "norm_ctx.h"

/* Times and durations: "6h30", "06:30", "14h00-16h45", "3p20s". */
int norm_say_time(struct norm_ctx *c, size_t ti, const char *p, size_t n);
/* Dates, months, date ranges, quarters: "30/4/2026", "tháng 4/2026". */
int norm_say_date(struct norm_ctx *c, size_t ti, const char *p, size_t n);

#endif
