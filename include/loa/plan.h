/*
 * The expansion of schedules into a programme: every broadcast (one
 * campaign script in one occurrence of a slot) of a period, in order.
 * Dates and local times are those of loa/date.h.
 */
#ifndef LOA_PLAN_H
#define LOA_PLAN_H

#include <stddef.h>
#include <stdio.h>

#include "loa/date.h"
#include "loa/schedule.h"
#include "loa/status.h"

/* One campaign script in one occurrence of a slot. */
struct loa_broadcast {
	const struct loa_schedule *schedule;
	const struct loa_slot *slot;
	const struct loa_script *script;
	int date;
	int start;                   /* seconds after midnight (planned) */
	int position;                /* 1, 2, ... within the occurrence */
	double seconds;              /* estimated length */
};

struct loa_plan {
	int from, to;                /* the period, inclusive */
	size_t n, alloc;
	struct loa_broadcast *items; /* by schedule, then date, then time */
};

/* An empty plan for days from..to. */
void loa_plan_init(struct loa_plan *plan, int from, int to);
void loa_plan_release(struct loa_plan *plan);

/* Appends the broadcasts of s between plan->from and plan->to. */
loa_status loa_plan_expand(struct loa_plan *plan,
			   const struct loa_schedule *s,
			   struct loa_error *err);

/* The script an entry plays on day (rotation), or NULL if not valid. */
const struct loa_script *loa_slot_entry_pick(const struct loa_schedule *s,
					     const struct loa_slot *slot,
					     const struct loa_slot_entry *e,
					     int day, size_t *index);

enum loa_plan_format {
	LOA_PLAN_TABLE,              /* aligned columns for a terminal */
	LOA_PLAN_CSV,                /* UTF-8 with a byte-order mark, CRLF */
	LOA_PLAN_JSON,
	LOA_PLAN_ICS                 /* RFC 5545 iCalendar, one event each */
};

/* "table", "csv", "json", "ics"; 0 on success, -1 when unknown. */
int loa_plan_format_parse(const char *name, enum loa_plan_format *out);

/*
 * Writes plan to out.  dtstamp (Unix time) stamps iCalendar events; pass
 * a negative value to use the start of the period, so that the same
 * inputs always give the same bytes.
 */
loa_status loa_plan_write(const struct loa_plan *plan,
			  enum loa_plan_format format, long long dtstamp,
			  FILE *out, struct loa_error *err);

#endif
