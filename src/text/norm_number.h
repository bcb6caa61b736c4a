/*
 * Vietnamese number words (Northern broadcast conventions, RULES.md in
 * docs/normalisation.md): cardinals up to 10^21 and beyond (longer digit
 * strings are read digit by digit), digit strings, ordinals, decimals,
 * and a scanner for written numbers ("1.500.000", "2,5", "-3").
 */
#ifndef LOA_NORM_NUMBER_H
#define LOA_NORM_NUMBER_H

#include <stddef.h>

#include "norm_buf.h"

/* Digit strings longer than this are read digit by digit. */
#define NORM_MAX_CARDINAL_DIGITS 21

/* Cardinal of a digit string; leading zeros are ignored ("000" is 0). */
void norm_cardinal(struct norm_buf *b, const char *digits, size_t n,
		   int southern);
void norm_cardinal_u(struct norm_buf *b, unsigned long long v, int southern);
/* One word per digit: "0225" -> "không hai hai năm". */
void norm_digits(struct norm_buf *b, const char *digits, size_t n);
/* A run of digits inside a code or other text: digit by digit when it
 * has a leading zero or more than four digits ("0225", "12345"), else
 * the cardinal ("15"). */
void norm_code_digits(struct norm_buf *b, const char *d, size_t n,
		      int southern);
/* "nhất" for 1, "tư" for 4, otherwise the cardinal. */
void norm_ordinal(struct norm_buf *b, const char *digits, size_t n,
		  int southern);
/* The part after "phẩy": leading zeros one by one, then a short rest as a
 * number and a long one digit by digit. */
void norm_fraction_digits(struct norm_buf *b, const char *digits, size_t n,
			  int southern);
/* Word for one digit 0..9. */
const char *norm_digit_word(int d);

/* A written number: optional sign, integer digits (thousands separators
 * removed) and optional decimal digits. */
struct norm_num {
	int neg;
	int grouped;        /* had thousands separators */
	int has_frac;
	const char *ip;     /* integer digits (points into the text when not
			       grouped, else into buf) */
	size_t nip;
	const char *fp;     /* decimal digits */
	size_t nfp;
	int frac_whole;     /* three decimals are a number (before a unit) */
	char buf[64];
};

/*
 * Scans a number at the start of s: "-12", "1.500.000", "2,5", "0,75",
 * "7,888,000".  Returns the bytes consumed, 0 if s does not start with a
 * number.  allow_neg lets a leading '-' mean minus.
 */
size_t norm_scan_number(const char *s, size_t n, int allow_neg,
			struct norm_num *num);
/* Reads a scanned number: "âm", the cardinal, "phẩy" and the decimals. */
void norm_number_words(struct norm_buf *b, const struct norm_num *num,
		       int southern);
int norm_is_digit(char ch);
/* Length of the run of ASCII digits at the start of p. */
size_t norm_digit_run(const char *p, size_t n);
/* 1 if p is one or more ASCII digits and nothing else. */
int norm_all_digits(const char *p, size_t n);
/* 1 if p holds an ASCII digit anywhere. */
int norm_has_digit(const char *p, size_t n);
/* The value of a digit string, or 10^9 for anything longer or larger:
 * for days, months, hours and other small fields. */
unsigned long norm_small_value(const char *p, size_t n);
/* Parses up to 18 digits; returns -1 if there are more or none. */
int norm_digits_value(const char *d, size_t n, unsigned long long *v);

#endif
