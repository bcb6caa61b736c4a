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

/* The byte offset of the 1-based character column (the YAML reader
 * counts characters, not bytes) on 1-based line. */
static size_t column_at(const char *text, size_t len, unsigned line,
			unsigned column)
{
	size_t i = line_start(text, len, line);

	for (; column > 1 && i < len && text[i] != '\n'; column--)
		while (++i < len && (text[i] & 0xC0) == 0x80)
			;              /* the rest of a UTF-8 character */
	return i;
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

/*
 * Finds the slot's single-script entry written at line whose id is
 * script: *play and *item; SCHED_EDIT_OK, else why not.
 */
static enum sched_edit_result find_entry(const struct yd_doc *doc,
					 const char *text, size_t len,
					 const char *slot, unsigned line,
					 const char *script,
					 const struct yd_node **play,
					 const struct yd_node **item,
					 unsigned *play_line)
{
	enum sched_edit_result result;
	const char *id;
	size_t i, from;

	*item = NULL;
	if (!(*play = find_play(doc, slot, &result)))
		return result;
	*play_line = (*play)->line;
	if (!block_list(text, len, *play))
		return SCHED_EDIT_FLOW;
	for (i = 0; i < (*play)->n; i++)
		if ((*play)->items[i]->line == line)
			*item = (*play)->items[i];
	if (!*item || !(id = single_script(*item)) || strcmp(id, script))
		return SCHED_EDIT_NO_ENTRY;
	/* The item starts on its "- " line, its key or id after the dash. */
	from = line_start(text, len, line);
	if (from + (*play)->column - 1 >= len ||
	    text[from + (*play)->column - 1] != '-')
		return SCHED_EDIT_NO_ENTRY;
	return SCHED_EDIT_OK;
}

/* *out: text with n bytes at at replaced by add (NUL-terminated). */
static enum sched_edit_result splice(const char *text, size_t len, size_t at,
				     size_t n, const char *add, char **out,
				     size_t *out_len)
{
	size_t k = strlen(add);

	if (!(*out = malloc(len - n + k + 1)))
		return SCHED_EDIT_NO_MEMORY;
	memcpy(*out, text, at);
	memcpy(*out + at, add, k);
	memcpy(*out + at + k, text + at + n, len - at - n);
	*out_len = len - n + k;
	(*out)[*out_len] = '\0';
	return SCHED_EDIT_OK;
}

/*
 * 1 when the edited text, read again, holds what the edit meant: the
 * slot's play list one item shorter (date NULL), or as long with the
 * item at line now ending on date.  Text written in a way not foreseen
 * is refused so, rather than saved wrong.
 */
static int edit_holds(const char *file, const char *out, size_t out_len,
		      const char *slot, unsigned line, const char *script,
		      size_t n_before, const char *date)
{
	const struct yd_node *play, *item, *to;
	enum sched_edit_result result;
	struct loa_error err;
	struct yd_doc doc;
	unsigned play_line;
	int holds;

	if (yd_load_string(&doc, file, out, out_len, &err))
		return 0;
	if (date)
		holds = find_entry(&doc, out, out_len, slot, line, script,
				   &play, &item, &play_line) == SCHED_EDIT_OK &&
			play->n == n_before && item->kind == YD_MAP &&
			(to = yd_map_get(item, "to")) &&
			to->kind == YD_SCALAR && !strcmp(to->text, date);
	else
		holds = (play = find_play(&doc, slot, &result)) &&
			play->kind == YD_SEQ && play->n + 1 == n_before;
	yd_release(&doc);
	return holds;
}

/* The edit's result, or SCHED_EDIT_ODD (*out freed) when it does not
 * hold (edit_holds). */
static enum sched_edit_result checked(enum sched_edit_result result,
				      const char *file, char **out,
				      size_t *out_len, const char *slot,
				      unsigned line, const char *script,
				      size_t n_before, const char *date)
{
	if (result != SCHED_EDIT_OK ||
	    edit_holds(file, *out, *out_len, slot, line, script, n_before,
		       date))
		return result;
	free(*out);
	*out = NULL;
	return SCHED_EDIT_ODD;
}

enum sched_edit_result sched_remove_entry(const char *file, const char *text,
					  size_t len, const char *slot,
					  unsigned line, const char *script,
					  char **out, size_t *out_len,
					  unsigned *play_line,
					  struct loa_error *err)
{
	enum sched_edit_result result;
	const struct yd_node *play, *item;
	struct yd_doc doc;
	size_t from;

	*out = NULL;
	*play_line = 0;
	if (yd_load_string(&doc, file, text, len, err))
		return SCHED_EDIT_YAML;
	result = find_entry(&doc, text, len, slot, line, script, &play, &item,
			    play_line);
	if (result == SCHED_EDIT_OK && play->n < 2)
		result = SCHED_EDIT_LAST;
	if (result == SCHED_EDIT_OK) {
		from = line_start(text, len, line);
		result = splice(text, len, from, list_end(text, len, line,
				play->column, 1) - from, "", out, out_len);
		result = checked(result, file, out, out_len, slot, line,
				 script, play->n, NULL);
	}
	yd_release(&doc);
	return result;
}

/* The bytes of the scalar node written at its line and column (in a
 * flow mapping when flow is set: a plain one ends at ',' or '}' too). */
static size_t scalar_length(const char *text, size_t len, size_t at,
			    const struct yd_node *node, int flow)
{
	size_t n = 0;

	if (!node->plain && at < len && (text[at] == '"' || text[at] == '\'')) {
		while (at + ++n < len && text[at + n] != text[at] &&
		       text[at + n] != '\n')
			;
		return at + n < len && text[at + n] == text[at] ? n + 1 : n;
	}
	/* A plain scalar ends at its line's end or a " #" comment. */
	while (at + n < len && text[at + n] != '\n' && text[at + n] != '\r' &&
	       !(text[at + n] == '#' && n && text[at + n - 1] == ' ') &&
	       !(flow && strchr(",}]", text[at + n])))
		n++;
	while (n && (text[at + n - 1] == ' ' || text[at + n - 1] == '\t'))
		n--;
	return n;
}

/*
 * The '}' closing the flow mapping whose '{' is at open, and in *last
 * the end of its last token (blanks and comments skipped); len when it
 * does not close.  Quotes, nesting and comments are followed as YAML
 * writes them: a plain scalar in a flow cannot hold , [ ] { }.
 */
static size_t flow_close(const char *text, size_t len, size_t open,
			 size_t *last)
{
	size_t i;
	int depth = 0;

	*last = open + 1;
	for (i = open; i < len; i++) {
		char c = text[i];

		if (c == '\'' || c == '"') {
			while (++i < len && text[i] != c)
				if (c == '"' && text[i] == '\\')
					i++;       /* an escape: \" stays inside */
			/* '' inside single quotes: the loop goes on with the
			 * next quote. */
			if (i >= len)
				return len;
			*last = i + 1;
		} else if (c == '#' && (i == 0 || text[i - 1] == ' ' ||
					text[i - 1] == '\t' ||
					text[i - 1] == '\n')) {
			while (i + 1 < len && text[i + 1] != '\n')
				i++;
		} else if (c == '{' || c == '[') {
			depth++;
			*last = i + 1;
		} else if (c == '}' || c == ']') {
			if (--depth == 0)
				return c == '}' ? i : len;
			*last = i + 1;
		} else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
			*last = i + 1;
		}
	}
	return len;
}

/*
 * The edit that gives a flow mapping ("- {script: ID, from: DATE}") the
 * end date: its to: value replaced, else ", to: DATE" put after its last
 * value (before the '}' when that is on a line of its own).
 */
static enum sched_edit_result end_flow(const char *text, size_t len,
				       size_t open, const struct yd_node *item,
				       const char date[11], char **out,
				       size_t *out_len)
{
	const struct yd_node *to = yd_map_get(item, "to");
	size_t at, close, last;
	char add[32];

	if (to) {
		at = column_at(text, len, to->line, to->column);
		return splice(text, len, at, scalar_length(text, len, at, to, 1),
			      date, out, out_len);
	}
	if ((close = flow_close(text, len, open, &last)) >= len)
		return SCHED_EDIT_ODD;
	at = memchr(text + last, '\n', close - last) ? close : last;
	snprintf(add, sizeof(add), "%sto: %s", text[last - 1] == ',' ? " " :
		 ", ", date);
	return splice(text, len, at, 0, add, out, out_len);
}

/*
 * The edit that gives item the end date: its to: value replaced, else a
 * to: line added below it (a "- ID" item becoming "- script: ID").
 */
static enum sched_edit_result end_item(const char *text, size_t len,
				       const struct yd_node *play,
				       const struct yd_node *item,
				       const char date[11], char **out,
				       size_t *out_len)
{
	const struct yd_node *to = NULL;
	size_t at = line_start(text, len, item->line) + item->column - 1;
	size_t end = list_end(text, len, item->line, play->column, 1);
	enum sched_edit_result result;
	char add[320], *once = NULL;
	size_t once_len;

	if (at < len && text[at] == '{' && item->kind == YD_MAP)
		return end_flow(text, len, at, item, date, out, out_len);
	if (at >= len || text[at] == '{' || text[at] == '[')
		return SCHED_EDIT_ODD;
	if (item->kind == YD_MAP && (to = yd_map_get(item, "to"))) {
		at = column_at(text, len, to->line, to->column);
		return splice(text, len, at,
			      scalar_length(text, len, at, to, 0), date, out,
			      out_len);
	}
	if ((size_t)snprintf(add, sizeof(add), "%s%*sto: %s\n",
			     end == len && len && text[len - 1] != '\n' ?
			     "\n" : "", (int)item->column - 1, "", date) >=
	    sizeof(add))
		return SCHED_EDIT_ODD;         /* indented past 300 columns */
	if (item->kind == YD_MAP)
		return splice(text, len, end, 0, add, out, out_len);
	/* "- ID": "- script: ID" first, then the to: line below it. */
	if ((result = splice(text, len, at, 0, "script: ", &once, &once_len)))
		return result;
	result = splice(once, once_len, end + strlen("script: "), 0, add, out,
			out_len);
	free(once);
	return result;
}

enum sched_edit_result sched_end_entry(const char *file, const char *text,
				       size_t len, const char *slot,
				       unsigned line, const char *script,
				       int to, char **out, size_t *out_len,
				       unsigned *play_line,
				       struct loa_error *err)
{
	enum sched_edit_result result;
	const struct yd_node *play, *item;
	struct yd_doc doc;
	char date[11];

	*out = NULL;
	*play_line = 0;
	if (yd_load_string(&doc, file, text, len, err))
		return SCHED_EDIT_YAML;
	loa_date_format(to, date);
	result = find_entry(&doc, text, len, slot, line, script, &play, &item,
			    play_line);
	if (result == SCHED_EDIT_OK)
		result = checked(end_item(text, len, play, item, date, out,
					  out_len), file, out, out_len, slot,
				 line, script, play->n, date);
	yd_release(&doc);
	return result;
}
