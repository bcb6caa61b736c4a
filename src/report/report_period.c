/*
 * Periods (--month, --quarter, --week) and what the writers share: the
 * period as text and the minutes by week and topic of the charts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/date.h"
#include "report_int.h"

/* A strict number of exactly n digits at s into *out; 0 or -1. */
static int digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* The first day of month m of year y, and of the month n later, less 1. */
static int month_span(int y, int m, int n, int *from, int *to)
{
	int end_m = m + n, end_y = y;

	if (y < 1900 || y > 2199 || m < 1 || m > 12)
		return -1;
	while (end_m > 12) {
		end_m -= 12;
		end_y++;
	}
	*from = loa_date_from_civil(y, m, 1);
	*to = loa_date_from_civil(end_y, end_m, 1) - 1;
	return 0;
}

int loa_report_period(const char *kind, const char *text, int today,
		      int *from, int *to)
{
	int y, m, q, monday;

	if (!strcmp(kind, "month")) {
		if (strlen(text) != 7 || digits(text, 4, &y) || text[4] != '-' ||
		    digits(text + 5, 2, &m))
			return -1;
		return month_span(y, m, 1, from, to);
	}
	if (!strcmp(kind, "quarter")) {
		if (strlen(text) != 7 || digits(text, 4, &y) || text[4] != '-' ||
		    text[5] != 'Q' || digits(text + 6, 1, &q) || q < 1 || q > 4)
			return -1;
		return month_span(y, 3 * q - 2, 3, from, to);
	}
	if (strcmp(kind, "week"))
		return -1;
	if (!strcmp(text, "this") || !strcmp(text, "next"))
		monday = today - loa_date_weekday(today) +
			(text[0] == 'n' ? 7 : 0);
	else if (loa_isoweek_parse(text, &monday))
		return -1;
	*from = monday;
	*to = monday + 6;
	return 0;
}

void report_period_text(const struct loa_report *r, char *buf, size_t size)
{
	char a[11], b[11];

	loa_date_format(r->from, a);
	loa_date_format(r->to, b);
	snprintf(buf, size, "%s – %s", a, b);
}

const char *report_chart_topic(size_t i)
{
	return i < REPORT_CHART_TOPICS - 1 ? loa_report_required_topics[i] :
		"other";
}

static size_t chart_column(const char *topic)
{
	size_t i;

	for (i = 0; i < REPORT_CHART_TOPICS - 1; i++)
		if (!strcmp(topic, loa_report_required_topics[i]))
			return i;
	return REPORT_CHART_TOPICS - 1;
}

int report_week_pivot(const struct loa_report *r, int **weeks,
		      long long (**ms)[REPORT_CHART_TOPICS], size_t *n)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_WEEK_TOPIC];
	size_t i, w = 0, cap = (size_t)((r->to - r->from) / 7 + 2);

	*weeks = calloc(cap, sizeof(**weeks));
	*ms = calloc(cap, sizeof(**ms));
	*n = 0;
	if (!*weeks || !*ms) {
		free(*weeks);
		free(*ms);
		*weeks = NULL;
		*ms = NULL;
		return -1;
	}
	/* One row per week of the period, empty ones too. */
	for (w = 0; w < cap; w++) {
		int monday = r->from - loa_date_weekday(r->from) + 7 * (int)w;

		if (monday > r->to)
			break;
		(*weeks)[w] = monday;
	}
	*n = w;
	for (i = 0; i < t->n; i++) {
		size_t k = (size_t)((t->rows[i].week - (*weeks)[0]) / 7);

		if (t->rows[i].week >= (*weeks)[0] && k < *n)
			(*ms)[k][chart_column(t->rows[i].topic)] +=
				t->rows[i].aired_ms;
	}
	return 0;
}
