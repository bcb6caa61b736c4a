/* Today and local date-times in Asia/Ho_Chi_Minh (core/clock.h). */
#include "clock.h"

#include <stdio.h>
#include <time.h>

#include "loa/date.h"

/* Floor division: days before 1970 round down too. */
static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

int clock_local_date(long long unix_time)
{
	return (int)floor_div(unix_time + LOA_UTC_OFFSET, 86400);
}

int clock_today(void)
{
	return clock_local_date((long long)time(NULL));
}

long long clock_unix_time(int date, int seconds)
{
	return (long long)date * 86400 + seconds - LOA_UTC_OFFSET;
}

/* A local time into "YYYY-MM-DD" and hours, minutes, seconds. */
static void split(int date, int seconds, char day[11], unsigned hms[3])
{
	int days = (int)floor_div(seconds, 86400);

	seconds -= days * 86400;
	loa_date_format(date + days, day);
	hms[0] = (unsigned)seconds / 3600 % 24;
	hms[1] = (unsigned)seconds / 60 % 60;
	hms[2] = (unsigned)seconds % 60;
}

void clock_iso_local(int date, int seconds, char buf[26])
{
	unsigned t[3];
	char d[11];

	split(date, seconds, d, t);
	snprintf(buf, 26, "%sT%02u:%02u:%02u%s", d, t[0], t[1], t[2],
		 LOA_UTC_OFFSET_TEXT);
}

void clock_ics_local(int date, int seconds, char buf[16])
{
	unsigned t[3];
	char d[11];

	split(date, seconds, d, t);
	snprintf(buf, 16, "%.4s%.2s%.2sT%02u%02u%02u", d, d + 5, d + 8, t[0],
		 t[1], t[2]);
}

void clock_ics_utc(long long unix_time, char buf[17])
{
	long long days = floor_div(unix_time, 86400);

	clock_ics_local((int)days, (int)(unix_time - days * 86400), buf);
	buf[15] = 'Z';
	buf[16] = '\0';
}
