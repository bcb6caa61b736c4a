/*
 * Spelling for the normaliser: Vietnamese letter names, letter codes
 * ("NĐ-CP" -> "nờ đê xê pê", "H5N1", "QH15"), e-mail addresses and URLs,
 * Roman numerals, and the test for a Vietnamese syllable written in
 * capitals ("NỘI" reads as a word, "VTV" is spelled).
 */
#ifndef LOA_NORM_SPELL_H
#define LOA_NORM_SPELL_H

#include <stddef.h>
#include <stdint.h>

#include "norm_buf.h"

/* The Northern letter name of a letter ("bê", "xê", "đê", "gờ"), or NULL. */
const char *norm_letter_name(uint32_t cp);
/*
 * Spells a code: letters by name, digit runs as numbers (digit by digit
 * with a leading zero), '&' as "và", other symbols silent.
 */
void norm_spell_code(struct norm_buf *b, const char *s, size_t n,
		     int southern);
/* "tuyen@gmail.com" -> "tuyen a còng gờ meo chấm com". */
void norm_spell_address(struct norm_buf *b, const char *s, size_t n,
			int southern);
/* Parts of an address read by a guess the officer should check:
 * NORM_ADDR_FOREIGN by the rules for foreign words ("hitoption" -> "hi
 * tóp ti on"), NORM_ADDR_TONELESS a lone syllable given the marks our
 * texts give it most ("bong" -> "bóng").  (Runs of syllables given marks
 * are not: their neighbours tell the marks, and they are mostly right.) */
enum {
	NORM_ADDR_FOREIGN = 1,
	NORM_ADDR_TONELESS = 2
};
/* norm_spell_address, setting *guessed to the NORM_ADDR_* flags of what
 * it guessed. */
void norm_spell_address_noted(struct norm_buf *b, const char *s, size_t n,
			      int southern, unsigned *guessed);
/* The value of a canonical Roman numeral (1..3999), or 0.  lower accepts
 * lower-case numerals too. */
int norm_roman_value(const char *s, size_t n, int lower);
/* Writes an ASCII word that is Vietnamese written without marks
 * ("ThonDong") with its marks ("thôn đông"), when every syllable is one
 * our texts use; returns 0 and writes nothing otherwise. */
int norm_say_toneless(struct norm_buf *b, const char *s, size_t n);
/* Lower-case ASCII s as a Vietnamese syllable without its marks: 2 one
 * our own texts use ("thong", "bao"), 1 another, 0 none. */
int norm_toneless_kind(const char *s, size_t n);
/* 1 if our texts use lower-case bare syllables a then b as a pair. */
int norm_toneless_pair(const char *a, size_t an, const char *b, size_t bn);
/* Writes lower-case syllables without marks, separated by single spaces
 * ("cuc canh sat"), with the marks our texts give them ("cục cảnh sát");
 * 0 and nothing written if s is not such. */
int norm_say_toneless_phrase(struct norm_buf *b, const char *s, size_t n);
/* A vowel with the sắc tone: "a" -> "á", "ê" -> "ế"; others as they are. */
uint32_t norm_with_acute(uint32_t v);
/* 1 if s (NFC) is one Vietnamese syllable, whatever its case. */
int norm_is_syllable(const char *s, size_t n);
/* 1 if s is one Vietnamese syllable written without its marks ("duoc",
 * "nguyen", "sat"). */
int norm_is_toneless_syllable(const char *s, size_t n);

#endif
