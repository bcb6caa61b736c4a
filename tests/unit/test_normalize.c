/*
 * The Vietnamese normaliser: hand-written written -> spoken pairs from
 * administrative and scam-warning announcements
 * (tests/data/normalize-pairs.tsv), written variants that must read
 * alike (tests/data/normalize-variants.tsv), number properties
 * (every integer to 10^6 and random ones to 10^15 read back to the same
 * value), output hygiene (no ASCII digit, valid UTF-8, NFC), lexicons,
 * and robustness against hostile input.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "loa/normalize.h"
#include "text/norm_case.h"
#include "text/norm_dict.h"
#include "text/norm_nfc.h"
#include "tsv.h"

#define PAIRS_FILE "tests/data/normalize-pairs.tsv"
#define VARIANTS_FILE "tests/data/normalize-variants.tsv"

struct pair {
	const char *written;
	const char *spoken;
};

static char *norm(const char *text, const struct loa_normalize_options *opt)
{
	struct loa_error err;
	char *out = NULL;
	loa_status rc;

	loa_error_clear(&err);
	rc = loa_normalize(text, strlen(text), opt, &out, &err);
	if (rc)
		fail_msg("normalising '%s' failed: %s", text, err.msg);
	return out;
}

static void test_pairs(void **state)
{
	struct tsv pairs;
	size_t i, failed = 0;

	(void)state;
	if (tsv_load(&pairs, PAIRS_FILE))
		fail_msg("cannot read %s", PAIRS_FILE);
	assert_true(pairs.n >= 300);
	for (i = 0; i < pairs.n; i++) {
		const struct tsv_row *r = &pairs.row[i];
		char *got;

		if (r->n < 2)
			fail_msg("%s:%zu: no 'spoken' column", PAIRS_FILE, r->line);
		got = norm(r->field[0], NULL);
		if (strcmp(got, r->field[1])) {
			print_error("%s:%zu:\n written: %s\n   want: %s\n    got: %s\n",
				    PAIRS_FILE, r->line, r->field[0], r->field[1], got);
			failed++;
		}
		free(got);
	}
	if (failed)
		fail_msg("%zu of %zu pairs differ", failed, pairs.n);
	tsv_release(&pairs);
}

/* The group of a variant's id: all of it before the last '.'. */
static size_t group_len(const char *id)
{
	const char *dot = strrchr(id, '.');

	return dot ? (size_t)(dot - id) : strlen(id);
}

/*
 * Variants: one thing written several ways real texts write it (dashes,
 * spaces, dots, leading zeros) must read alike.  A group's rows share an
 * id up to its last '.'; its first row gives the reading, and a later
 * row whose 'spoken' is "=" must read the same, as a context changes
 * nothing; any other 'spoken' is that row's own reading.
 */
static void test_variants(void **state)
{
	struct tsv v;
	size_t i, failed = 0, groups = 0;
	const char *want = NULL;
	const struct tsv_row *first = NULL;

	(void)state;
	if (tsv_load(&v, VARIANTS_FILE))
		fail_msg("cannot read %s", VARIANTS_FILE);
	for (i = 0; i < v.n; i++) {
		const struct tsv_row *r = &v.row[i];
		int same;
		char *got;

		if (r->n < 3)
			fail_msg("%s:%zu: fewer than 3 columns", VARIANTS_FILE, r->line);
		same = first && group_len(first->field[0]) ==
			group_len(r->field[0]) && !strncmp(first->field[0],
			r->field[0], group_len(r->field[0]));
		if (!same) {
			if (first && first == &v.row[i - 1])
				fail_msg("%s:%zu: a group of one row", VARIANTS_FILE,
					 first->line);
			if (!strcmp(r->field[2], "="))
				fail_msg("%s:%zu: a group's first row says '='",
					 VARIANTS_FILE, r->line);
			first = r;
			want = r->field[2];
			groups++;
		}
		got = norm(r->field[1], NULL);
		if (strcmp(got, strcmp(r->field[2], "=") ? r->field[2] : want)) {
			print_error("%s:%zu: %s\n written: %s\n   want: %s\n    got: %s\n",
				    VARIANTS_FILE, r->line, r->field[0], r->field[1],
				    strcmp(r->field[2], "=") ? r->field[2] : want, got);
			failed++;
		}
		free(got);
	}
	if (first && first == &v.row[v.n - 1])
		fail_msg("%s:%zu: a group of one row", VARIANTS_FILE, first->line);
	assert_true(groups >= 5);
	if (failed)
		fail_msg("%zu of %zu variants read otherwise", failed, v.n);
	tsv_release(&v);
}

/* ------------------------------------------------------------------ */
/* Reading number words back, to check values and not only shapes. */

static int word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !memcmp(w, s, n);
}

/* Returns -1 on a word that is not a Vietnamese number word. */
static long long words_value(const char *s)
{
	static const char *const digits[] = { "không", "một", "hai", "ba",
		"bốn", "năm", "sáu", "bảy", "tám", "chín" };
	long long total = 0, below_billion = 0, small = 0, pending = 0;
	const char *p = s;

	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		int d, known = 0;

		for (d = 0; d < 10; d++)
			if (word_is(p, n, digits[d])) {
				pending = d;
				known = 1;
			}
		if (known) {
		} else if (word_is(p, n, "mốt")) {
			pending = 1;
		} else if (word_is(p, n, "tư")) {
			pending = 4;
		} else if (word_is(p, n, "lăm")) {
			pending = 5;
		} else if (word_is(p, n, "linh")) {
		} else if (word_is(p, n, "mười")) {
			small += 10;
		} else if (word_is(p, n, "mươi")) {
			small += pending * 10;
			pending = 0;
		} else if (word_is(p, n, "trăm")) {
			small += pending * 100;
			pending = 0;
		} else if (word_is(p, n, "nghìn")) {
			below_billion += (small + pending) * 1000;
			small = pending = 0;
		} else if (word_is(p, n, "triệu")) {
			below_billion += (small + pending) * 1000000;
			small = pending = 0;
		} else if (word_is(p, n, "tỷ")) {
			total += (below_billion + small + pending) * 1000000000LL;
			below_billion = small = pending = 0;
		} else {
			return -1;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	return total + below_billion + small + pending;
}

static int has_ascii_digit(const char *s)
{
	for (; *s; s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/* Normalises a batch of lines and checks each against its value. */
static void check_batch(const char *text, const long long *values, size_t n)
{
	char *out = norm(text, NULL), *line = out;
	size_t i;

	for (i = 0; i < n; i++) {
		char *nl = strchr(line, '\n');

		assert_true(nl || i + 1 == n);
		if (nl)
			*nl = '\0';
		/* Alone, 111 to 116 are emergency numbers, read digit by digit. */
		if (values[i] >= 111 && values[i] <= 116) {
			static const char *const tails[] = { "một", "hai", "ba",
				"bốn", "năm", "sáu" };
			char want[32];

			snprintf(want, sizeof(want), "một một %s",
				 tails[values[i] - 111]);
			assert_string_equal(line, want);
		} else if (has_ascii_digit(line) || words_value(line) != values[i]) {
			fail_msg("%lld reads as '%s'", values[i], line);
		}
		line = nl ? nl + 1 : line + strlen(line);
	}
	free(out);
}

static void test_every_integer(void **state)
{
	enum { BATCH = 20000 };
	char *text = malloc(BATCH * 9);
	long long *values = malloc(BATCH * sizeof(*values));
	long long v = 0;

	(void)state;
	assert_non_null(text);
	assert_non_null(values);
	while (v <= 1000000) {
		size_t len = 0, n = 0;

		while (n < BATCH && v <= 1000000) {
			len += (size_t)snprintf(text + len, 9, n ? "\n%lld" : "%lld", v);
			values[n++] = v++;
		}
		check_batch(text, values, n);
	}
	free(text);
	free(values);
}

/* Written with dots between thousands, as in announcements. */
static size_t with_dots(long long v, char *buf, size_t cap)
{
	char plain[32];
	size_t n = (size_t)snprintf(plain, sizeof(plain), "%lld", v), i, o = 0;

	for (i = 0; i < n && o + 2 < cap; i++) {
		if (i && (n - i) % 3 == 0)
			buf[o++] = '.';
		buf[o++] = plain[i];
	}
	buf[o] = '\0';
	return o;
}

static void test_random_big_numbers(void **state)
{
	enum { N = 4000 };
	char *text = malloc(N * 32);
	long long values[N];
	unsigned long long x = 88172645463325252ULL;
	size_t i, len = 0;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < N; i++) {
		char buf[32];

		/* xorshift64: deterministic, no libc state. */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		values[i] = (long long)(x % 1000000000000001ULL);
		/* Small numbers too: every magnitude, not only 15 digits. */
		if (i % 3 == 1)
			values[i] %= 1000000000LL;
		if (i % 3 == 2)
			values[i] %= 100000LL;
		if (i % 2)
			with_dots(values[i], buf, sizeof(buf));
		else
			snprintf(buf, sizeof(buf), "%lld", values[i]);
		len += (size_t)snprintf(text + len, 32, i ? "\n%s" : "%s", buf);
	}
	check_batch(text, values, N);
	free(text);
}

static void test_number_shapes(void **state)
{
	static const struct pair cases[] = {
		{ "1000000000000000", "một triệu tỷ" },
		{ "1.000.000.000.000.005",
		  "một triệu tỷ không trăm linh năm" },
		{ "999.999.999.999.999",
		  "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
		  "chín trăm chín mươi chín triệu chín trăm chín mươi chín "
		  "nghìn chín trăm chín mươi chín" },
		{ "1000000000000000000", "một tỷ tỷ" },
		{ "2.000.500", "hai triệu năm trăm" },
		{ "2.000.050", "hai triệu không trăm năm mươi" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = norm(cases[i].written, NULL);

		assert_string_equal(got, cases[i].spoken);
		free(got);
	}
}

static void test_southern(void **state)
{
	struct loa_normalize_options opt = { 1, NULL, 0 };
	char *got;

	(void)state;
	got = norm("105", &opt);
	assert_string_equal(got, "một trăm lẻ năm");
	free(got);
	got = norm("2.025.005", &opt);
	assert_string_equal(got, "hai triệu không trăm hai mươi lăm nghìn "
				 "không trăm lẻ năm");
	free(got);
}

/* ------------------------------------------------------------------ */
/* Unicode. */

static void test_nfc(void **state)
{
	static const struct pair cases[] = {
		/* e + circumflex + dot below, both orders */
		{ "Vie\xcc\x82\xcc\xa3t Nam", "Việt Nam" },
		{ "Vie\xcc\xa3\xcc\x82t Nam", "Việt Nam" },
		/* o + circumflex + dot below: "một" */
		{ "mo\xcc\x82\xcc\xa3t", "một" },
		/* precomposed â + combining acute: "ấ" */
		{ "\xc3\xa2\xcc\x81p", "ấp" },
		/* u + horn + hook above: "ử" */
		{ "cu\xcc\x9b\xcc\x89 tri", "cử tri" },
		/* a + breve + tilde: "ẵ" */
		{ "a\xcc\x86\xcc\x83", "ẵ" },
		/* capital: E + circumflex + acute */
		{ "TIE\xcc\x82\xcc\x81N", "tiến" },
		/* y + hook above */
		{ "thu\xcc\x89y", "thủy" },
		/* u with diaeresis and macron, then dot below: the dot goes
		 * on the u; marks that cannot compose are not spoken */
		{ "\xc7\x96\xcc\xa3", "\xe1\xbb\xa5" },
		/* decomposed "Đồng" reads like the composed word */
		{ "\xc4\x90o\xcc\x82\xcc\x80ng", "Đồng" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = norm(cases[i].written, NULL);

		assert_string_equal(got, cases[i].spoken);
		assert_true(norm_is_nfc(got, strlen(got)));
		free(got);
	}
}

static int valid_utf8(const char *s)
{
	size_t pos = 0, n = strlen(s);
	uint32_t cp;

	while (pos < n)
		if (norm_utf8_next(s, n, &pos, &cp))
			return 0;
	return 1;
}

/* Random text from announcement-like pieces: never a digit out, always
 * valid UTF-8 in NFC, one line out per line in. */
static void test_random_text(void **state)
{
	static const char *const pieces[] = { "0", "1", "2", "5", "9", "/",
		"-", ".", ",", ":", "h", "g", "%", "đ", " ", " ", " ", "\n", "A",
		"V", "I", "X", "Đ", "ư", "ợ", "e\xcc\x82", "\xcc\x81", "@", "+",
		"&", "k", "m", "²", "(", ")", "“", "–", "…", "tháng ", "ngày ",
		"thứ ", "số ", "quý ", "Chương ", "gọi ", "NĐ-CP", "UBND", "$",
		"€", "x", "km/h", "tr", "'", "Zalo", "www.", ".vn", "~", "#" };
	unsigned long long x = 0x9E3779B97F4A7C15ULL;
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		char text[400], *out;
		size_t len = 0, lines_in = 1, lines_out = 1, k;
		struct loa_error err;

		while (len < 300) {
			const char *p;

			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			p = pieces[x % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(text + len, p, strlen(p));
			len += strlen(p);
		}
		text[len] = '\0';
		assert_int_equal(loa_normalize(text, len, NULL, &out, &err), LOA_OK);
		if (has_ascii_digit(out))
			fail_msg("digit left in '%s' from '%s'", out, text);
		assert_true(valid_utf8(out));
		assert_true(norm_is_nfc(out, strlen(out)));
		for (k = 0; k < len; k++)
			lines_in += text[k] == '\n';
		for (k = 0; out[k]; k++)
			lines_out += out[k] == '\n';
		assert_int_equal(lines_in, lines_out);
		free(out);
	}
}

/* ------------------------------------------------------------------ */
/* Robustness. */

static void test_invalid_utf8(void **state)
{
	static const char *const bad[] = {
		"xã \xff Tiên Minh", "\xc3", "a\xe1\xba", "\xc0\xaf",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "ok\n\x80",
	};
	struct loa_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *out = (char *)"untouched";

		loa_error_clear(&err);
		assert_int_equal(loa_normalize(bad[i], strlen(bad[i]), NULL, &out,
					       &err), LOA_EINPUT);
		assert_null(out);
		assert_non_null(strstr(err.msg, "invalid UTF-8"));
	}
	loa_error_clear(&err);
	assert_int_equal(loa_normalize("ok\n\x80", 4, NULL, &(char *){ NULL },
				       &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "line 2"));
}

/* Issue 14: "<\0 T>" crashed in a letter-name lookup that matched the
 * NUL against strchr's terminator. */
static void test_nul_bytes(void **state)
{
	static const char *const texts[] = { "<\0 T>", "a \0 b", "\0", "x\0" };
	static const size_t lens[] = { 5, 5, 1, 2 };
	struct loa_error err;
	char *out = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		loa_error_clear(&err);
		assert_int_equal(loa_normalize(texts[i], lens[i], NULL, &out, &err),
				 LOA_EINPUT);
		assert_null(out);
		assert_non_null(strstr(err.msg, "NUL byte"));
	}
	loa_error_clear(&err);
	assert_int_equal(loa_normalize("ab\nạ\0", sizeof("ab\nạ\0") - 1, NULL,
				       &out, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "line 2, column 2"));
	/* The rules' own lookups never match a NUL either. */
	assert_false(norm_in_set("bcd", '\0'));
	assert_false(norm_in_set("", '\0'));
	assert_true(norm_in_set("bcd", 'c'));
	assert_false(norm_in_set("bcd", 'a'));
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Bounded: either a spoken form within the cap, or a clear error. */
static void check_hostile(const char *text, size_t len)
{
	struct loa_error err;
	char *out = NULL;
	double t0 = seconds();
	loa_status rc;

	loa_error_clear(&err);
	rc = loa_normalize(text, len, NULL, &out, &err);
	assert_true(seconds() - t0 < 20.0);
	if (rc) {
		assert_int_equal(rc, LOA_ENOMEM);
		assert_true(err.msg[0] != '\0');
		assert_null(out);
		return;
	}
	assert_non_null(out);
	assert_false(has_ascii_digit(out));
	assert_true(strlen(out) <= 32 * len + 4096);
	free(out);
}

static void test_megabyte_of_digits(void **state)
{
	size_t n = 1 << 20, i;
	char *text = malloc(n + 1);

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		text[i] = (char)('0' + i % 10);
	check_hostile(text, n);
	/* Dots and slashes every few digits: dates, codes, ranges. */
	for (i = 0; i < n; i++)
		text[i] = i % 4 == 3 ? "./-:h,"[i / 4 % 6] : (char)('1' + i % 9);
	check_hostile(text, n);
	free(text);
}

static void test_long_tokens(void **state)
{
	static const char *const units[] = { "a", "A", "Ư", "1", "1/", "1-",
		"A1", "x", "e\xcc\x82", "\xcc\x81", "@.", "IV", "0", "/", "-",
		"1.000", "h" };
	char *text = malloc(40000);
	size_t u;

	(void)state;
	assert_non_null(text);
	for (u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t len = 0, k = strlen(units[u]);

		while (len + k <= 10000) {
			memcpy(text + len, units[u], k);
			len += k;
		}
		check_hostile(text, len);
	}
	free(text);
}

static void test_empty(void **state)
{
	char *got;

	(void)state;
	got = norm("", NULL);
	assert_string_equal(got, "");
	free(got);
	got = norm("\n\n", NULL);
	assert_string_equal(got, "\n\n");
	free(got);
}

/* ------------------------------------------------------------------ */
/* Lexicons. */

static char dir[64];

static const char *write_file(const char *name, const char *text)
{
	static char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/loa-norm-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static struct loa_lexicon *load(const char *name, const char *text)
{
	struct loa_lexicon *lex = NULL;
	struct loa_error err;

	loa_error_clear(&err);
	if (loa_lexicon_load(&lex, write_file(name, text), &err))
		fail_msg("loading %s: %s", name, err.msg);
	return lex;
}

static void test_lexicon(void **state)
{
	struct loa_lexicon *a, *b;
	const struct loa_lexicon *both[2];
	struct loa_normalize_options opt = { 0, both, 2 };
	char *got;

	(void)state;
	a = load("a.yaml",
		 "lexicon:\n"
		 "  - written: \"Tiên Minh\"\n"
		 "    spoken: \"Tiên Minh\"\n"
		 "  - written: Zalo\n"
		 "    spoken: da lô ơi\n"
		 "  - written: SCAM\n"
		 "    spoken: lừa đảo\n"
		 "  - written: ĐKT\n"
		 "    spoken: đường kiểm tra\n"
		 "    case: insensitive\n"
		 "  - written: Cát Hải\n"
		 "    spoken: Cát Hải\n");
	b = load("b.yaml",
		 "lexicon:\n"
		 "  - written: zalo\n"
		 "    spoken: da lô\n"
		 "  - written: \"Tie\xcc\x82n Minh Xanh\"\n"
		 "    spoken: tiên minh xanh\n");
	both[0] = a;
	both[1] = b;
	/* A later lexicon wins, the longest match wins, the built-in
	 * dictionary loses; written forms are NFC. */
	got = norm("Zalo, SCAM, scam, đkt, Tiên Minh Xanh, Tiên Minh.", &opt);
	assert_string_equal(got, "da lô, lừa đảo, xờ cam, đường kiểm tra, "
				 "tiên minh xanh, Tiên Minh.");
	free(got);
	opt.n_lexicons = 1;
	got = norm("Zalo và UBND", &opt);
	assert_string_equal(got, "da lô ơi và ủy ban nhân dân");
	free(got);
	loa_lexicon_free(&a);
	loa_lexicon_free(&b);
	assert_null(a);
	loa_lexicon_free(NULL);
}

static void test_lexicon_errors(void **state)
{
	static const struct {
		const char *text, *where, *what;
	} cases[] = {
		{ "lexicon:\n  - written: a\n    spoken: b\n    note: c\n",
		  ":4:5:", "unknown key 'note'" },
		{ "lexicon:\n  - written: a\n", ":2:5:", "missing required key 'spoken'" },
		{ "lexicon:\n  - written: \"\"\n    spoken: b\n", ":2:14:", "empty" },
		{ "lexicon:\n  - written: a\n    spoken: \"  \"\n", ":3:13:", "blank" },
		{ "lexicon:\n  - written: a\n    spoken: b5\n", ":3:13:", "digits" },
		{ "lexicon:\n  - written: a\n    spoken: b\n    case: maybe\n",
		  ":4:11:", "sensitive or insensitive" },
		{ "lexicon:\n  - written: Zalo\n    spoken: b\n"
		  "  - written: zalo\n    spoken: c\n", ":4:14:", "already" },
		{ "words:\n  - written: a\n", ":1:1:", "unknown key 'words'" },
		{ "lexicon: Zalo\n", ":1:10:", "list" },
		{ "lexicon:\n  - written: \"\xff\"\n    spoken: b\n", ":", "" },
		{ "", "", "empty" },
	};
	struct loa_lexicon *lex;
	struct loa_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *path = write_file("bad.yaml", cases[i].text);

		lex = (struct loa_lexicon *)&err;
		loa_error_clear(&err);
		assert_int_equal(loa_lexicon_load(&lex, path, &err), LOA_EINPUT);
		assert_null(lex);
		if (!strstr(err.msg, cases[i].where) || !strstr(err.msg, cases[i].what))
			fail_msg("case %zu: '%s' lacks '%s' and '%s'", i, err.msg,
				 cases[i].where, cases[i].what);
		assert_true(!strncmp(err.msg, path, strlen(path)));
	}
	loa_error_clear(&err);
	assert_int_equal(loa_lexicon_load(&lex, "/nonexistent/lexicon.yaml",
					  &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "cannot open"));
}

/* A large lexicon loads and matches quickly (entries are hashed). */
static void test_big_lexicon(void **state)
{
	enum { N = 20000 };
	char *yaml = malloc(N * 64 + 16), path[128];
	struct loa_lexicon *lex = NULL;
	const struct loa_lexicon *one[1];
	struct loa_normalize_options opt = { 0, one, 1 };
	struct loa_error err;
	size_t len, k;
	double t0 = seconds();
	char *got;
	FILE *f;

	(void)state;
	assert_non_null(yaml);
	len = (size_t)snprintf(yaml, 16, "lexicon:\n");
	for (k = 0; k < N; k++)
		len += (size_t)snprintf(yaml + len, 64,
					"  - written: Xã%zu Tiên\n    spoken: xã số\n", k);
	snprintf(path, sizeof(path), "%s/big.yaml", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(yaml, 1, len, f);
	fclose(f);
	free(yaml);
	assert_int_equal(loa_lexicon_load(&lex, path, &err), LOA_OK);
	one[0] = lex;
	got = norm("Xã123 Tiên và xã Tiên Minh", &opt);
	assert_string_equal(got, "xã số và xã Tiên Minh");
	free(got);
	loa_lexicon_free(&lex);
	assert_true(seconds() - t0 < 10.0);
}

static void test_project_lexicon(void **state)
{
	struct loa_lexicon *lex = NULL;
	struct loa_error err;

	(void)state;
	/* The bundled project lexicon loads (tests run from the repo root). */
	if (access("scripts/lexicon.yaml", R_OK))
		skip();
	assert_int_equal(loa_lexicon_load(&lex, "scripts/lexicon.yaml", &err),
			 LOA_OK);
	loa_lexicon_free(&lex);
}

/* Every built-in entry is written once: a twin would be dead or, with a
 * different reading, would silently lose to the later one. */
static void test_builtin_unique(void **state)
{
	size_t n, i, j, twins = 0;
	const struct norm_entry *e = norm_builtin(&n);

	(void)state;
	assert_true(n > 800);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (!strcmp(e[i].written, e[j].written) &&
			    e[i].sensitive == e[j].sensitive && e[i].place == e[j].place) {
				fprintf(stderr, "twin entry: %s\n", e[i].written);
				twins++;
			}
	assert_int_equal(twins, 0);
}

/* Numbers a reader takes two ways (norm_doubt.c): reported with both
 * readings and how to write the other; the reading is unchanged, and a
 * number the words around settle is not reported. */
static void test_find_doubtful_numbers(void **state)
{
	const char *text = "Sản lượng đạt 1,250 trong năm, tiêm từ 2 - 4.6, "
			   "tỷ lệ 12.3456; nặng 2,125 kg, 21,000 lượt xem, độ "
			   "lớn 2.7, tăng từ 2 đến 3.5 lần, phiên bản 1.12.";
	struct loa_error err = { 0 };
	struct loa_foreign *fw = NULL;
	char *out = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(loa_find_foreign(text, strlen(text), NULL, &fw, &n,
					  &err), LOA_OK);
	assert_int_equal(n, 3);
	assert_string_equal(fw[0].written, "1,250");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_NUMBER);
	assert_string_equal(fw[0].spoken, "một phẩy hai năm không");
	assert_string_equal(fw[0].other, "một nghìn hai trăm năm mươi");
	assert_string_equal(fw[0].write, "1.250");
	assert_string_equal(fw[1].written, "4.6");
	assert_string_equal(fw[1].spoken, "bốn phẩy sáu");
	assert_string_equal(fw[1].other, "ngày bốn tháng sáu");
	assert_string_equal(fw[1].write, "4/6");
	assert_string_equal(fw[2].written, "12.3456");
	assert_string_equal(fw[2].spoken, "mười hai chấm ba bốn năm sáu");
	assert_string_equal(fw[2].other,
			    "mười hai phẩy ba nghìn bốn trăm năm mươi sáu");
	assert_string_equal(fw[2].write, "12,3456");
	free(fw);
	/* Finding changes no reading. */
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, &err),
			 LOA_OK);
	assert_non_null(strstr(out, "đạt một phẩy hai năm không trong năm"));
	free(out);
}

/* The findings of text, which must be *n of them. */
static struct loa_foreign *find_foreign(const char *text, size_t want)
{
	struct loa_error err = { 0 };
	struct loa_foreign *fw = NULL;
	size_t n = 0;

	assert_int_equal(loa_find_foreign(text, strlen(text), NULL, &fw, &n,
					  &err), LOA_OK);
	assert_int_equal(n, want);
	return fw;
}

/* Vietnamese typed without marks that the toneless rules gave marks by
 * guess (norm_rule_toneless): reported with the guess; text with marks
 * and English are not. */
static void test_find_toneless_phrase(void **state)
{
	struct loa_foreign *fw;

	(void)state;
	fw = find_foreign("Tin nhắn lạ: Cong an xa thong bao tai khoan cua ban "
			  "da bi khoa tam thoi.", 1);
	assert_int_equal(fw[0].kind, LOA_FOREIGN_TONELESS);
	assert_string_equal(fw[0].written, "Cong an xa thong bao tai khoan cua "
			    "ban da bi khoa tam thoi");
	assert_string_equal(fw[0].spoken, "công an xã thông báo tài khoản của "
			    "bạn đã bị khóa tạm thời");
	free(fw);
	fw = find_foreign("Người gửi tự xưng NGAN HANG NHA NUOC.", 1);
	assert_int_equal(fw[0].kind, LOA_FOREIGN_TONELESS);
	assert_string_equal(fw[0].spoken, "ngân hàng nhà nước");
	free(fw);
	/* Near misses: marks written, and English words that are bare
	 * syllables. */
	free(find_foreign("Anh ấy đi xe máy về nhà lúc chín giờ.", 0));
	free(find_foreign("Xem clip go to the man in the van ở đây.", 0));
}

/* Addresses: a part read by the foreign-word rules, or a lone syllable
 * given the marks our texts give it most, is a guess, reported with the
 * whole address's reading; syllables that cut into a run are not. */
static void test_find_address_guesses(void **state)
{
	const char *text = "Đừng vào trang luckywin.com hay tuong88.com, chỉ "
			   "dùng dichvucong.gov.vn.";
	struct loa_error err = { 0 };
	struct loa_foreign *fw;
	char *out = NULL;

	(void)state;
	fw = find_foreign(text, 2);
	assert_string_equal(fw[0].written, "luckywin.com");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_READ);
	assert_string_equal(fw[0].spoken, "lúc ki uyn chấm com");
	assert_string_equal(fw[1].written, "tuong88.com");
	assert_int_equal(fw[1].kind, LOA_FOREIGN_TONELESS);
	assert_string_equal(fw[1].spoken, "tượng tám mươi tám chấm com");
	free(fw);
	/* Finding changes no reading. */
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, &err),
			 LOA_OK);
	assert_non_null(strstr(out, "hay tượng tám mươi tám chấm com, chỉ "
			       "dùng dịch vụ công chấm gov chấm vi en."));
	free(out);
	free(find_foreign("Liên hệ hotro@gmail.com hoặc xem vnexpress.net.", 0));
}

/* A word with a number stuck to it is read as the word, then the
 * number, and a guess in the word is reported for the whole token; a
 * code that holds a word in capitals inside is spelled and reported as
 * spelled; codes of letters are not reported. */
static void test_find_spelled_small_word(void **state)
{
	struct loa_foreign *fw;

	(void)state;
	fw = find_foreign("Sàn Moneytrade5 đã sập từ tháng trước.", 1);
	assert_string_equal(fw[0].written, "Moneytrade5");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_READ);
	assert_string_equal(fw[0].spoken, "mô ni trết năm");
	free(fw);
	fw = find_foreign("Sàn VNMoneytrade5 đã sập.", 1);
	assert_string_equal(fw[0].written, "VNMoneytrade5");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_SPELLED);
	free(fw);
	free(find_foreign("Chủng H5N1 trên quốc lộ QL1A, máy pc02 tầng 3.", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_variants),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_builtin_unique),
		cmocka_unit_test(test_number_shapes),
		cmocka_unit_test(test_every_integer),
		cmocka_unit_test(test_random_big_numbers),
		cmocka_unit_test(test_southern),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_random_text),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_megabyte_of_digits),
		cmocka_unit_test(test_long_tokens),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_lexicon),
		cmocka_unit_test(test_lexicon_errors),
		cmocka_unit_test(test_big_lexicon),
		cmocka_unit_test(test_project_lexicon),
		cmocka_unit_test(test_find_doubtful_numbers),
		cmocka_unit_test(test_find_toneless_phrase),
		cmocka_unit_test(test_find_address_guesses),
		cmocka_unit_test(test_find_spelled_small_word),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
