/*
 * Civil dates, ISO weeks and the broadcast time zone.
 *
 * Dates are days since 1970-01-01 in the proleptic Gregorian calendar.
 * Times are local to Asia/Ho_Chi_Minh, which has kept UTC+7 without
 * daylight saving since 1975, so no time-zone database is involved.
 * Weeks are ISO 8601 weeks (Monday first; week 1 holds the year's first
 * Thursday).
 */
#ifndef LOA_DATE_H
#define LOA_DATE_H

/* The time zone of every local time Loa reads or writes. */
#define LOA_TIMEZONE "Asia/Ho_Chi_Minh"
/* Its offset from UTC, in seconds, and as ISO 8601 writes it. */
#define LOA_UTC_OFFSET (7 * 3600)
#define LOA_UTC_OFFSET_TEXT "+07:00"

int loa_date_from_civil(int year, int month, int day);
void loa_date_to_civil(int date, int *year, int *month, int *day);
/* 0 Monday ... 6 Sunday. */
int loa_date_weekday(int date);
/*
 * Strict YYYY-MM-DD (years 1900-2199); a day the month does not have
 * (2026-02-31, 2026-02-29) is refused.  0 on success, -1 otherwise.
 */
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

#endif
