/* loa check: validate scripts, profiles, schedules and lexicons. */
#include <stdio.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/normalize.h"
#include "loa/commune.h"
#include "loa/schedule.h"
#include "loa/script.h"
#include "core/yamldoc.h"

enum file_kind {
	KIND_UNKNOWN, KIND_SCRIPT, KIND_PROFILE, KIND_LEXICON, KIND_SCHEDULE
};

static enum file_kind guess_kind(const struct yd_doc *doc)
{
	if (!doc->root || doc->root->kind != YD_MAP)
		return KIND_UNKNOWN;
	if (yd_map_get(doc->root, "parts"))
		return KIND_SCRIPT;
	if (yd_map_get(doc->root, "slots") || yd_map_get(doc->root, "template"))
		return KIND_SCHEDULE;
	if (yd_map_get(doc->root, "police_phone") ||
	    yd_map_get(doc->root, "kind"))
		return KIND_PROFILE;
	if (yd_map_get(doc->root, "lexicon"))
		return KIND_LEXICON;
	return KIND_UNKNOWN;
}

static loa_status check_file(const char *path, const char *root,
			     const char **what, struct loa_error *err)
{
	struct loa_script *script = NULL;
	struct loa_commune *profile = NULL;
	struct loa_lexicon *lexicon = NULL;
	struct loa_schedule_set *set = NULL;
	struct yd_doc doc;
	loa_status status = yd_load_file(&doc, path, err);

	*what = "file";
	if (status)
		return status;
	switch (guess_kind(&doc)) {
	case KIND_SCRIPT:
		*what = "script";
		status = loa_script_load(&script, path, root, err);
		if (!status)
			status = loa_script_check_vars(script, err);
		if (!status)
			status = loa_script_check_assets(script, err);
		break;
	case KIND_PROFILE:
		*what = "commune profile";
		status = loa_commune_load(&profile, path, err);
		break;
	case KIND_LEXICON:
		*what = "lexicon";
		status = loa_lexicon_load(&lexicon, path, err);
		break;
	case KIND_SCHEDULE:
		*what = "schedule";
		status = loa_schedule_set_new(&set, root, err);
		if (!status)
			status = loa_schedule_load(set, path, err);
		break;
	default:
		status = yd_error(&doc, doc.root, err,
				  "not a campaign script, commune profile, "
				  "schedule or lexicon (no 'parts', 'kind', "
				  "'slots', 'template' or 'lexicon' key)");
	}
	yd_release(&doc);
	loa_script_free(&script);
	loa_commune_free(&profile);
	loa_lexicon_free(&lexicon);
	loa_schedule_set_free(&set);
	return status;
}

int cmd_check(int argc, char **argv)
{
	const char *root = ".";
	int i, files = 0, worst = 0;

	for (i = 1; i < argc; i++) {
		const char *what;
		struct loa_error err;
		loa_status status;
		int code;

		if (!strcmp(argv[i], "--root")) {
			if (!(root = cli_value("check", argc, argv, &i)))
				return 2;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage("check", "unknown option '%s'", argv[i]);
		files++;
		loa_error_clear(&err);
		status = check_file(argv[i], root, &what, &err);
		if (!status) {
			printf("%s: ok (%s)\n", argv[i], what);
			continue;
		}
		code = cli_fail(status, &err);
		if (code > worst)
			worst = code;
	}
	if (!files)
		return cli_usage("check", "which files?");
	return worst;
}
