/*
 * tn-catch: for each line of standard input, the warnings 'loa normalize
 * --unreadable' would give that line alone, as one output line: their
 * count, a tab, and the words they name, separated by tabs.  One process
 * and one eSpeak NG engine for a whole set, where running loa once per
 * line would start the engine thousands of times; a whole text run once
 * pins each word to its first line (bench/tn-catch.sh).
 *
 * usage: tn-catch < LINES
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/diag.h"
#include "loa/status.h"
#include "loa/guard.h"
#include "loa/normalize.h"

/* The quoted word of a finding ("'DOWACO' is not ..."), or the whole
 * message when it quotes none. */
static void print_word(const char *msg)
{
	const char *a = strchr(msg, '\''), *b = a ? strchr(a + 1, '\'') : NULL;

	if (a && b)
		fwrite(a + 1, 1, (size_t)(b - a - 1), stdout);
	else
		fputs(msg, stdout);
}

int main(void)
{
	struct loa_normalize_options opt = { 0, NULL, 0 };
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	while ((len = getline(&line, &cap, stdin)) >= 0) {
		struct loa_diag diag;
		struct loa_error err;
		size_t k, n;

		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		loa_diag_init(&diag);
		loa_error_clear(&err);
		n = loa_guard_unreadable_text(line, "stdin", &opt, NULL, &diag,
					      &err);
		if (err.msg[0]) {
			fprintf(stderr, "tn-catch: %s\n", err.msg);
			loa_diag_release(&diag);
			free(line);
			return 3;
		}
		printf("%zu", n);
		for (k = 0; k < diag.n; k++) {
			putchar('\t');
			print_word(diag.items[k].message);
		}
		putchar('\n');
		loa_diag_release(&diag);
	}
	free(line);
	return 0;
}
