/* Civil-date arithmetic, ISO weeks and the expansion of schedules. */
#include "loa/plan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Days from 1970-01-01 to y-m-d (proleptic Gregorian), after Howard
 * Hinnant's days_from_civil: eras of 400 years, March-based years so
 * the leap day comes last.
 */
int loa_date_from_civil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void loa_date_to_civil(int z, int *year, int *month, int *day)
{
	int era, doe, yoe, y, doy, mp, d, m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	*year = y + (m <= 2);
	*month = m;
	*day = d;
}

int loa_date_weekday(int date)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (date + 3) % 7;

	return w < 0 ? w + 7 : w;
}

static int days_in_month(int y, int m)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
				     30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 ? 28 + leap : dim[m - 1];
}

/* n decimal digits at s, or -1. */
static int digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int loa_date_parse(const char *s, int *date)
{
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > days_in_month(y, m))
		return -1;
	*date = loa_date_from_civil(y, m, d);
	return 0;
}

/* Writes value as exactly n decimal digits (value is 0..10^n-1). */
static void put_digits(char *buf, int value, int n)
{
	while (n-- > 0) {
		buf[n] = (char)('0' + value % 10);
		value /= 10;
	}
}

void loa_date_format(int date, char buf[11])
{
	int y, m, d;

	loa_date_to_civil(date, &y, &m, &d);
	/* The ranges keep this exactly 10 characters. */
	if (y < 0 || y > 9999)
		y = 0;
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
	buf[10] = '\0';
}

/* The Monday of ISO week 1 of year: the week holding 4 January. */
static int week1_monday(int year)
{
	int jan4 = loa_date_from_civil(year, 1, 4);

	return jan4 - loa_date_weekday(jan4);
}

void loa_isoweek(int date, int *year, int *week)
{
	int y, m, d, thursday;

	/* A week belongs to the year of its Thursday. */
	thursday = date - loa_date_weekday(date) + 3;
	loa_date_to_civil(thursday, &y, &m, &d);
	*year = y;
	*week = (thursday - week1_monday(y)) / 7 + 1;
}

int loa_isoweek_count(int year)
{
	return (week1_monday(year + 1) - week1_monday(year)) / 7;
}

int loa_isoweek_parse(const char *s, int *monday)
{
	int y, w;

	if (strlen(s) != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w'))
		return -1;
	y = digits(s, 4);
	w = digits(s + 6, 2);
	if (y < 1900 || y > 2199 || w < 1 || w > loa_isoweek_count(y))
		return -1;
	*monday = week1_monday(y) + 7 * (w - 1);
	return 0;
}

void loa_isoweek_format(int date, char buf[9])
{
	int y, w;

	loa_isoweek(date, &y, &w);
	if (y < 0 || y > 9999)
		y = 0;
	put_digits(buf, y, 4);
	buf[4] = '-';
	buf[5] = 'W';
	put_digits(buf + 6, w, 2);
	buf[8] = '\0';
}

/* ---- expansion ---- */

/* Days in [from, to) whose weekday is in mask (bit 0 Monday). */
static long count_days(int from, int to, unsigned mask)
{
	long n = 0;
	int weeks, w, i, bits = 0;

	if (to <= from)
		return 0;
	for (i = 0; i < 7; i++)
		bits += (mask >> i) & 1;
	weeks = (to - from) / 7;
	n = (long)weeks * bits;
	w = loa_date_weekday(from);
	for (i = from + weeks * 7; i < to; i++, w = (w + 1) % 7)
		n += (mask >> w) & 1;
	return n;
}

int loa_schedule_airs(const struct loa_schedule *s,
		      const struct loa_slot *slot, int day)
{
	size_t lo = 0, hi = s->n_exclude;

	if (day < s->valid_from || day > s->valid_to ||
	    !((slot->days >> loa_date_weekday(day)) & 1))
		return 0;
	/* Exclusions are sorted and disjoint: binary search. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->exclude[mid].to < day)
			lo = mid + 1;
		else if (s->exclude[mid].from > day)
			hi = mid;
		else
			return 0;
	}
	return 1;
}

/*
 * The number of times slot aired in [from, to): its weekdays, minus
 * the excluded ones, within the schedule's validity.  Arithmetic, so a
 * rotation anchored years back costs nothing.
 */
static long count_airings(const struct loa_schedule *s,
			  const struct loa_slot *slot, int from, int to)
{
	long n;
	size_t i;

	if (from < s->valid_from)
		from = s->valid_from;
	if (to > s->valid_to + 1)
		to = s->valid_to + 1;
	n = count_days(from, to, slot->days);
	for (i = 0; i < s->n_exclude; i++) {
		int a = s->exclude[i].from, b = s->exclude[i].to + 1;

		if (a < from)
			a = from;
		if (b > to)
			b = to;
		n -= count_days(a, b, slot->days);
	}
	return n;
}

const struct loa_script *loa_slot_entry_pick(const struct loa_schedule *s,
					     const struct loa_slot *slot,
					     const struct loa_slot_entry *e,
					     int day, size_t *index)
{
	size_t k = 0;

	if (day < e->from || day > e->to || !e->n)
		return NULL;
	if (e->rotate)
		k = (size_t)(count_airings(s, slot, e->anchor, day) %
			     (long)e->n);
	if (index)
		*index = k;
	return e->scripts[k];
}

void loa_plan_init(struct loa_plan *plan, int from, int to)
{
	memset(plan, 0, sizeof(*plan));
	plan->from = from;
	plan->to = to;
}

void loa_plan_release(struct loa_plan *plan)
{
	free(plan->items);
	plan->items = NULL;
	plan->n = plan->alloc = 0;
}

/* A city's year is a few hundred thousand broadcasts; refuse runaways. */
#define PLAN_MAX_ITEMS (4u << 20)

static loa_status plan_push(struct loa_plan *plan,
			    const struct loa_broadcast *b,
			    struct loa_error *err)
{
	if (plan->n == plan->alloc) {
		size_t alloc = plan->alloc ? 2 * plan->alloc : 256;
		struct loa_broadcast *items;

		if (alloc > PLAN_MAX_ITEMS)
			return loa_error_set(err, LOA_ENOMEM,
					     "the plan has more than %u broadcasts; plan a shorter period",
					     PLAN_MAX_ITEMS);
		items = realloc(plan->items, alloc * sizeof(*items));
		if (!items)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		plan->items = items;
		plan->alloc = alloc;
	}
	plan->items[plan->n++] = *b;
	return LOA_OK;
}

loa_status loa_plan_expand(struct loa_plan *plan,
			   const struct loa_schedule *s,
			   struct loa_error *err)
{
	loa_status rc;
	int day;
	size_t i, j;

	if (plan->to - plan->from > 3660)
		return loa_error_set(err, LOA_EINPUT,
				     "the period is longer than ten years");
	for (day = plan->from; day <= plan->to; day++) {
		/* Slots are sorted by start time. */
		for (i = 0; i < s->n_slots; i++) {
			const struct loa_slot *slot = &s->slots[i];
			struct loa_broadcast b;
			double at = slot->start;

			if (!loa_schedule_airs(s, slot, day))
				continue;
			memset(&b, 0, sizeof(b));
			b.schedule = s;
			b.slot = slot;
			b.date = day;
			for (j = 0; j < slot->n_entries; j++) {
				const struct loa_slot_entry *e = &slot->entries[j];
				size_t k;

				b.script = loa_slot_entry_pick(s, slot, e, day, &k);
				if (!b.script)
					continue;
				b.position++;
				b.start = (int)(at + 0.5);
				b.seconds = e->seconds[k];
				at += b.seconds;
				if ((rc = plan_push(plan, &b, err)))
					return rc;
			}
		}
	}
	return LOA_OK;
}
