/* Diagnostics lists (loa/diag.h). */
#include "loa/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* A sane cap: a check that finds more has stopped being useful. */
#define DIAG_MAX 10000

void loa_diag_init(struct loa_diag *d)
{
	memset(d, 0, sizeof(*d));
}

void loa_diag_release(struct loa_diag *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->n; i++) {
		free(d->items[i].file);
		free(d->items[i].message);
	}
	free(d->items);
	loa_diag_init(d);
}

loa_status loa_diag_add(struct loa_diag *d, enum loa_severity severity,
			const char *file, unsigned line, unsigned column,
			const char *fmt, ...)
{
	struct loa_finding *f;
	char msg[1024];
	va_list ap;

	if (!d)
		return LOA_OK;
	if (d->n == d->cap) {
		size_t ncap = d->cap ? 2 * d->cap : 8;
		struct loa_finding *items;

		if (d->n >= DIAG_MAX)
			goto nomem;
		items = realloc(d->items, ncap * sizeof(*items));
		if (!items)
			goto nomem;
		d->items = items;
		d->cap = ncap;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), loa_i18n_format(fmt), ap);
	va_end(ap);
	f = &d->items[d->n];
	f->severity = severity;
	f->line = line;
	f->column = column;
	f->order = d->n;
	f->file = file ? strdup(file) : NULL;
	f->message = strdup(msg);
	if (!f->message || (file && !f->file)) {
		free(f->file);
		free(f->message);
		goto nomem;
	}
	d->n++;
	return LOA_OK;
nomem:
	d->failed = 1;
	return LOA_ENOMEM;
}

/* Reads ":LINE:COLUMN: " at s; returns its length, 0 if it is not that. */
static size_t position_at(const char *s, unsigned *line, unsigned *column)
{
	const char *p = s;
	unsigned v[2] = { 0, 0 };
	int k;

	for (k = 0; k < 2; k++) {
		if (*p++ != ':' || *p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9' && v[k] < 100000000)
			v[k] = v[k] * 10 + (unsigned)(*p++ - '0');
	}
	if (p[0] != ':' || p[1] != ' ')
		return 0;
	*line = v[0];
	*column = v[1];
	return (size_t)(p + 2 - s);
}

loa_status loa_diag_add_error(struct loa_diag *d, enum loa_severity severity,
			      const struct loa_error *err)
{
	const char *msg = err->msg, *p;
	unsigned line, column;
	size_t used;
	char file[1024];

	for (p = msg; (p = strchr(p, ':')); p++) {
		if ((used = position_at(p, &line, &column))) {
			snprintf(file, sizeof(file), "%.*s", (int)(p - msg), msg);
			return loa_diag_add(d, severity, file, line, column, "%s",
					    p + used);
		}
	}
	return loa_diag_add(d, severity, NULL, 0, 0, "%s", msg);
}

size_t loa_diag_count(const struct loa_diag *d, enum loa_severity severity)
{
	size_t i, n = 0;

	for (i = 0; d && i < d->n; i++)
		n += d->items[i].severity == severity;
	return n;
}

static int compare(const void *pa, const void *pb)
{
	const struct loa_finding *a = pa, *b = pb;
	int c;

	if (a->severity != b->severity)
		return a->severity < b->severity ? -1 : 1;
	c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->column != b->column)
		return a->column < b->column ? -1 : 1;
	/* qsort is not stable: the order of adding breaks ties. */
	return a->order < b->order ? -1 : a->order > b->order;
}

void loa_diag_sort(struct loa_diag *d)
{
	if (d && d->n > 1)
		qsort(d->items, d->n, sizeof(*d->items), compare);
}

void loa_diag_print(const struct loa_diag *d, const char *prefix, FILE *out)
{
	size_t i;

	for (i = 0; d && i < d->n; i++) {
		const struct loa_finding *f = &d->items[i];
		const char *sev = f->severity == LOA_SEV_ERROR ? _("error") :
							_("warning");

		fputs(prefix ? prefix : "", out);
		if (f->file && f->line)
			fprintf(out, "%s:%u:%u: %s: %s\n", f->file, f->line,
				f->column, sev, f->message);
		else if (f->file)
			fprintf(out, "%s: %s: %s\n", f->file, sev, f->message);
		else
			fprintf(out, "%s: %s\n", sev, f->message);
	}
}

loa_status loa_diag_keep(struct loa_diag *d, size_t errors_before,
			 loa_status status, const struct loa_error *err)
{
	if (status == LOA_EINPUT &&
	    loa_diag_count(d, LOA_SEV_ERROR) == errors_before)
		loa_diag_add_error(d, LOA_SEV_ERROR, err);
	return status;
}
