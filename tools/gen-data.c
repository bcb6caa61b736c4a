/*
 * gen-data: compiles a language data file (a .tsv under data/) into C, at
 * build time, with nothing but the host's C compiler.
 *
 *   gen-data [-e COLUMN=VALUE,VALUE...] [-i COLUMN] [-l COLUMN]...
 *            INPUT.tsv OUTPUT.h
 *
 * The data file is UTF-8, one entry a line, columns separated by tabs,
 * sorted in byte order (LC_ALL=C sort) by its first column, the key.  It
 * starts with '#' comment lines that say what each column means; one of
 * them names the columns:
 *
 *   # columns: written<TAB>spoken<TAB>case
 *
 * Each entry becomes one line of OUTPUT.h,
 *
 *   DATA_ROW("UBND", "ủy ban nhân dân", 1)
 *
 * which the including file turns into an initialiser by defining
 * DATA_ROW (an X-macro).  Columns are written as C strings, except:
 *   -e case=any,exact  one of the values, written as its index (any 0)
 *   -i COLUMN          a C identifier, written bare
 *   -l COLUMN          the last column: a list of items separated by ", ",
 *                      each written as one more string argument
 *
 * A bad file is refused with "file:line:column: what is wrong" on stderr,
 * exit status 1 and no OUTPUT.h: invalid UTF-8, control characters, a
 * wrong number of columns, an empty field or one with spaces around it, a
 * value outside its list, a bad identifier, an empty or repeated item,
 * unsorted lines and duplicate keys.  Usage
 * errors exit with 2.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLUMNS 16
#define MAX_LINE 4096

struct column {
	char *name;
	char kind;          /* 0 text, 'e' one of values, 'i' name, 'l' list */
	const char *values; /* 'e': "any,exact" */
};

/* A column kind from the command line: -e case=any,exact, -i list. */
struct spec {
	char kind;
	const char *arg;
};

struct gen {
	const char *in_path;
	FILE *in, *out;
	size_t line;
	struct column col[MAX_COLUMNS];
	size_t ncol;
	char *prev_key;
	size_t entries;
};

static void bad(const struct gen *g, const char *text, const char *at,
		const char *fmt, ...)
{
	size_t col = 1;
	va_list ap;

	/* Columns count characters, not bytes. */
	for (; text && text < at; text++)
		if (((unsigned char)*text & 0xC0) != 0x80)
			col++;
	fprintf(stderr, "%s:%zu:%zu: ", g->in_path, g->line, col);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned long cp;
	size_t len, k;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (k = 1; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[k] & 0x3F);
	}
	/* Overlong forms, surrogates, beyond U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	return len;
}

/* Valid UTF-8 without control characters other than tabs. */
static int check_text(const struct gen *g, const char *s, size_t n)
{
	size_t k = 0, len;

	while (k < n) {
		const unsigned char *u = (const unsigned char *)s + k;

		if (!(len = utf8_len(u, n - k))) {
			bad(g, s, s + k, "invalid UTF-8 (byte 0x%02X)", *u);
			return -1;
		}
		if ((*u < 0x20 && *u != '\t') || *u == 0x7F) {
			bad(g, s, s + k, "control character 0x%02X", *u);
			return -1;
		}
		k += len;
	}
	return 0;
}

/* "# columns: a<TAB>b<TAB>c" in the header. */
static int read_columns(struct gen *g, const char *s)
{
	const char *p = s + strlen("# columns:");

	while (*p == ' ')
		p++;
	for (;;) {
		size_t n = strcspn(p, "\t");
		size_t k;

		if (!n || g->ncol == MAX_COLUMNS) {
			bad(g, s, p, n ? "more than %d columns" : "empty column name",
			    MAX_COLUMNS);
			return -1;
		}
		for (k = 0; k < g->ncol; k++)
			if (strlen(g->col[k].name) == n && !memcmp(g->col[k].name, p, n)) {
				bad(g, s, p, "column '%.*s' named twice", (int)n, p);
				return -1;
			}
		if (!(g->col[g->ncol++].name = strndup(p, n))) {
			perror("gen-data");
			return -1;
		}
		if (!p[n])
			return 0;
		p += n + 1;
	}
}

static void put_string(FILE *out, const char *s, size_t n)
{
	size_t k;

	fputc('"', out);
	for (k = 0; k < n; k++) {
		/* '?' too: "??=" would be a trigraph in strict C. */
		if (s[k] == '"' || s[k] == '\\' || s[k] == '?')
			fputc('\\', out);
		fputc(s[k], out);
	}
	fputc('"', out);
}

static void put_field(const struct gen *g, const struct column *c,
		      const char *p, size_t n, int index)
{
	size_t an;

	if (c->kind == 'e') {
		fprintf(g->out, "%d", index);
	} else if (c->kind == 'i') {
		fwrite(p, 1, n, g->out);
	} else if (c->kind == 'l') {
		for (an = 0; n; p += an + 2, n -= an + 2) {
			an = strcspn(p, ",");
			if (an >= n) {
				put_string(g->out, p, n);
				break;
			}
			put_string(g->out, p, an);
			fputs(", ", g->out);
		}
	} else {
		put_string(g->out, p, n);
	}
}

/* The index of value in a column's comma-separated list, or -1. */
static int value_index(const struct column *c, const char *p, size_t n)
{
	const char *v = c->values;
	int k;

	for (k = 0;; k++) {
		size_t vn = strcspn(v, ",");

		if (vn == n && !memcmp(v, p, n))
			return k;
		if (!v[vn])
			return -1;
		v += vn + 1;
	}
}

/* A C identifier: [a-z_][a-z0-9_]*. */
static int check_name(const struct gen *g, const struct column *c,
		      const char *s, const char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!(p[k] == '_' || (p[k] >= 'a' && p[k] <= 'z') ||
		      (k && p[k] >= '0' && p[k] <= '9'))) {
			bad(g, s, p + k, "'%s' must be a C name: small letters, "
			    "digits and '_'", c->name);
			return -1;
		}
	return 0;
}

/* Items separated by ", ": none empty, none twice. */
static int check_list(const struct gen *g, const struct column *c,
		      const char *s, const char *p, size_t n)
{
	const char *end = p + n, *a, *b;

	for (a = p; a < end; a += strcspn(a, ",") + 2) {
		size_t an = strcspn(a, ",");

		if (a + an > end)
			an = (size_t)(end - a);
		if (!an || a[0] == ' ' || a[an - 1] == ' ' ||
		    (a + an < end && a[an + 1] != ' ')) {
			bad(g, s, an && a[0] != ' ' && a[an - 1] != ' ' ? a + an : a,
			    "'%s': items are separated by \", \"", c->name);
			return -1;
		}
		for (b = p; b < a; b += strcspn(b, ",") + 2)
			if (strcspn(b, ",") == an && !memcmp(a, b, an)) {
				bad(g, s, a, "'%.*s' is twice in '%s'", (int)an, a,
				    c->name);
				return -1;
			}
	}
	return 0;
}

static int check_value(const struct gen *g, const struct column *c,
		       const char *s, const char *p, size_t n, int *index)
{
	*index = -1;
	if (!n) {
		bad(g, s, p, "empty '%s'", c->name);
		return -1;
	}
	if (p[0] == ' ' || p[n - 1] == ' ') {
		bad(g, s, p[0] == ' ' ? p : p + n - 1,
		    "'%s' starts or ends with a space", c->name);
		return -1;
	}
	if (c->kind == 'i')
		return check_name(g, c, s, p, n);
	if (c->kind == 'l')
		return check_list(g, c, s, p, n);
	if (c->kind != 'e' || (*index = value_index(c, p, n)) >= 0)
		return 0;
	bad(g, s, p, "'%s' is '%.*s', not one of %s", c->name, (int)n, p,
	    c->values);
	return -1;
}

/* Checks the line's order against the previous key, then keeps its key. */
static int check_order(struct gen *g, const char *s, size_t keylen)
{
	char *key = strndup(s, keylen);
	int cmp;

	if (!key) {
		perror("gen-data");
		return -1;
	}
	cmp = g->prev_key ? strcmp(key, g->prev_key) : 1;
	if (cmp <= 0) {
		if (!cmp)
			bad(g, s, s, "duplicate key '%s' (also on line %zu)", key,
			    g->line - 1);
		else
			bad(g, s, s, "'%s' sorts before '%s' on line %zu "
			    "(byte order, LC_ALL=C sort)", key, g->prev_key,
			    g->line - 1);
		free(key);
		return -1;
	}
	free(g->prev_key);
	g->prev_key = key;
	return 0;
}

/* One entry: columns, values, order; then its DATA_ROW line. */
static int entry(struct gen *g, const char *s)
{
	const char *field[MAX_COLUMNS], *p = s;
	size_t len[MAX_COLUMNS], n = 0, k;
	int index[MAX_COLUMNS];

	for (;;) {
		size_t w = strcspn(p, "\t");

		if (n == g->ncol) {
			bad(g, s, p - 1, "more than the %zu columns of the header",
			    g->ncol);
			return -1;
		}
		field[n] = p;
		len[n++] = w;
		if (!p[w])
			break;
		p += w + 1;
	}
	if (n < g->ncol) {
		bad(g, s, s + strlen(s), "%zu column%s, the header names %zu", n,
		    n == 1 ? "" : "s", g->ncol);
		return -1;
	}
	for (k = 0; k < n; k++)
		if (check_value(g, &g->col[k], s, field[k], len[k], &index[k]))
			return -1;
	if (check_order(g, s, len[0]))
		return -1;
	fputs("DATA_ROW(", g->out);
	for (k = 0; k < n; k++) {
		if (k)
			fputs(", ", g->out);
		put_field(g, &g->col[k], field[k], len[k], index[k]);
	}
	fputs(")\n", g->out);
	g->entries++;
	return 0;
}

/* The options' column kinds, once the header has named the columns. */
static int apply_specs(struct gen *g, const struct spec *specs, size_t nspec)
{
	size_t k, c, n;

	for (k = 0; k < nspec; k++) {
		const char *name = specs[k].arg;

		n = strcspn(name, "=");
		for (c = 0; c < g->ncol; c++)
			if (strlen(g->col[c].name) == n &&
			    !memcmp(g->col[c].name, name, n))
				break;
		if (c == g->ncol || (specs[k].kind == 'l' && c + 1 != g->ncol)) {
			fprintf(stderr, "%s: -%c %s: %s\n", g->in_path, specs[k].kind,
				name, c == g->ncol ? "no such column in the header"
				: "a list must be the last column");
			return -1;
		}
		g->col[c].kind = specs[k].kind;
		g->col[c].values = name[n] ? name + n + 1 : NULL;
	}
	return 0;
}

static int read_file(struct gen *g, const struct spec *specs, size_t nspec)
{
	char *s = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = -1, header = 1;

	while ((n = getline(&s, &cap, g->in)) > 0) {
		g->line++;
		if (s[n - 1] == '\n')
			s[--n] = '\0';
		if (n > MAX_LINE) {
			bad(g, s, s, "line longer than %d bytes", MAX_LINE);
			goto out;
		}
		if (check_text(g, s, (size_t)n))
			goto out;
		if (header && s[0] == '#') {
			if (!strncmp(s, "# columns:", strlen("# columns:")) &&
			    (g->ncol || read_columns(g, s)))
				goto out;
			continue;
		}
		if (header) {
			header = 0;
			if (!g->ncol) {
				bad(g, NULL, NULL, "no '# columns:' line in the header");
				goto out;
			}
			if (apply_specs(g, specs, nspec))
				goto out;
		}
		if (s[0] == '#') {
			bad(g, s, s, "comment after the first entry: comments go "
			    "in the header");
			goto out;
		}
		if (entry(g, s))
			goto out;
	}
	if (ferror(g->in)) {
		fprintf(stderr, "%s: %s\n", g->in_path, strerror(errno));
		goto out;
	}
	if (!g->entries) {
		g->line++;
		bad(g, NULL, NULL, "no entries");
		goto out;
	}
	rc = 0;
out:
	free(s);
	return rc;
}

static int usage(void)
{
	fputs("usage: gen-data [-e COLUMN=VALUE,VALUE...] [-i COLUMN] "
	      "[-l COLUMN]... INPUT.tsv OUTPUT.h\n", stderr);
	return 2;
}

int main(int argc, char **argv)
{
	struct gen g;
	struct spec specs[MAX_COLUMNS];
	char *tmp = NULL;
	size_t nspec = 0, k;
	int i, rc = 1;

	memset(&g, 0, sizeof(g));
	for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (nspec == MAX_COLUMNS || !strchr("eil", argv[i][1]) ||
		    argv[i][2] || (argv[i][1] == 'e') != !!strchr(argv[i + 1], '='))
			return usage();
		specs[nspec].kind = argv[i][1];
		specs[nspec++].arg = argv[i + 1];
	}
	if (argc - i != 2)
		return usage();
	g.in_path = argv[i];
	if (!(tmp = malloc(strlen(argv[i + 1]) + 5)))
		goto out;
	snprintf(tmp, strlen(argv[i + 1]) + 5, "%s.tmp", argv[i + 1]);
	if (!(g.in = fopen(g.in_path, "r"))) {
		fprintf(stderr, "%s: %s\n", g.in_path, strerror(errno));
		goto out;
	}
	if (!(g.out = fopen(tmp, "w"))) {
		fprintf(stderr, "%s: %s\n", tmp, strerror(errno));
		goto out;
	}
	fprintf(g.out, "/* Generated from %s by tools/gen-data.c: "
		"do not edit. */\n", g.in_path);
	if (read_file(&g, specs, nspec))
		goto out;
	if (fclose(g.out)) {
		g.out = NULL;
		fprintf(stderr, "%s: %s\n", tmp, strerror(errno));
		goto out;
	}
	g.out = NULL;
	if (rename(tmp, argv[i + 1])) {
		fprintf(stderr, "%s: %s\n", argv[i + 1], strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (g.out)
		fclose(g.out);
	if (rc && tmp)
		remove(tmp);
	if (g.in)
		fclose(g.in);
	for (k = 0; k < g.ncol; k++)
		free(g.col[k].name);
	free(g.prev_key);
	free(tmp);
	return rc;
}
