/*
 * Reads a data file (a .tsv under data/ or tests/data/) in unit tests:
 * '#' header lines, one of them "# columns: a<TAB>b...", then one entry a
 * line, fields separated by tabs (tools/gen-data.c has the format).  The
 * tests run from the top of the tree.
 */
#ifndef LOA_TEST_TSV_H
#define LOA_TEST_TSV_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TSV_MAX_COLUMNS 16

struct tsv_row {
	size_t line;                   /* in the file, from 1 */
	size_t n;                      /* fields */
	char *field[TSV_MAX_COLUMNS];  /* into tsv.text */
};

struct tsv {
	char *text;          /* the file, cut into fields in place */
	size_t len;          /* its bytes, NULs included */
	size_t ncol;         /* names on the "# columns:" line; 0: none */
	struct tsv_row *row; /* the entries */
	size_t n;
};

static inline void tsv_release(struct tsv *t)
{
	free(t->text);
	free(t->row);
	memset(t, 0, sizeof(*t));
}

static inline void tsv_cut(struct tsv_row *r, char *s)
{
	r->n = 0;
	for (;;) {
		char *tab = strchr(s, '\t');

		if (r->n < TSV_MAX_COLUMNS)
			r->field[r->n] = s;
		r->n++;
		if (!tab)
			return;
		*tab = '\0';
		s = tab + 1;
	}
}

/* Returns 0, or -1 if the file cannot be read, holds a NUL byte or
 * memory runs out. */
static inline int tsv_load(struct tsv *t, const char *path)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096, lines = 0, k, line = 0;
	char *s, *nl;
	int rc = -1;

	memset(t, 0, sizeof(*t));
	if (!f || !(t->text = malloc(cap + 1)))
		goto out;
	for (;;) {
		if (t->len == cap) {
			char *p = realloc(t->text, 2 * cap + 1);

			if (!p)
				goto out;
			t->text = p;
			cap *= 2;
		}
		if (!(k = fread(t->text + t->len, 1, cap - t->len, f)))
			break;
		t->len += k;
	}
	/* A NUL would cut a field short unseen. */
	if (ferror(f) || memchr(t->text, '\0', t->len))
		goto out;
	t->text[t->len] = '\0';
	for (k = 0; k < t->len; k++)
		lines += t->text[k] == '\n';
	if (!(t->row = calloc(lines + 1, sizeof(*t->row))))
		goto out;
	for (s = t->text; s < t->text + t->len; s = nl + 1) {
		nl = strchr(s, '\n');
		if (!nl)
			nl = t->text + t->len;
		*nl = '\0';
		line++;
		if (s[0] == '#' && !t->n) {
			if (!strncmp(s, "# columns: ", 11)) {
				struct tsv_row names;

				tsv_cut(&names, s + 11);
				t->ncol = names.n;
			}
			continue;
		}
		t->row[t->n].line = line;
		tsv_cut(&t->row[t->n++], s);
	}
	rc = 0;
out:
	if (f)
		fclose(f);
	if (rc)
		tsv_release(t);
	return rc;
}

#endif
