/*
 * The rules for foreign words (src/text/translit.c, data/translit.tsv)
 * and what loa_normalize and loa_find_foreign make of such words.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "loa/normalize.h"
#include "text/norm_buf.h"
#include "text/translit.h"
#include "text/translit_en.h"
#include "tsv.h"

/* written -> the rules' reading; each case fails when one rule is off. */
static const char *const rule_cases[][2] = {
	{ "Salmonella", "xan mô nen la" }, /* l coda -> n, ll shared */
	{ "Plaza", "pờ la da" },           /* pl: a syllable with ờ; z -> d */
	{ "Viwasupco", "vi oa xúp cô" },   /* w a glide; p coda: rising tone */
	{ "radar", "ra đa" },              /* d -> đ; final r not said */
	{ "Only", "ôn li" },               /* final y after a consonant */
	{ "Sky", "xờ cai" },               /* lone final y; sk */
	{ "Brown", "bờ rao" },             /* ow a glide: no coda after it */
	{ "Street", "xờ trít" },           /* str: tr kept; ee */
	{ "Drive", "đờ rai" },             /* silent e */
	{ "Vinhomes", "vin hôm" },         /* silent e before s */
	{ "Ciprofloxacin", "xi pờ rô phờ lốc xa xin" }, /* c before i, x shared */
	{ "massage", "mát xây" },          /* ss: coda and onset */
	{ "Twitter", "tuýt tơ" },          /* w after a consonant; er */
	{ "Tik", "tích" },                 /* ic -> ích */
	{ "spoofing", "xờ pu phinh" },     /* ing -> inh */
	{ "Highlands", "hai lan" },        /* igh; final s dropped */
	{ "Galaxy", "ga lác xi" },
	{ "Windows", "uyn đao" },          /* wi -> uy */
	{ "Chrome", "cờ rôm" },            /* ch before r or l is c */
	{ "Exness", "ếch nét" },           /* e before a stop: ê */
	{ "Coinbase", "coi bết" },         /* magic a before a said coda: ê */
	{ "skincare", "xờ kin ke" },       /* magic a before r: e */
	{ "Hotmail", "hốt meo" },          /* ai before l: eo */
	{ "Kotlin", "cốt lin" },           /* tl is no cluster */
	{ "Messenger", "mét xen giơ" },    /* n, then a soft g */
	{ "layout", "lây ao" },            /* ay before a vowel */
	{ "Betadine", "bê ta đin" },       /* -ine after two syllables */
	{ "vietnamairline", "vít na me lai" }, /* but -line stays lai */
	{ "headset", "hét xét" },          /* ea before d */
	{ "Television", "tê lê vi sần" },  /* -sion, -tion */
	{ "Foundation", "phao đây sần" },  /* a before -tion */
	{ "Mytour", "mi tua" },            /* our */
	{ "Shadow", "sa đô" },             /* final ow: ô */
	{ "Soup", "xúp" },                 /* ou before p: u */
	{ "Google", "gu gồ" },             /* consonant + final le: ồ */
	{ "Interview", "in tơ viu" },      /* iew */
	{ "House", "hao" },                /* e after a consonant, not magic */
};

static void test_rules(void **state)
{
	char out[8 * NORM_TRANSLIT_MAX];
	size_t k, bad = 0;

	(void)state;
	for (k = 0; k < sizeof(rule_cases) / sizeof(rule_cases[0]); k++) {
		const char *w = rule_cases[k][0];

		if (!norm_translit_rules(w, strlen(w), out, sizeof(out)) ||
		    strcmp(out, rule_cases[k][1])) {
			print_error("%s: want '%s', got '%s'\n", w,
				    rule_cases[k][1], out);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* The sound rules (translit_en.c) on phonemes from tests/data/
 * translit-en.tsv: words that are not in the dictionary. */
static void test_sound_map(void **state)
{
	struct tsv cases;
	char out[8 * NORM_TRANSLIT_MAX];
	size_t k, bad = 0;

	(void)state;
	assert_int_equal(tsv_load(&cases, "tests/data/translit-en.tsv"), 0);
	assert_true(cases.n >= 10);
	for (k = 0; k < cases.n; k++) {
		const struct tsv_row *r = &cases.row[k];

		if (!norm_translit_en_map(r->field[1], out, sizeof(out)) ||
		    strcmp(out, r->field[2])) {
			print_error("%s (line %zu): want '%s', got '%s'\n",
				    r->field[0], r->line, r->field[2], out);
			bad++;
		}
	}
	tsv_release(&cases);
	assert_int_equal(bad, 0);
	/* No vowel, a name the table lacks, no room: nothing. */
	assert_int_equal(norm_translit_en_map("s|t", out, sizeof(out)), 0);
	assert_int_equal(norm_translit_en_map("Q|'a", out, sizeof(out)), 0);
	assert_int_equal(norm_translit_en_map("m|'I|s|t|3", out, 4), 0);
	assert_int_equal(norm_translit_en_map("", out, sizeof(out)), 0);
}

/* Off by default: the spelling rules read the word. */
static void test_sound_off(void **state)
{
	char out[8 * NORM_TRANSLIT_MAX];

	(void)state;
	assert_int_equal(norm_translit_en("Mister", 6, out, sizeof(out)), 0);
}

/* A stand-in for eSpeak NG: "Mister" from its dictionary, "Hitoption"
 * from its rules. */
static int fake_english(const char *word, char *out, size_t size, int *known)
{
	const char *ph = !strcmp(word, "Mister") ? "m|'I|s|t|3" :
			 !strcmp(word, "Hitoption") ? "h|I|t|'0|p|S|@|n" : NULL;

	*known = ph && word[0] == 'M';
	if (!ph || strlen(ph) >= size)
		return 0;
	memcpy(out, ph, strlen(ph) + 1);
	return 1;
}

/* Set, the sound reads the words loa_normalize and loa_find_foreign
 * report, "known" only those of the dictionary. */
static void test_sound_source(void **state)
{
	static const char text[] = "Mister Hitoption";
	struct loa_foreign *f = NULL;
	char *out = NULL;
	size_t n = 0;

	(void)state;
	loa_normalize_set_english(fake_english, LOA_ENGLISH_SOUND);
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, NULL), 0);
	assert_string_equal(out, "mít tơ hi tóp sân");
	free(out);
	assert_int_equal(loa_find_foreign(text, strlen(text), NULL, &f, &n,
					  NULL), 0);
	assert_int_equal(n, 2);
	assert_string_equal(f[0].written, "Mister");
	assert_string_equal(f[0].spoken, "mít tơ");
	free(f);
	loa_normalize_set_english(fake_english, LOA_ENGLISH_KNOWN);
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, NULL), 0);
	assert_string_equal(strstr(out, "mít tơ "), out);
	assert_null(strstr(out, "tóp sân"));
	free(out);
	loa_normalize_set_english(NULL, LOA_ENGLISH_SOUND);
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, NULL), 0);
	assert_null(strstr(out, "tóp sân"));
	free(out);
}

static void test_rules_refuse(void **state)
{
	char out[8 * NORM_TRANSLIT_MAX], tiny[4];
	char longer[NORM_TRANSLIT_MAX + 2];

	(void)state;
	/* No vowel, a digit, a mark, too long, no room. */
	assert_int_equal(norm_translit_rules("pfft", 4, out, sizeof(out)), 0);
	assert_string_equal(out, "");
	assert_int_equal(norm_translit_rules("abc1", 4, out, sizeof(out)), 0);
	assert_int_equal(norm_translit_rules("café", 5, out, sizeof(out)), 0);
	memset(longer, 'a', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	assert_int_equal(norm_translit_rules(longer, strlen(longer), out,
					     sizeof(out)), 0);
	assert_int_equal(norm_translit_rules("Salmonella", 10, tiny,
					     sizeof(tiny)), 0);
	assert_int_equal(norm_translit_rules("", 0, out, sizeof(out)), 0);
}

/* What norm_translit reads (1) or leaves (0), and how. */
static void test_word(void **state)
{
	static const struct {
		const char *w, *want;
	} cases[] = {
		{ "WhiteHat", "oai hát" },      /* parts */
		{ "VNcoins", "vê nờ coi" },     /* capitals spelled */
		{ "BVBank", "bê vê banh" },     /* a part the dictionary knows */
		{ "iMessage", "ai mét xây" },   /* "i" as in iPhone */
		{ "TikTok", "tích tốc" },
		{ "VnEconomy", "vê nờ ê cô nô mi" }, /* a part without a vowel */
		{ "Room", "rum" },              /* "oo" closes only in ng, c */
		{ "xoong", NULL },
		{ "Td", NULL },                 /* no vowel, but alone */
		{ "duoc", NULL },               /* toneless Vietnamese */
		{ "Nguyen", NULL },
		{ "miligam", NULL },            /* syllables written together */
		{ "Bualoi", NULL },             /* syllables our texts use */
		{ "KBang", NULL },              /* a Highland name */
		{ "clo", NULL },                /* data/translit-keep.tsv */
		{ "UBND", NULL },               /* capitals: spelled elsewhere */
		{ "Hà", NULL },                 /* not ASCII */
		{ "x", NULL },
	};
	struct norm_buf b;
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		int read;

		norm_buf_init(&b, 4096);
		read = norm_translit(&b, cases[k].w, strlen(cases[k].w), 0);
		if (cases[k].want) {
			assert_int_equal(read, 1);
			assert_non_null(b.p);
			assert_string_equal(b.p + (b.p[0] == ' '), cases[k].want);
		} else {
			if (read)
				print_error("%s read as '%s'\n", cases[k].w, b.p);
			assert_int_equal(read, 0);
			assert_int_equal(b.len, 0);
		}
		norm_buf_release(&b);
	}
}

static void test_normalize_and_find(void **state)
{
	const char *text = "Vi khuẩn Salmonella ở Tràng Tiền Plaza, "
			   "Salmonella lần nữa, Zalo và Cuc Canh sat.";
	struct loa_error err = { 0 };
	struct loa_foreign *fw = NULL;
	char *out = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, &err),
			 LOA_OK);
	assert_string_equal(out, "Vi khuẩn xan mô nen la ở Tràng Tiền pờ la "
			    "da, xan mô nen la lần nữa, da lô và Cuc Canh sat.");
	free(out);
	/* Each word once; the dictionary's Zalo and toneless Vietnamese are
	 * not foreign. */
	assert_int_equal(loa_find_foreign(text, strlen(text), NULL, &fw, &n,
					  &err), LOA_OK);
	assert_int_equal(n, 2);
	assert_string_equal(fw[0].written, "Salmonella");
	assert_string_equal(fw[0].spoken, "xan mô nen la");
	assert_string_equal(fw[1].written, "Plaza");
	assert_string_equal(fw[1].spoken, "pờ la da");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_READ);
	assert_int_equal(fw[1].kind, LOA_FOREIGN_READ);
	free(fw);
	assert_int_equal(loa_find_foreign("Xin chào", 8, NULL, &fw, &n, &err),
			 LOA_OK);
	assert_int_equal(n, 0);
	assert_null(fw);
}

/* An abbreviation no lexicon knows, spelled: reported in the same pass,
 * with its spelling; short codes, dictionary codes and the units of EVN
 * are spelled rightly and not reported. */
static void test_find_spelled(void **state)
{
	const char *text = "Đội QLVHLDCT kiểm tra Cty ABCDE, mã OTP, kênh "
			   "ANTV, EVNSPC, QLVHLDCT lần nữa, Plaza.";
	struct loa_error err = { 0 };
	struct loa_foreign *fw = NULL;
	char *out = NULL, *plain = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(loa_find_foreign(text, strlen(text), NULL, &fw, &n,
					  &err), LOA_OK);
	assert_int_equal(n, 3);
	assert_string_equal(fw[0].written, "QLVHLDCT");
	assert_string_equal(fw[0].spoken, "quy lờ vê hát lờ đê xê tê");
	assert_int_equal(fw[0].kind, LOA_FOREIGN_SPELLED);
	assert_string_equal(fw[1].written, "ABCDE");
	assert_int_equal(fw[1].kind, LOA_FOREIGN_SPELLED);
	assert_string_equal(fw[2].written, "Plaza");
	assert_int_equal(fw[2].kind, LOA_FOREIGN_READ);
	free(fw);
	/* Finding changes no reading. */
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &out, &err),
			 LOA_OK);
	assert_non_null(strstr(out, "quy lờ vê hát lờ đê xê tê kiểm tra"));
	text = "Đội QLVHLDCT kiểm tra";
	assert_int_equal(loa_normalize(text, strlen(text), NULL, &plain, &err),
			 LOA_OK);
	assert_string_equal(plain, "Đội quy lờ vê hát lờ đê xê tê kiểm tra");
	free(out);
	free(plain);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_sound_map),
		cmocka_unit_test(test_sound_off),
		cmocka_unit_test(test_sound_source),
		cmocka_unit_test(test_rules_refuse),
		cmocka_unit_test(test_word),
		cmocka_unit_test(test_normalize_and_find),
		cmocka_unit_test(test_find_spelled),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
