/* The rules' word lists (norm_lists.h), defined from data/word-lists.tsv. */
#include "norm_lists.h"

#include <stddef.h>

#define DATA_ROW(list, where, ...) \
	const char *const norm_list_##list[] = { __VA_ARGS__, NULL };
#include "word-lists.tsv.h"
#undef DATA_ROW
