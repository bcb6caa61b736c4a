/*
 * The number rule (number.c): tokens that start with a number or a sign
 * before one.
 */
#ifndef LOA_NORM_RULES_NUMBER_H
#define LOA_NORM_RULES_NUMBER_H

#include "text/norm_ctx.h"

/* Numbers with spaced thousands, numbers before a unit word, document
 * codes, standards, scores, times, counts out of a whole, dates, money,
 * measures, fractions, products, ranges and dotted numbers. */
norm_rule_fn norm_rule_number;

#endif
