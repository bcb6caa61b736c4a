/* loa_tts_readings (loa/tts.h) against the real eSpeak NG library: which
 * words its Vietnamese voice reads as Vietnamese, which it switches to
 * English for, which it spells.  That synthesis is the same after it is
 * tests/e2e/unreadable.sh's: eSpeak NG carries state from one synthesis
 * to the next, so it compares two processes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "loa/tts.h"

static void test_kinds(void **state)
{
	static const char *const words[] = { "công", "nghiêng", "Nguyễn",
		"vê", "WhiteHat", "email", "spoofing", "gi" };
	struct loa_tts_reading r[8];
	struct loa_error err;

	(void)state;
	loa_error_clear(&err);
	assert_int_equal(loa_tts_readings(words, 8, NULL, r, &err), LOA_OK);
	assert_int_equal(r[0].kind, LOA_READ_OWN);
	assert_int_equal(r[1].kind, LOA_READ_OWN);
	assert_int_equal(r[2].kind, LOA_READ_OWN);
	assert_int_equal(r[3].kind, LOA_READ_OWN);
	assert_int_equal(r[4].kind, LOA_READ_FOREIGN);
	assert_string_equal(r[4].lang, "en");
	assert_int_equal(r[5].kind, LOA_READ_FOREIGN);
	assert_int_equal(r[6].kind, LOA_READ_SPELLED);
	/* Respelled for synthesis ("di"), so read as Vietnamese. */
	assert_int_equal(r[7].kind, LOA_READ_OWN);
	/* The southern voice: a switch back to "vi" is no switch. */
	assert_int_equal(loa_tts_readings(words, 8, "vi-vn-x-south", r, &err),
			 LOA_OK);
	assert_int_equal(r[0].kind, LOA_READ_OWN);
	assert_int_equal(r[4].kind, LOA_READ_FOREIGN);
	assert_int_equal(loa_tts_readings(words, 1, "no-such-voice", r, &err),
			 LOA_ETTS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	loa_tts_shutdown();
	return rc;
}
