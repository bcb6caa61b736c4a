/* {{variables}} in say: texts: expanding them and checking their names. */
#include "loa/script.h"

#include <stdlib.h>
#include <string.h>

#include "template.h"

#define TEMPLATE_MAX_OUT (1u << 20)

/* A {{name}} reference in a text, as next_ref finds it. */
struct template_ref {
	const char *start;   /* the opening "{{" */
	const char *end;     /* just past "}}" */
	char name[64];
};

/* Columns count characters, as libyaml does, not UTF-8 bytes. */
static unsigned chars_between(const char *from, const char *to)
{
	unsigned n = 0;

	for (; from < to; from++)
		if (((unsigned char)*from & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * The column of at, in text written at column, for messages: the
 * reference itself when the text sits on the scalar's first line.
 */
static unsigned column_of(const char *text, const char *at, unsigned column)
{
	if (memchr(text, '\n', (size_t)(at - text)))
		return column;
	return column + chars_between(text, at);
}

/*
 * Finds the next reference from *cursor on and moves *cursor past it;
 * *found is 0 when there is none.  Reports unclosed braces.
 */
static loa_status next_ref(const char *text, const char **cursor,
			   struct template_ref *ref, int *found,
			   const char *file, unsigned line, unsigned column,
			   struct loa_error *err)
{
	const char *open = strstr(*cursor, "{{"), *close, *a, *b;
	unsigned col;

	*found = 0;
	if (!open)
		return LOA_OK;
	col = column_of(text, open, column);
	close = strstr(open + 2, "}}");
	if (!close)
		return loa_error_at(err, LOA_EINPUT, file, line, col,
				    "'{{' is not closed by '}}'");
	a = open + 2;
	b = close;
	while (a < b && *a == ' ')
		a++;
	while (b > a && b[-1] == ' ')
		b--;
	if (b == a || (size_t)(b - a) >= sizeof(ref->name))
		return loa_error_at(err, LOA_EINPUT, file, line, col,
				    "'%.*s' is not a variable name",
				    (int)(close + 2 - open), open);
	memcpy(ref->name, a, (size_t)(b - a));
	ref->name[b - a] = '\0';
	ref->start = open;
	ref->end = close + 2;
	*cursor = ref->end;
	*found = 1;
	return LOA_OK;
}

/* The value of ref's variable for profile; an unknown one is an error. */
static loa_status ref_value(const char *text, const struct template_ref *ref,
			    const struct loa_commune *profile,
			    const char *file, unsigned line, unsigned column,
			    const char **value, struct loa_error *err)
{
	*value = loa_commune_var(profile, ref->name);
	if (*value)
		return LOA_OK;
	return loa_error_at(err, LOA_EINPUT, file, line,
			    column_of(text, ref->start, column),
			    loa_commune_var_known(ref->name) ?
			    "variable '%s' needs a commune profile (--commune)" :
			    "undefined variable '%s'", ref->name);
}

struct expansion {
	char *s;
	size_t len, cap;
};

/* Makes room for need bytes in all, up to TEMPLATE_MAX_OUT. */
static loa_status expansion_reserve(struct expansion *x, size_t need,
				    const char *file, unsigned line,
				    unsigned column, struct loa_error *err)
{
	size_t ncap = 2 * need;
	char *p;

	if (need <= x->cap)
		return LOA_OK;
	if (ncap > TEMPLATE_MAX_OUT)
		return loa_error_at(err, LOA_EINPUT, file, line, column,
				    "text is too long");
	p = realloc(x->s, ncap);
	if (!p)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	x->s = p;
	x->cap = ncap;
	return LOA_OK;
}

/* Notes where ref's value went in the expansion, for template_expand. */
static loa_status note_span(struct template_spans *spans, const char *text,
			    const struct template_ref *ref, size_t at,
			    size_t value_len, struct loa_error *err)
{
	struct template_span *sp;

	if (!spans)
		return LOA_OK;
	if (spans->n == spans->cap) {
		size_t ncap = spans->cap ? 2 * spans->cap : 8;
		struct template_span *v = realloc(spans->v, ncap * sizeof(*v));

		if (!v)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		spans->v = v;
		spans->cap = ncap;
	}
	sp = &spans->v[spans->n++];
	sp->raw_start = (size_t)(ref->start - text);
	sp->raw_end = (size_t)(ref->end - text);
	sp->out_start = at;
	sp->out_end = at + value_len;
	memcpy(sp->name, ref->name, sizeof(sp->name));
	return LOA_OK;
}

loa_status loa_template_expand(const char *text, const char *file,
			       unsigned line, unsigned column,
			       const struct loa_commune *profile, char **out,
			       struct loa_error *err)
{
	return template_expand(text, file, line, column, profile, out, NULL,
			       err);
}

loa_status template_expand(const char *text, const char *file,
			   unsigned line, unsigned column,
			   const struct loa_commune *profile, char **out,
			   struct template_spans *spans, struct loa_error *err)
{
	const char *cursor = text, *copied = text;
	struct expansion x = { NULL, 0, 0 };
	struct template_ref ref;
	loa_status rc;
	int found;

	*out = NULL;
	for (;;) {
		const char *value = "";
		size_t piece_len, value_len;

		if ((rc = next_ref(text, &cursor, &ref, &found, file, line,
				   column, err)) ||
		    (found && (rc = ref_value(text, &ref, profile, file, line,
					      column, &value, err))))
			goto fail;
		piece_len = found ? (size_t)(ref.start - copied) :
			    strlen(copied);
		value_len = strlen(value);
		if ((rc = expansion_reserve(&x, x.len + piece_len + value_len + 1,
					    file, line, column, err)))
			goto fail;
		memcpy(x.s + x.len, copied, piece_len);
		x.len += piece_len;
		if (!found)
			break;
		if ((rc = note_span(spans, text, &ref, x.len, value_len, err)))
			goto fail;
		memcpy(x.s + x.len, value, value_len);
		x.len += value_len;
		copied = ref.end;
	}
	x.s[x.len] = '\0';
	*out = x.s;
	return LOA_OK;
fail:
	free(x.s);
	return rc;
}

loa_status loa_script_check_vars(const struct loa_script *script,
				 struct loa_error *err)
{
	return loa_script_check_vars_all(script, NULL, err);
}

/* Every undefined variable goes to diag; the first error stays in err. */
loa_status loa_script_check_vars_all(const struct loa_script *script,
				     struct loa_diag *diag,
				     struct loa_error *err)
{
	loa_status first = LOA_OK;
	size_t i;

	for (i = 0; i < script->n_parts; i++) {
		const struct loa_part *p = &script->parts[i];
		const char *cursor;
		struct template_ref ref;
		struct loa_error e;
		loa_status rc;
		unsigned col;
		int found = 1;

		if (p->kind != LOA_PART_SAY || !p->text)
			continue;
		cursor = p->text;
		while (found) {
			rc = next_ref(p->text, &cursor, &ref, &found,
				      script->file, p->line, p->column, &e);
			if (rc) {
				/* An unclosed '{{' ends this part's search. */
				loa_diag_add_error(diag, LOA_SEV_ERROR, &e);
				if (!first && err)
					*err = e;
				first = first ? first : rc;
				break;
			}
			if (!found || loa_commune_var_known(ref.name))
				continue;
			col = column_of(p->text, ref.start, p->column);
			loa_diag_add(diag, LOA_SEV_ERROR, script->file, p->line,
				     col, "undefined variable '%s'", ref.name);
			if (!first)
				loa_error_at(err, LOA_EINPUT, script->file, p->line,
					     col, "undefined variable '%s'", ref.name);
			first = first ? first : LOA_EINPUT;
		}
		if (first && !diag)
			break;
	}
	return first;
}
