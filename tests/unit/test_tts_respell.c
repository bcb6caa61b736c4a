/* The respellings for eSpeak NG (src/audio/tts_respell.h), checked against the
 * real eSpeak NG library: each one must give the phonemes the plain
 * spelling loses. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <espeak-ng/speak_lib.h>
#include <stdlib.h>
#include <string.h>

#include "audio/tts_respell.h"

static void check(const char *in, const char *want)
{
	char *got = tts_respell(in);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_gi_alone(void **state)
{
	(void)state;
	check("gi ga bai", "di ga bai");
	check("chữ gi, Gi.", "chữ di, Di.");
	check("GI", "DI");
	/* Inside words, or with a tone, "gi" is read well: unchanged. */
	check("giờ gì gia giây giga ghi", "giờ gì gia giây giga ghi");
	check("", "");
}

static void test_cluster_split(void **state)
{
	(void)state;
	check("mai crô xốp", "mai cờ rô xốp");
	check("Clo, vắc xi gríp; đu plếch", "Cờ lo, vắc xi gờ ríp; đu pờ lếch");
	/* Vietnamese onsets, clusters eSpeak NG says, letters alone and
	 * capitals stay. */
	check("chợ ghi phở Krông trà bờ ri ca gờ pê cm GPS",
	      "chợ ghi phở Krông trà bờ ri ca gờ pê cm GPS");
}

/* Phonemes eSpeak NG's vi voice gives for a text. */
static char *phonemes(const char *text)
{
	const void *p = text;
	const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);

	return strdup(ph ? ph : "");
}

/* The phonemes of word as written and as respelled, for eSpeak NG's
 * judgement of both; freed by the caller. */
static void both_phonemes(const char *word, char **plain, char **fixed)
{
	char *respelled = tts_respell(word);

	assert_non_null(respelled);
	*plain = phonemes(word);
	*fixed = phonemes(respelled);
	free(respelled);
}

static void test_espeak_keeps_the_vowel(void **state)
{
	char *plain, *fixed;

	(void)state;
	assert_true(espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL,
				      espeakINITIALIZE_DONT_EXIT) > 0);
	assert_int_equal(espeak_SetVoiceByName("vi"), EE_OK);
	/* 1.51 says "gi" as a bare consonant; the respelling has its "i". */
	both_phonemes("gi", &plain, &fixed);
	assert_null(strchr(plain, 'i'));
	assert_non_null(strchr(fixed, 'i'));
	free(plain);
	free(fixed);
	/* "crô" is read with English phonemes, "cờ rô" is not. */
	both_phonemes("crô", &plain, &fixed);
	assert_non_null(strstr(plain, "(en)"));
	assert_null(strstr(fixed, "(en)"));
	free(plain);
	free(fixed);
	espeak_Terminate();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gi_alone),
		cmocka_unit_test(test_cluster_split),
		cmocka_unit_test(test_espeak_keeps_the_vowel),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
