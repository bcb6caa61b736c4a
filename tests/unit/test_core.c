/* Core helpers: hashes, escaping, civil dates and the local clock. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/cleanup.h"
#include "core/clock.h"
#include "core/escape.h"
#include "core/hash.h"
#include "core/sealed.h"
#include "loa/date.h"

/* The digest of the given bytes, as hash_bytes gives it. */
static void digest_of(const void *bytes, size_t n, char hex[65])
{
	struct hash h;

	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_bytes(&h, bytes, n);
	hash_final(&h, hex);
}

static void test_sha256_known_vector(void **state)
{
	char hex[65];

	(void)state;
	digest_of("abc", 3, hex); /* FIPS 180-2, appendix B.1 */
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223"
				 "b00361a396177a9cb410ff61f20015ad");
}

static void test_field_layout(void **state)
{
	static const uint8_t one_le[8] = { 1, 0, 0, 0, 0, 0, 0, 0 };
	static const uint8_t null_str[8] = { 0xff, 0xff, 0xff, 0xff,
					     0xff, 0xff, 0xff, 0xff };
	static const uint8_t str_ab[10] = { 2, 0, 0, 0, 0, 0, 0, 0, 'a', 'b' };
	/* 1.0 is 0x3FF0000000000000: little-endian, the 0xF0 0x3F come last. */
	static const uint8_t real_one[8] = { 0, 0, 0, 0, 0, 0, 0xf0, 0x3f };
	char want[65], got[65];
	struct hash h;

	(void)state;
	digest_of(one_le, sizeof(one_le), want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_int(&h, 1);
	hash_final(&h, got);
	assert_string_equal(got, want);

	digest_of(null_str, sizeof(null_str), want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_str(&h, NULL);
	hash_final(&h, got);
	assert_string_equal(got, want);

	digest_of(str_ab, sizeof(str_ab), want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_str(&h, "ab");
	hash_final(&h, got);
	assert_string_equal(got, want);

	digest_of(real_one, sizeof(real_one), want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_real(&h, 1.0);
	hash_final(&h, got);
	assert_string_equal(got, want);

	/* Length prefixes keep ("ab","c") apart from ("a","bc"). */
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_str(&h, "ab");
	hash_str(&h, "c");
	hash_final(&h, want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	hash_str(&h, "a");
	hash_str(&h, "bc");
	hash_final(&h, got);
	assert_string_not_equal(got, want);
}

static void test_file_hash(void **state)
{
	char path[] = "/tmp/loa-test-hash-XXXXXX", hex[65], field[65], want[65];
	uint8_t digest[32];
	struct loa_error err;
	struct hash h;
	int fd, i;
	FILE *f;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "wb");
	assert_non_null(f);
	fputs("abc", f);
	fclose(f);
	assert_int_equal(hash_file_sha256(path, hex, &err), LOA_OK);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223"
				 "b00361a396177a9cb410ff61f20015ad");

	/* A file field is the 32 digest bytes. */
	for (i = 0; i < 32; i++) {
		unsigned byte;

		assert_int_equal(sscanf(hex + 2 * i, "%2x", &byte), 1);
		digest[i] = (uint8_t)byte;
	}
	digest_of(digest, sizeof(digest), want);
	assert_int_equal(hash_init(&h, NULL), LOA_OK);
	assert_int_equal(hash_file(&h, path, &err), LOA_OK);
	hash_final(&h, field);
	assert_string_equal(field, want);
	unlink(path);

	assert_int_equal(hash_file_sha256(path, hex, &err), LOA_EIO);
	assert_non_null(strstr(err.msg, "cannot read"));
	/* A folder opens but cannot be read: a read error, not an empty file. */
	assert_int_equal(hash_file_sha256("/tmp", hex, &err), LOA_EIO);
}

/* An esc_put_fn that appends to a fixed buffer. */
struct text {
	char s[256];
	size_t len;
};

static void text_put(void *out, const char *s, size_t n)
{
	struct text *t = out;

	assert_true(t->len + n < sizeof(t->s));
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void test_escape_csv(void **state)
{
	struct text t = { "", 0 };

	(void)state;
	esc_csv_field(text_put, &t, "plain", 0);
	esc_csv_field(text_put, &t, "Thôn 1, Thôn 2", 0);
	esc_csv_field(text_put, &t, "say \"hi\"", 0);
	esc_csv_field(text_put, &t, "two\nlines", 0);
	esc_csv_field(text_put, &t, "", 1);
	assert_string_equal(t.s, "plain,\"Thôn 1, Thôn 2\",\"say \"\"hi\"\"\","
			    "\"two\nlines\",\r\n");

	/* Text cells a spreadsheet would run as formulas are defused;
	 * numbers, and the plain field, are not. */
	t.len = 0;
	esc_csv_text(text_put, &t, "=HYPERLINK(\"http://x\",\"y\")", 0);
	esc_csv_text(text_put, &t, "+1", 0);
	esc_csv_text(text_put, &t, "-2", 0);
	esc_csv_text(text_put, &t, "@SUM(A1)", 0);
	esc_csv_text(text_put, &t, "\tx", 0);
	esc_csv_text(text_put, &t, "\rx", 0);
	esc_csv_text(text_put, &t, "a=b", 0);
	esc_csv_field(text_put, &t, "-16.0", 0);
	esc_csv_text_sep(text_put, &t, "=a;b", ';', 1);
	assert_string_equal(t.s, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
			    "'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b,-16.0,"
			    "\"'=a;b\"\r\n");
}

static void test_escape_json(void **state)
{
	struct text t = { "", 0 };

	(void)state;
	esc_json_string(text_put, &t, "a\"b\\c\nd\te\x01" "f Tiên");
	assert_string_equal(t.s, "\"a\\\"b\\\\c\\nd\\te\\u0001f Tiên\"");
}

static void test_escape_ics(void **state)
{
	struct text t = { "", 0 };

	(void)state;
	esc_ics_text(text_put, &t, "a;b,c\\d\r\ne\rf\ng\th\x01i");
	assert_string_equal(t.s, "a\\;b\\,c\\\\d\\ne\\nf\\ng\thi");
}

static void test_escape_sep_html(void **state)
{
	struct text t = { "", 0 };

	(void)state;
	esc_csv_field_sep(text_put, &t, "a,b", ';', 0);
	esc_csv_field_sep(text_put, &t, "x;y", ';', 0);
	esc_csv_field_sep(text_put, &t, "q\"", ';', 1);
	assert_string_equal(t.s, "a,b;\"x;y\";\"q\"\"\"\r\n");
	t.len = 0;
	esc_html_text(text_put, &t, "<b a='1'>T&m\"</b>");
	assert_string_equal(t.s, "&lt;b a=&#39;1&#39;&gt;T&amp;m&quot;"
			    "&lt;/b&gt;");
}

static void test_date_parse(void **state)
{
	static const char *const good[] = {
		"2026-01-01", "2026-02-28", "2028-02-29", "2000-02-29",
		"2026-04-30", "2026-12-31", "1900-01-01", "2199-12-31",
	};
	static const char *const bad[] = {
		"2026-02-31", "2026-02-29", "1900-02-29", "2100-02-29",
		"2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
		"2026-01-32", "1899-12-31", "2200-01-01", "2026-1-01",
		"2026-01-1", "2026/01/01", "2026-01-01x", "+026-01-01", "",
	};
	char back[11];
	size_t i;
	int date;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(*good); i++) {
		assert_int_equal(loa_date_parse(good[i], &date), 0);
		loa_date_format(date, back);
		assert_string_equal(back, good[i]);
	}
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		date = 12345;
		assert_int_equal(loa_date_parse(bad[i], &date), -1);
		assert_int_equal(date, 12345); /* untouched on failure */
	}
	assert_int_equal(loa_date_parse("1970-01-01", &date), 0);
	assert_int_equal(date, 0);
	assert_int_equal(loa_date_weekday(date), 3); /* a Thursday */
}

static void test_clock(void **state)
{
	char iso[26], ics[16], utc[17];
	int date;

	(void)state;
	assert_int_equal(loa_date_parse("2026-11-30", &date), 0);
	clock_iso_local(date, 6 * 3600 + 30 * 60, iso);
	assert_string_equal(iso, "2026-11-30T06:30:00+07:00");
	/* Past midnight runs into the next day (and the next year). */
	assert_int_equal(loa_date_parse("2026-12-31", &date), 0);
	clock_iso_local(date, 86400 + 59, iso);
	assert_string_equal(iso, "2027-01-01T00:00:59+07:00");
	clock_ics_local(date, 23 * 3600 + 5, ics);
	assert_string_equal(ics, "20261231T230005");
	/* Local midnight is 17:00 UTC the day before. */
	assert_int_equal(clock_unix_time(date, 0) % 86400, 17 * 3600);
	clock_ics_utc(clock_unix_time(date, 0), utc);
	assert_string_equal(utc, "20261230T170000Z");
	clock_ics_utc(-1, utc);
	assert_string_equal(utc, "19691231T235959Z");
	/* Today is a date this century, whatever the machine's TZ. */
	assert_true(clock_today() > 10957 && clock_today() < 47482);
}

/* Times as the On air page and `loa status` in Vietnamese write them. */
static void test_when_vi(void **state)
{
	static const char *const cases[][2] = {
		{ "2026-12-01T07:00:00+07:00", "07:00:00 01/12/2026" },
		{ "2026-12-01 07:00:00.123+07:00", "07:00:00 01/12/2026" },
		{ "2026-12-01T07:00:00", "07:00:00 01/12/2026" },
		{ "2026-12-01T07:00:00.5", "07:00:00 01/12/2026" },
		/* Another zone: into Asia/Ho_Chi_Minh, the day with it. */
		{ "2026-12-31T17:30:05Z", "00:30:05 01/01/2027" },
		{ "2026-12-01T01:00:00+09:00", "23:00:00 30/11/2026" },
		{ "2026-03-01T00:00:00-05:00", "12:00:00 01/03/2026" },
		/* Anything else as it is. */
		{ "2026-02-30T07:00:00+07:00", NULL },
		{ "2026-12-01T24:00:00+07:00", NULL },
		{ "2026-12-01T07:00:00+7", NULL },
		{ "2026-12-01T07:00:00 junk", NULL },
		{ "2026-12-01", NULL },
		{ "", NULL },
	};
	char buf[20];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		assert_string_equal(clock_when_vi(cases[i][0], buf, sizeof(buf)),
				    cases[i][1] ? cases[i][1] : cases[i][0]);
	assert_string_equal(clock_when_vi(NULL, buf, sizeof(buf)), "");
}

/* The number of entries of dir whose name holds part. */
static int count_named(const char *dir, const char *part)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)))
		n += strstr(e->d_name, part) != NULL;
	closedir(d);
	return n;
}

/* atomic_create: a new file whole, never over a file or a link. */
static void test_atomic_create(void **state)
{
	char dir[] = "/tmp/loa-atomic-XXXXXX", path[64], link_to[64], buf[16];
	struct loa_error err;
	struct stat a;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_int_equal(atomic_create(dir, "n.yaml", "new\n", 4, &err),
			 LOA_OK);
	snprintf(path, sizeof(path), "%s/n.yaml", dir);
	assert_int_equal(stat(path, &a), 0);
	assert_int_equal(a.st_mode & 0777, 0644);
	assert_int_equal(a.st_nlink, 1);
	/* There already: refused, the file untouched, no temporary left. */
	assert_int_equal(atomic_create(dir, "n.yaml", "other\n", 6, &err),
			 LOA_EINPUT);
	assert_non_null(strstr(err.msg, "exists already"));
	f = fopen(path, "r");
	assert_non_null(f);
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_string_equal(buf, "new\n");
	/* A dangling link holds its name too: nothing written through it. */
	snprintf(link_to, sizeof(link_to), "%s/nowhere", dir);
	snprintf(path, sizeof(path), "%s/l.yaml", dir);
	assert_int_equal(symlink(link_to, path), 0);
	assert_int_equal(atomic_create(dir, "l.yaml", "x", 1, &err), LOA_EINPUT);
	assert_int_not_equal(access(link_to, F_OK), 0);
	assert_int_equal(count_named(dir, ".tmp"), 0);
	assert_int_equal(atomic_create("/nonexistent/loa", "x", "", 0, &err),
			 LOA_EIO);
	unlink(path);
	snprintf(path, sizeof(path), "%s/n.yaml", dir);
	unlink(path);
	rmdir(dir);
}

/* atomic_replace keeps the replaced file's mode; atomic_write does not. */
static void test_atomic_replace(void **state)
{
	static const unsigned modes[] = { 0664, 0640, 0600 };
	char dir[] = "/tmp/loa-atomic-XXXXXX", path[64];
	struct loa_error err;
	struct stat a;
	size_t i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/s.yaml", dir);
	/* None there: 0644, as atomic_write. */
	assert_int_equal(atomic_replace(dir, "s.yaml", "a\n", 2, &err), LOA_OK);
	assert_int_equal(stat(path, &a), 0);
	assert_int_equal(a.st_mode & 0777, 0644);
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		assert_int_equal(chmod(path, modes[i]), 0);
		assert_int_equal(atomic_replace(dir, "s.yaml", i % 2 ? "b\n" :
						"cc\n", 3 - i % 2, &err), LOA_OK);
		assert_int_equal(stat(path, &a), 0);
		assert_int_equal(a.st_mode & 0777, modes[i]);
		assert_true(a.st_uid == getuid());
	}
	/* atomic_write still writes 0644 over it. */
	assert_int_equal(atomic_write(dir, "s.yaml", "d\n", 2, &err), LOA_OK);
	assert_int_equal(stat(path, &a), 0);
	assert_int_equal(a.st_mode & 0777, 0644);
	assert_int_equal(count_named(dir, ".tmp"), 0);
	unlink(path);
	rmdir(dir);
}

static void test_atomic_write(void **state)
{
	char dir[] = "/tmp/loa-atomic-XXXXXX", path[64], buf[16];
	struct loa_error err;
	struct stat a, b;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_int_equal(atomic_write(dir, "x.txt", "one\n", 4, &err), LOA_OK);
	snprintf(path, sizeof(path), "%s/x.txt", dir);
	assert_int_equal(stat(path, &a), 0);
	assert_int_equal(a.st_mode & 0777, 0644);
	/* The same contents again: the file is left alone (same inode). */
	assert_int_equal(atomic_write(dir, "x.txt", "one\n", 4, &err), LOA_OK);
	assert_int_equal(stat(path, &b), 0);
	assert_true(a.st_ino == b.st_ino);
	/* New contents: a new file renamed over the old one. */
	assert_int_equal(atomic_write(dir, "x.txt", "two!\n", 5, &err), LOA_OK);
	f = fopen(path, "r");
	assert_non_null(f);
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_string_equal(buf, "two!\n");
	assert_int_equal(count_named(dir, ".tmp"), 0);
	/* A folder that is not there: an I/O error, nothing left behind. */
	assert_int_equal(atomic_write("/nonexistent/loa", "x", "", 0, &err),
			 LOA_EIO);
	/* Stale temporary files go; others stay. */
	snprintf(path, sizeof(path), "%s/.x.txt.tmp-abc123", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
	/* One written just now may be another process's, still open. */
	atomic_remove_stale(dir, 600);
	assert_int_equal(count_named(dir, ".tmp"), 1);
	atomic_remove_stale(dir, 0);
	assert_int_equal(count_named(dir, ".tmp"), 0);
	assert_int_equal(count_named(dir, "x.txt"), 1);
	snprintf(path, sizeof(path), "%s/x.txt", dir);
	unlink(path);
	rmdir(dir);
}

static void test_cleanup_registry(void **state)
{
	char dir[] = "/tmp/loa-cleanup-XXXXXX", path[CLEANUP_MAX + 1][64];
	int slot[CLEANUP_MAX + 1], i;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i <= CLEANUP_MAX; i++) {
		snprintf(path[i], sizeof(path[i]), "%s/f%d", dir, i);
		f = fopen(path[i], "w");
		assert_non_null(f);
		fclose(f);
		slot[i] = cleanup_add(path[i]);
	}
	assert_int_equal(slot[CLEANUP_MAX], -1); /* the table is full */
	/* mkstemp through the registry: with the table full, unregistered. */
	{
		char tmp[64];
		int fd, s;

		snprintf(tmp, sizeof(tmp), "%s/t.tmp-XXXXXX", dir);
		fd = cleanup_mkstemp(tmp, &s);
		assert_true(fd >= 0);
		close(fd);
		assert_int_equal(s, -1);
		assert_null(strstr(tmp, "XXXXXX"));
		assert_int_equal(unlink(tmp), 0);
	}
	cleanup_forget(slot[0]);
	cleanup_forget(-1);
	cleanup_remove_all();
	/* Forgotten and unregistered files stay; the others are gone. */
	assert_int_equal(access(path[0], F_OK), 0);
	assert_int_equal(access(path[CLEANUP_MAX], F_OK), 0);
	for (i = 1; i < CLEANUP_MAX; i++) {
		assert_int_equal(access(path[i], F_OK), -1);
		cleanup_forget(slot[i]);
	}
	/* A forgotten slot is free again. */
	assert_true(cleanup_add(path[0]) >= 0);
	cleanup_remove_all();
	assert_int_equal(access(path[0], F_OK), -1);
	for (i = 0; i < CLEANUP_MAX; i++)
		cleanup_forget(i);
	/* Registered from before it exists, under its final name after. */
	{
		char tmp[64];
		int fd, s;

		snprintf(tmp, sizeof(tmp), "%s/t.tmp-XXXXXX", dir);
		fd = cleanup_mkstemp(tmp, &s);
		assert_true(fd >= 0 && s >= 0);
		close(fd);
		assert_null(strstr(tmp, "XXXXXX"));
		assert_int_equal(access(tmp, F_OK), 0);
		cleanup_remove_all();
		assert_int_equal(access(tmp, F_OK), -1);
		cleanup_forget(s);
	}
	unlink(path[CLEANUP_MAX]);
	rmdir(dir);
}

/* A sealed file is trusted only with a record in bounds and its bytes. */
static void test_sealed(void **state)
{
	char dir[] = "/tmp/loa-sealed-XXXXXX", file[64], rec[64], sha[65],
		good[65];
	struct loa_error err;
	double seconds = 0;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(file, sizeof(file), "%s/a.mp3", dir);
	snprintf(rec, sizeof(rec), "%s/a.meta", dir);
	assert_int_equal(sealed_check(file, rec, &seconds, sha), SEALED_ABSENT);
	assert_int_equal(atomic_write(dir, "a.mp3", "audio", 5, &err), LOA_OK);
	assert_int_equal(sealed_check(file, rec, &seconds, sha),
			 SEALED_BAD_RECORD);
	assert_int_equal(hash_file_sha256(file, good, &err), LOA_OK);
	assert_int_equal(sealed_write(dir, "a.meta", 12.5, good, &err), LOA_OK);
	assert_int_equal(sealed_check(file, rec, &seconds, sha), SEALED_OK);
	assert_true(seconds == 12.5);
	assert_string_equal(sha, good);
	/* One byte changed. */
	assert_int_equal(atomic_write(dir, "a.mp3", "audiO", 5, &err), LOA_OK);
	assert_int_equal(sealed_check(file, rec, &seconds, sha),
			 SEALED_BAD_FILE);
	/* Lengths out of bounds, and a record with trailing bytes. */
	assert_int_equal(sealed_write(dir, "a.meta", 1e308, good, &err), LOA_OK);
	assert_int_equal(sealed_check(file, rec, &seconds, sha),
			 SEALED_BAD_RECORD);
	assert_int_equal(sealed_write(dir, "a.meta", -1, good, &err), LOA_OK);
	assert_int_equal(sealed_check(file, rec, &seconds, sha),
			 SEALED_BAD_RECORD);
	f = fopen(rec, "ab");
	assert_non_null(f);
	fputs("x", f);
	fclose(f);
	assert_int_equal(sealed_check(file, rec, &seconds, sha),
			 SEALED_BAD_RECORD);
	unlink(file);
	unlink(rec);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_known_vector),
		cmocka_unit_test(test_field_layout),
		cmocka_unit_test(test_file_hash),
		cmocka_unit_test(test_escape_csv),
		cmocka_unit_test(test_escape_json),
		cmocka_unit_test(test_escape_ics),
		cmocka_unit_test(test_escape_sep_html),
		cmocka_unit_test(test_date_parse),
		cmocka_unit_test(test_clock),
		cmocka_unit_test(test_when_vi),
		cmocka_unit_test(test_atomic_write),
		cmocka_unit_test(test_atomic_replace),
		cmocka_unit_test(test_atomic_create),
		cmocka_unit_test(test_sealed),
		cmocka_unit_test(test_cleanup_registry),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
