/*
 * Letter case for Latin and Vietnamese letters (ASCII, Latin-1, Latin
 * Extended-A/B as far as Vietnamese needs, Latin Extended Additional).
 */
#ifndef LOA_NORM_CASE_H
#define LOA_NORM_CASE_H

#include <stddef.h>
#include <stdint.h>

#include "norm_buf.h"

uint32_t norm_lower_cp(uint32_t cp);
int norm_is_upper_cp(uint32_t cp);
int norm_is_lower_cp(uint32_t cp);
/* A Latin or Vietnamese letter of either case. */
int norm_is_letter_cp(uint32_t cp);
/* Appends the lower-case form of valid UTF-8 text. */
void norm_lower(struct norm_buf *b, const char *s, size_t n);
/* 1 if valid UTF-8 s is equal to t ignoring case. */
int norm_eq_fold(const char *s, size_t n, const char *t, size_t tn);
/* 1 if valid UTF-8 p has letters and all are capitals; *letters counts
 * them. */
int norm_all_caps(const char *p, size_t n, size_t *letters);
/* 1 if p[0, n) is one or more ASCII capitals, A to Z: a code such as
 * "USD", "IR", "CCCD", not a Vietnamese word in capitals. */
int norm_ascii_caps(const char *p, size_t n);
/* 1 if byte ch is one of set's; a NUL never is (strchr would match the
 * terminator, and input may hold one). */
int norm_in_set(const char *set, int ch);
/* 1 if byte ch is an ASCII vowel letter of either case, y included. */
int norm_ascii_vowel(int ch);

#endif
