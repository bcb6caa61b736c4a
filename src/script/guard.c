/*
 * The phone-number guard (loa/guard.h): the allowlist, the national list
 * of official numbers, and the check of every number a script will say.
 */
#include "loa/guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "core/yamldoc.h"
#include "loa/tts.h"
#include "template.h"

#define GUARD_MAX_SOURCE (4u << 20) /* the YAML reader's own cap */
#define ALLOWLIST_MAX 10000
#include "core/i18n.h"

/* data/official-numbers.tsv, sorted by number. */
struct official {
	const char *number, *name, *source;
};

static const struct official officials[] = {
#define DATA_ROW(number, name, source) { number, name, source },
#include "official-numbers.tsv.h"
#undef DATA_ROW
};

struct allow_entry {
	char key[24];
};

struct loa_allowlist {
	struct allow_entry *v;
	size_t n;
};

/* What a finding needs to know about where a text came from. */
struct guard_run {
	const struct loa_commune *profile;
	const struct loa_allowlist *allow;
	const struct loa_normalize_options *norm;
	struct loa_diag *diag;
	struct loa_error *err;
	size_t errors;
	char *source;        /* the script file, read once for positions */
	size_t source_len;
	int bare;            /* source is the text itself, not YAML */
	const char *voice;   /* the eSpeak NG voice; NULL: "vi" */
};

int loa_phone_key(const char *written, char *out, size_t size)
{
	size_t n = 0;
	int plus = 0;
	const char *s = written;

	while (*s == ' ')
		s++;
	if (*s == '+') {
		plus = 1;
		s++;
	}
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (n + 2 >= size)
				return 0;
			out[n++] = *s;
		} else if (!strchr(" .-()", *s)) {
			return 0;
		}
	}
	out[n] = '\0';
	if (!n)
		return 0;
	/* "+84 24 ..." and "0084 24 ..." are "024 ..." dialled at home. */
	if ((plus && n > 2 && !memcmp(out, "84", 2)) ||
	    (!plus && n > 4 && !memcmp(out, "0084", 4))) {
		size_t cut = plus ? 2 : 4;

		memmove(out + 1, out + cut, n - cut + 1);
		out[0] = '0';
	} else if (plus) {
		memmove(out + 1, out, n + 1);
		out[0] = '+';
	}
	return 1;
}

static int official_cmp(const void *key, const void *item)
{
	return strcmp(key, ((const struct official *)item)->number);
}

/* 1 when the number with this key may be aired. */
static int allowed(const struct guard_run *g, const char *key)
{
	char own[24];
	size_t i;

	const char *mine[2] = { NULL, NULL };

	if (g->profile) {
		mine[0] = g->profile->police_phone;
		mine[1] = g->profile->hotline;
	}
	for (i = 0; i < 2; i++)
		if (mine[i] && loa_phone_key(mine[i], own, sizeof(own)) &&
		    !strcmp(own, key))
			return 1;
	if (bsearch(key, officials, sizeof(officials) / sizeof(*officials),
		    sizeof(*officials), official_cmp))
		return 1;
	for (i = 0; g->allow && i < g->allow->n; i++)
		if (!strcmp(g->allow->v[i].key, key))
			return 1;
	return 0;
}

void loa_allowlist_free(struct loa_allowlist **list)
{
	if (!list || !*list)
		return;
	free((*list)->v);
	free(*list);
	*list = NULL;
}

static const char *const allow_keys[] = {
	"number", "name", "added_by", "reason", NULL
};

static loa_status load_entry(const struct yd_doc *doc,
			     const struct yd_node *item,
			     struct loa_allowlist *list, struct loa_error *err)
{
	const char *number, *by, *why, *name;
	struct allow_entry *e = &list->v[list->n];
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, item, YD_MAP, _("allowlist entry"), err)) ||
	    (rc = yd_check_keys(doc, item, allow_keys, err)) ||
	    (rc = yd_string(doc, item, "number", 1, &number, err)) ||
	    (rc = yd_string(doc, item, "name", 0, &name, err)) ||
	    (rc = yd_string(doc, item, "added_by", 1, &by, err)) ||
	    (rc = yd_string(doc, item, "reason", 1, &why, err)))
		return rc;
	if (!loa_phone_key(number, e->key, sizeof(e->key)) ||
	    strlen(e->key) < 3)
		return yd_error(doc, yd_map_get(item, "number"), err,
				"'%s' is not a phone number", number);
	if (!by[strspn(by, " ")])
		return yd_error(doc, yd_map_get(item, "added_by"), err,
				"'added_by' is empty: say who vouches for the number");
	if (!why[strspn(why, " ")])
		return yd_error(doc, yd_map_get(item, "reason"), err,
				"'reason' is empty: say why the number may be aired");
	for (i = 0; i < list->n; i++)
		if (!strcmp(list->v[i].key, e->key))
			return yd_error(doc, yd_map_get(item, "number"), err,
					"'%s' is listed twice", number);
	list->n++;
	return LOA_OK;
}

loa_status loa_allowlist_load(struct loa_allowlist **out, const char *path,
			      struct loa_error *err)
{
	struct loa_allowlist *list = NULL;
	const struct yd_node *seq;
	struct yd_doc doc;
	loa_status rc;
	size_t i;

	*out = NULL;
	if ((rc = yd_load_file(&doc, path, err)))
		return rc;
	if (!doc.root) {
		rc = yd_error(&doc, NULL, err, "the allowlist is empty");
		goto out;
	}
	if ((rc = yd_expect(&doc, doc.root, YD_MAP, "allowlist file", err)))
		goto out;
	seq = yd_map_get(doc.root, "allowlist");
	if (!seq || doc.root->n != 1) {
		rc = yd_error(&doc, doc.root, err,
			      "an allowlist file has one key, 'allowlist'");
		goto out;
	}
	if ((rc = yd_expect(&doc, seq, YD_SEQ, "allowlist", err)))
		goto out;
	if (seq->n > ALLOWLIST_MAX) {
		rc = yd_error(&doc, seq, err, "more than %d numbers",
			      ALLOWLIST_MAX);
		goto out;
	}
	list = calloc(1, sizeof(*list));
	if (!list || !(list->v = calloc(seq->n + 1, sizeof(*list->v)))) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < seq->n; i++)
		if ((rc = load_entry(&doc, seq->items[i], list, err)))
			goto out;
	*out = list;
	list = NULL;
out:
	loa_allowlist_free(&list);
	yd_release(&doc);
	return rc;
}

loa_status loa_allowlist_load_project(struct loa_allowlist **out,
				      const char *root, struct loa_error *err)
{
	char path[4096];
	struct stat st;

	*out = NULL;
	snprintf(path, sizeof(path), "%s/schedules/allowlist.yaml",
		 root ? root : ".");
	if (stat(path, &st)) {
		*out = calloc(1, sizeof(**out));
		return *out ? LOA_OK :
		       loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	return loa_allowlist_load(out, path, err);
}

/* The script's own bytes, to place a number on its line; NULL if unread. */
static void read_source(struct guard_run *g, const char *path)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return;
	g->source = malloc(GUARD_MAX_SOURCE + 1);
	if (g->source) {
		n = fread(g->source, 1, GUARD_MAX_SOURCE, f);
		if (ferror(f)) {
			free(g->source);
			g->source = NULL;
		} else {
			g->source_len = n;
		}
	}
	fclose(f);
}

/* Moves *p past one UTF-8 character. */
static void next_char(const char *s, size_t len, size_t *p)
{
	(*p)++;
	while (*p < len && ((unsigned char)s[*p] & 0xC0) == 0x80)
		(*p)++;
}

/*
 * Where byte at of the scalar text written at line:column sits in the
 * source: walk both, the source's extra bytes being line breaks,
 * indentation, quotes and block indicators.  Leaves *line and *column at
 * the scalar's start when the walk loses its way.
 */
static void place(const struct guard_run *g, const char *text, size_t at,
		  unsigned *line, unsigned *column)
{
	const char *s = g->source;
	size_t len = g->source_len, p = 0, k;
	unsigned l = 1, c;

	if (!s)
		return;
	while (p < len && l < *line)
		if (s[p++] == '\n')
			l++;
	for (c = 1; c < *column && p < len && s[p] != '\n'; c++)
		next_char(s, len, &p);
	if (g->bare) {
		/* No indicator or quote to step over. */
	} else if (p < len && (s[p] == '|' || s[p] == '>')) {
		while (p < len && s[p] != '\n')
			p++;
	} else if (p < len && (s[p] == '"' || s[p] == '\'')) {
		p++;
	}
	for (k = 0; k <= at; k++) {
		if (k < at && strchr(" \t\r\n", text[k]))
			continue;
		while (p < len && s[p] != text[k])
			p++;
		if (p >= len)
			return;
		if (k < at)
			p++;
	}
	for (l = 1, c = 1, k = 0; k < p; next_char(s, len, &k)) {
		if (s[k] == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
	}
	*line = l;
	*column = c;
}

/* Records one refused number: in err when it is the first, in diag. */
static void refuse(struct guard_run *g, const char *file, unsigned line,
		   unsigned column, const char *digits, const char *var)
{
	const char *why = _("is not one of the commune's numbers, an official "
			    "number (data/official-numbers.tsv) or a number "
			    "in schedules/allowlist.yaml");
	char what[96];

	if (var)
		snprintf(what, sizeof(what), _("phone number '%s' (from %s)"),
			 digits, var);
	else
		snprintf(what, sizeof(what), _("phone number '%s'"),
			 digits);
	if (!g->errors++)
		loa_error_at(g->err, LOA_EINPUT, file, line, column, "%s %s",
			     what, why);
	loa_diag_add(g->diag, LOA_SEV_ERROR, file, line, column, "%s %s",
		     what, why);
}

/* The variable of spans that out_at falls in, or NULL; *raw_at is out_at
 * in the text before expansion otherwise. */
static const struct template_span *span_at(const struct template_spans *sp,
					   size_t out_at, size_t *raw_at)
{
	size_t i;
	long long delta = 0;

	for (i = 0; i < sp->n; i++) {
		if (out_at >= sp->v[i].out_start && out_at < sp->v[i].out_end)
			return &sp->v[i];
		if (sp->v[i].out_end <= out_at)
			delta += (long long)(sp->v[i].out_end - sp->v[i].out_start) -
				 (long long)(sp->v[i].raw_end - sp->v[i].raw_start);
	}
	*raw_at = (size_t)((long long)out_at - delta);
	return NULL;
}

/* text, its {{variables}} expanded for the profile, into *spoken; spans
 * says where each value went.  Without a profile, or with a variable the
 * profile lacks (the loader's and the renderer's error to report), the
 * text as written. */
static loa_status expand(struct guard_run *g, const char *text,
			 const char *file, unsigned line, unsigned column,
			 char **spoken, struct template_spans *spans)
{
	loa_status rc = LOA_EINPUT;

	*spoken = NULL;
	if (g->profile) {
		struct loa_error why;

		rc = template_expand(text, file, line, column, g->profile,
				     spoken, spans, &why);
		if (rc == LOA_EINPUT)
			spans->n = 0;
		else if (rc && g->err)
			*g->err = why;
	}
	if (rc == LOA_EINPUT)
		rc = (*spoken = strdup(text)) ? LOA_OK :
		     loa_error_set(g->err, LOA_ENOMEM, "out of memory");
	return rc;
}

/* Checks one text written at file:line:column. */
static loa_status guard_one(struct guard_run *g, const char *text,
			    const char *file, unsigned line, unsigned column)
{
	struct template_spans spans = { NULL, 0, 0 };
	struct loa_phone *hits = NULL;
	char *spoken = NULL, key[24];
	size_t n = 0, i, raw_at = 0;
	loa_status rc;

	rc = expand(g, text, file, line, column, &spoken, &spans);
	if (rc || (rc = loa_find_phones(spoken, strlen(spoken), g->norm, &hits,
					&n, g->err)))
		goto out;
	for (i = 0; i < n; i++) {
		const struct template_span *var;
		unsigned l = line, c = column;

		if (!loa_phone_key(hits[i].digits, key, sizeof(key)) ||
		    allowed(g, key))
			continue;
		var = span_at(&spans, hits[i].offset, &raw_at);
		if (var) {
			loa_commune_where(g->profile, var->name, &l, &c);
			refuse(g, g->profile->file, l, c, hits[i].digits, var->name);
		} else {
			place(g, text, raw_at, &l, &c);
			refuse(g, file, l, c, hits[i].digits, NULL);
		}
	}
out:
	free(spans.v);
	free(hits);
	free(spoken);
	return rc;
}

typedef loa_status say_fn(struct guard_run *g, const char *text,
			  const char *file, unsigned line, unsigned column);

/* Runs one on every say: part of script, whose file is read once to
 * place findings; stops at the first failure (not a finding). */
static loa_status each_say(struct guard_run *g,
			   const struct loa_script *script, say_fn *one)
{
	loa_status rc = LOA_OK;
	size_t i;

	read_source(g, script->file);
	for (i = 0; i < script->n_parts && !rc; i++) {
		const struct loa_part *p = &script->parts[i];

		if (p->kind == LOA_PART_SAY && p->text)
			rc = one(g, p->text, script->file, p->line, p->column);
	}
	free(g->source);
	g->source = NULL;
	return rc;
}

loa_status loa_guard_script(const struct loa_script *script,
			    const struct loa_commune *profile,
			    const struct loa_allowlist *allow,
			    const struct loa_normalize_options *norm,
			    struct loa_diag *diag, struct loa_error *err)
{
	struct guard_run g = { profile, allow, norm, diag, err, 0, NULL, 0, 0,
			       NULL };
	loa_status rc = each_say(&g, script, guard_one);

	if (rc)
		return rc;
	return g.errors ? LOA_EINPUT : LOA_OK;
}

loa_status loa_guard_text(const char *text, const char *name,
			  const struct loa_commune *profile,
			  const struct loa_allowlist *allow,
			  const struct loa_normalize_options *norm,
			  struct loa_diag *diag, struct loa_error *err)
{
	struct guard_run g = { profile, allow, norm, diag, err, 0, NULL, 0, 1,
			       NULL };
	loa_status rc;

	/* The text is its own source: line and column fall out of place(). */
	g.source = (char *)text;
	g.source_len = strlen(text);
	rc = guard_one(&g, text, name, 1, 1);
	if (rc)
		return rc;
	return g.errors ? LOA_EINPUT : LOA_OK;
}

int loa_guard_examples(const struct loa_commune *profile,
		       struct loa_diag *diag)
{
	unsigned line, column;

	if (!profile || !profile->example_contacts)
		return 0;
	loa_commune_where(profile, "example_contacts", &line, &column);
	loa_diag_add(diag, LOA_SEV_WARNING, profile->file, line, column,
		     "the profile's numbers are examples (example_contacts: "
		     "true): put the commune's real numbers in before airing");
	return 1;
}

/* ------------------------------------------------------------------ */
/* Words the voice cannot read in Vietnamese. */

/* Distinct words checked per text; more are left unchecked. */
#define UNREADABLE_MAX 2048

static int word_byte(char ch)
{
	return (unsigned char)ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
	       (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '\'' || ch == '-';
}

/* Splits spoken in place into its distinct words, in order. */
static size_t spoken_words(char *spoken, const char **words)
{
	size_t n = 0, k;
	char *p = spoken;

	while (*p && n < UNREADABLE_MAX) {
		char *w;

		while (*p && !word_byte(*p))
			p++;
		if (!*p)
			break;
		w = p;
		while (*p && word_byte(*p))
			p++;
		if (*p)
			*p++ = '\0';
		for (k = 0; k < n && strcmp(words[k], w); k++)
			;
		if (k == n)
			words[n++] = w;
	}
	return n;
}

/* A number ("5,550" of "5,550-5,600") ends where no digit follows. */
static int number_goes_on(const char *text, size_t at, size_t len)
{
	return (text[at] >= '0' && text[at] <= '9') ||
	       ((text[at] == '.' || text[at] == ',') && at + 1 < len &&
		text[at + 1] >= '0' && text[at + 1] <= '9');
}

/* The byte offset of word, as a whole word, in text (exact case first,
 * then ASCII case folded; a number may follow a dash, "1,250-1,300");
 * -1 when the normaliser made it. */

static long find_word(const char *text, const char *word)
{
	size_t n = strlen(word), len = strlen(text), k;
	int fold, number = n && word[0] >= '0' && word[0] <= '9';

	for (fold = 0; fold < 2; fold++)
		for (k = 0; k + n <= len; k++)
			if ((fold ? !strncasecmp(text + k, word, n) :
				    !memcmp(text + k, word, n)) &&
			    (k == 0 || !word_byte(text[k - 1]) ||
			     (number && text[k - 1] == '-')) &&
			    (number ? !number_goes_on(text, k + n, len) :
				      !word_byte(text[k + n])))
				return (long)k;
	return -1;
}

static const char *language_name(const char *code)
{
	static const char *const names[][2] = { { "en", "English" },
		{ "fr", "French" }, { "de", "German" }, { "es", "Spanish" },
		{ "zh", "Chinese" }, { "ja", "Japanese" }, { "ko", "Korean" },
		{ "ru", "Russian" } };
	size_t k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (!strcmp(code, names[k][0]))
			return names[k][1];
	return code;
}

/* Records one unreadable word as a warning at file:line:column. */
static void unreadable(struct guard_run *g, const char *file, unsigned line,
		       unsigned column, const char *word,
		       const struct loa_tts_reading *r, int made)
{
	char how[64];

	if (r->kind == LOA_READ_FOREIGN)
		snprintf(how, sizeof(how), "with %s phonemes",
			 language_name(r->lang));
	else
		snprintf(how, sizeof(how), "letter by letter");
	g->errors++;
	loa_diag_add(g->diag, LOA_SEV_WARNING, file, line, column,
		     "'%s'%s would be read %s: add a lexicon entry "
		     "(written: \"%s\", spoken: its Vietnamese syllables; "
		     "loa-lexicon(5))", word,
		     made ? " (in the spoken form)" : "", how, word);
}

/* "{{commune.name}}" left unexpanded (no profile) is no word: spaces, so
 * that offsets stay. */
static void blank_variables(char *s)
{
	char *open, *close;

	while ((open = strstr(s, "{{")) && (close = strstr(open, "}}"))) {
		memset(open, ' ', (size_t)(close + 2 - open));
		s = close + 2;
	}
}

/* Where word of the expanded text spoken sits: in a profile value it
 * came from, else in the text written at *file:*line:*column (its start
 * when the normaliser made the word).  Returns 1 when it was written. */
static int word_place(const struct guard_run *g, const char *text,
		      const char *spoken, const struct template_spans *spans,
		      const char *word, const char **file, unsigned *line,
		      unsigned *column)
{
	const struct template_span *var;
	size_t raw_at = 0;
	long at = find_word(spoken, word);

	var = at < 0 ? NULL : span_at(spans, (size_t)at, &raw_at);
	if (var) {
		*file = g->profile->file;
		loa_commune_where(g->profile, var->name, line, column);
	} else if (at >= 0) {
		place(g, text, raw_at, line, column);
	}
	return at >= 0;
}

/* Warns of each word read by the rules for foreign words or written
 * without its marks, with how it will be read, so that the officer can
 * correct a wrong guess; and of each number a reader takes two ways,
 * with both readings. */
static loa_status foreign_words(struct guard_run *g, const char *text,
				const char *spoken,
				const struct template_spans *spans,
				const char *file, unsigned line,
				unsigned column)
{
	struct loa_foreign *fw = NULL;
	size_t n = 0, k;
	loa_status rc;

	rc = loa_find_foreign(spoken, strlen(spoken), g->norm, &fw, &n, g->err);
	for (k = 0; !rc && k < n; k++) {
		const char *f = file;
		unsigned l = line, c = column;

		word_place(g, text, spoken, spans, fw[k].written, &f, &l, &c);
		g->errors++;
		if (fw[k].kind == LOA_FOREIGN_NUMBER)
			loa_diag_add(g->diag, LOA_SEV_WARNING, f, l, c,
				     "'%s' can be read two ways: it will be read "
				     "'%s'; if it means '%s', write it '%s'",
				     fw[k].written, fw[k].spoken, fw[k].other,
				     fw[k].write);
		else if (fw[k].kind == LOA_FOREIGN_TONELESS)
			loa_diag_add(g->diag, LOA_SEV_WARNING, f, l, c,
				     "'%s' is written without its marks: it will "
				     "be read '%s'; if that is wrong, write the "
				     "marks or add a lexicon entry (written: "
				     "\"%s\", spoken: the words with their marks; "
				     "loa-lexicon(5))", fw[k].written,
				     fw[k].spoken, fw[k].written);
		else if (fw[k].kind == LOA_FOREIGN_SPELLED)
			loa_diag_add(g->diag, LOA_SEV_WARNING, f, l, c,
				     "'%s' is in no lexicon: it will be spelled "
				     "'%s'; if it stands for words, add a lexicon "
				     "entry (written: \"%s\", spoken: the words; "
				     "loa-lexicon(5))", fw[k].written,
				     fw[k].spoken, fw[k].written);
		else
			loa_diag_add(g->diag, LOA_SEV_WARNING, f, l, c,
				     "'%s' is not Vietnamese and no lexicon has "
				     "it: it will be read '%s'; if that is "
				     "wrong, add a lexicon entry (written: "
				     "\"%s\", spoken: its Vietnamese syllables; "
				     "loa-lexicon(5))", fw[k].written,
				     fw[k].spoken, fw[k].written);
	}
	free(fw);
	return rc;
}

/* Checks the words of one text written at file:line:column. */
static loa_status unreadable_one(struct guard_run *g, const char *text,
				 const char *file, unsigned line,
				 unsigned column)
{
	struct template_spans spans = { NULL, 0, 0 };
	struct loa_tts_reading *r = NULL;
	const char **words = NULL;
	char *spoken = NULL, *said = NULL;
	size_t n, k;
	loa_status rc;

	rc = expand(g, text, file, line, column, &spoken, &spans);
	if (rc)
		goto out;
	blank_variables(spoken);
	if ((rc = loa_normalize(spoken, strlen(spoken), g->norm, &said, g->err)))
		goto out;
	words = malloc(UNREADABLE_MAX * sizeof(*words));
	r = calloc(UNREADABLE_MAX, sizeof(*r));
	if (!words || !r) {
		rc = loa_error_set(g->err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	n = spoken_words(said, words);
	if ((rc = loa_tts_readings(words, n, g->voice, r, g->err)))
		goto out;
	for (k = 0; k < n; k++) {
		const char *f = file;
		unsigned l = line, c = column;
		int written;

		if (r[k].kind == LOA_READ_OWN)
			continue;
		written = word_place(g, text, spoken, &spans, words[k], &f, &l, &c);
		unreadable(g, f, l, c, words[k], &r[k], !written);
	}
	rc = foreign_words(g, text, spoken, &spans, file, line, column);
out:
	free(spans.v);
	free(spoken);
	free(said);
	free(words);
	free(r);
	return rc;
}

size_t loa_guard_unreadable(const struct loa_script *script,
			    const struct loa_commune *profile,
			    const struct loa_normalize_options *norm,
			    struct loa_diag *diag, struct loa_error *err)
{
	struct guard_run g = { profile, NULL, norm, diag, err, 0, NULL, 0, 0,
			       script->voice.name };

	each_say(&g, script, unreadable_one);
	return g.errors;
}

size_t loa_guard_unreadable_text(const char *text, const char *name,
				 const struct loa_normalize_options *norm,
				 const char *voice, struct loa_diag *diag,
				 struct loa_error *err)
{
	struct guard_run g = { NULL, NULL, norm, diag, err, 0, NULL, 0, 1,
			       voice };

	g.source = (char *)text;
	g.source_len = strlen(text);
	unreadable_one(&g, text, name, 1, 1);
	return g.errors;
}
