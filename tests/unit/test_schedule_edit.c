/*
 * sched_add_entry (src/sched/schedule_edit.c): the entry goes after the
 * slot's play list with its indentation, whatever the layout around it
 * (indentless lists, comments, no final newline); one-line lists, city
 * files, unknown slots and broken YAML are refused with nothing made.
 * sched_remove_entry takes one single-script item off, comments kept;
 * a rotation, another script, a line that is no item's and a slot's
 * only entry are refused.  sched_end_entry sets or adds an entry's to:,
 * every other byte kept.
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

/* out: NULL on a refusal, else len bytes of text. */
static char *made(char *out, size_t len, enum sched_edit_result want)
{
	if (want != SCHED_EDIT_OK)
		assert_null(out);
	else
		assert_int_equal(len, strlen(out));
	return out;
}

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
	return made(out, len, want);
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

static const char three[] =
	"slots:\n"
	"  - id: a\n"
	"    play:\n"
	"      - x   # kept\n"
	"      # about y\n"
	"      - script: y\n"
	"        from: 2026-12-07\n"
	"\n"
	"      # about the rotation\n"
	"      - rotate: [y, z]\n"
	"  - id: b\n"
	"    play:\n"
	"      - y\n";

static char *removed(const char *slot, unsigned line, const char *script,
		     enum sched_edit_result want)
{
	struct loa_error err;
	unsigned at;
	size_t len = 0;
	char *out;

	assert_int_equal(sched_remove_entry("s.yaml", three, strlen(three),
					    slot, line, script, &out, &len,
					    &at, &err), want);
	return made(out, len, want);
}

static void test_remove(void **state)
{
	char *out = removed("a", 6, "y", SCHED_EDIT_OK);

	(void)state;
	assert_string_equal(out, "slots:\n"
			    "  - id: a\n"
			    "    play:\n"
			    "      - x   # kept\n"
			    "      # about y\n"
			    "\n"
			    "      # about the rotation\n"
			    "      - rotate: [y, z]\n"
			    "  - id: b\n"
			    "    play:\n"
			    "      - y\n");
	free(out);
	out = removed("a", 4, "x", SCHED_EDIT_OK);
	assert_string_equal(out + strlen("slots:\n  - id: a\n    play:\n"),
			    "      # about y\n      - script: y\n"
			    "        from: 2026-12-07\n\n"
			    "      # about the rotation\n"
			    "      - rotate: [y, z]\n"
			    "  - id: b\n    play:\n      - y\n");
	free(out);
	removed("a", 6, "x", SCHED_EDIT_NO_ENTRY);   /* not that script */
	removed("a", 7, "y", SCHED_EDIT_NO_ENTRY);   /* not an item's line */
	removed("a", 10, "y", SCHED_EDIT_NO_ENTRY);  /* a rotation */
	removed("b", 13, "y", SCHED_EDIT_LAST);
	removed("c", 13, "y", SCHED_EDIT_NO_SLOT);
}

/* sched_end_entry on text: its result, with to 2026-12-20. */
static char *ended(const char *text, const char *slot, unsigned line,
		   const char *script, enum sched_edit_result want)
{
	struct loa_error err;
	unsigned at;
	size_t len = 0;
	char *out;
	int to;

	assert_int_equal(loa_date_parse("2026-12-20", &to), 0);
	assert_int_equal(sched_end_entry("s.yaml", text, strlen(text), slot,
					 line, script, to, &out, &len, &at,
					 &err), want);
	return made(out, len, want);
}

static void test_end(void **state)
{
	static const char with_to[] =
		"slots:\n"
		"  - id: a\n"
		"    play:\n"
		"      - script: x\n"
		"        to: '2027-03-01'   # the campaign\n"
		"        from: 2026-11-02\n"
		"      - script: y\n"
		"        to: 2027-01-31";
	char *out = ended(three, "a", 6, "y", SCHED_EDIT_OK);

	(void)state;
	/* A map: a to: line below its last; comments and the rest kept. */
	assert_string_equal(out + strlen("slots:\n  - id: a\n    play:\n"),
			    "      - x   # kept\n"
			    "      # about y\n"
			    "      - script: y\n"
			    "        from: 2026-12-07\n"
			    "        to: 2026-12-20\n"
			    "\n"
			    "      # about the rotation\n"
			    "      - rotate: [y, z]\n"
			    "  - id: b\n    play:\n      - y\n");
	free(out);
	/* "- ID": written as a map to take the to: line. */
	out = ended(three, "a", 4, "x", SCHED_EDIT_OK);
	assert_non_null(strstr(out, "    play:\n"
			       "      - script: x   # kept\n"
			       "        to: 2026-12-20\n"
			       "      # about y\n      - script: y\n"));
	assert_int_equal(strlen(out), strlen(three) + strlen("script: ") +
			 strlen("        to: 2026-12-20\n"));
	free(out);
	/* A slot's only entry may end: the slot then airs nothing. */
	out = ended(three, "b", 13, "y", SCHED_EDIT_OK);
	assert_string_equal(out + strlen(three) - strlen("      - y\n"),
			    "      - script: y\n        to: 2026-12-20\n");
	free(out);
	/* A to: there already: its value replaced, quotes and all. */
	out = ended(with_to, "a", 4, "x", SCHED_EDIT_OK);
	assert_non_null(strstr(out, "      - script: x\n"
			       "        to: 2026-12-20   # the campaign\n"
			       "        from: 2026-11-02\n"));
	free(out);
	out = ended(with_to, "a", 7, "y", SCHED_EDIT_OK);
	assert_string_equal(out + strlen(with_to) - strlen("2027-01-31"),
			    "2026-12-20");
	free(out);
	ended(three, "a", 10, "y", SCHED_EDIT_NO_ENTRY);  /* a rotation */
	ended(three, "a", 6, "x", SCHED_EDIT_NO_ENTRY);   /* another script */
	ended(three, "c", 6, "y", SCHED_EDIT_NO_SLOT);
	ended("slots: [\n", "a", 4, "x", SCHED_EDIT_YAML);
}

/* sched_end_entry on a slot a whose play list is items, from line 4. */
static char *ended_in(const char *items, const char *script,
		      enum sched_edit_result want)
{
	char text[600];

	snprintf(text, sizeof(text), "slots:\n  - id: a\n    play:\n%s"
		 "      - y   # after\n", items);
	return ended(text, "a", 4, script, want);
}

/* The items' lines as ended_in's result has them. */
#define ENDED_AS(out, items) assert_string_equal((out) + \
	strlen("slots:\n  - id: a\n    play:\n"), items "      - y   # after\n")

static void test_end_flow(void **state)
{
	char *out;

	(void)state;
	/* A flow mapping: ", to: DATE" after its last value, nothing else. */
	out = ended_in("      - {script: x, from: 2026-11-02}   # by hand\n",
		       "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x, from: 2026-11-02, to: 2026-12-20}"
		 "   # by hand\n");
	free(out);
	out = ended_in("      - { script: x }\n", "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - { script: x, to: 2026-12-20 }\n");
	free(out);
	out = ended_in("      - {script: x, from: 2026-11-02,}\n", "x",
		       SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x, from: 2026-11-02, to: 2026-12-20}\n");
	free(out);
	/* Quotes holding , } # and a quote are followed, not cut. */
	out = ended_in("      - {script: \"x\", \"from\": '2026-11-02'}\n",
		       "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: \"x\", \"from\": '2026-11-02', "
		 "to: 2026-12-20}\n");
	free(out);
	/* Over lines, a comment inside, the '}' on a line of its own. */
	out = ended_in("      - {script: x,   # Tết\n"
		       "         from: 2026-11-02\n"
		       "        }\n", "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x,   # Tết\n"
		 "         from: 2026-11-02\n"
		 "        , to: 2026-12-20}\n");
	free(out);
	/* A to: there already: its value replaced, up to the ',' or '}'. */
	out = ended_in("      - {script: x, to: 2027-03-01, from: 2026-11-02}\n",
		       "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x, to: 2026-12-20, from: 2026-11-02}\n");
	free(out);
	out = ended_in("      - {script: x, to: \"2027-03-01\" }\n", "x",
		       SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x, to: 2026-12-20 }\n");
	free(out);
	/* After non-ASCII on its line: columns are characters, not bytes. */
	out = ended_in("      - {script: x, \"ghi\": \"Tết\", to: 2027-03-01}\n",
		       "x", SCHED_EDIT_OK);
	ENDED_AS(out, "      - {script: x, \"ghi\": \"Tết\", to: 2026-12-20}\n");
	free(out);
	/* An edit that would not read back as meant is not given. */
	assert_null(ended_in("      - {script: x, to: [2027-01-01]}\n", "x",
			     SCHED_EDIT_ODD));
	/* A rotation in a flow mapping is still not a single entry. */
	ended_in("      - {rotate: [x, z]}\n", "x", SCHED_EDIT_NO_ENTRY);
	/* A never-aired one is removed whole, the next item kept. */
	{
		static const char text[] = "slots:\n  - id: a\n    play:\n"
			"      - {script: x,\n"
			"          from: 2027-01-04}   # later\n"
			"      - y\n";
		struct loa_error err;
		unsigned at;
		size_t len;

		assert_int_equal(sched_remove_entry("s.yaml", text,
				 strlen(text), "a", 4, "x", &out, &len, &at,
				 &err), SCHED_EDIT_OK);
		assert_string_equal(out, "slots:\n  - id: a\n    play:\n"
				    "      - y\n");
		free(out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indented),
		cmocka_unit_test(test_indentless_last),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_remove),
		cmocka_unit_test(test_end),
		cmocka_unit_test(test_end_flow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
