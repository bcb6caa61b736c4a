/*
 * translit-rules: the foreign-word rules of the normaliser alone
 * (src/text/translit.h), one word a line in, its Vietnamese reading out
 * ("-" when the rules cannot read it).  For bench/translit.sh, which
 * scores them on the dictionary's own English readings.  With -s sound
 * the word is read from its English sound (src/text/translit_en.h,
 * eSpeak NG's "en" voice) and by the spelling rules when that gives
 * nothing; with -s known, from its sound only when eSpeak NG's English
 * dictionary has it.
 *
 * usage: translit-rules [-s sound|known] < words
 */
#include <stdio.h>
#include <string.h>

#include "loa/normalize.h"
#include "loa/tts.h"
#include "text/translit.h"
#include "text/translit_en.h"

int main(int argc, char **argv)
{
	char line[256], out[8 * NORM_TRANSLIT_MAX];

	if (argc == 3 && !strcmp(argv[1], "-s") && !strcmp(argv[2], "sound")) {
		loa_normalize_set_english(loa_tts_english, LOA_ENGLISH_SOUND);
	} else if (argc == 3 && !strcmp(argv[1], "-s") &&
		   !strcmp(argv[2], "known")) {
		loa_normalize_set_english(loa_tts_english, LOA_ENGLISH_KNOWN);
	} else if (argc != 1) {
		fprintf(stderr, "usage: translit-rules [-s sound|known] < words\n");
		return 2;
	}
	while (fgets(line, sizeof(line), stdin)) {
		size_t n = strcspn(line, "\r\n");

		if (!norm_translit_en(line, n, out, sizeof(out)) &&
		    !norm_translit_rules(line, n, out, sizeof(out)))
			snprintf(out, sizeof(out), "-");
		printf("%s\n", out);
	}
	loa_tts_shutdown();
	return ferror(stdin) ? 1 : 0;
}
