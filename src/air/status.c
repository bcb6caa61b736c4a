/*
 * The daemon's status lines (spool/status): written as a key and
 * tab-separated fields, so `loa status` words them in the reader's
 * language and the On air page in Vietnamese, whatever the daemon's
 * locale.  The lines without fields are those the daemon always wrote.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "air_int.h"
#include "loa/air.h"

static const struct {
	enum loa_air_line kind;
	const char *key;
	int n;                       /* its fields */
} keys[] = {
	{ LOA_AIR_OFF, "off air", 0 },
	{ LOA_AIR_NOTHING, "on air: nothing", 0 },
	{ LOA_AIR_ITEM, "now item", 4 },
	{ LOA_AIR_BULLETIN, "now bulletin", 4 },
	{ LOA_AIR_NEXT_ITEM, "next item", 4 },
	{ LOA_AIR_NEXT_REAIR, "next re-air", 2 },
	{ LOA_AIR_NEXT_NONE, "next: nothing in the weeks built", 0 },
};

size_t air_status_add(char *buf, size_t size, enum loa_air_line kind, ...)
{
	size_t len = strlen(buf), i, k;
	const char *f;
	va_list ap;

	for (k = 0; k < sizeof(keys) / sizeof(*keys); k++)
		if (keys[k].kind == kind)
			break;
	if (k == sizeof(keys) / sizeof(*keys) || len + 1 >= size)
		return len;
	len += (size_t)snprintf(buf + len, size - len, "%s", keys[k].key);
	va_start(ap, kind);
	for (i = 0; i < (size_t)keys[k].n && len + 2 < size; i++) {
		buf[len++] = '\t';
		/* A tab or a line break inside a field would split it. */
		for (f = va_arg(ap, const char *); f && *f && len + 2 < size;
		     f++)
			buf[len++] = *f == '\t' || *f == '\n' || *f == '\r' ?
				' ' : *f;
	}
	va_end(ap);
	if (len + 1 >= size)
		len = size - 2;
	buf[len++] = '\n';
	buf[len] = '\0';
	return len;
}

enum loa_air_line loa_air_status_line(char *line,
				      const char *f[LOA_AIR_LINE_FIELDS])
{
	size_t len = strlen(line), k;
	char *p;
	int i, n = 0;

	for (i = 0; i < LOA_AIR_LINE_FIELDS; i++)
		f[i] = "";
	for (p = line; (p = strchr(p, '\t')); n++)
		*p++ = '\0';
	for (k = 0; k < sizeof(keys) / sizeof(*keys); k++)
		if (!strcmp(line, keys[k].key) && n == keys[k].n)
			break;
	if (k == sizeof(keys) / sizeof(*keys)) {
		/* Not one of ours (an older daemon's words): as it was. */
		for (p = line; p < line + len; p++)
			if (!*p)
				*p = '\t';
		return LOA_AIR_OTHER;
	}
	for (i = 0, p = line; i < n; i++)
		f[i] = p = p + strlen(p) + 1;
	return keys[k].kind;
}
