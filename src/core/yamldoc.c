#include "yamldoc.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "i18n.h"

#define YD_MAX_FILE (4u << 20)
#define YD_MAX_DEPTH 64

static void node_free(struct yd_node *node)
{
	size_t i;

	if (!node)
		return;
	for (i = 0; i < node->n_items; i++)
		node_free(node->items[i]);
	free(node->items);
	free(node->text);
	free(node);
}

void yd_release(struct yd_doc *doc)
{
	if (!doc)
		return;
	node_free(doc->root);
	free(doc->file);
	doc->root = NULL;
	doc->file = NULL;
}

loa_status yd_error(const struct yd_doc *doc, const struct yd_node *node,
		    struct loa_error *err, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), loa_i18n_format(fmt), ap);
	va_end(ap);
	/* No node: the document as a whole (an empty file), found at 1:1. */
	loa_diag_add(doc->diag, LOA_SEV_ERROR, doc->file, node ? node->line : 1,
		     node ? node->column : 1, "%s", msg);
	return loa_error_at(err, LOA_EINPUT, doc->file, node ? node->line : 1,
			    node ? node->column : 1, "%s", msg);
}

int yd_stop(const struct yd_doc *doc, struct yd_collect *c, loa_status rc,
	    const struct loa_error *err)
{
	if (!rc)
		return 0;
	if (rc != LOA_EINPUT || !doc->diag)
		return 1;
	if (!c->rc) {
		c->rc = rc;
		if (err)
			c->first = *err;
	}
	return 0;
}

loa_status yd_collected(const struct yd_collect *c, struct loa_error *err)
{
	if (c->rc && err)
		*err = c->first;
	return c->rc;
}

/* Appends child as item number used (maps hold key, value, key, ...). */
static int push_item(struct yd_node *parent, size_t used,
		     struct yd_node *child, size_t *cap)
{
	if (used + 1 > *cap) {
		size_t ncap = *cap ? 2 * *cap : 8;
		struct yd_node **items = realloc(parent->items,
						 ncap * sizeof(*items));
		if (!items)
			return -1;
		parent->items = items;
		*cap = ncap;
	}
	parent->items[used] = child;
	parent->n_items = used + 1;
	return 0;
}

struct parse_state {
	yaml_parser_t parser;
	const char *text;      /* the input, to place reader errors */
	size_t len;
	struct yd_doc *doc;
	struct loa_error *err;
	int depth;
};

static loa_status parse_node(struct parse_state *st, yaml_event_t *first,
			     struct yd_node **out);

static loa_status event_error(struct parse_state *st, const yaml_mark_t *mark,
			      const char *msg)
{
	return loa_error_at(st->err, LOA_EINPUT, st->doc->file,
			    (unsigned)mark->line + 1, (unsigned)mark->column + 1,
			    "%s", msg);
}

/*
 * libyaml reports bad encodings (invalid UTF-8, control characters) by
 * byte offset only: count lines and characters up to it ourselves.
 */
/* The byte offset of a 0-based line and character column in the input. */
static size_t offset_of(const struct parse_state *st, size_t line,
			size_t column)
{
	size_t i = 0;

	while (line > 0 && i < st->len)
		if (st->text[i++] == '\n')
			line--;
	while (column > 0 && i < st->len) {
		i++;
		while (i < st->len && ((unsigned char)st->text[i] & 0xC0) == 0x80)
			i++;
		column--;
	}
	return i;
}

/*
 * A plain explanation for the YAML mistakes people make most when they
 * copy a script in a text editor, or NULL to keep libyaml's own words.
 */
static const char *friendly_problem(const struct parse_state *st,
				    const char *problem, const yaml_mark_t *mark)
{
	size_t at = offset_of(st, mark->line, mark->column);

	if (strstr(problem, "tab") || (at < st->len && st->text[at] == '\t'))
		return _("a tab character: YAML indents with spaces, so "
			 "replace the tab with spaces");
	if (strstr(problem, "mapping values are not allowed"))
		return _("a colon followed by a space inside text that is "
			 "not quoted: put the whole text in double quotes, "
			 "e.g. say: \"Lưu ý: ...\"");
	return NULL;
}

static loa_status reader_error(struct parse_state *st)
{
	size_t i, end = st->parser.problem_offset;
	unsigned line = 1, column = 1;

	if (end > st->len)
		end = st->len;
	for (i = 0; i < end; i++) {
		unsigned char c = (unsigned char)st->text[i];

		if (c == '\n') {
			line++;
			column = 1;
		} else if ((c & 0xC0) != 0x80) {
			column++;
		}
	}
	/* libyaml's words for bytes that are not UTF-8 all name it. */
	if (st->parser.problem && strstr(st->parser.problem, "UTF-8"))
		return loa_error_at(st->err, LOA_EINPUT, st->doc->file, line,
				    column, "not UTF-8 (perhaps Windows-1258 or "
				    "TCVN3): save the file as UTF-8");
	return loa_error_at(st->err, LOA_EINPUT, st->doc->file, line, column,
			    "%s", st->parser.problem ? st->parser.problem :
			    _("invalid text encoding"));
}

static loa_status next_event(struct parse_state *st, yaml_event_t *ev)
{
	const char *friendly;

	if (yaml_parser_parse(&st->parser, ev))
		return LOA_OK;
	if (st->parser.error == YAML_READER_ERROR)
		return reader_error(st);
	friendly = friendly_problem(st, st->parser.problem ?
				    st->parser.problem : "",
				    &st->parser.problem_mark);
	if (friendly)
		return event_error(st, &st->parser.problem_mark, friendly);
	return loa_error_at(st->err, LOA_EINPUT, st->doc->file,
			    (unsigned)st->parser.problem_mark.line + 1,
			    (unsigned)st->parser.problem_mark.column + 1,
			    "%s%s%s",
			    st->parser.problem ? st->parser.problem : _("invalid YAML"),
			    st->parser.context ? " " : "",
			    st->parser.context ? st->parser.context : "");
}

static int same_key(const struct yd_node *a, const struct yd_node *b)
{
	return a->kind == YD_SCALAR && b->kind == YD_SCALAR &&
	       a->len == b->len && !memcmp(a->text, b->text, a->len);
}

static loa_status parse_children(struct parse_state *st, struct yd_node *node,
				 yaml_event_type_t end)
{
	size_t cap = 0, used = 0;
	int is_key = node->kind == YD_MAP;

	for (;;) {
		yaml_event_t ev;
		struct yd_node *child = NULL;
		loa_status rc = next_event(st, &ev);

		if (rc)
			return rc;
		if (ev.type == end) {
			yaml_event_delete(&ev);
			return LOA_OK;
		}
		rc = parse_node(st, &ev, &child);
		yaml_event_delete(&ev);
		if (rc)
			return rc;
		if (node->kind == YD_MAP && is_key) {
			size_t i;

			if (child->kind != YD_SCALAR) {
				rc = yd_error(st->doc, child, st->err,
					      "a key must be plain text");
				node_free(child);
				return rc;
			}
			for (i = 0; i < node->n; i++) {
				if (same_key(node->items[2 * i], child)) {
					rc = yd_error(st->doc, child, st->err,
						      "duplicate key '%s'",
						      child->text);
					node_free(child);
					return rc;
				}
			}
		}
		if (push_item(node, used, child, &cap)) {
			node_free(child);
			return loa_error_set(st->err, LOA_ENOMEM,
					     "out of memory");
		}
		used++;
		if (node->kind == YD_MAP) {
			if (!is_key)
				node->n++;
			is_key = !is_key;
		} else {
			node->n++;
		}
	}
}

static loa_status parse_node(struct parse_state *st, yaml_event_t *ev,
			     struct yd_node **out)
{
	struct yd_node *node;
	loa_status rc = LOA_OK;
	const yaml_char_t *tag = NULL;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		return event_error(st, &ev->start_mark,
				   _("aliases are not allowed"));
	case YAML_SCALAR_EVENT:
		tag = ev->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		tag = ev->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		tag = ev->data.mapping_start.tag;
		break;
	default:
		return event_error(st, &ev->start_mark,
				   _("unexpected YAML event"));
	}
	if (tag)
		return event_error(st, &ev->start_mark,
				   _("tags are not allowed"));
	if ((ev->type == YAML_SCALAR_EVENT && ev->data.scalar.anchor) ||
	    (ev->type == YAML_SEQUENCE_START_EVENT &&
	     ev->data.sequence_start.anchor) ||
	    (ev->type == YAML_MAPPING_START_EVENT &&
	     ev->data.mapping_start.anchor))
		return event_error(st, &ev->start_mark,
				   _("anchors are not allowed"));

	/* "say: {{commune.name}} ..." unquoted reads as a YAML mapping. */
	if (ev->type == YAML_MAPPING_START_EVENT &&
	    ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE) {
		size_t at = offset_of(st, ev->start_mark.line,
				      ev->start_mark.column);

		if (st->len - at >= 2 && !memcmp(st->text + at, "{{", 2))
			return event_error(st, &ev->start_mark,
					   _("text that starts with '{{' must "
					     "be in double quotes, e.g. say: "
					     "\"{{commune.name}} ...\""));
	}
	node = calloc(1, sizeof(*node));
	if (!node)
		return loa_error_set(st->err, LOA_ENOMEM, "out of memory");
	node->line = (unsigned)ev->start_mark.line + 1;
	node->column = (unsigned)ev->start_mark.column + 1;

	if (ev->type == YAML_SCALAR_EVENT) {
		node->kind = YD_SCALAR;
		node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		node->len = ev->data.scalar.length;
		if (memchr(ev->data.scalar.value, '\0', node->len)) {
			rc = yd_error(st->doc, node, st->err,
				      "text contains a NUL character");
			goto out;
		}
		node->text = malloc(node->len + 1);
		if (!node->text) {
			rc = loa_error_set(st->err, LOA_ENOMEM, "out of memory");
			goto out;
		}
		memcpy(node->text, ev->data.scalar.value, node->len);
		node->text[node->len] = '\0';
		goto out;
	}

	if (++st->depth > YD_MAX_DEPTH) {
		rc = yd_error(st->doc, node, st->err, "nested too deeply");
		goto out;
	}
	if (ev->type == YAML_SEQUENCE_START_EVENT) {
		node->kind = YD_SEQ;
		rc = parse_children(st, node, YAML_SEQUENCE_END_EVENT);
	} else {
		node->kind = YD_MAP;
		rc = parse_children(st, node, YAML_MAPPING_END_EVENT);
	}
	st->depth--;
out:
	if (rc) {
		node_free(node);
		return rc;
	}
	*out = node;
	return LOA_OK;
}

static loa_status parse_stream(struct parse_state *st)
{
	yaml_event_t ev;
	loa_status rc;
	int docs = 0;

	for (;;) {
		rc = next_event(st, &ev);
		if (rc)
			return rc;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			yaml_event_delete(&ev);
			return LOA_OK;
		case YAML_DOCUMENT_START_EVENT:
			if (docs++) {
				rc = event_error(st, &ev.start_mark,
						 _("only one YAML document is "
						   "allowed"));
				yaml_event_delete(&ev);
				return rc;
			}
			break;
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			break;
		default:
			rc = parse_node(st, &ev, &st->doc->root);
			yaml_event_delete(&ev);
			if (rc)
				return rc;
			continue;
		}
		yaml_event_delete(&ev);
	}
}

loa_status yd_load_string(struct yd_doc *doc, const char *name,
			  const char *text, size_t len, struct loa_error *err)
{
	struct parse_state st = { .doc = doc, .err = err, .text = text,
				  .len = len };
	loa_status rc;

	memset(doc, 0, sizeof(*doc));
	doc->file = strdup(name);
	if (!doc->file)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	/*
	 * Notepad starts UTF-8 files with a byte-order mark; forcing the
	 * encoding below skips libyaml's own handling of it, so drop it here.
	 * UTF-16 (Notepad's "Unicode") is refused with the fix to make.
	 */
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
		st.text = text += 3;
		st.len = len -= 3;
	} else if (len >= 2 && (!memcmp(text, "\xFF\xFE", 2) ||
				!memcmp(text, "\xFE\xFF", 2))) {
		rc = loa_error_at(err, LOA_EINPUT, name, 1, 1,
				  "saved as UTF-16: save the file as UTF-8");
		yd_release(doc);
		return rc;
	}
	if (!yaml_parser_initialize(&st.parser)) {
		yd_release(doc);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	yaml_parser_set_encoding(&st.parser, YAML_UTF8_ENCODING);
	yaml_parser_set_input_string(&st.parser, (const unsigned char *)text,
				     len);
	rc = parse_stream(&st);
	yaml_parser_delete(&st.parser);
	if (rc) {
		yd_release(doc);
		return rc;
	}
	return LOA_OK;
}

loa_status yd_load_file(struct yd_doc *doc, const char *path,
			struct loa_error *err)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0;
	loa_status rc;

	memset(doc, 0, sizeof(*doc));
	if (!f)
		return loa_error_at(err, errno == ENOENT ? LOA_EINPUT : LOA_EIO,
				    path, 0, 0, "cannot open: %s",
				    strerror(errno));
	buf = malloc(YD_MAX_FILE + 1);
	if (!buf) {
		fclose(f);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	len = fread(buf, 1, YD_MAX_FILE + 1, f);
	if (ferror(f)) {
		rc = loa_error_at(err, LOA_EIO, path, 0, 0, "cannot read: %s",
				  strerror(errno));
	} else if (len > YD_MAX_FILE) {
		rc = loa_error_at(err, LOA_EINPUT, path, 0, 0,
				  "file is larger than %u bytes", YD_MAX_FILE);
	} else {
		rc = yd_load_string(doc, path, buf, len, err);
	}
	fclose(f);
	free(buf);
	return rc;
}

const struct yd_node *yd_map_get(const struct yd_node *map, const char *key)
{
	size_t i;

	if (!map || map->kind != YD_MAP)
		return NULL;
	for (i = 0; i < map->n; i++)
		if (!strcmp(map->items[2 * i]->text, key))
			return map->items[2 * i + 1];
	return NULL;
}

loa_status yd_check_keys(const struct yd_doc *doc, const struct yd_node *map,
			 const char *const *allowed, struct loa_error *err)
{
	size_t i, j;

	for (i = 0; i < map->n; i++) {
		const struct yd_node *key = map->items[2 * i];

		for (j = 0; allowed[j]; j++)
			if (!strcmp(key->text, allowed[j]))
				break;
		if (!allowed[j])
			return yd_error(doc, key, err, "unknown key '%s'",
					key->text);
	}
	return LOA_OK;
}

static const char *kind_name(enum yd_kind kind)
{
	switch (kind) {
	case YD_SCALAR: return _("a value");
	case YD_SEQ: return _("a list");
	case YD_MAP: return _("a mapping");
	}
	return "?";
}

loa_status yd_expect(const struct yd_doc *doc, const struct yd_node *node,
		     enum yd_kind kind, const char *what,
		     struct loa_error *err)
{
	if (node->kind == kind)
		return LOA_OK;
	return yd_error(doc, node, err, "'%s' must be %s, not %s", what,
			kind_name(kind), kind_name(node->kind));
}

loa_status yd_string(const struct yd_doc *doc, const struct yd_node *map,
		     const char *key, int required, const char **out,
		     struct loa_error *err)
{
	const struct yd_node *v = yd_map_get(map, key);
	loa_status rc;

	*out = NULL;
	if (!v) {
		if (required)
			return yd_error(doc, map, err,
					"missing required key '%s'", key);
		return LOA_OK;
	}
	rc = yd_expect(doc, v, YD_SCALAR, key, err);
	if (rc)
		return rc;
	if (v->len == 0 && required)
		return yd_error(doc, v, err, "'%s' must not be empty", key);
	*out = v->text;
	return LOA_OK;
}

loa_status yd_long(const struct yd_doc *doc, const struct yd_node *node,
		   long min, long max, long *out, struct loa_error *err)
{
	char *end;
	long v;

	if (node->kind != YD_SCALAR)
		return yd_error(doc, node, err, "expected a whole number");
	errno = 0;
	v = strtol(node->text, &end, 10);
	if (end == node->text || *end || errno)
		return yd_error(doc, node, err,
				"'%s' is not a whole number", node->text);
	if (v < min || v > max)
		return yd_error(doc, node, err,
				"%ld is out of range (%ld to %ld)", v, min, max);
	*out = v;
	return LOA_OK;
}

loa_status yd_double(const struct yd_doc *doc, const struct yd_node *node,
		     double min, double max, double *out,
		     struct loa_error *err)
{
	char *end;
	double v;

	if (node->kind != YD_SCALAR)
		return yd_error(doc, node, err, "expected a number");
	errno = 0;
	v = strtod(node->text, &end);
	if (end == node->text || *end || errno || !isfinite(v))
		return yd_error(doc, node, err, "'%s' is not a number",
				node->text);
	if (v < min || v > max)
		return yd_error(doc, node, err,
				"%g is out of range (%g to %g)", v, min, max);
	*out = v;
	return LOA_OK;
}

loa_status yd_bool(const struct yd_doc *doc, const struct yd_node *node,
		   int *out, struct loa_error *err)
{
	static const char *const yes[] = { "true", "yes", "on", NULL };
	static const char *const no[] = { "false", "no", "off", NULL };
	int i;

	if (node->kind == YD_SCALAR && node->plain) {
		for (i = 0; yes[i]; i++)
			if (!strcmp(node->text, yes[i]))
				return *out = 1, LOA_OK;
		for (i = 0; no[i]; i++)
			if (!strcmp(node->text, no[i]))
				return *out = 0, LOA_OK;
	}
	return yd_error(doc, node, err, "expected true or false");
}

loa_status yd_duration_ms(const struct yd_doc *doc, const struct yd_node *node,
			  long max_ms, long *out, struct loa_error *err)
{
	char *end;
	double v, scale;

	if (node->kind != YD_SCALAR)
		return yd_error(doc, node, err,
				"expected a duration such as 800ms or 2s");
	errno = 0;
	v = strtod(node->text, &end);
	if (end == node->text || errno || !isfinite(v) || v < 0 ||
	    node->text[0] == '+' || node->text[0] == ' ')
		goto bad;
	if (!strcmp(end, "ms"))
		scale = 1;
	else if (!strcmp(end, "s"))
		scale = 1000;
	else
		goto bad;
	v *= scale;
	if (v > (double)max_ms)
		return yd_error(doc, node, err,
				"duration '%s' is longer than %ld ms",
				node->text, max_ms);
	*out = lround(v);
	return LOA_OK;
bad:
	return yd_error(doc, node, err,
			"'%s' is not a duration (write e.g. 800ms or 2s)",
			node->text);
}
