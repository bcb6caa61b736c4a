/* Letter case for Latin and Vietnamese letters (norm_case.h). */
#include "norm_case.h"

#include <string.h>

#include "norm_nfc.h"

uint32_t norm_lower_cp(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp < 0xC0)
		return cp;
	if (cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x137 && !(cp & 1))
		return cp + 1;
	if (cp >= 0x139 && cp <= 0x148 && (cp & 1))
		return cp + 1;
	if (cp >= 0x14A && cp <= 0x177 && !(cp & 1))
		return cp + 1;
	if (cp == 0x178)
		return 0xFF;
	if (cp >= 0x179 && cp <= 0x17E && (cp & 1))
		return cp + 1;
	if (cp == 0x1A0 || cp == 0x1AF)
		return cp + 1;
	if (cp >= 0x1E00 && cp <= 0x1EFF && !(cp & 1))
		return cp + 1;
	return cp;
}

int norm_is_upper_cp(uint32_t cp)
{
	return norm_lower_cp(cp) != cp;
}

int norm_is_letter_cp(uint32_t cp)
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return 1;
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return 1;
	return cp >= 0x1E00 && cp <= 0x1EFF;
}

int norm_is_lower_cp(uint32_t cp)
{
	return norm_is_letter_cp(cp) && !norm_is_upper_cp(cp);
}

void norm_lower(struct norm_buf *b, const char *s, size_t n)
{
	size_t pos = 0;
	uint32_t cp;

	while (pos < n) {
		if (norm_utf8_next(s, n, &pos, &cp)) {
			norm_buf_addc(b, s[pos++]);
			continue;
		}
		norm_buf_add_cp(b, norm_lower_cp(cp));
	}
}

int norm_eq_fold(const char *s, size_t n, const char *t, size_t tn)
{
	size_t i = 0, j = 0;
	uint32_t a, c;

	while (i < n && j < tn) {
		if (norm_utf8_next(s, n, &i, &a) || norm_utf8_next(t, tn, &j, &c))
			return 0;
		if (norm_lower_cp(a) != norm_lower_cp(c))
			return 0;
	}
	return i == n && j == tn;
}

int norm_ascii_caps(const char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (p[k] < 'A' || p[k] > 'Z')
			return 0;
	return n > 0;
}

int norm_all_caps(const char *p, size_t n, size_t *letters)
{
	size_t pos = 0;
	uint32_t cp;
	int upper = 1;

	*letters = 0;
	while (pos < n) {
		if (norm_utf8_next(p, n, &pos, &cp))
			return 0;
		if (norm_is_letter_cp(cp)) {
			(*letters)++;
			if (!norm_is_upper_cp(cp))
				upper = 0;
		}
	}
	return upper && *letters;
}

int norm_in_set(const char *set, int ch)
{
	return ch != '\0' && strchr(set, ch) != NULL;
}

int norm_ascii_vowel(int ch)
{
	return norm_in_set("aeiouyAEIOUY", ch);
}
