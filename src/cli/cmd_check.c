/*
 * loa check: validate scripts, profiles, schedules and lexicons, and
 * report every finding of each file, errors first, as
 * "file:line:column: error|warning: message".
 */
#include <stdio.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/guard.h"
#include "loa/normalize.h"
#include "loa/commune.h"
#include "loa/policy.h"
#include "loa/schedule.h"
#include "loa/script.h"
#include "core/yamldoc.h"
#include "project.h"

enum file_kind {
	KIND_UNKNOWN, KIND_SCRIPT, KIND_PROFILE, KIND_LEXICON, KIND_SCHEDULE,
	KIND_POLICY
};

/* What every file is checked against. */
struct check_ctx {
	const char *root;
	const struct loa_commune *commune;  /* --commune, or NULL */
	struct loa_allowlist *allow;
	struct loa_policy *policy;          /* ROOT/schedules/policy.yaml */
	struct render_cli rc;               /* the lexicons, as a render has */
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
	if (yd_map_get(doc->root, "policy"))
		return KIND_POLICY;
	return KIND_UNKNOWN;
}

/* The script's own checks, then its numbers (loa/guard.h). */
static loa_status check_script(struct check_ctx *c, const char *path,
			       struct loa_diag *diag, struct loa_error *err)
{
	return loa_script_check_file(path, c->root, c->commune, c->allow,
				     &c->rc.norm, diag, err);
}

/*
 * A copied script that keeps the old id renders under the old name and
 * is the one a schedule plays: say so at the id.
 */
static void check_id(const struct yd_doc *doc, const char *path,
		     struct loa_diag *diag)
{
	const struct yd_node *id = yd_map_get(doc->root, "id");
	const char *base = strrchr(path, '/');
	size_t n;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (!id || id->kind != YD_SCALAR || n < 6 ||
	    strcmp(base + n - 5, ".yaml") ||
	    (strlen(id->text) == n - 5 && !strncmp(id->text, base, n - 5)))
		return;
	loa_diag_add(diag, LOA_SEV_WARNING, path, id->line, id->column,
		     "the id '%s' is not the file's name '%.*s': it renders "
		     "and is scheduled as '%s'; give it the id '%.*s', or "
		     "rename the file", id->text, (int)(n - 5), base, id->text,
		     (int)(n - 5), base);
}

/* A schedule, then each of its communes against the policy. */
static loa_status check_schedule(struct check_ctx *c, const char *path,
				 struct loa_schedule_set **set,
				 struct loa_diag *diag, struct loa_error *err)
{
	size_t before = loa_diag_count(diag, LOA_SEV_ERROR), i;
	loa_status status;

	status = loa_schedule_set_new(set, c->root, err);
	if (!status)
		status = loa_schedule_load(*set, path, err);
	if (status)
		return loa_diag_keep(diag, before, status, err);
	for (i = 0; i < (*set)->n; i++) {
		struct loa_error e;
		loa_status rc = loa_policy_check(c->policy, (*set)->items[i],
						 diag, &e);

		if (rc && !status) {
			status = rc;
			*err = e;
		}
	}
	return status;
}

static loa_status check_file(struct check_ctx *c, const char *path,
			     const char **what, struct loa_diag *diag)
{
	struct loa_commune *profile = NULL;
	struct loa_lexicon *lexicon = NULL;
	struct loa_schedule_set *set = NULL;
	struct loa_policy *policy = NULL;
	size_t before = loa_diag_count(diag, LOA_SEV_ERROR);
	struct loa_error err;
	struct yd_doc doc;
	loa_status status;

	*what = _("file");
	loa_error_clear(&err);
	if ((status = yd_load_file(&doc, path, &err)))
		return loa_diag_keep(diag, before, status, &err);
	switch (guess_kind(&doc)) {
	case KIND_SCRIPT:
		*what = _("script");
		status = check_script(c, path, diag, &err);
		check_id(&doc, path, diag);
		break;
	case KIND_PROFILE:
		*what = _("commune profile");
		status = loa_commune_load_all(&profile, path, diag, &err);
		loa_guard_examples(profile, diag);
		break;
	case KIND_LEXICON:
		*what = _("lexicon");
		status = loa_lexicon_load(&lexicon, path, &err);
		break;
	case KIND_SCHEDULE:
		*what = _("schedule");
		status = check_schedule(c, path, &set, diag, &err);
		break;
	case KIND_POLICY:
		*what = _("broadcast policy");
		status = loa_policy_load(&policy, path, &err);
		break;
	default:
		status = yd_error(&doc, doc.root, &err,
				  "not a campaign script, commune profile, "
				  "schedule or lexicon (no 'parts', 'kind', "
				  "'slots', 'template' or 'lexicon' key)");
	}
	yd_release(&doc);
	loa_commune_free(&profile);
	loa_lexicon_free(&lexicon);
	loa_schedule_set_free(&set);
	loa_policy_free(&policy);
	return loa_diag_keep(diag, before, status, &err);
}

/* Loads --commune, the lexicons and the allowlist; an exit code. */
static int check_setup(struct check_ctx *c, const char *commune_path,
		       struct loa_commune **commune)
{
	struct loa_error err;
	loa_status status;
	int code;

	loa_error_clear(&err);
	c->rc.opt.root = c->root;
	if (commune_path &&
	    (status = loa_commune_load(commune, commune_path, &err)))
		return cli_fail(status, &err);
	c->commune = *commune;
	if ((code = render_cli_lexicons(&c->rc, *commune)))
		return code;
	if ((status = loa_allowlist_load_project(&c->allow, c->root, &err)) ||
	    (status = loa_policy_load_project(&c->policy, c->root, &err)))
		return cli_fail(status, &err);
	return 0;
}

static int check_one(struct check_ctx *c, const char *path)
{
	struct loa_diag diag;
	loa_status status;
	const char *what;
	int code;

	loa_diag_init(&diag);
	status = check_file(c, path, &what, &diag);
	cli_print_findings(&diag);
	code = loa_diag_count(&diag, LOA_SEV_ERROR) ? 1 : 0;
	if (status && status != LOA_EINPUT)
		code = loa_exit_code(status);
	else if (!code)
		printf(_("%s: ok (%s)\n"), path, what);
	loa_diag_release(&diag);
	return code;
}

int cmd_check(int argc, char **argv)
{
	struct loa_commune *commune = NULL;
	const char *commune_path = NULL;
	struct check_ctx c;
	int i, files = 0, worst = 0;

	memset(&c, 0, sizeof(c));
	render_cli_init(&c.rc);
	c.root = cli_project_root();
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--root") || !strcmp(argv[i], "--commune")) {
			const char *opt = argv[i];
			const char *v = cli_value("check", argc, argv, &i);

			if (!v)
				return 2;
			if (!strcmp(opt, "--root"))
				c.root = v;
			else
				commune_path = v;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cli_usage("check", "unknown option '%s'", argv[i]);
		} else {
			files++;
		}
	}
	if (!files)
		return cli_usage("check", "which files?");
	if ((worst = check_setup(&c, commune_path, &commune)))
		goto out;
	for (i = 1; i < argc; i++) {
		int code;

		if (!strcmp(argv[i], "--root") || !strcmp(argv[i], "--commune")) {
			i++;
			continue;
		}
		code = check_one(&c, argv[i]);
		if (code > worst)
			worst = code;
	}
out:
	loa_allowlist_free(&c.allow);
	loa_policy_free(&c.policy);
	loa_commune_free(&commune);
	render_cli_release(&c.rc);
	return worst;
}
