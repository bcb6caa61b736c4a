/* CSV, JSON and iCalendar escaping (core/escape.h). */
#include "escape.h"

#include <stdio.h>
#include <string.h>

void esc_put_file(void *file, const char *s, size_t n)
{
	fwrite(s, 1, n, file);
}

/* One field; a text cell a spreadsheet would run as a formula (OWASP:
 * it starts with = + - @, tab or CR) gets a leading ' when defuse. */
static void csv_field(esc_put_fn *put, void *out, const char *s, char sep,
		      int last, int defuse)
{
	const char special[] = { sep, '"', '\r', '\n', '\0' };
	int quote = strpbrk(s, special) != NULL;

	if (quote)
		put(out, "\"", 1);
	if (defuse && *s && strchr("=+-@\t\r", *s))
		put(out, "'", 1);
	for (;;) {
		size_t run = quote ? strcspn(s, "\"") : strlen(s);

		put(out, s, run);
		if (!s[run])
			break;
		put(out, "\"\"", 2);
		s += run + 1;
	}
	if (quote)
		put(out, "\"", 1);
	if (last)
		put(out, "\r\n", 2);
	else
		put(out, &sep, 1);
}

void esc_csv_field_sep(esc_put_fn *put, void *out, const char *s, char sep,
		       int last)
{
	csv_field(put, out, s, sep, last, 0);
}

void esc_csv_field(esc_put_fn *put, void *out, const char *s, int last)
{
	csv_field(put, out, s, ',', last, 0);
}

void esc_csv_text_sep(esc_put_fn *put, void *out, const char *s, char sep,
		      int last)
{
	csv_field(put, out, s, sep, last, 1);
}

void esc_csv_text(esc_put_fn *put, void *out, const char *s, int last)
{
	csv_field(put, out, s, ',', last, 1);
}

/* The short escape of a JSON control character, or 0. */
static char json_short(unsigned char c)
{
	switch (c) {
	case '\b': return 'b';
	case '\f': return 'f';
	case '\n': return 'n';
	case '\r': return 'r';
	case '\t': return 't';
	default: return 0;
	}
}

void esc_json_string(esc_put_fn *put, void *out, const char *s)
{
	put(out, "\"", 1);
	while (*s) {
		unsigned char c;
		char esc[8];
		size_t run = 0;

		/* Plain bytes in one call: the common case by far. */
		while ((c = (unsigned char)s[run]) >= 0x20 && c != '"' && c != '\\')
			run++;
		put(out, s, run);
		s += run;
		if (!(c = (unsigned char)*s))
			break;
		if (c == '"' || c == '\\')
			snprintf(esc, sizeof(esc), "\\%c", c);
		else if (json_short(c))
			snprintf(esc, sizeof(esc), "\\%c", json_short(c));
		else
			snprintf(esc, sizeof(esc), "\\u%04x", c);
		put(out, esc, strlen(esc));
		s++;
	}
	put(out, "\"", 1);
}

void esc_ics_text(esc_put_fn *put, void *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		char esc[2] = { '\\', *s };

		if (c == '\\' || c == ';' || c == ',')
			put(out, esc, 2);
		else if (c == '\n' || (c == '\r' && s[1] != '\n'))
			put(out, "\\n", 2);
		else if ((c >= 0x20 && c != 0x7f) || c == '\t')
			put(out, s, 1);
	}
}

void esc_html_text(esc_put_fn *put, void *out, const char *s)
{
	for (;;) {
		size_t run = strcspn(s, "&<>\"'");

		put(out, s, run);
		s += run;
		switch (*s++) {
		case '&': put(out, "&amp;", 5); break;
		case '<': put(out, "&lt;", 4); break;
		case '>': put(out, "&gt;", 4); break;
		case '"': put(out, "&quot;", 6); break;
		case '\'': put(out, "&#39;", 5); break;
		default: return;
		}
	}
}
