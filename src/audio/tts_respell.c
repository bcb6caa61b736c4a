/* Respellings for eSpeak NG's Vietnamese voice (tts_respell.h). */
#include "tts_respell.h"

#include <stdlib.h>
#include <string.h>

/* A byte that belongs to a word: ASCII letters and any UTF-8 byte. */
static int word_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || ch >= 0x80;
}

/* The word at s[i] is "gi" alone. */
static int lone_gi(const char *s, size_t n, size_t i)
{
	return i + 1 < n && (s[i] == 'g' || s[i] == 'G') &&
	       (s[i + 1] == 'i' || s[i + 1] == 'I') &&
	       (i == 0 || !word_byte((unsigned char)s[i - 1])) &&
	       (i + 2 >= n || !word_byte((unsigned char)s[i + 2]));
}

/* The word at s[i] starts with "c", "g" or "p" before another consonant
 * ("crô", "gríp", "plếch"), a cluster eSpeak NG's vi voice reads with
 * English phonemes; "ch", "gh", "ph" are Vietnamese, and "br", "kr", "tr"
 * it says itself. */
static int foreign_cluster(const char *s, size_t n, size_t i)
{
	char a = (char)(s[i] | 0x20), b;

	if (i + 2 >= n || (i > 0 && word_byte((unsigned char)s[i - 1])) ||
	    !word_byte((unsigned char)s[i + 2]) ||
	    (a != 'c' && a != 'g' && a != 'p'))
		return 0;
	/* A small letter second: "GPS" in capitals is no syllable. */
	b = s[i + 1];
	return b >= 'a' && b <= 'z' && strchr("bcdgklmnpqrstvx", b);
}

char *tts_respell(const char *text)
{
	static const char schwa[] = "\xe1\xbb\x9d "; /* "ờ " */
	size_t n = strlen(text), i, extra = 0, o = 0;
	char *out;

	for (i = 0; i < n; i++)
		extra += foreign_cluster(text, n, i) ? sizeof(schwa) - 1 : 0;
	out = malloc(n + extra + 1);
	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		/* A lone "gi" (the letter J, "gi ga bai"): 1.51 says a bare
		 * /z/ without its vowel; "di" sounds as a Northern "gi". */
		if (lone_gi(text, n, i)) {
			out[o++] = text[i] == 'g' ? 'd' : 'D';
			continue;
		}
		out[o++] = text[i];
		/* "crô" → "cờ rô", as the judges split "Pờ Lông". */
		if (foreign_cluster(text, n, i)) {
			memcpy(out + o, schwa, sizeof(schwa) - 1);
			o += sizeof(schwa) - 1;
			out[o++] = text[++i];
		}
	}
	out[o] = '\0';
	return out;
}
