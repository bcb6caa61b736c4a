/*
 * The on-air daemon's parts that need no audio: its times, the week's
 * manifest as it reads it, and the bulletin spool on real files.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "unit_tmp.h"

#include "air/air_int.h"
#include "air/events.h"
#include "loa/commune.h"

static void test_times(void **state)
{
	long long ms;
	char buf[30];

	(void)state;
	assert_int_equal(loa_air_parse_time("2026-12-03T06:00:00+07:00", &ms), 0);
	/* 2026-12-02T23:00:00Z */
	assert_true(ms == 1796252400000LL);
	assert_int_equal(loa_air_parse_time("2026-12-03T06:00:00.5", &ms), 0);
	assert_true(ms == 1796252400500LL);
	loa_air_format_time(ms + 42, buf);
	assert_string_equal(buf, "2026-12-03T06:00:00.542+07:00");
	loa_air_format_time(1796252400000LL - 1, buf);
	assert_string_equal(buf, "2026-12-03T05:59:59.999+07:00");
	assert_int_equal(loa_air_parse_time("2026-12-03T06:00:00+08:00", &ms), -1);
	assert_int_equal(loa_air_parse_time("2026-02-30T06:00:00", &ms), -1);
	assert_int_equal(loa_air_parse_time("2026-12-03T24:00:00", &ms), -1);
	assert_int_equal(loa_air_parse_time("2026-12-03 06:00:00", &ms), -1);
	assert_int_equal(loa_air_parse_time("2026-12-03T06:0x:00", &ms), -1);
	assert_int_equal(loa_air_parse_time("2026-12-03T06:00", &ms), -1);
}

static const char header[] = "\xEF\xBB\xBF" "file,commune,commune_name,zones,"
	"slot,slot_name,start,duration_s,script,title,topic,sha256\r\n";
#define SHA "1d80473b844adb9fa58039a00fc2bcc6943c9975efb6f87be0ceebfdcb2db6f4"

static void schedule_of(struct loa_schedule *s, struct loa_commune *c,
			struct loa_slot *slot)
{
	memset(s, 0, sizeof(*s));
	memset(c, 0, sizeof(*c));
	memset(slot, 0, sizeof(*slot));
	c->id = (char *)"tm";
	slot->id = (char *)"sang";
	slot->start = 6 * 3600;
	slot->length = 300;
	s->commune = c;
	s->n_slots = 1;
	s->slots = slot;
}

static void test_week(void **state)
{
	struct loa_schedule s;
	struct loa_commune c;
	struct loa_slot slot;
	struct air_week w = { 0 };
	struct loa_error err;
	char weeks[128], text[2048];
	int monday = 20787; /* 2026-11-30 */

	(void)state;
	schedule_of(&s, &c, &slot);
	snprintf(weeks, sizeof(weeks), "%s/weeks", root);
	loa_error_clear(&err);
	assert_int_equal(air_week_load(&w, weeks, &s, monday, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "no week built for tm"));
	assert_true(air_week_mtime(weeks, "tm", monday) < 0);

	mkdir(weeks, 0777);
	snprintf(text, sizeof(text), "%s/tm", weeks);
	mkdir(text, 0777);
	snprintf(text, sizeof(text), "%s/tm/2026-W49", weeks);
	mkdir(text, 0777);
	snprintf(text, sizeof(text), "%s"
		 "b.mp3,tm,xã Tiên Minh,\"Thôn A, Thôn B\",sang,Sáng,"
		 "2026-11-30T06:02:00+07:00,60.5,b,\"Tin \"\"b\"\"\",other," SHA "\r\n"
		 "a.mp3,tm,xã Tiên Minh,toàn xã,sang,Sáng,"
		 "2026-11-30T06:00:00+07:00,120,a,Tin a,other," SHA "\r\n", header);
	write_file("weeks/tm/2026-W49/manifest.csv", text);
	assert_int_equal(air_week_load(&w, weeks, &s, monday, &err), LOA_OK);
	assert_int_equal(w.n, 2);
	assert_string_equal(w.items[0].file, "a.mp3");  /* by start time */
	assert_string_equal(w.items[1].zones, "Thôn A, Thôn B");
	assert_string_equal(w.items[1].title, "Tin \"b\"");
	assert_true(w.items[1].length_ms == 60500);
	assert_true(w.items[1].sched_ms - w.items[0].sched_ms == 120000);
	assert_true(w.items[0].slot_end_ms - w.items[0].sched_ms == 300000);
	assert_non_null(strstr(w.items[0].path, "/weeks/tm/2026-W49/a.mp3"));
	assert_true(air_week_mtime(weeks, "tm", monday) == w.mtime);

	/* A file name with a folder in it never leaves the week folder. */
	snprintf(text, sizeof(text), "%s../x.mp3,tm,x,z,sang,S,"
		 "2026-11-30T06:00:00+07:00,1,a,t,o," SHA "\r\n", header);
	write_file("weeks/tm/2026-W49/manifest.csv", text);
	assert_int_equal(air_week_load(&w, weeks, &s, monday, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "manifest.csv:2: a row that does not"));
	assert_int_equal(w.n, 0);
	air_week_release(&w);
}

static void test_spool(void **state)
{
	struct loa_air_bulletin b = { 0 };
	struct air_bulletin *list = NULL;
	struct loa_error err;
	char spool[128], bad[512], path[256], audio[256];
	size_t n = 0;
	int fd = -1;

	(void)state;
	snprintf(spool, sizeof(spool), "%s/spool", root);
	loa_error_clear(&err);
	assert_int_equal(air_spool_init(spool, "tm", "/s/tm.yaml", &fd, &err),
			 LOA_OK);
	assert_true(fd >= 0);
	snprintf(audio, sizeof(audio), "%s", write_file("e.wav", "RIFF...."));
	b.audio = audio;
	b.tier = "emergency";
	b.by = "Nguyễn Văn A";
	b.script_id = "bulletin-abc";
	b.repeat = 2;
	b.every_s = 600;
	b.at_ms = 1000;
	assert_int_equal(loa_air_bulletin_submit(spool, &b, &err), LOA_OK);
	b.by = "two\nlines";
	assert_int_equal(loa_air_bulletin_submit(spool, &b, &err), LOA_EINPUT);
	write_file("spool/9-9-9.req", "audio=x.wav\ntier=loud\n");

	assert_int_equal(air_spool_read(spool, &list, &n, bad, sizeof(bad),
					&err), LOA_OK);
	assert_int_equal(n, 1);
	assert_non_null(strstr(bad, "9-9-9.req"));
	snprintf(path, sizeof(path), "%s/9-9-9.req.bad", spool);
	assert_int_equal(access(path, F_OK), 0);
	assert_string_equal(list[0].by, "Nguyễn Văn A");
	assert_string_equal(list[0].source, "e.wav");
	assert_true(list[0].emergency && list[0].repeat == 2);
	/* Read again: nothing new. */
	assert_int_equal(air_spool_read(spool, &list, &n, bad, sizeof(bad),
					&err), LOA_OK);
	assert_int_equal(n, 1);

	/* One airing: the request says one more, ten minutes later. */
	assert_int_equal(air_spool_aired(spool, &list[0], 0, &err), LOA_OK);
	air_bulletin_release(&list[0]);
	n = 0;
	assert_int_equal(air_spool_read(spool, &list, &n, bad, sizeof(bad),
					&err), LOA_OK);
	assert_int_equal(n, 1);
	assert_true(list[0].repeat == 1 && list[0].at_ms == 601000);
	assert_int_equal(access(list[0].audio, F_OK), 0);
	snprintf(path, sizeof(path), "%s", list[0].audio);
	/* The last: the request goes; the audio only when not kept for a
	 * re-air (a priority bulletin's, removed by the daemon itself). */
	list[0].repeat = 2;
	assert_int_equal(air_spool_aired(spool, &list[0], 1, &err), LOA_OK);
	assert_int_equal(air_spool_aired(spool, &list[0], 1, &err), LOA_OK);
	assert_int_equal(access(path, F_OK), 0);
	snprintf(path, sizeof(path), "%s/%s", spool, list[0].name);
	assert_int_equal(access(path, F_OK), -1);
	list[0].repeat = 1;
	snprintf(path, sizeof(path), "%s", list[0].audio);
	assert_int_equal(air_spool_aired(spool, &list[0], 0, &err), LOA_OK);
	assert_int_equal(access(path, F_OK), -1);
	air_bulletin_release(&list[0]);
	free(list);

	/* A spool others may write is refused to a submitter. */
	chmod(spool, 0777);
	b.by = "A";
	assert_int_equal(loa_air_bulletin_submit(spool, &b, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "chmod 700"));
	close(fd);
}

static void test_spool_lock(void **state)
{
	struct loa_error err;
	char spool[128], commune[128], schedule[4096];
	int fd = -1, fd2 = -1;

	(void)state;
	snprintf(spool, sizeof(spool), "%s/spool2", root);
	loa_error_clear(&err);
	assert_int_equal(air_spool_init(spool, "tm", "/s/tm.yaml", &fd, &err),
			 LOA_OK);
	assert_int_equal(air_spool_init(spool, "tm", "/s/tm.yaml", &fd2, &err),
			 LOA_EINPUT);
	assert_non_null(strstr(err.msg, "already running"));
	assert_int_equal(loa_air_station(spool, commune, schedule, &err), LOA_OK);
	assert_string_equal(commune, "tm");
	assert_string_equal(schedule, "/s/tm.yaml");
	close(fd);
	assert_int_equal(air_spool_init(spool, "tm", "/s/tm.yaml", &fd2, &err),
			 LOA_OK);
	close(fd2);
}

/* Status lines written with fields read back as written; a tab or a
 * line break in a title cannot split them; an older daemon's line and a
 * line of ours with fields missing are kept as they are. */
static void test_status_lines(void **state)
{
	char buf[700] = "", *line, *nl, old[] = "on air since 06:00: a (b), slot c",
	     short_line[] = "now item\tonly\ttwo";
	const char *f[LOA_AIR_LINE_FIELDS];

	(void)state;
	air_status_add(buf, sizeof(buf), LOA_AIR_BULLETIN, "06:01",
		       "emergency", "Lê C", "Lũ\tvề\nnhanh");
	air_status_add(buf, sizeof(buf), LOA_AIR_NEXT_REAIR, "Lê C", "");
	assert_string_equal(buf, "now bulletin\t06:01\temergency\tLê C\t"
			    "Lũ về nhanh\nnext re-air\tLê C\t\n");
	line = buf;
	nl = strchr(line, '\n');
	*nl = '\0';
	assert_int_equal(loa_air_status_line(line, f), LOA_AIR_BULLETIN);
	assert_string_equal(f[0], "06:01");
	assert_string_equal(f[1], "emergency");
	assert_string_equal(f[2], "Lê C");
	assert_string_equal(f[3], "Lũ về nhanh");
	line = nl + 1;
	*strchr(line, '\n') = '\0';
	assert_int_equal(loa_air_status_line(line, f), LOA_AIR_NEXT_REAIR);
	assert_string_equal(f[0], "Lê C");
	assert_string_equal(f[1], "");
	assert_int_equal(loa_air_status_line(old, f), LOA_AIR_OTHER);
	assert_string_equal(old, "on air since 06:00: a (b), slot c");
	assert_int_equal(loa_air_status_line(short_line, f), LOA_AIR_OTHER);
	assert_string_equal(short_line, "now item\tonly\ttwo");
	assert_string_equal(f[0], "");
	buf[0] = '\0';
	air_status_add(buf, 8, LOA_AIR_ITEM, "a", "b", "c", "d");
	assert_int_equal(strlen(buf), 7);
	assert_int_equal(buf[6], '\n');
}

/* The stored form of a reason: its id, then its arguments after tabs
 * (a tab inside one made a space); worded back from it. */
static void test_reason_stored(void **state)
{
	char buf[AIR_REASON_MAX], text[200];

	(void)state;
	assert_string_equal(air_reason(buf, sizeof(buf), "its time passed %lld "
				       "s ago (more than the grace time, %d s)",
				       75LL, 300),
			    "its time passed %lld s ago (more than the grace "
			    "time, %d s)\t75\t300");
	assert_string_equal(loa_air_reason_text(buf, 0, text, sizeof(text)),
			    "its time passed 75 s ago (more than the grace "
			    "time, 300 s)");
	/* Under the C locale the reader's words are the English ones. */
	assert_string_equal(loa_air_reason_text(buf, 1, text, sizeof(text)),
			    "its time passed 75 s ago (more than the grace "
			    "time, 300 s)");
	air_reason(buf, sizeof(buf), "it stopped decoding after %lld s: %s",
		   12LL, "x.mp3:\tbad\nframe %n%s");
	assert_string_equal(buf, "it stopped decoding after %lld s: %s\t12\t"
			    "x.mp3: bad frame %n%s");
	assert_string_equal(loa_air_reason_text(buf, 0, text, sizeof(text)),
			    "it stopped decoding after 12 s: x.mp3: bad frame "
			    "%n%s");
	/* Without arguments: the English words, as reasons always were. */
	assert_string_equal(air_reason(buf, sizeof(buf), "cut by an emergency "
				       "bulletin"), "cut by an emergency "
			    "bulletin");
	/* A format not in the table is stored as its text only. */
	assert_string_equal(air_reason(buf, sizeof(buf), "not ours: %d", 5),
			    "not ours: 5");
	/* Too small a buffer is cut, never overrun. */
	assert_string_equal(air_reason(buf, 8, "it stopped decoding: %s", "x"),
			    "it stop");
	/* A text too small for the words is cut and ended too. */
	assert_string_equal(loa_air_reason_text("its audio does not play: %s"
						"\tgone", 0, text, 10),
			    "its audio");
}

/* Old rows (English text), forged ones and ones that do not fit their
 * id show as stored, tabs as spaces; none is used as a format. */
static void test_reason_as_stored(void **state)
{
	static const char *const kept[][2] = {
		{ "its time passed 75 s ago (more than the grace time, 300 s)",
		  "its time passed 75 s ago (more than the grace time, 300 s)" },
		{ "%n%s%s\tx\ty", "%n%s%s x y" },
		{ "it stopped decoding: %s", "it stopped decoding: %s" },
		{ "it stopped decoding: %s\ta\tb", "it stopped decoding: %s a b" },
		{ "its time passed %lld s ago (more than the grace time, %d s)"
		  "\t1", "its time passed %lld s ago (more than the grace "
		  "time, %d s) 1" },
		{ "cut by an emergency bulletin\tx",
		  "cut by an emergency bulletin x" },
		{ "its audio does not play: %s\t1\t2\t3\t4\t5\t6\t7\t8\t9",
		  "its audio does not play: %s 1 2 3 4 5 6 7 8 9" },
		{ "", "" },
	};
	char text[200];

	(void)state;
	for (size_t i = 0; i < sizeof(kept) / sizeof(*kept); i++)
		assert_string_equal(loa_air_reason_text(kept[i][0], 1, text,
							sizeof(text)),
				    kept[i][1]);
	assert_string_equal(loa_air_reason_text(NULL, 1, text, sizeof(text)),
			    "");
	/* An old row that is exactly a reason of the table is worded. */
	assert_string_equal(loa_air_reason_text("the daemon was stopped", 0,
						text, sizeof(text)),
			    "the daemon was stopped");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_week),
		cmocka_unit_test(test_spool),
		cmocka_unit_test(test_spool_lock),
		cmocka_unit_test(test_status_lines),
		cmocka_unit_test(test_reason_stored),
		cmocka_unit_test(test_reason_as_stored),
	};

	return cmocka_run_group_tests(tests, tmp_group_setup,
					  tmp_group_teardown);
}
