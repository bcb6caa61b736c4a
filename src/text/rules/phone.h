/*
 * The telephone rules (phone.c): keypad codes and telephone numbers.
 */
#ifndef LOA_NORM_RULES_PHONE_H
#define LOA_NORM_RULES_PHONE_H

#include "text/norm_ctx.h"

/* Keypad codes with '*' and '#' ("*101#"), key by key. */
norm_rule_fn norm_rule_keypad;
/* Phone numbers, hotlines and short codes at token i, possibly spread
 * over several tokens: "0912 345 678", "+84 24 3825 1234", "1900 9095". */
norm_rule_fn norm_rule_phone;

#endif
