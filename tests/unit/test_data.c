/*
 * The language data files (every .tsv under data/ and tests/data/): each
 * names its columns, every entry has them all, keys are sorted in byte
 * order without duplicates, and all text is NFC by the normaliser's own
 * code.  tools/gen-data.c refuses most of this at build time too; the
 * test pairs are not built, and NFC only the library knows.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/norm_nfc.h"
#include "tsv.h"

/* One check over one file; prints each finding and returns how many. */
typedef size_t check_fn(const char *path, const struct tsv *t);

/* Runs check over every data file; fails on any finding. */
static void check_all(check_fn *check)
{
	static const char *const where[] = { "data/*.tsv", "tests/data/*.tsv" };
	size_t w, k, files = 0, found = 0;

	for (w = 0; w < sizeof(where) / sizeof(where[0]); w++) {
		glob_t g;

		if (glob(where[w], 0, NULL, &g))
			fail_msg("no files match %s", where[w]);
		for (k = 0; k < g.gl_pathc; k++) {
			struct tsv t;

			if (tsv_load(&t, g.gl_pathv[k]))
				fail_msg("cannot read %s", g.gl_pathv[k]);
			found += check(g.gl_pathv[k], &t);
			tsv_release(&t);
			files++;
		}
		globfree(&g);
	}
	/* The dictionary (2), the toneless table (2), the test pairs. */
	assert_true(files >= 5);
	if (found)
		fail_msg("%zu problems in the data files", found);
}

static size_t check_columns(const char *path, const struct tsv *t)
{
	size_t i, k, found = 0;

	if (!t->ncol) {
		print_error("%s: no '# columns:' line in the header\n", path);
		return 1;
	}
	if (!t->n) {
		print_error("%s: no entries\n", path);
		return 1;
	}
	for (i = 0; i < t->n; i++) {
		const struct tsv_row *r = &t->row[i];

		if (r->n != t->ncol) {
			print_error("%s:%zu: %zu columns, the header names %zu\n",
				    path, r->line, r->n, t->ncol);
			found++;
			continue;
		}
		for (k = 0; k < r->n; k++) {
			size_t n = strlen(r->field[k]);

			if (!n || r->field[k][0] == ' ' || r->field[k][n - 1] == ' ') {
				print_error("%s:%zu: column %zu is empty or has spaces "
					    "around it\n", path, r->line, k + 1);
				found++;
			}
		}
	}
	return found;
}

static size_t check_order(const char *path, const struct tsv *t)
{
	size_t i, found = 0;

	for (i = 1; i < t->n; i++) {
		int cmp = strcmp(t->row[i - 1].field[0], t->row[i].field[0]);

		if (cmp >= 0) {
			print_error("%s:%zu: '%s' %s '%s' on line %zu (LC_ALL=C sort)\n",
				    path, t->row[i].line, t->row[i].field[0],
				    cmp ? "sorts before" : "repeats",
				    t->row[i - 1].field[0], t->row[i - 1].line);
			found++;
		}
	}
	return found;
}

static size_t check_nfc(const char *path, const struct tsv *t)
{
	size_t i, k, found = 0;

	for (i = 0; i < t->n; i++)
		for (k = 0; k < t->row[i].n && k < TSV_MAX_COLUMNS; k++) {
			const char *f = t->row[i].field[k];

			if (!norm_is_nfc(f, strlen(f))) {
				print_error("%s:%zu: column %zu is not UTF-8 in NFC\n",
					    path, t->row[i].line, k + 1);
				found++;
			}
		}
	return found;
}

/* Some word of s starts with "g" then an "e" or an "ê" of any tone:
 * Vietnamese writes "gh" there ("ghen"), and eSpeak NG reads "gen",
 * "gét" with English phonemes. */
static int g_before_e(const char *s)
{
	static const char *const e[] = {
		"e", "\xc3\xa9", "\xc3\xa8", "\xe1\xba\xbb", "\xe1\xba\xbd",
		"\xe1\xba\xb9", "\xc3\xaa", "\xe1\xba\xbf", "\xe1\xbb\x81",
		"\xe1\xbb\x83", "\xe1\xbb\x85", "\xe1\xbb\x87"
	};
	const char *p;
	size_t k;

	for (p = s; *p; p++) {
		if ((*p != 'g' && *p != 'G') || (p > s && p[-1] != ' '))
			continue;
		for (k = 0; k < sizeof(e) / sizeof(e[0]); k++)
			if (!strncmp(p + 1, e[k], strlen(e[k])))
				return 1;
	}
	return 0;
}

/* Built-in readings are words, as in user lexicons: numbers in words,
 * in Vietnamese spelling. */
static size_t check_spoken(const char *path, const struct tsv *t)
{
	size_t i, found = 0;

	if (!strstr(path, "lexicon"))
		return 0;
	for (i = 0; i < t->n; i++) {
		if (t->row[i].n < 2)
			continue;
		if (strpbrk(t->row[i].field[1], "0123456789")) {
			print_error("%s:%zu: 'spoken' has a digit\n", path,
				    t->row[i].line);
			found++;
		}
		if (g_before_e(t->row[i].field[1])) {
			print_error("%s:%zu: 'spoken' writes 'g' before 'e' or "
				    "'\xc3\xaa', where Vietnamese writes 'gh'\n",
				    path, t->row[i].line);
			found++;
		}
	}
	return found;
}

static void test_columns(void **state)
{
	(void)state;
	check_all(check_columns);
}

static void test_sorted_unique(void **state)
{
	(void)state;
	check_all(check_order);
}

static void test_nfc(void **state)
{
	(void)state;
	check_all(check_nfc);
}

static void test_lexicon_spoken(void **state)
{
	(void)state;
	check_all(check_spoken);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_sorted_unique),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_lexicon_spoken),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
