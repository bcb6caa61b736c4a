/* Civil-date arithmetic and ISO weeks (loa/date.h). */
#include "loa/date.h"

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
