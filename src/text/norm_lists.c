/* The rules' word lists (norm_lists.h), defined from data/word-lists.tsv. */
#include "norm_lists.h"

#include <stddef.h>
#include <string.h>

#define DATA_ROW(list, where, ...) \
	const char *const norm_list_##list[] = { __VA_ARGS__, NULL };
#include "word-lists.tsv.h"
#undef DATA_ROW

int norm_word_in(const char *p, size_t n, const char *const *words)
{
	for (; *words; words++)
		if (strlen(*words) == n && !memcmp(p, *words, n))
			return 1;
	return 0;
}
