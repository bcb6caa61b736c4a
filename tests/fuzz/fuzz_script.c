/*
 * A campaign script loaded against the source tree (so that its audio
 * paths resolve), its variables checked, each say: text expanded for a
 * bundled commune and normalised: the text path of a render, without
 * speech.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "loa/commune.h"
#include "loa/normalize.h"
#include "loa/script.h"

static struct loa_commune *profile;

static void say_part(const struct loa_script *s, const struct loa_part *p)
{
	struct loa_error err;
	char *text = NULL, *spoken = NULL;

	loa_error_clear(&err);
	if (!loa_template_expand(p->text, s->file, p->line, p->column, profile,
				 &text, &err))
		loa_normalize(text, strlen(text), NULL, &spoken, &err);
	free(spoken);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file("script.yaml", data, size);
	struct loa_script *s = NULL;
	struct loa_error err;
	size_t i;

	loa_error_clear(&err);
	if (!profile && loa_commune_load(&profile, LOA_FUZZ_ROOT
					 "/schedules/communes/tien-minh.yaml",
					 &err))
		abort(); /* the bundled profile must load */
	if (!path || loa_script_load(&s, path, LOA_FUZZ_ROOT, &err))
		return 0;
	loa_script_check_vars(s, &err);
	for (i = 0; i < s->n_parts; i++)
		if (s->parts[i].kind == LOA_PART_SAY)
			say_part(s, &s->parts[i]);
	loa_script_free(&s);
	return 0;
}
