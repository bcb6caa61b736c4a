/*
 * The clock and local times of Asia/Ho_Chi_Minh (loa/date.h has the
 * zone): today's date, and date-times written as ISO 8601 and as
 * iCalendar wants them.  A local time is a date (days since 1970-01-01)
 * and seconds after its midnight; seconds past 24 hours run into the
 * following days.
 */
#ifndef LOA_CORE_CLOCK_H
#define LOA_CORE_CLOCK_H

#include <stddef.h>

/* Today's local date, from the system clock (no localtime, no TZ). */
int clock_today(void);

/* The local date of a Unix time. */
int clock_local_date(long long unix_time);

/* The Unix time of a local time. */
long long clock_unix_time(int date, int seconds);

/* "2026-11-30T06:30:00+07:00" into buf (26 bytes). */
void clock_iso_local(int date, int seconds, char buf[26]);

/* iCalendar's local form, "20261130T063000", into buf (16 bytes). */
void clock_ics_local(int date, int seconds, char buf[16]);

/* iCalendar's UTC form of a Unix time, "20261129T233000Z" (17 bytes). */
void clock_ics_utc(long long unix_time, char buf[17]);

/*
 * An ISO 8601 time ("2026-12-01T07:00:00+07:00"; a space for the T,
 * milliseconds, another offset, Z, or none for a local time) as a
 * Vietnamese reader writes it in Asia/Ho_Chi_Minh: "07:00:00 01/12/2026"
 * into buf (20 bytes suffice), which is returned; anything else is
 * returned as it is ("" for NULL).  `loa status` under a Vietnamese LANG
 * and the web page both word their times with it.
 */
const char *clock_when_vi(const char *iso, char *buf, size_t size);

#endif
