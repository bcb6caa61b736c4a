/*
 * One entry added to or removed from a slot's play list by editing the
 * schedule's text, so that its comments, blank lines and layout survive:
 * the strict YAML reader (core/yamldoc.h) says where the slot's play list
 * and its items start, the list's lines are those below it indented
 * deeper or starting with its own "- ", and the new lines go after the
 * last of them; an item removed is its "- " line and those indented
 * deeper up to its last line that is not blank or a comment.
 */
#include "schedule_edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/yamldoc.h"
#include "loa/date.h"
#include "loa/schedule.h"

/* The byte offset where 1-based line starts, or len past the end. */
static size_t line_start(const char *text, size_t len, unsigned line)
{
	size_t i = 0;

	while (line > 1 && i < len)
		if (text[i++] == '\n')
			line--;
	return line > 1 ? len : i;
}

/* The end of the line at i, past its newline. */
static size_t line_end(const char *text, size_t len, size_t i)
{
	while (i < len && text[i] != '\n')
		i++;
	return i < len ? i + 1 : len;
}

/* The slot's play node, or NULL (*result says why). */
static const struct yd_node *find_play(const struct yd_doc *doc,
				       const char *slot,
				       enum sched_edit_result *result)
{
	const struct yd_node *slots, *id;
	size_t i;

	*result = SCHED_EDIT_NO_SLOT;
	if (!doc->root || doc->root->kind != YD_MAP)
		return NULL;
	if (yd_map_get(doc->root, "communes")) {
		*result = SCHED_EDIT_CITY;
		return NULL;
	}
	slots = yd_map_get(doc->root, "slots");
	for (i = 0; slots && slots->kind == YD_SEQ && i < slots->n; i++) {
		const struct yd_node *s = slots->items[i];

		if (s->kind != YD_MAP || !(id = yd_map_get(s, "id")) ||
		    id->kind != YD_SCALAR || strcmp(id->text, slot))
			continue;
		*result = SCHED_EDIT_FLOW;
		return yd_map_get(s, "play");
	}
	return NULL;
}

/*
 * Where the block list whose "-" is at column (1-based) on line ends:
 * past its last line that is neither blank nor only a comment; with
 * item set, where the item on line ends (before the next "- ").
 */
static size_t list_end(const char *text, size_t len, unsigned line,
		       unsigned column, int item)
{
	size_t i = line_start(text, len, line), end = line_end(text, len, i);

	for (i = end; i < len; i = line_end(text, len, i)) {
		size_t sp = 0;

		while (i + sp < len && text[i + sp] == ' ')
			sp++;
		if (i + sp >= len || text[i + sp] == '\n' ||
		    text[i + sp] == '\r' || text[i + sp] == '#')
			continue;          /* blank or a comment: undecided */
		if (sp + 1 < column || (sp + 1 == column &&
		    (item || text[i + sp] != '-' || (i + sp + 1 < len &&
		     text[i + sp + 1] != ' ' && text[i + sp + 1] != '\n'))))
			break;             /* the next item, key, or beyond */
		end = line_end(text, len, i);
	}
	return end;
}

/* 1 when node is a block list: it starts at its "-", first on its line. */
static int block_list(const char *text, size_t len, const struct yd_node *node)
{
	size_t i = line_start(text, len, node->line);

	return node->kind == YD_SEQ && node->n && node->column >= 1 &&
		i + node->column - 1 < len &&
		text[i + node->column - 1] == '-' &&
		strspn(text + i, " ") == node->column - 1;
}

/* The new lines, indented by indent spaces; NULL when out of memory. */
static char *entry_lines(const struct sched_entry *e, unsigned indent,
			 int newline_first)
{
	char from[11], to[11], *p = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&p, &n);

	if (!f)
		return NULL;
	loa_date_format(e->from, from);
	fprintf(f, "%s%*s- script: %s\n%*s  from: %s\n",
		newline_first ? "\n" : "", (int)indent, "", e->script,
		(int)indent, "", from);
	if (e->to != LOA_DATE_MAX) {
		loa_date_format(e->to, to);
		fprintf(f, "%*s  to: %s\n", (int)indent, "", to);
	}
	if (fclose(f)) {
		free(p);
		return NULL;
	}
	return p;
}

enum sched_edit_result sched_add_entry(const char *file, const char *text,
				       size_t len,
				       const struct sched_entry *e,
				       char **out, size_t *out_len,
				       unsigned *line, struct loa_error *err)
{
	enum sched_edit_result result = SCHED_EDIT_NO_MEMORY;
	const struct yd_node *play;
	struct yd_doc doc;
	size_t at, n;
	char *add = NULL;

	*out = NULL;
	*line = 0;
	if (yd_load_string(&doc, file, text, len, err))
		return SCHED_EDIT_YAML;
	if (!(play = find_play(&doc, e->slot, &result)))
		goto out;
	*line = play->line;
	if (!block_list(text, len, play)) {
		result = SCHED_EDIT_FLOW;
		goto out;
	}
	at = list_end(text, len, play->line, play->column, 0);
	result = SCHED_EDIT_NO_MEMORY;
	if (!(add = entry_lines(e, play->column - 1,
				at == len && len && text[len - 1] != '\n')))
		goto out;
	n = strlen(add);
	if (!(*out = malloc(len + n + 1)))
		goto out;
	memcpy(*out, text, at);
	memcpy(*out + at, add, n);
	memcpy(*out + at + n, text + at, len - at);
	(*out)[len + n] = '\0';
	*out_len = len + n;
	result = SCHED_EDIT_OK;
out:
	free(add);
	yd_release(&doc);
	return result;
}

/* The id of a single-script entry ("ID" or {script: ID}), else NULL. */
static const char *single_script(const struct yd_node *item)
{
	const struct yd_node *id = item;

	if (item->kind == YD_MAP && !yd_map_get(item, "rotate"))
		id = yd_map_get(item, "script");
	return id && id->kind == YD_SCALAR ? id->text : NULL;
}

enum sched_edit_result sched_remove_entry(const char *file, const char *text,
					  size_t len, const char *slot,
					  unsigned line, const char *script,
					  char **out, size_t *out_len,
					  unsigned *play_line,
					  struct loa_error *err)
{
	enum sched_edit_result result;
	const struct yd_node *play, *item = NULL;
	struct yd_doc doc;
	size_t i, from, to;
	const char *id;

	*out = NULL;
	*play_line = 0;
	if (yd_load_string(&doc, file, text, len, err))
		return SCHED_EDIT_YAML;
	if (!(play = find_play(&doc, slot, &result)))
		goto out;
	*play_line = play->line;
	if (!block_list(text, len, play))
		goto out;          /* SCHED_EDIT_FLOW */
	result = SCHED_EDIT_NO_ENTRY;
	for (i = 0; i < play->n; i++)
		if (play->items[i]->line == line)
			item = play->items[i];
	if (!item || !(id = single_script(item)) || strcmp(id, script))
		goto out;
	/* The item starts on its "- " line, its key or id after the dash. */
	from = line_start(text, len, line);
	if (from + play->column - 1 >= len || text[from + play->column - 1] != '-')
		goto out;
	result = SCHED_EDIT_LAST;
	if (play->n < 2)
		goto out;
	to = list_end(text, len, line, play->column, 1);
	result = SCHED_EDIT_NO_MEMORY;
	if (!(*out = malloc(len - (to - from) + 1)))
		goto out;
	memcpy(*out, text, from);
	memcpy(*out + from, text + to, len - to);
	*out_len = len - (to - from);
	(*out)[*out_len] = '\0';
	result = SCHED_EDIT_OK;
out:
	yd_release(&doc);
	return result;
}
