/* Plan output: iCalendar folding and escaping, CSV quoting, JSON. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/plan.h"

/* A one-broadcast plan built by hand: no files needed. */
struct fixture {
	struct loa_commune commune;
	struct loa_schedule sched;
	struct loa_script script;
	struct loa_slot slot;
	struct loa_broadcast b;
	struct loa_plan plan;
};

static void fixture_init(struct fixture *f, const char *title)
{
	memset(f, 0, sizeof(*f));
	f->commune.id = (char *)"tm";
	f->commune.name = (char *)"xã Tiên Minh";
	f->sched.commune = &f->commune;
	f->script.id = (char *)"a";
	f->script.title = (char *)title;
	f->script.topic = (char *)"other";
	f->slot.id = (char *)"sang";
	f->slot.name = (char *)"Bản tin sáng";
	f->slot.zones = (char *)"Thôn 1, Thôn 2";
	f->slot.start = 6 * 3600 + 30 * 60;
	f->b.schedule = &f->sched;
	f->b.slot = &f->slot;
	f->b.script = &f->script;
	loa_date_parse("2026-12-31", &f->b.date);
	f->b.start = f->slot.start;
	f->b.position = 1;
	f->b.seconds = 149.6;
	loa_plan_init(&f->plan, f->b.date, f->b.date + 1);
	f->plan.items = &f->b;
	f->plan.n = 1;
}

static char *render(const struct loa_plan *plan, enum loa_plan_format fmt,
		    long long dtstamp)
{
	struct loa_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(loa_plan_write(plan, fmt, dtstamp, f, &err), LOA_OK);
	fclose(f);
	return buf;
}

static void test_ics(void **state)
{
	struct fixture f;
	char *ics, *line, *end;
	size_t n_lines = 0;

	(void)state;
	fixture_init(&f, "Cảnh giác với cuộc gọi video giả mạo bằng công nghệ "
		     "deepfake; lừa đảo, chiếm đoạt tài sản\\ trên không gian mạng");
	ics = render(&f.plan, LOA_PLAN_ICS, -1);
	assert_non_null(strstr(ics, "\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20261231T063000\r\n"));
	assert_non_null(strstr(ics, "\r\nDURATION:PT2M30S\r\n"));
	/* Midnight of the first day, local, in UTC. */
	assert_non_null(strstr(ics, "\r\nDTSTAMP:20261230T170000Z\r\n"));
	assert_non_null(strstr(ics, "UID:20261231-tm-sang-1@loa"));
	assert_non_null(strstr(ics, "LOCATION:xã Tiên Minh - Thôn 1\\, Thôn 2\r\n"));
	/* Every physical line within 75 octets; continuations start a UTF-8
	 * character (never split a sequence). */
	for (line = ics; *line; line = end + 1) {
		size_t len;

		end = strchr(line, '\n');
		assert_non_null(end);
		len = (size_t)(end - line);
		assert_true(len >= 1 && line[len - 1] == '\r');
		assert_true(len - 1 <= 75);
		if (line[0] == ' ')
			assert_true(((unsigned char)line[1] & 0xC0) != 0x80);
		n_lines++;
	}
	assert_true(n_lines > 20);
	free(ics);
	/* SOURCE_DATE_EPOCH-style stamps are honoured. */
	ics = render(&f.plan, LOA_PLAN_ICS, 1764547200);
	assert_non_null(strstr(ics, "DTSTAMP:20251201T000000Z"));
	free(ics);
}

static void test_ics_unfolds(void **state)
{
	struct fixture f;
	char *ics, *out, *p, *q;

	(void)state;
	fixture_init(&f, "Tiêu đề rất dài: một, hai; ba \\ bốn năm sáu bảy tám "
		     "chín mười mười một mười hai mười ba");
	ics = render(&f.plan, LOA_PLAN_ICS, -1);
	/* Unfolding (RFC 5545 3.1) gives back the escaped summary. */
	out = malloc(strlen(ics) + 1);
	assert_non_null(out);
	for (p = ics, q = out; *p; p++) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ') {
			p += 2;
			continue;
		}
		*q++ = *p;
	}
	*q = '\0';
	assert_non_null(strstr(out, "SUMMARY:Bản tin sáng: Tiêu đề rất dài: một\\, "
			       "hai\\; ba \\\\ bốn năm sáu bảy tám chín mười mười "
			       "một mười hai mười ba\r\n"));
	free(out);
	free(ics);
}

static void test_csv_json(void **state)
{
	struct fixture f;
	char *csv, *json;

	(void)state;
	fixture_init(&f, "Tin \"nóng\", hôm nay");
	csv = render(&f.plan, LOA_PLAN_CSV, -1);
	assert_memory_equal(csv, "\xEF\xBB\xBF" "commune,", 11);
	assert_non_null(strstr(csv, "\r\ntm,xã Tiên Minh,2026-12-31,Thu,06:30:00,"
			       "06:32:30,sang,Bản tin sáng,\"Thôn 1, Thôn 2\",1,a,"
			       "\"Tin \"\"nóng\"\", hôm nay\",other,150\r\n"));
	free(csv);
	json = render(&f.plan, LOA_PLAN_JSON, -1);
	assert_non_null(strstr(json, "\"title\": \"Tin \\\"nóng\\\", hôm nay\""));
	assert_non_null(strstr(json, "\"from\": \"2026-12-31\""));
	assert_non_null(strstr(json, "\"to\": \"2027-01-01\""));
	free(json);
}

static void test_table(void **state)
{
	struct fixture f;
	char *t;

	(void)state;
	fixture_init(&f, "x");
	t = render(&f.plan, LOA_PLAN_TABLE, -1);
	assert_non_null(strstr(t, "xã Tiên Minh (tm), 2026-12-31 to 2027-01-01\n"));
	/* Columns line up by characters, not bytes. */
	assert_non_null(strstr(t, "Thu 2026-12-31  06:30  Bản tin sáng  Thôn 1, Thôn 2  a       2:30\n"));
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ics),
		cmocka_unit_test(test_ics_unfolds),
		cmocka_unit_test(test_csv_json),
		cmocka_unit_test(test_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
