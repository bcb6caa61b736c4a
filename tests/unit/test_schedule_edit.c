/*
 * sched_add_entry (src/sched/schedule_edit.c): the entry goes after the
 * slot's play list with its indentation, whatever the layout around it
 * (indentless lists, comments, no final newline); one-line lists, city
 * files, unknown slots and broken YAML are refused with nothing made.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "loa/date.h"
#include "loa/schedule.h"
#include "sched/schedule_edit.h"

/* 2026-12-07 to 2026-12-31, or open. */
static char *edit(const char *text, const char *slot, int closed,
		  enum sched_edit_result want, unsigned *line)
{
	struct sched_entry e = { slot, "moi", 0, LOA_DATE_MAX };
	struct loa_error err;
	size_t len = 0;
	char *out;
	unsigned at;

	assert_int_equal(loa_date_parse("2026-12-07", &e.from), 0);
	if (closed)
		assert_int_equal(loa_date_parse("2026-12-31", &e.to), 0);
	assert_int_equal(sched_add_entry("s.yaml", text, strlen(text), &e,
					 &out, &len, &at, &err), want);
	if (line)
		*line = at;
	if (want != SCHED_EDIT_OK)
		assert_null(out);
	else
		assert_int_equal(len, strlen(out));
	return out;
}

static void test_indented(void **state)
{
	char *out = edit("slots:\n"
			 "  - id: a\n"
			 "    play:\n"
			 "      # first\n"
			 "      - x\n"
			 "\n"
			 "      - rotate:\n"
			 "          - y\n"
			 "          - z\n"
			 "    # the next slot\n"
			 "  - id: b\n"
			 "    play: [x]\n", "a", 1, SCHED_EDIT_OK, NULL);

	(void)state;
	assert_string_equal(out, "slots:\n"
			    "  - id: a\n"
			    "    play:\n"
			    "      # first\n"
			    "      - x\n"
			    "\n"
			    "      - rotate:\n"
			    "          - y\n"
			    "          - z\n"
			    "      - script: moi\n"
			    "        from: 2026-12-07\n"
			    "        to: 2026-12-31\n"
			    "    # the next slot\n"
			    "  - id: b\n"
			    "    play: [x]\n");
	free(out);
}

static void test_indentless_last(void **state)
{
	char *out = edit("slots:\n"
			 "- id: a\n"
			 "  play:\n"
			 "  - x\n"
			 "  days: daily\n"
			 "- id: b\n"
			 "  play:\n"
			 "  - y", "b", 0, SCHED_EDIT_OK, NULL);

	(void)state;
	assert_string_equal(out, "slots:\n"
			    "- id: a\n"
			    "  play:\n"
			    "  - x\n"
			    "  days: daily\n"
			    "- id: b\n"
			    "  play:\n"
			    "  - y\n"
			    "  - script: moi\n"
			    "    from: 2026-12-07\n");
	free(out);
}

static void test_refused(void **state)
{
	static const char two[] = "slots:\n  - id: a\n    play: [x, y]\n";
	unsigned line = 0;

	(void)state;
	edit(two, "a", 0, SCHED_EDIT_FLOW, &line);
	assert_int_equal(line, 3);
	edit(two, "b", 0, SCHED_EDIT_NO_SLOT, NULL);
	edit("slots:\n  - id: a\n    play:\n", "a", 0, SCHED_EDIT_FLOW, NULL);
	edit("communes: [a]\ntemplate:\n  slots: []\n", "a", 0,
	     SCHED_EDIT_CITY, NULL);
	edit("slots: [\n", "a", 0, SCHED_EDIT_YAML, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indented),
		cmocka_unit_test(test_indentless_last),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
