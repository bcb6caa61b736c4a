/*
 * The synthetic-voice label: the notice's wording in a commune profile,
 * the script setting that turns it off, the length estimate that counts
 * it, and the ID3v2.4 tag with its COMM frame, byte by byte.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "loa/commune.h"
#include "loa/script.h"
#include "script/notice.h"
#include "unit_tmp.h"

/* An input that must be refused, and the start of the message. */
struct bad_case {
	const char *extra, *message;
};

/* Each case must fail to load (load frees what it loaded) with its message. */
static void expect_refused(const struct bad_case *cases, size_t n,
			   loa_status (*load)(const char *extra,
					      struct loa_error *err))
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct loa_error err;
		loa_status rc = load(cases[i].extra, &err);

		if (rc != LOA_EINPUT || !strstr(err.msg, cases[i].message))
			fail_msg("case %zu: got %d '%s', wanted '%s'", i, rc,
				 rc ? err.msg : "", cases[i].message);
	}
}

static void test_discloses(void **state)
{
	(void)state;
	assert_true(notice_discloses(LOA_NOTICE_DEFAULT));
	assert_true(notice_discloses(LOA_REMINDER_DEFAULT));
	assert_true(notice_discloses("Đây là GIỌNG NÓI TỔNG HỢP."));
	assert_true(notice_discloses("Giọng đọc\n  tổng hợp của xã."));
	/* Decomposed: "o" + dot below, "o" + circumflex + grave, ... */
	assert_true(notice_discloses("gio\xcc\xa3ng đo\xcc\xa3\x63 tô\xcc\x89ng hơ\xcc\xa3p"));
	assert_false(notice_discloses("Bản tin được đọc bằng giọng đọc tự nhiên."));
	assert_false(notice_discloses("giong doc tong hop"));
	assert_false(notice_discloses("giọng đọc tổng"));
	assert_false(notice_discloses(""));
}

static const char profile_text[] =
	"id: tien-minh\nkind: xã\nname: xã Tiên Minh\n"
	"city: thành phố Hải Phòng\noffice: Phòng Văn hóa - Xã hội\n"
	"police_phone: \"0225 3876 113\"\nhotline: \"113\"\n";

static loa_status profile_with(const char *extra, struct loa_commune **out,
			       struct loa_error *err)
{
	char text[2048];

	snprintf(text, sizeof(text), "%s%s", profile_text, extra);
	return loa_commune_load(out, write_file("c.yaml", text), err);
}

static loa_status profile_load(const char *extra, struct loa_error *err)
{
	struct loa_commune *c = NULL;
	loa_status rc = profile_with(extra, &c, err);

	loa_commune_free(&c);
	return rc;
}

static void test_profile_wording(void **state)
{
	static const struct bad_case bad[] = {
		{ "synthetic_notice: Bản tin của xã Tiên Minh.\n",
		  "c.yaml:8:19: 'synthetic_notice' must tell listeners the voice "
		  "is synthetic: include the words \"giọng đọc tổng hợp\"" },
		{ "synthetic_reminder: \"  \"\n",
		  "c.yaml:8:21: 'synthetic_reminder' has no text" },
		{ "synthetic_notice: \"{{commune.name}}: giọng đọc tổng hợp.\"\n",
		  "c.yaml:8:19: 'synthetic_notice' is said as written" },
		{ "synthetic_notice: [giọng đọc tổng hợp]\n",
		  "c.yaml:8:19: 'synthetic_notice' must be a value" },
	};
	struct loa_commune *c = NULL;
	struct loa_error err;
	char longer[1024];

	(void)state;
	assert_int_equal(profile_with("", &c, &err), LOA_OK);
	assert_null(c->notice);
	assert_string_equal(loa_commune_notice(c), LOA_NOTICE_DEFAULT);
	assert_string_equal(loa_commune_reminder(c), LOA_REMINDER_DEFAULT);
	assert_string_equal(loa_commune_notice(NULL), LOA_NOTICE_DEFAULT);
	loa_commune_free(&c);
	assert_int_equal(profile_with(
		"synthetic_notice: Sau đây là giọng nói tổng hợp của xã.\n"
		"synthetic_reminder: Vừa rồi là giọng đọc tổng hợp.\n", &c, &err),
		LOA_OK);
	assert_string_equal(loa_commune_notice(c),
			    "Sau đây là giọng nói tổng hợp của xã.");
	assert_string_equal(loa_commune_reminder(c),
			    "Vừa rồi là giọng đọc tổng hợp.");
	loa_commune_free(&c);
	expect_refused(bad, sizeof(bad) / sizeof(bad[0]), profile_load);
	snprintf(longer, sizeof(longer), "synthetic_notice: \"%0400d giọng đọc "
		 "tổng hợp\"\n", 0);
	assert_int_equal(profile_with(longer, &c, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "longer than 400 bytes"));
}

static const char script_head[] =
	"id: thu\ntitle: Thử\ntopic: other\nparts:\n  - say: Xin chào.\n";

static loa_status script_with(const char *extra, struct loa_script **out,
			      struct loa_error *err)
{
	char text[2048];

	snprintf(text, sizeof(text), "%s%s", script_head, extra);
	return loa_script_load(out, write_file("s.yaml", text), root, err);
}

static loa_status script_load(const char *extra, struct loa_error *err)
{
	struct loa_script *s = NULL;
	loa_status rc = script_with(extra, &s, err);

	loa_script_free(&s);
	return rc;
}

static void test_script_setting(void **state)
{
	static const struct bad_case bad[] = {
		{ "synthetic_notice: off\n",
		  "s.yaml:6:19: in a script, 'synthetic_notice' can only turn "
		  "the notice off, with a reason" },
		{ "synthetic_notice:\n  spoken: false\n",
		  "s.yaml:7:3: turning the synthetic-voice notice off needs a "
		  "'reason:'" },
		{ "synthetic_notice:\n  spoken: false\n  reason: \"\"\n",
		  "s.yaml:8:11: 'reason' has no text" },
		{ "synthetic_notice:\n  spoken: true\n  reason: x\n",
		  "s.yaml:8:11: a reason is only needed with 'spoken: false'" },
		{ "synthetic_notice:\n  reason: x\n",
		  "s.yaml:7:3: missing required key 'spoken'" },
		{ "synthetic_notice:\n  spoken: no way\n  reason: x\n",
		  "s.yaml:7:11: expected true or false" },
		{ "synthetic_notice:\n  off: true\n  reason: x\n",
		  "s.yaml:7:3: unknown key 'off'" },
	};
	struct loa_script *s = NULL;
	struct loa_error err;

	(void)state;
	assert_int_equal(script_with("", &s, &err), LOA_OK);
	assert_int_equal(s->notice_off, 0);
	assert_null(s->notice_off_reason);
	assert_true(loa_script_speaks(s));
	loa_script_free(&s);
	assert_int_equal(script_with("synthetic_notice:\n  spoken: false\n"
				     "  reason: Đọc kèm bản tin có người đọc.\n",
				     &s, &err), LOA_OK);
	assert_int_equal(s->notice_off, 1);
	assert_string_equal(s->notice_off_reason, "Đọc kèm bản tin có người đọc.");
	assert_int_equal(s->notice_off_line, 7);
	assert_int_equal(s->notice_off_column, 11);
	loa_script_free(&s);
	assert_int_equal(script_with("synthetic_notice: {spoken: true}\n", &s,
				     &err), LOA_OK);
	assert_int_equal(s->notice_off, 0);
	loa_script_free(&s);
	expect_refused(bad, sizeof(bad) / sizeof(bad[0]), script_load);
}

/* The estimate counts the notice, and the reminder past five minutes. */
static void test_estimate(void **state)
{
	struct loa_script *on = NULL, *off = NULL;
	struct loa_error err;
	char parts[2048] = "";
	double words;
	int i;

	(void)state;
	assert_int_equal(script_with("", &on, &err), LOA_OK);
	assert_int_equal(script_with("synthetic_notice: {spoken: false, "
				     "reason: x}\n", &off, &err), LOA_OK);
	/* 11 words at 150 a minute, 0.4 s after them, 0.5 s gap */
	assert_float_equal(loa_script_estimate_seconds(on) -
			   loa_script_estimate_seconds(off),
			   11 * 0.4 + 0.4 + 0.5, 1e-9);
	loa_script_free(&on);
	loa_script_free(&off);
	for (i = 0; i < 31; i++)
		strcat(parts, "  - pause: 10s\n");
	assert_int_equal(script_with(parts, &on, &err), LOA_OK);
	assert_true(loa_script_estimate_seconds(on) > 300);
	/* + the reminder: 14 words, 0.4 s, 0.7 s gap */
	words = 2 + 11 + 14;
	assert_float_equal(loa_script_estimate_seconds(on),
			   310 + words * 0.4 + 3 * 0.4 + 0.5 + 0.7, 1e-9);
	loa_script_free(&on);
}

/* A tag written out by hand against the ID3v2.4 structure document. */
static void test_id3_bytes(void **state)
{
	static const unsigned char want[] =
		"ID3\x04\x00\x00" "\x00\x00\x00\x5a"
		"TIT2" "\x00\x00\x00\x06" "\x00\x00" "\x03" "Th\xe1\xbb\xad"
		"COMM" "\x00\x00\x00\x0d" "\x00\x00" "\x03" "vie" "\x00"
		"t\xe1\xbb\x95ng h"
		"TXXX" "\x00\x00\x00\x11" "\x00\x00" "\x03" "AI_GENERATED"
		"\x00" "yes"
		"TXXX" "\x00\x00\x00\x0e" "\x00\x00" "\x03" "LOA_SCRIPT" "\x00"
		"id";
	struct loa_tags tags = {
		.title = "Thử", .artist = "", .comment = "tổng h",
		.synthetic = "yes", .script_id = "id",
	};
	struct loa_error err;
	unsigned char *tag;
	size_t len;

	(void)state;
	assert_int_equal(id3_tag(&tags, &tag, &len, &err), LOA_OK);
	assert_int_equal(len, sizeof(want) - 1);
	assert_memory_equal(tag, want, len);
	free(tag);
	/* Sizes over 127 in seven-bit bytes: 210 is 0x01 0x52, 200 0x01 0x48. */
	{
		char title[200];

		memset(title, 'a', sizeof(title) - 1);
		title[sizeof(title) - 1] = '\0';
		memset(&tags, 0, sizeof(tags));
		tags.title = title;
		assert_int_equal(id3_tag(&tags, &tag, &len, &err), LOA_OK);
		assert_int_equal(len, 10 + 10 + 1 + 199);
		assert_memory_equal(tag + 6, "\x00\x00\x01\x52", 4);
		assert_memory_equal(tag + 14, "\x00\x00\x01\x48", 4);
		free(tag);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_discloses),
		cmocka_unit_test(test_profile_wording),
		cmocka_unit_test(test_script_setting),
		cmocka_unit_test(test_estimate),
		cmocka_unit_test(test_id3_bytes),
	};

	return cmocka_run_group_tests(tests, tmp_group_setup,
				      tmp_group_teardown);
}
