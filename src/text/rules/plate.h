/*
 * The plate rule (plate.c): numbers that carry letters as a code.
 */
#ifndef LOA_NORM_RULES_PLATE_H
#define LOA_NORM_RULES_PLATE_H

#include "text/norm_ctx.h"

/* Vehicle plates ("67M-1860", "62 B1 43207"), kilometre posts
 * ("Km12+300"), a road's letter ("Quốc lộ 1K"), lane numbers with a
 * letter ("12A/3") and tropical storms' codes ("13W"). */
norm_rule_fn norm_rule_plate;

#endif
