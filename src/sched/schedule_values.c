/* The small values of a schedule: dates, times, lengths, days, exclusions. */
#include "schedule_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/i18n.h"

static const char *const exclude_keys[] = { "date", "from", "to", "note", NULL };

loa_status sch_parse_date(const struct yd_doc *doc,
			     const struct yd_node *node, int *out,
			     struct loa_error *err)
{
	if (node->kind != YD_SCALAR || loa_date_parse(node->text, out))
		return yd_error(doc, node, err,
				"expected a date such as 2026-12-01, not '%s'",
				node->kind == YD_SCALAR ? node->text : "...");
	return LOA_OK;
}

/* "06:30": hours 00-23, minutes 00-59. */
loa_status sch_parse_time(const struct yd_doc *doc,
			     const struct yd_node *node, int *out,
			     struct loa_error *err)
{
	const char *t = node->kind == YD_SCALAR ? node->text : "";
	size_t len = strlen(t);
	int h = -1, m = -1;

	if ((len == 5 || len == 4) && t[len - 3] == ':') {
		h = len == 5 ? (t[0] - '0') * 10 + (t[1] - '0') : t[0] - '0';
		m = (t[len - 2] - '0') * 10 + (t[len - 1] - '0');
		if ((len == 5 && (t[0] < '0' || t[0] > '9')) ||
		    t[len - 4] < '0' || t[len - 4] > '9' ||
		    t[len - 2] < '0' || t[len - 2] > '9' ||
		    t[len - 1] < '0' || t[len - 1] > '9')
			h = -1;
	}
	if (h < 0 || h > 23 || m < 0 || m > 59)
		return yd_error(doc, node, err,
				"expected a time such as 06:30, not '%s'",
				node->kind == YD_SCALAR ? t : "...");
	*out = h * 3600 + m * 60;
	return LOA_OK;
}

/* "15m", "1h30m", "90s", "10m30s": 1 second to 24 hours. */
loa_status sch_parse_length(const struct yd_doc *doc,
			       const struct yd_node *node, int *out,
			       struct loa_error *err)
{
	const char *p = node->kind == YD_SCALAR ? node->text : "";
	long total = 0;
	int last = 4; /* units must go h, m, s */

	if (!*p)
		goto bad;
	while (*p) {
		long v = 0;
		int unit, digits = 0;

		while (*p >= '0' && *p <= '9' && digits < 6) {
			v = v * 10 + (*p++ - '0');
			digits++;
		}
		if (!digits)
			goto bad;
		if (*p == 'h') {
			unit = 3;
			v *= 3600;
		} else if (*p == 'm' && p[1] == 'i' && p[2] == 'n') {
			unit = 2;
			v *= 60;
			p += 2;
		} else if (*p == 'm') {
			unit = 2;
			v *= 60;
		} else if (*p == 's') {
			unit = 1;
		} else {
			goto bad;
		}
		if (unit >= last)
			goto bad;
		last = unit;
		total += v;
		p++;
	}
	if (total < 1 || total > 24 * 3600)
		return yd_error(doc, node, err,
				"a slot lasts from 1s to 24h, not '%s'", node->text);
	*out = (int)total;
	return LOA_OK;
bad:
	return yd_error(doc, node, err,
			"expected a length such as 15m, 1h30m or 90s, not '%s'",
			node->kind == YD_SCALAR ? node->text : "...");
}

static int day_index(const char *s)
{
	static const char *const en[] = { "mon", "tue", "wed", "thu", "fri",
					  "sat", "sun" };
	static const char *const vi[] = { "t2", "t3", "t4", "t5", "t6", "t7",
					  "cn" };
	int i;

	for (i = 0; i < 7; i++)
		if (!strcmp(s, en[i]) || !strcmp(s, vi[i]))
			return i;
	return -1;
}

/* One word of a days list: "mon", "mon-fri", "daily", ... into mask. */
static int day_word(const char *s, unsigned *mask)
{
	char a[8], b[8];
	const char *dash = strchr(s, '-');
	int i, j;

	if (!strcmp(s, "daily") || !strcmp(s, "every day")) {
		*mask |= 0x7f;
		return 0;
	}
	if (!strcmp(s, "weekdays")) {
		*mask |= 0x1f;
		return 0;
	}
	if (!strcmp(s, "weekend")) {
		*mask |= 0x60;
		return 0;
	}
	if (!dash) {
		if ((i = day_index(s)) < 0)
			return -1;
		*mask |= 1u << i;
		return 0;
	}
	if ((size_t)(dash - s) >= sizeof(a) || strlen(dash + 1) >= sizeof(b))
		return -1;
	memcpy(a, s, (size_t)(dash - s));
	a[dash - s] = '\0';
	memcpy(b, dash + 1, strlen(dash + 1) + 1);
	i = day_index(a);
	j = day_index(b);
	if (i < 0 || j < 0 || j < i)
		return -1;
	for (; i <= j; i++)
		*mask |= 1u << i;
	return 0;
}

loa_status sch_parse_days(const struct yd_doc *doc,
			     const struct yd_node *node, unsigned *out,
			     struct loa_error *err)
{
	unsigned mask = 0;
	size_t i;

	if (node->kind == YD_SCALAR) {
		if (day_word(node->text, &mask))
			goto bad;
	} else if (node->kind == YD_SEQ && node->n) {
		for (i = 0; i < node->n; i++) {
			const struct yd_node *d = node->items[i];

			if (d->kind != YD_SCALAR || day_word(d->text, &mask)) {
				node = d;
				goto bad;
			}
		}
	} else {
		goto bad;
	}
	*out = mask;
	return LOA_OK;
bad:
	return yd_error(doc, node, err,
			"expected days such as [mon, wed, fri], mon-fri, weekdays or daily");
}

void sch_format_hms(int s, char buf[16])
{
	if (s >= 3600)
		snprintf(buf, 16, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, 16, "%d:%02d", s / 60, s % 60);
}

static int range_cmp(const void *a, const void *b)
{
	const struct loa_date_range *x = a, *y = b;

	return (x->from > y->from) - (x->from < y->from);
}

loa_status sch_parse_excludes(const struct yd_doc *doc,
				     const struct yd_node *list,
				     struct loa_date_range **ranges, size_t *n,
				     struct loa_error *err)
{
	struct loa_date_range *r;
	loa_status rc;
	size_t i;

	if (!list)
		return LOA_OK;
	if ((rc = yd_expect(doc, list, YD_SEQ, _("exclude (a list of dates)"), err)))
		return rc;
	if (*n + list->n > MAX_EXCLUDE)
		return yd_error(doc, list, err, "more than %d exclusions",
				MAX_EXCLUDE);
	r = realloc(*ranges, (*n + list->n + 1) * sizeof(*r));
	if (!r)
		return sch_oom(err);
	*ranges = r;
	for (i = 0; i < list->n; i++) {
		const struct yd_node *item = list->items[i], *a, *b;
		struct loa_date_range *x = &r[*n];

		if (item->kind == YD_SCALAR) {
			if ((rc = sch_parse_date(doc, item, &x->from, err)))
				return rc;
			x->to = x->from;
		} else if (item->kind == YD_MAP) {
			if ((rc = yd_check_keys(doc, item, exclude_keys, err)))
				return rc;
			a = yd_map_get(item, "date");
			if (a && (yd_map_get(item, "from") || yd_map_get(item, "to")))
				return yd_error(doc, item, err,
						"give either date or from and to");
			if (a) {
				if ((rc = sch_parse_date(doc, a, &x->from, err)))
					return rc;
				x->to = x->from;
			} else {
				a = yd_map_get(item, "from");
				b = yd_map_get(item, "to");
				if (!a || !b)
					return yd_error(doc, item, err,
							"an excluded period needs from and to");
				if ((rc = sch_parse_date(doc, a, &x->from, err)) ||
				    (rc = sch_parse_date(doc, b, &x->to, err)))
					return rc;
				if (x->to < x->from)
					return yd_error(doc, b, err,
							"the period ends before it starts");
			}
			a = yd_map_get(item, "note");
			if (a && a->kind != YD_SCALAR)
				return yd_error(doc, a, err, "note must be text");
		} else {
			return yd_error(doc, item, err,
					"expected a date or {from: DATE, to: DATE}");
		}
		(*n)++;
	}
	return LOA_OK;
}

/* Sorts and merges overlapping or adjacent ranges. */
void sch_merge_ranges(struct loa_date_range *r, size_t *n)
{
	size_t i, out = 0;

	if (!*n)
		return;
	qsort(r, *n, sizeof(*r), range_cmp);
	for (i = 1; i < *n; i++) {
		if (r[i].from <= r[out].to + 1) {
			if (r[i].to > r[out].to)
				r[out].to = r[i].to;
		} else {
			r[++out] = r[i];
		}
	}
	*n = out + 1;
}
