/* The expansion of schedules into a plan (dates: core/date.c). */
#include "loa/plan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
