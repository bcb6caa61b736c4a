/* Today and local date-times in Asia/Ho_Chi_Minh (core/clock.h). */
#include "clock.h"

#include <stdio.h>
#include <string.h>
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

/* n digits at p as a number, or -1. */
static int digits(const char *p, int n)
{
	int v = 0;

	while (n--) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + *p++ - '0';
	}
	return v;
}

const char *clock_when_vi(const char *iso, char *buf, size_t size)
{
	int date, h, m, s, zone = LOA_UTC_OFFSET, zh, zm, y, mo, d;
	const char *p;
	char day[11];

	if (!iso)
		return "";
	if (strlen(iso) < 19 || (iso[10] != 'T' && iso[10] != ' ') ||
	    iso[13] != ':' || iso[16] != ':')
		return iso;
	memcpy(day, iso, 10);
	day[10] = '\0';
	h = digits(iso + 11, 2);
	m = digits(iso + 14, 2);
	s = digits(iso + 17, 2);
	if (loa_date_parse(day, &date) || h < 0 || h > 23 || m < 0 ||
	    m > 59 || s < 0 || s > 59)
		return iso;
	p = iso + 19;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;                  /* a reader needs no fractions */
	if (*p == 'Z' && !p[1]) {
		zone = 0;
	} else if ((*p == '+' || *p == '-') && strlen(p) == 6 && p[3] == ':' &&
		   (zh = digits(p + 1, 2)) >= 0 && zh <= 14 &&
		   (zm = digits(p + 4, 2)) >= 0 && zm <= 59) {
		zone = (*p == '-' ? -1 : 1) * (zh * 3600 + zm * 60);
	} else if (*p) {
		return iso;
	}
	/* Into the station's zone: the day may change. */
	s += h * 3600 + m * 60 - zone + LOA_UTC_OFFSET;
	date += (int)floor_div(s, 86400);
	s -= (int)floor_div(s, 86400) * 86400;
	loa_date_to_civil(date, &y, &mo, &d);
	snprintf(buf, size, "%02d:%02d:%02d %02d/%02d/%04d", s / 3600,
		 s / 60 % 60, s % 60, d, mo, y);
	return buf;
}
