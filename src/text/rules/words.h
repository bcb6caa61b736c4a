/*
 * The word rules (words.c): Roman numerals, letters, addresses, and the
 * last rule, which reads any word.
 */
#ifndef LOA_NORM_RULES_WORDS_H
#define LOA_NORM_RULES_WORDS_H

#include "text/norm_ctx.h"

/* Vietnamese typed without marks, a stretch of it: "thong bao ho so". */
norm_rule_fn norm_rule_toneless;
/* A Roman heading: "II." at the start of a line or a sentence. */
norm_rule_fn norm_rule_heading;
/* An e-mail or web address, a file name: spelled. */
norm_rule_fn norm_rule_address;
/* Roman numerals after their trigger words: "chương IV", "quý II/2021". */
norm_rule_fn norm_rule_roman;
/* A letter after "điểm", "chữ": "điểm b". */
norm_rule_fn norm_rule_letter;
/* The last rule: symbols, capitals, codes, parts joined by "/", "&", "+"
 * or "-"; it always reads the token. */
norm_rule_fn norm_rule_word;

#endif
