/*
 * The built-in dictionary and user lexicons (norm_dict.h).
 *
 * The built-in entries are data: data/lexicon.tsv and, for readings only
 * before a capitalised name, data/lexicon-place.tsv, compiled in by
 * tools/gen-data.c.
 */
#include "norm_dict.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "norm_buf.h"
#include "norm_case.h"
#include "norm_nfc.h"
#include "core/i18n.h"
#include "core/yamldoc.h"

static const struct norm_entry builtin[] = {
#define DATA_ROW(written, spoken, exact) { written, spoken, exact, 0 },
#include "lexicon.tsv.h"
#undef DATA_ROW
#define DATA_ROW(written, spoken, exact) { written, spoken, exact, 1 },
#include "lexicon-place.tsv.h"
#undef DATA_ROW
};

const struct norm_entry *norm_builtin(size_t *n)
{
	*n = sizeof(builtin) / sizeof(builtin[0]);
	return builtin;
}

#define N_BUILTIN (sizeof(builtin) / sizeof(builtin[0]))

/* The built-in entries by the bucket of their first word (norm_word_bucket,
 * as for user lexicons), built once for the process: all of them for the
 * dictionary rule, and the one-word entries read anywhere for
 * norm_dict_find, which runs for almost every word.  A word is compared
 * with the few entries of its bucket, not with every entry that starts
 * with its letter. */
static struct {
	const struct norm_entry *all[N_BUILTIN], *single[N_BUILTIN];
	size_t all_at[NORM_LEX_BUCKETS + 1], single_at[NORM_LEX_BUCKETS + 1];
} ix;
static pthread_once_t ix_once = PTHREAD_ONCE_INIT;

static int is_single(const struct norm_entry *e)
{
	return !e->place && !strchr(e->written, ' ');
}

static size_t first_word_bucket(const struct norm_entry *e)
{
	const char *sp = strchr(e->written, ' ');

	return norm_word_bucket(e->written,
				sp ? (size_t)(sp - e->written) : strlen(e->written));
}

/* A stable counting sort: out[at[b]] .. out[at[b + 1] - 1] are bucket b,
 * in table order (on a tie the later entry wins). */
static void bucket_entries(const struct norm_entry **out, size_t *at,
			   int single_only)
{
	static size_t bucket[N_BUILTIN], fill[NORM_LEX_BUCKETS];
	size_t k;

	for (k = 0; k < N_BUILTIN; k++) {
		bucket[k] = first_word_bucket(&builtin[k]);
		if (!single_only || is_single(&builtin[k]))
			at[bucket[k] + 1]++;
	}
	for (k = 1; k <= NORM_LEX_BUCKETS; k++)
		at[k] += at[k - 1];
	memcpy(fill, at, sizeof(fill));
	for (k = 0; k < N_BUILTIN; k++)
		if (!single_only || is_single(&builtin[k]))
			out[fill[bucket[k]]++] = &builtin[k];
}

static void build_index(void)
{
	bucket_entries(ix.all, ix.all_at, 0);
	bucket_entries(ix.single, ix.single_at, 1);
}

const struct norm_entry *const *norm_dict_index(const size_t **at)
{
	pthread_once(&ix_once, build_index);
	*at = ix.all_at;
	return ix.all;
}

const struct norm_entry *norm_dict_find(const char *p, size_t n)
{
	size_t k, bucket;

	if (!n)
		return NULL;
	pthread_once(&ix_once, build_index);
	bucket = norm_word_bucket(p, n);
	for (k = ix.single_at[bucket]; k < ix.single_at[bucket + 1]; k++) {
		const struct norm_entry *e = ix.single[k];
		size_t wn = strlen(e->written);

		if (e->sensitive ? (wn == n && !memcmp(p, e->written, n))
				 : norm_eq_fold(p, n, e->written, wn))
			return e;
	}
	return NULL;
}

int norm_default_sensitive(const char *written)
{
	size_t pos = 0, len = strlen(written), letters = 0;
	int lower = 0;
	uint32_t cp;

	while (pos < len) {
		if (norm_utf8_next(written, len, &pos, &cp)) {
			pos++;
			continue;
		}
		if (!norm_is_letter_cp(cp))
			continue;
		letters++;
		if (norm_is_lower_cp(cp))
			lower = 1;
	}
	return letters && !lower;
}

/* Lexicon files are small; these caps keep a bad file from eating memory. */
#define MAX_ENTRIES 20000
#define MAX_FIELD 512
#define MAX_WORDS 8

void loa_lexicon_free(struct loa_lexicon **lexicon)
{
	size_t i;

	if (!lexicon || !*lexicon)
		return;
	for (i = 0; i < (*lexicon)->n; i++) {
		free((char *)(*lexicon)->entries[i].written);
		free((char *)(*lexicon)->entries[i].spoken);
	}
	free((*lexicon)->entries);
	free((*lexicon)->file);
	free(*lexicon);
	*lexicon = NULL;
}

/* NFC, trimmed, single spaces; NULL when out of memory. */
static char *clean_field(const char *s)
{
	struct norm_buf nfc, out;
	size_t bad, i;

	norm_buf_init(&nfc, 4 * MAX_FIELD);
	norm_buf_init(&out, 4 * MAX_FIELD);
	if (norm_nfc(s, strlen(s), &nfc, &bad) || nfc.failed) {
		norm_buf_release(&nfc);
		return NULL;
	}
	for (i = 0; i < nfc.len; i++) {
		char c = nfc.p[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (out.len && out.p[out.len - 1] != ' ')
				norm_buf_addc(&out, ' ');
		} else {
			norm_buf_addc(&out, c);
		}
	}
	norm_buf_rtrim(&out);
	norm_buf_release(&nfc);
	if (out.failed) {
		norm_buf_release(&out);
		return NULL;
	}
	return norm_buf_detach(&out);
}

static size_t count_words(const char *s)
{
	size_t n = 1;

	for (; *s; s++)
		if (*s == ' ')
			n++;
	return n;
}

static loa_status load_entry(const struct yd_doc *doc,
			     const struct yd_node *item,
			     struct loa_lexicon *lex, struct loa_error *err)
{
	static const char *const keys[] = { "written", "spoken", "case", NULL };
	const char *written, *spoken, *kase;
	struct norm_entry *e = &lex->entries[lex->n];
	const struct yd_node *v;
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, item, YD_MAP, _("lexicon entry"), err)) ||
	    (rc = yd_check_keys(doc, item, keys, err)) ||
	    (rc = yd_string(doc, item, "written", 1, &written, err)) ||
	    (rc = yd_string(doc, item, "spoken", 1, &spoken, err)) ||
	    (rc = yd_string(doc, item, "case", 0, &kase, err)))
		return rc;
	v = yd_map_get(item, "written");
	if (strlen(written) > MAX_FIELD)
		return yd_error(doc, v, err, "'written' is longer than %d bytes",
				MAX_FIELD);
	v = yd_map_get(item, "spoken");
	if (strlen(spoken) > MAX_FIELD)
		return yd_error(doc, v, err, "'spoken' is longer than %d bytes",
				MAX_FIELD);
	for (i = 0; spoken[i]; i++)
		if (spoken[i] >= '0' && spoken[i] <= '9')
			return yd_error(doc, v, err,
					"'spoken' must not contain digits: "
					"write numbers in words");
	e->written = clean_field(written);
	e->spoken = clean_field(spoken);
	if (!e->written || !e->spoken) {
		free((char *)e->written);
		free((char *)e->spoken);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	lex->n++;
	if (!e->written[0])
		return yd_error(doc, yd_map_get(item, "written"), err,
				"'written' must not be blank");
	if (!e->spoken[0])
		return yd_error(doc, v, err, "'spoken' must not be blank");
	if (count_words(e->written) > MAX_WORDS)
		return yd_error(doc, yd_map_get(item, "written"), err,
				"'written' has more than %d words", MAX_WORDS);
	e->sensitive = (unsigned char)norm_default_sensitive(e->written);
	e->place = 0;
	if (kase) {
		if (!strcmp(kase, "sensitive"))
			e->sensitive = 1;
		else if (!strcmp(kase, "insensitive"))
			e->sensitive = 0;
		else
			return yd_error(doc, yd_map_get(item, "case"), err,
					"'case' must be sensitive or insensitive, "
					"not '%s'", kase);
	}
	return LOA_OK;
}

char norm_fold_byte(char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

size_t norm_word_bucket(const char *p, size_t n)
{
	uint32_t h = 2166136261u, cp;
	size_t pos = 0;

	if (n && p[n - 1] == '.')
		n--;
	while (pos < n) {
		if (norm_utf8_next(p, n, &pos, &cp))
			cp = (unsigned char)p[pos++];
		h = (h ^ norm_lower_cp(cp)) * 16777619u;
	}
	return h % NORM_LEX_BUCKETS;
}

static int same_written(const struct norm_entry *a, const struct norm_entry *b)
{
	return norm_eq_fold(a->written, strlen(a->written), b->written,
			    strlen(b->written)) &&
	       (!a->sensitive || !b->sensitive || !strcmp(a->written, b->written));
}

/* Two entries for the same written form are a mistake: report the first
 * repeat in file order.  Compares within hash buckets only. */
static loa_status find_duplicate(const struct yd_doc *doc,
				 const struct yd_node *list,
				 const struct loa_lexicon *lex,
				 struct loa_error *err)
{
	size_t *bucket = malloc((lex->n + 1) * sizeof(*bucket));
	size_t *order = malloc((lex->n + 1) * sizeof(*order));
	size_t *at = calloc(NORM_LEX_BUCKETS + 1, sizeof(*at));
	size_t k, a, b, repeat = lex->n;
	loa_status rc = LOA_OK;

	if (!bucket || !order || !at) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	for (k = 0; k < lex->n; k++) {
		bucket[k] = first_word_bucket(&lex->entries[k]);
		at[bucket[k] + 1]++;
	}
	for (k = 1; k <= NORM_LEX_BUCKETS; k++)
		at[k] += at[k - 1];
	for (k = 0; k < lex->n; k++)
		order[at[bucket[k]]++] = k;
	/* at[b] now ends bucket b; entries keep file order inside it. */
	for (k = 0; k < lex->n; k = b) {
		for (b = k; b < lex->n && bucket[order[b]] == bucket[order[k]]; b++)
			for (a = k; a < b; a++)
				if (order[b] < repeat &&
				    same_written(&lex->entries[order[a]],
						 &lex->entries[order[b]]))
					repeat = order[b];
	}
	if (repeat < lex->n)
		rc = yd_error(doc, yd_map_get(list->items[repeat], "written"), err,
			      "'%s' is already in this lexicon",
			      lex->entries[repeat].written);
out:
	free(bucket);
	free(order);
	free(at);
	return rc;
}

/* Buckets the entries by their first word (a stable counting sort) so
 * that a large lexicon costs a comparison or two per word. */
static loa_status index_entries(struct loa_lexicon *lex, struct loa_error *err)
{
	struct norm_entry *sorted;
	size_t *fill, k;

	memset(lex->at, 0, sizeof(lex->at));
	sorted = calloc(lex->n + 1, sizeof(*sorted));
	fill = malloc(NORM_LEX_BUCKETS * sizeof(*fill));
	if (!sorted || !fill) {
		free(sorted);
		free(fill);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	for (k = 0; k < lex->n; k++)
		lex->at[first_word_bucket(&lex->entries[k]) + 1]++;
	for (k = 1; k <= NORM_LEX_BUCKETS; k++)
		lex->at[k] += lex->at[k - 1];
	memcpy(fill, lex->at, NORM_LEX_BUCKETS * sizeof(*fill));
	for (k = 0; k < lex->n; k++)
		sorted[fill[first_word_bucket(&lex->entries[k])]++] = lex->entries[k];
	free(fill);
	free(lex->entries);
	lex->entries = sorted;
	return LOA_OK;
}

loa_status loa_lexicon_load(struct loa_lexicon **out, const char *path,
			    struct loa_error *err)
{
	static const char *const top[] = { "lexicon", NULL };
	struct loa_lexicon *lex = NULL;
	const struct yd_node *list;
	struct yd_doc doc;
	loa_status rc;
	size_t i;

	*out = NULL;
	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
	if (!doc.root) {
		rc = yd_error(&doc, NULL, err, "empty lexicon: expected 'lexicon:'");
		goto out;
	}
	if ((rc = yd_expect(&doc, doc.root, YD_MAP, "lexicon file", err)) ||
	    (rc = yd_check_keys(&doc, doc.root, top, err)))
		goto out;
	list = yd_map_get(doc.root, "lexicon");
	if (!list) {
		rc = yd_error(&doc, doc.root, err, "missing required key 'lexicon'");
		goto out;
	}
	if ((rc = yd_expect(&doc, list, YD_SEQ, "lexicon", err)))
		goto out;
	if (list->n > MAX_ENTRIES) {
		rc = yd_error(&doc, list, err, "more than %d entries", MAX_ENTRIES);
		goto out;
	}
	rc = LOA_ENOMEM;
	lex = calloc(1, sizeof(*lex));
	if (!lex || !(lex->file = strdup(path)) ||
	    !(lex->entries = calloc(list->n + 1, sizeof(*lex->entries)))) {
		loa_error_set(err, rc, "out of memory");
		goto out;
	}
	for (i = 0; i < list->n; i++) {
		rc = load_entry(&doc, list->items[i], lex, err);
		if (rc)
			goto out;
	}
	rc = find_duplicate(&doc, list, lex, err);
	if (rc)
		goto out;
	rc = index_entries(lex, err);
	if (rc)
		goto out;
	*out = lex;
	lex = NULL;
	rc = LOA_OK;
out:
	loa_lexicon_free(&lex);
	yd_release(&doc);
	return rc;
}
