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

char *tts_respell(const char *text)
{
	size_t n = strlen(text), i;
	char *out = malloc(n + 1);

	if (!out)
		return NULL;
	memcpy(out, text, n + 1);
	for (i = 0; i + 1 < n; i++) {
		if ((out[i] != 'g' && out[i] != 'G') ||
		    (out[i + 1] != 'i' && out[i + 1] != 'I') ||
		    (i > 0 && word_byte((unsigned char)out[i - 1])) ||
		    (i + 2 < n && word_byte((unsigned char)out[i + 2])))
			continue;
		out[i] = out[i] == 'g' ? 'd' : 'D';
	}
	return out;
}
