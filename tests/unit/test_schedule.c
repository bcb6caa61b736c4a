/* Dates, ISO weeks, schedule and city loading, plan expansion. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loa/plan.h"
#include "loa/schedule.h"

static char root[64];

static void write_file(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(text, 1, strlen(text), f);
	fclose(f);
}

static const char *path_of(const char *name)
{
	static char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, name);
	return path;
}

static void write_script(const char *id, const char *extra)
{
	char name[128], text[1024];

	snprintf(name, sizeof(name), "scripts/%s.yaml", id);
	snprintf(text, sizeof(text),
		 "id: %s\ntitle: \"Tin %s\"\ntopic: other\nparts:\n"
		 "  - say: Xin chào {{commune.name}}.\n%s", id, id, extra);
	write_file(name, text);
}

static int setup(void **state)
{
	char dir[128];

	(void)state;
	snprintf(root, sizeof(root), "/tmp/loa-sched-XXXXXX");
	if (!mkdtemp(root))
		return -1;
	snprintf(dir, sizeof(dir), "%s/scripts", root);
	mkdir(dir, 0777);
	snprintf(dir, sizeof(dir), "%s/schedules", root);
	mkdir(dir, 0777);
	snprintf(dir, sizeof(dir), "%s/schedules/communes", root);
	mkdir(dir, 0777);
	write_script("a", "");
	write_script("b", "");
	write_script("c", "");
	/* About 100 seconds: too long for a one-minute slot. */
	write_script("long", "  - pause: 10s\n  - pause: 10s\n  - pause: 10s\n"
		     "  - pause: 10s\n  - pause: 10s\n  - pause: 10s\n"
		     "  - pause: 10s\n  - pause: 10s\n  - pause: 10s\n"
		     "  - pause: 10s\n");
	write_file("schedules/communes/tm.yaml",
		   "id: tm\nkind: xã\nname: xã Tiên Minh\n"
		   "city: thành phố Hải Phòng\noffice: UBND xã Tiên Minh\n"
		   "police_phone: \"0225 3999 101\"\nhotline: \"113\"\n");
	write_file("schedules/communes/nd.yaml",
		   "id: nd\nkind: xã\nname: xã Nghi Dương\n"
		   "city: thành phố Hải Phòng\noffice: UBND xã Nghi Dương\n"
		   "police_phone: \"0225 3999 102\"\nhotline: \"113\"\n");
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd);
}

static int day(const char *text)
{
	int d = 0;

	assert_int_equal(loa_date_parse(text, &d), 0);
	return d;
}

static void test_dates(void **state)
{
	int y, m, d, date, w;
	char buf[11];

	(void)state;
	assert_int_equal(loa_date_from_civil(1970, 1, 1), 0);
	assert_int_equal(loa_date_from_civil(2000, 3, 1), 11017);
	for (date = -800000; date < 200000; date += 997) {
		loa_date_to_civil(date, &y, &m, &d);
		assert_int_equal(loa_date_from_civil(y, m, d), date);
	}
	assert_int_equal(loa_date_weekday(day("2026-11-30")), 0); /* Monday */
	assert_int_equal(loa_date_weekday(day("2027-01-03")), 6); /* Sunday */
	assert_int_equal(loa_date_weekday(day("1969-12-31")), 2);
	assert_int_equal(loa_date_parse("2026-02-29", &date), -1);
	assert_int_equal(loa_date_parse("2028-02-29", &date), 0);
	assert_int_equal(loa_date_parse("2026-13-01", &date), -1);
	assert_int_equal(loa_date_parse("2026-1-01", &date), -1);
	assert_int_equal(loa_date_parse("2026-01-01x", &date), -1);
	assert_int_equal(loa_date_parse("+026-01-01", &date), -1);
	loa_date_format(day("2026-12-31") + 1, buf);
	assert_string_equal(buf, "2027-01-01");
	(void)w;
}

static void test_isoweeks(void **state)
{
	int y, w, monday;
	char buf[9];

	(void)state;
	assert_int_equal(loa_isoweek_count(2026), 53); /* 1 Jan is a Thursday */
	assert_int_equal(loa_isoweek_count(2027), 52);
	assert_int_equal(loa_isoweek_count(2020), 53); /* leap, Wednesday */
	assert_int_equal(loa_isoweek_parse("2026-W53", &monday), 0);
	assert_int_equal(monday, day("2026-12-28"));
	assert_int_equal(loa_isoweek_parse("2027-W01", &monday), 0);
	assert_int_equal(monday, day("2027-01-04"));
	assert_int_equal(loa_isoweek_parse("2026-W01", &monday), 0);
	assert_int_equal(monday, day("2025-12-29"));
	assert_int_equal(loa_isoweek_parse("2026-W49", &monday), 0);
	assert_int_equal(monday, day("2026-11-30"));
	assert_int_equal(loa_isoweek_parse("2027-W53", &monday), -1);
	assert_int_equal(loa_isoweek_parse("2026-W00", &monday), -1);
	assert_int_equal(loa_isoweek_parse("2026-49", &monday), -1);
	assert_int_equal(loa_isoweek_parse("2026-W4", &monday), -1);
	/* 1-3 January 2027 still belong to 2026-W53. */
	loa_isoweek(day("2027-01-03"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 53);
	loa_isoweek(day("2024-12-30"), &y, &w);
	assert_int_equal(y, 2025);
	assert_int_equal(w, 1);
	loa_isoweek_format(day("2027-01-01"), buf);
	assert_string_equal(buf, "2026-W53");
	loa_isoweek_format(day("2027-01-04"), buf);
	assert_string_equal(buf, "2027-W01");
}

/* Loads text as schedules/name into a fresh set; returns the status. */
static loa_status load(const char *name, const char *text,
		       struct loa_schedule_set **set, struct loa_error *err)
{
	char rel[128];

	snprintf(rel, sizeof(rel), "schedules/%s", name);
	write_file(rel, text);
	assert_int_equal(loa_schedule_set_new(set, root, err), LOA_OK);
	loa_error_clear(err);
	return loa_schedule_load(*set, path_of(rel), err);
}

/* The plan of set for from..to as "date time slot script" lines. */
static char *plan_lines(const struct loa_schedule_set *set, const char *from,
			const char *to)
{
	struct loa_plan plan;
	struct loa_error err;
	static char buf[8192];
	size_t i, len = 0;

	buf[0] = '\0';
	loa_plan_init(&plan, day(from), day(to));
	for (i = 0; i < set->n; i++)
		assert_int_equal(loa_plan_expand(&plan, set->items[i], &err),
				 LOA_OK);
	for (i = 0; i < plan.n && len < sizeof(buf) - 100; i++) {
		const struct loa_broadcast *b = &plan.items[i];
		char d[11];

		loa_date_format(b->date, d);
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
					"%s %s %02d:%02d %s %s\n",
					b->schedule->commune->id, d,
					b->start / 3600, b->start / 60 % 60,
					b->slot->id, b->script->id);
	}
	loa_plan_release(&plan);
	return buf;
}

static void test_rotation_and_exclusions(void **state)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;

	(void)state;
	assert_int_equal(load("tm.yaml",
			      "commune: tm\n"
			      "valid_from: 2026-12-21\n"
			      "exclude:\n"
			      "  - 2026-12-30\n"
			      "  - {from: 2027-01-06, to: 2027-01-06, note: Lễ}\n"
			      "slots:\n"
			      "  - id: sang\n"
			      "    days: [mon, wed, fri]\n"
			      "    start: \"06:30\"\n"
			      "    length: 10m\n"
			      "    play:\n"
			      "      - rotate: [a, b, c]\n"
			      "      - script: c\n"
			      "        from: 2027-01-04\n",
			      &set, &err), LOA_OK);
	assert_int_equal(set->n, 1);
	assert_int_equal(set->n_scripts, 3);
	/*
	 * From 2026-12-21 the slot aired Mon 21, Wed 23, Fri 25, Mon 28
	 * (a b c a); Wed 30 is excluded and does not advance the rotation.
	 * Across the year boundary (2026-W53 into 2027-W01) it goes on.
	 */
	assert_string_equal(plan_lines(set, "2026-12-28", "2027-01-10"),
			    "tm 2026-12-28 06:30 sang a\n"
			    "tm 2027-01-01 06:30 sang b\n"
			    "tm 2027-01-04 06:30 sang c\n"
			    "tm 2027-01-04 06:30 sang c\n"
			    "tm 2027-01-08 06:30 sang a\n"
			    "tm 2027-01-08 06:30 sang c\n");
	/* The same days planned alone give the same picks. */
	assert_string_equal(plan_lines(set, "2027-01-08", "2027-01-08"),
			    "tm 2027-01-08 06:30 sang a\n"
			    "tm 2027-01-08 06:30 sang c\n");
	/* Nothing before valid_from. */
	assert_string_equal(plan_lines(set, "2026-12-14", "2026-12-20"), "");
	loa_schedule_set_free(&set);
}

static void test_slot_order_and_times(void **state)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;
	struct loa_plan plan;

	(void)state;
	assert_int_equal(load("tm.yaml",
			      "commune: tm\n"
			      "zones:\n  t1: Thôn 1\n  t2: Thôn 2\n"
			      "slots:\n"
			      "  - id: toi\n    days: daily\n    start: \"19:00\"\n"
			      "    length: 1h\n    zones: [t1]\n    play: [a, b]\n"
			      "  - id: toi-2\n    days: sun\n    start: \"19:30\"\n"
			      "    length: 10m\n    zones: [t2]\n    play: [c]\n"
			      "  - id: sang\n    days: weekend\n    start: \"6:05\"\n"
			      "    length: 90s\n    play: [a]\n",
			      &set, &err), LOA_OK);
	assert_string_equal(set->items[0]->slots[0].id, "sang");
	assert_string_equal(set->items[0]->slots[1].zones, "Thôn 1");
	assert_string_equal(set->items[0]->slots[0].zones, "toàn xã");
	loa_plan_init(&plan, day("2026-12-06"), day("2026-12-06"));
	assert_int_equal(loa_plan_expand(&plan, set->items[0], &err), LOA_OK);
	assert_int_equal(plan.n, 4);
	assert_int_equal(plan.items[0].start, 6 * 3600 + 5 * 60);
	assert_int_equal(plan.items[1].position, 1);
	assert_int_equal(plan.items[2].position, 2);
	/* The second script starts when the first one ends. */
	assert_int_equal(plan.items[2].start,
			 (int)(19 * 3600 + plan.items[1].seconds + 0.5));
	assert_string_equal(plan.items[3].slot->id, "toi-2");
	loa_plan_release(&plan);
	loa_schedule_set_free(&set);
}

static void expect_error(const char *text, const char *message)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;

	assert_int_equal(load("bad.yaml", text, &set, &err), LOA_EINPUT);
	if (!strstr(err.msg, message))
		fail_msg("wanted '%s' in '%s'", message, err.msg);
	assert_int_equal(set->n, 0);
	loa_schedule_set_free(&set);
}

#define SLOT(extra) "slots:\n  - id: s\n    days: daily\n    start: \"06:00\"\n" \
	"    length: 10m\n" extra

static void test_errors(void **state)
{
	(void)state;
	expect_error("commune: tm\n" SLOT("    play: [nope]\n"),
		     "bad.yaml:7:12: unknown script 'nope'");
	expect_error("commune: tm\n" SLOT("    play: [../a]\n"),
		     "bad.yaml:7:12: a script is named by its id");
	expect_error("commune: zz\n" SLOT("    play: [a]\n"),
		     "bad.yaml:1:10: unknown commune 'zz'");
	expect_error("commune: ../../etc/passwd\n" SLOT("    play: [a]\n"),
		     "bad.yaml:1:10: unknown commune");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"24:00\"\n    length: 10m\n    play: [a]\n",
		     "bad.yaml:5:12: expected a time such as 06:30, not '24:00'");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"6:60\"\n    length: 10m\n    play: [a]\n",
		     "bad.yaml:5:12: expected a time");
	expect_error("commune: tm\nvalid_from: 2026-02-30\n" SLOT("    play: [a]\n"),
		     "bad.yaml:2:13: expected a date such as 2026-12-01, not '2026-02-30'");
	expect_error("commune: tm\nexclude: [2026-12-01, 12/01]\n" SLOT("    play: [a]\n"),
		     "bad.yaml:2:23: expected a date");
	expect_error("commune: tm\n" SLOT("    play:\n      - script: a\n"
					   "        from: 2026-12-10\n"
					   "        to: 2026-12-01\n"),
		     "bad.yaml:10:13: the entry ends before it starts");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: [mon, funday]\n"
		     "    start: \"06:00\"\n    length: 10m\n    play: [a]\n",
		     "bad.yaml:4:17: expected days");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"06:00\"\n    length: 10 minutes\n    play: [a]\n",
		     "bad.yaml:6:13: expected a length");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"23:55\"\n    length: 10m\n    play: [a]\n",
		     "bad.yaml:6:13: slot 's' would run past midnight");
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"06:00\"\n    length: 1m\n    play: [a, long]\n",
		     "bad.yaml:6:13: the scripts of slot 's' take about");
	/* A long script only from a date on: the message names the date. */
	expect_error("commune: tm\nslots:\n  - id: s\n    days: daily\n"
		     "    start: \"06:00\"\n    length: 1m\n    play:\n"
		     "      - a\n      - script: long\n        from: 2027-01-01\n",
		     "longer than its length 1:00");
	expect_error("commune: tm\nslots:\n"
		     "  - id: s\n    days: mon-fri\n    start: \"06:00\"\n"
		     "    length: 30m\n    play: [a]\n"
		     "  - id: t\n    days: [fri, sat]\n    start: \"06:20\"\n"
		     "    length: 30m\n    play: [b]\n",
		     "bad.yaml:10:12: slot 't' (6:20-6:50) overlaps slot 's' (6:00-6:30) on Friday");
	expect_error("commune: tm\nzones: {t1: Thôn 1}\n" SLOT("    zones: [t9]\n    play: [a]\n"),
		     "bad.yaml:8:13: unknown zone 't9'");
	expect_error("commune: tm\n" SLOT("    play: [a]\n    colour: red\n"),
		     "bad.yaml:8:5: unknown key 'colour'");
	expect_error("commune: tm\n" SLOT("    play: []\n"),
		     "bad.yaml:7:11: play wants a list");
	expect_error("commune: tm\n" SLOT("    play:\n      - {script: a, rotate: [b]}\n"),
		     "an entry has either script: or rotate:");
	expect_error("slots: []\n", "names no commune");
}

static void test_overlap_other_zones(void **state)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;

	(void)state;
	/* Different loudspeaker zones may air at the same time. */
	assert_int_equal(load("tm.yaml",
			      "commune: tm\nzones: {t1: Thôn 1, t2: Thôn 2}\nslots:\n"
			      "  - id: s\n    days: daily\n    start: \"06:00\"\n"
			      "    length: 30m\n    zones: [t1]\n    play: [a]\n"
			      "  - id: t\n    days: daily\n    start: \"06:10\"\n"
			      "    length: 30m\n    zones: [t2]\n    play: [b]\n",
			      &set, &err), LOA_OK);
	loa_schedule_set_free(&set);
}

static const char *city =
	"city: thành phố Hải Phòng\n"
	"template:\n"
	"  valid_from: 2026-11-30\n"
	"  exclude: [2026-12-02]\n"
	"  slots:\n"
	"    - id: sang\n"
	"      name: Bản tin sáng\n"
	"      days: [mon, wed, fri]\n"
	"      start: \"06:00\"\n"
	"      length: 10m\n"
	"      play:\n"
	"        - rotate: [a, b, c]\n"
	"    - id: toi\n"
	"      days: [sun]\n"
	"      start: \"19:00\"\n"
	"      length: 10m\n"
	"      play: [c]\n"
	"communes:\n"
	"  - tm\n"
	"  - commune: schedules/communes/nd.yaml\n"
	"    exclude: [2026-12-04]\n"
	"    slots:\n"
	"      - id: sang\n"
	"        start: \"06:15\"\n"
	"      - id: toi\n"
	"        remove: true\n"
	"      - id: trua\n"
	"        days: [sat]\n"
	"        start: \"11:00\"\n"
	"        length: 5m\n"
	"        play: [b]\n"
	"  - profile:\n"
	"      id: an-lu\n"
	"      kind: phường\n"
	"      name: phường An Lư\n"
	"      city: thành phố Hải Phòng\n"
	"      office: UBND phường An Lư\n"
	"      police_phone: \"0225 3999 103\"\n"
	"      hotline: \"113\"\n";

static void test_city(void **state)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;

	(void)state;
	assert_int_equal(load("city.yaml", city, &set, &err), LOA_OK);
	assert_int_equal(set->n, 3);
	assert_string_equal(set->items[2]->commune->name, "phường An Lư");
	assert_string_equal(set->items[2]->slots[0].zones, "toàn phường");
	assert_string_equal(plan_lines(set, "2026-11-30", "2026-12-06"),
			    "tm 2026-11-30 06:00 sang a\n"
			    "tm 2026-12-04 06:00 sang b\n"
			    "tm 2026-12-06 19:00 toi c\n"
			    "nd 2026-11-30 06:15 sang a\n"
			    "nd 2026-12-05 11:00 trua b\n"
			    "an-lu 2026-11-30 06:00 sang a\n"
			    "an-lu 2026-12-04 06:00 sang b\n"
			    "an-lu 2026-12-06 19:00 toi c\n");
	/* The same commune cannot be scheduled twice. */
	write_file("schedules/tm.yaml", "commune: tm\n" SLOT("    play: [a]\n"));
	assert_int_equal(loa_schedule_load(set, path_of("schedules/tm.yaml"),
					   &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "commune 'tm' is already scheduled by"));
	assert_int_equal(set->n, 3);
	loa_schedule_set_free(&set);
}

static void test_city_errors(void **state)
{
	(void)state;
	expect_error("template:\n  slots: []\ncommunes: [tm, tm]\n",
		     "the schedule has no slots");
	expect_error("template:\n" "  slots:\n    - id: s\n      days: daily\n"
		     "      start: \"06:00\"\n      length: 10m\n      play: [a]\n"
		     "communes: [tm, tm]\n",
		     "bad.yaml:8:16: commune 'tm' is listed twice");
	expect_error("template:\n" "  slots:\n    - id: s\n      days: daily\n"
		     "      start: \"06:00\"\n      length: 10m\n      play: [a]\n"
		     "communes:\n  - commune: tm\n    slots:\n"
		     "      - id: x\n        remove: true\n",
		     "bad.yaml:11:9: the template has no slot 'x' to remove");
	/* An override that breaks the template is reported at its line. */
	expect_error("template:\n" "  slots:\n    - id: s\n      days: daily\n"
		     "      start: \"06:00\"\n      length: 10m\n      play: [a]\n"
		     "communes:\n  - commune: tm\n    slots:\n"
		     "      - id: s\n        start: \"6h\"\n",
		     "bad.yaml:12:16: expected a time");
	expect_error("template:\n" "  slots:\n    - id: s\n      days: daily\n"
		     "      start: \"06:00\"\n      length: 10m\n      play: [a]\n"
		     "communes:\n  - profile:\n      id: Bad\n",
		     "bad.yaml:10:");
}

/* A scalar, or a mapping with exactly one of two keys (sch_either). */
#define CITY_HEAD "template:\n  slots:\n    - id: s\n      days: daily\n" \
	"      start: \"06:00\"\n      length: 10m\n      play: [a]\n" \
	"communes:\n"

static void test_either_forms(void **state)
{
	(void)state;
	expect_error("commune: tm\n" SLOT("    play:\n      - {from: 2026-01-01}\n"),
		     "bad.yaml:8:9: an entry has either script: or rotate:");
	expect_error("commune: tm\n" SLOT("    play:\n      - [a]\n"),
		     "bad.yaml:8:9: expected a script id, {script: ID} or {rotate: [IDS]}");
	expect_error("commune: tm\n" SLOT("    play:\n      - {script: a, note: x}\n"),
		     "unknown key 'note'");
	expect_error(CITY_HEAD "  - [tm]\n",
		     "bad.yaml:9:5: expected a commune id or a mapping");
	expect_error(CITY_HEAD "  - zones: {}\n",
		     "bad.yaml:9:5: a commune has either commune: (id or path) or profile: (inline)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_isoweeks),
		cmocka_unit_test(test_rotation_and_exclusions),
		cmocka_unit_test(test_slot_order_and_times),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_overlap_other_zones),
		cmocka_unit_test(test_city),
		cmocka_unit_test(test_city_errors),
		cmocka_unit_test(test_either_forms),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
