/* Loaders: YAML tree, commune profiles, campaign scripts, templates. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loa/paths.h"
#include "loa/commune.h"
#include "loa/diag.h"
#include "loa/guard.h"
#include "loa/normalize.h"
#include "loa/script.h"
#include "core/yamldoc.h"
#include "unit_tmp.h"

static int setup(void **state)
{
	(void)state;
	if (tmp_root_make())
		return -1;
	write_file("audio/chime.wav", "not really audio");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return tmp_root_remove();
}

/* Loads text as a YAML document; returns the status and fills err. */
static loa_status load_yaml(const char *text, struct loa_error *err)
{
	struct yd_doc doc;
	loa_status rc = yd_load_string(&doc, "t.yaml", text, strlen(text), err);

	yd_release(&doc);
	return rc;
}

static void test_yaml_positions(void **state)
{
	struct yd_doc doc;
	struct loa_error err;
	const struct yd_node *v;

	(void)state;
	assert_int_equal(yd_load_string(&doc, "t.yaml", "a: 1\nb:\n  - x\n  - y\n",
					20, &err), LOA_OK);
	v = yd_map_get(doc.root, "b");
	assert_non_null(v);
	assert_int_equal(v->kind, YD_SEQ);
	assert_int_equal(v->n, 2);
	assert_int_equal(v->items[1]->line, 4);
	assert_int_equal(v->items[1]->column, 5);
	assert_string_equal(v->items[1]->text, "y");
	assert_int_equal(doc.root->n, 2);
	yd_release(&doc);
}

static void test_yaml_rejects(void **state)
{
	struct loa_error err;

	(void)state;
	assert_int_equal(load_yaml("a: 1\na: 2\n", &err), LOA_EINPUT);
	assert_string_equal(err.msg, "t.yaml:2:1: duplicate key 'a'");
	assert_int_equal(load_yaml("a: &x 1\nb: *x\n", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "t.yaml:1:4: anchors are not allowed"));
	assert_int_equal(load_yaml("a: !!str 1\n", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "tags are not allowed"));
	assert_int_equal(load_yaml("a: [1, 2\n", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "t.yaml:"));
	assert_int_equal(load_yaml("a: \"x\xff\"\n", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "t.yaml:1:"));
	assert_non_null(strstr(err.msg, "UTF-8"));
	assert_int_equal(load_yaml("---\na: 1\n---\nb: 2\n", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "only one YAML document"));
}

static void test_yaml_durations(void **state)
{
	struct yd_doc doc = { .file = (char *)"d.yaml" };
	struct yd_node node = { .kind = YD_SCALAR, .line = 3, .column = 7 };
	struct loa_error err;
	long ms;

	(void)state;
	node.text = (char *)"800ms";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_OK);
	assert_int_equal(ms, 800);
	node.text = (char *)"1.5s";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_OK);
	assert_int_equal(ms, 1500);
	node.text = (char *)"2 s";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_EINPUT);
	assert_string_equal(err.msg, "d.yaml:3:7: '2 s' is not a duration (write e.g. 800ms or 2s)");
	node.text = (char *)"-1s";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_EINPUT);
	node.text = (char *)"11s";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_EINPUT);
	node.text = (char *)"5";
	assert_int_equal(yd_duration_ms(&doc, &node, 10000, &ms, &err), LOA_EINPUT);
}

static const char *profile_text =
	"id: tien-minh\nkind: xã\nname: xã Tiên Minh\n"
	"city: thành phố Hải Phòng\noffice: Phòng Văn hóa - Xã hội\n"
	"police_phone: \"0225 3876 113\"\nhotline: \"113\"\n";

static void test_profile_ok(void **state)
{
	struct loa_commune *p;
	struct loa_error err;

	(void)state;
	assert_int_equal(loa_commune_load(&p, write_file("p.yaml", profile_text),
					  &err), LOA_OK);
	assert_string_equal(p->name, "xã Tiên Minh");
	assert_string_equal(loa_commune_var(p, "commune.police_phone"),
			    "0225 3876 113");
	assert_null(loa_commune_var(p, "commune.mayor"));
	assert_int_equal(p->example_contacts, 0);
	loa_commune_free(&p);
	assert_null(p);
}

/* Loads a profile made of profile_text with one line replaced. */
static loa_status profile_with(const char *from, const char *to,
			       struct loa_error *err)
{
	char text[1024];
	const char *at = strstr(profile_text, from);
	struct loa_commune *p = NULL;
	loa_status rc;

	assert_non_null(at);
	snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - profile_text),
		 profile_text, to, at + strlen(from));
	rc = loa_commune_load(&p, write_file("bad.yaml", text), err);
	loa_commune_free(&p);
	return rc;
}

static void test_profile_errors(void **state)
{
	struct loa_error err;

	(void)state;
	assert_int_equal(profile_with("id: tien-minh\n", "", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:1:1: missing required key 'id'"));
	assert_int_equal(profile_with("id: tien-minh", "id: ../etc", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:1:5: id '../etc'"));
	assert_int_equal(profile_with("kind: xã", "kind: tỉnh", &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:2:7: kind"));
	assert_int_equal(profile_with("hotline: \"113\"", "hotline: \"11a3\"", &err),
			 LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:7:10: '11a3' is not a phone number"));
	assert_int_equal(profile_with("hotline: \"113\"", "hotline: \"113\"\nmayor: x",
				      &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:8:1: unknown key 'mayor'"));
	assert_int_equal(profile_with("name: xã Tiên Minh", "name: [a]", &err),
			 LOA_EINPUT);
	assert_non_null(strstr(err.msg, "bad.yaml:3:7: 'name' must be a value"));
}

static const char *script_text =
	"id: thu\ntitle: Thử\ntopic: deepfake\n"
	"voice:\n  rate: 140\nintro: audio/chime.wav\nrepeat: yes\n"
	"parts:\n  - say: Xin chào {{commune.name}}.\n  - pause: 1s\n"
	"  - play: audio/chime.wav\n";

static loa_status script_with(const char *from, const char *to,
			      struct loa_script **out, struct loa_error *err)
{
	char text[2048];
	const char *at = strstr(script_text, from);

	assert_non_null(at);
	snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - script_text),
		 script_text, to, at + strlen(from));
	return loa_script_load(out, write_file("s.yaml", text), root, err);
}

static void test_script_ok(void **state)
{
	struct loa_script *s;
	struct loa_error err;

	(void)state;
	assert_int_equal(script_with("", "", &s, &err), LOA_OK);
	assert_string_equal(s->id, "thu");
	assert_int_equal(s->voice.rate, 140);
	assert_int_equal(s->voice.pitch, 45);
	assert_string_equal(s->voice.name, "vi");
	assert_int_equal(s->repeat, 1);
	assert_int_equal(s->n_parts, 3);
	assert_int_equal(s->parts[0].kind, LOA_PART_SAY);
	assert_int_equal(s->parts[0].line, 9);
	assert_int_equal(s->parts[0].column, 10);
	assert_int_equal(s->parts[1].pause_ms, 1000);
	assert_non_null(strstr(s->parts[2].path, "/audio/chime.wav"));
	assert_non_null(s->intro);
	assert_int_equal(loa_script_check_vars(s, &err), LOA_OK);
	loa_script_free(&s);
}

struct bad_script {
	const char *from, *to, *message;
};

static void test_script_errors(void **state)
{
	static const struct bad_script cases[] = {
		{ "topic: deepfake", "topic: gossip", "s.yaml:3:8: topic 'gossip'" },
		{ "topic: deepfake\n", "", "s.yaml:1:1: missing required key 'topic'" },
		{ "  rate: 140", "  rate: fast", "s.yaml:5:9: 'fast' is not a whole number" },
		{ "  rate: 140", "  rate: 999", "s.yaml:5:9: 999 is out of range (80 to 300)" },
		{ "  rate: 140", "  speed: 140", "s.yaml:5:3: unknown key 'speed'" },
		{ "  rate: 140", "  name: en", "s.yaml:5:9: voice 'en' is not a Vietnamese" },
		{ "intro: audio/chime.wav", "intro: audio/missing.wav",
		  "s.yaml:6:8: 'audio/missing.wav' does not exist" },
		{ "intro: audio/chime.wav", "intro: /etc/passwd",
		  "s.yaml:6:8: '/etc/passwd' must be relative" },
		{ "intro: audio/chime.wav", "intro: audio/../s.yaml",
		  "s.yaml:6:8: 'audio/../s.yaml' may not contain '..'" },
		{ "repeat: yes", "repeat: maybe", "s.yaml:7:9: expected true or false" },
		{ "  - pause: 1s", "  - pause: soon", "s.yaml:10:12: 'soon' is not a duration" },
		{ "  - pause: 1s", "  - wait: 1s", "s.yaml:10:5: unknown key 'wait'" },
		{ "  - pause: 1s", "  - pause: 1s\n    say: x", "s.yaml:10:5: a part is exactly one" },
		{ "  - say: Xin chào {{commune.name}}.", "  - say: \"   \"",
		  "s.yaml:9:10: 'say' has no text" },
		{ "parts:\n  - say: Xin chào {{commune.name}}.\n  - pause: 1s\n  - play: audio/chime.wav\n",
		  "parts: []\n", "s.yaml:8:8: 'parts' is empty" },
		{ "id: thu", "id: Thu Nghiem", "s.yaml:1:5: id 'Thu Nghiem'" },
		{ "id: thu\n", "id: thu\ncolour: red\n", "s.yaml:2:1: unknown key 'colour'" },
		{ "title: Thử", "title: Th\xff", "s.yaml:2:10: not UTF-8 (perhaps Windows-1258 or TCVN3): save the file as UTF-8" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct loa_script *s = NULL;
		struct loa_error err;
		loa_status rc = script_with(cases[i].from, cases[i].to, &s, &err);

		if (rc != LOA_EINPUT || !strstr(err.msg, cases[i].message))
			fail_msg("case %zu: got %d '%s', wanted '%s'", i, rc,
				 rc ? err.msg : "", cases[i].message);
		assert_null(s);
	}
}

static void test_symlink_escape(void **state)
{
	char link[256];
	struct loa_error err;
	char *real;

	(void)state;
	snprintf(link, sizeof(link), "%s/audio/passwd.wav", root);
	assert_int_equal(symlink("/etc/passwd", link), 0);
	assert_int_equal(loa_path_resolve(root, "audio", "audio/passwd.wav", &real, &err),
			 LOA_EINPUT);
	if (!strstr(err.msg, "leads outside the audio/ folder"))
		fail_msg("got: %s", err.msg);
	assert_null(real);
	unlink(link);
}

static void test_template(void **state)
{
	struct loa_commune p = { .name = (char *)"xã Tiên Minh",
				 .hotline = (char *)"113" };
	struct loa_error err;
	char *out;

	(void)state;
	assert_int_equal(loa_template_expand("Gọi {{ commune.hotline }} ở {{commune.name}}.",
					     "s.yaml", 4, 10, &p, &out, &err), LOA_OK);
	assert_string_equal(out, "Gọi 113 ở xã Tiên Minh.");
	free(out);
	assert_int_equal(loa_template_expand("Gọi {{commune.mayor}}", "s.yaml", 4, 10,
					     &p, &out, &err), LOA_EINPUT);
	assert_string_equal(err.msg, "s.yaml:4:14: undefined variable 'commune.mayor'");
	assert_null(out);
	assert_int_equal(loa_template_expand("Ở {{commune.name}}", "s.yaml", 4, 10,
					     NULL, &out, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "needs a commune profile"));
	assert_int_equal(loa_template_expand("Ở {{commune.name", "s.yaml", 4, 10,
					     &p, &out, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "s.yaml:4:12: '{{' is not closed"));
	/* Text that looks like filter-graph syntax is just text. */
	p.name = (char *)"x';[a]amovie=/etc/passwd";
	assert_int_equal(loa_template_expand("{{commune.name}}", "s.yaml", 1, 1,
					     &p, &out, &err), LOA_OK);
	assert_string_equal(out, "x';[a]amovie=/etc/passwd");
	free(out);
}

/* Numbers are compared by digits, whatever the writing. */
static void test_phone_key(void **state)
{
	char k[24];

	(void)state;
	assert_true(loa_phone_key("0912 345 678", k, sizeof(k)));
	assert_string_equal(k, "0912345678");
	assert_true(loa_phone_key("+84 912.345-678", k, sizeof(k)));
	assert_string_equal(k, "0912345678");
	assert_true(loa_phone_key("(024) 3825 1234", k, sizeof(k)));
	assert_string_equal(k, "02438251234");
	assert_true(loa_phone_key("0084 24 3825 1234", k, sizeof(k)));
	assert_string_equal(k, "02438251234");
	assert_true(loa_phone_key("+33 1 23 45 67 89", k, sizeof(k)));
	assert_string_equal(k, "+33123456789");
	assert_false(loa_phone_key("gọi ngay", k, sizeof(k)));
	assert_false(loa_phone_key("113a", k, sizeof(k)));
	assert_false(loa_phone_key(" - ", k, sizeof(k)));
	assert_false(loa_phone_key("123456789012345678901234567", k, sizeof(k)));
}

/* What the phone rule reads as a number, with its position; nothing
 * else (years, money, counts, codes, account and card numbers). */
static void test_find_phones(void **state)
{
	static const char text[] =
		"Năm 2026 có 115 hộ, phạt 5.000.000 đồng (13/2023/NĐ-CP).\n"
		"Gọi ngay 0912 345 678 hoặc +84 24 3825 1234, hoặc 113.\n"
		"Tài khoản số 1234567890, thẻ 9704 1234 5678 9012; "
		"Ｇọi ０９８７６５４３２１.";
	struct loa_phone *p = NULL;
	struct loa_error err;
	size_t n = 0;

	(void)state;
	assert_int_equal(loa_find_phones(text, strlen(text), NULL, &p, &n, &err),
			 LOA_OK);
	assert_int_equal(n, 4);
	assert_string_equal(p[0].digits, "0912345678");
	assert_int_equal(p[0].line, 2);
	assert_int_equal(p[0].column, 10);
	assert_int_equal(p[0].offset, strstr(text, "0912") - text);
	assert_string_equal(p[1].digits, "+842438251234");
	assert_int_equal(p[1].offset, strstr(text, "+84") - text);
	assert_string_equal(p[2].digits, "113");
	assert_int_equal(p[2].line, 2);
	/* Full-width digits are read, and placed where they are written. */
	assert_string_equal(p[3].digits, "0987654321");
	assert_int_equal(p[3].line, 3);
	assert_int_equal(p[3].offset, strstr(text, "０９８") - text);
	free(p);
	assert_int_equal(loa_find_phones("", 0, NULL, &p, &n, &err), LOA_OK);
	assert_int_equal(n, 0);
	assert_null(p);
}

/* Findings: errors first, then by position; a loa_error taken apart. */
static void test_diag(void **state)
{
	struct loa_diag d;
	struct loa_error e;
	char buf[512];
	FILE *f;

	(void)state;
	loa_diag_init(&d);
	loa_diag_add(&d, LOA_SEV_WARNING, "a.yaml", 2, 1, "w");
	loa_diag_add(&d, LOA_SEV_ERROR, "a.yaml", 9, 3, "late");
	loa_error_at(&e, LOA_EINPUT, "dir:x/a.yaml", 4, 12, "early: %s", "why");
	loa_diag_add_error(&d, LOA_SEV_ERROR, &e);
	loa_error_set(&e, LOA_EIO, "plain words");
	loa_diag_add_error(&d, LOA_SEV_ERROR, &e);
	assert_int_equal(loa_diag_count(&d, LOA_SEV_ERROR), 3);
	assert_int_equal(loa_diag_count(&d, LOA_SEV_WARNING), 1);
	assert_string_equal(d.items[2].file, "dir:x/a.yaml");
	assert_int_equal(d.items[2].line, 4);
	assert_string_equal(d.items[2].message, "early: why");
	loa_diag_sort(&d);
	f = tmpfile();
	assert_non_null(f);
	loa_diag_print(&d, "loa: ", f);
	rewind(f);
	buf[fread(buf, 1, sizeof(buf) - 1, f)] = '\0';
	fclose(f);
	assert_string_equal(buf,
		"loa: error: plain words\n"
		"loa: a.yaml:9:3: error: late\n"
		"loa: dir:x/a.yaml:4:12: error: early: why\n"
		"loa: a.yaml:2:1: warning: w\n");
	loa_diag_release(&d);
	assert_int_equal(d.n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml_positions),
		cmocka_unit_test(test_yaml_rejects),
		cmocka_unit_test(test_yaml_durations),
		cmocka_unit_test(test_profile_ok),
		cmocka_unit_test(test_profile_errors),
		cmocka_unit_test(test_script_ok),
		cmocka_unit_test(test_script_errors),
		cmocka_unit_test(test_symlink_escape),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_phone_key),
		cmocka_unit_test(test_find_phones),
		cmocka_unit_test(test_diag),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
