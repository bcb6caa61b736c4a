/*
 * Calendar arithmetic on civil dates and the expansion of schedules into
 * a programme: every broadcast (one campaign script in one occurrence of
 * a slot) of a period, in order.
 *
 * Dates are days since 1970-01-01 in the proleptic Gregorian calendar;
 * times are local to Asia/Ho_Chi_Minh (UTC+7, no daylight saving), so
 * no time-zone database is involved.  Weeks are ISO 8601 weeks (Monday
 * first; week 1 holds the year's first Thursday).
 */
#ifndef LOA_PLAN_H
#define LOA_PLAN_H

#include <stddef.h>
#include <stdio.h>

#include "loa/schedule.h"
#include "loa/status.h"

/* The offset of local time from UTC, in seconds. */
#define LOA_UTC_OFFSET (7 * 3600)

int loa_date_from_civil(int year, int month, int day);
void loa_date_to_civil(int date, int *year, int *month, int *day);
/* 0 Monday ... 6 Sunday. */
int loa_date_weekday(int date);
/* Strict YYYY-MM-DD (years 1900-2199); 0 on success, -1 otherwise. */
int loa_date_parse(const char *text, int *date);
/* "YYYY-MM-DD" into buf (11 bytes). */
void loa_date_format(int date, char buf[11]);

/* The ISO week-numbering year and week of date. */
void loa_isoweek(int date, int *year, int *week);
/* 52 or 53. */
int loa_isoweek_count(int year);
/* Strict "YYYY-Www" into the Monday of that week; 0 or -1. */
int loa_isoweek_parse(const char *text, int *monday);
/* "YYYY-Www" into buf (9 bytes). */
void loa_isoweek_format(int date, char buf[9]);

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
