/*
 * translit-rules: the foreign-word rules of the normaliser alone
 * (src/text/translit.h), one word a line in, its Vietnamese reading out
 * ("-" when the rules cannot read it).  For bench/translit.sh, which
 * scores them on the dictionary's own English readings.
 *
 * usage: translit-rules < words
 */
#include <stdio.h>
#include <string.h>

#include "text/translit.h"

int main(void)
{
	char line[256], out[8 * NORM_TRANSLIT_MAX];

	while (fgets(line, sizeof(line), stdin)) {
		size_t n = strcspn(line, "\r\n");

		if (!norm_translit_rules(line, n, out, sizeof(out)))
			snprintf(out, sizeof(out), "-");
		printf("%s\n", out);
	}
	return ferror(stdin) ? 1 : 0;
}
