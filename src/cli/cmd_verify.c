/*
 * loa verify: walks the approvals' hash chain and prints its head; with
 * DIR, also re-hashes every built segment against its manifest and the
 * approval in force for its commune (docs/approvals.md).
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/csvread.h"
#include "core/hash.h"
#include "loa/approval.h"
#include "loa/asrun.h"
#include "sched/manifest.h"
#include "trust_cli.h"
#include "project.h"

#define MANIFEST_MAX (64L << 20)


struct verify_dir {
	struct loa_db *db;
	long segments, differ;
};

static void differs(struct verify_dir *v, const char *file, const char *why)
{
	printf("%s: %s\n", file, why);
	v->differ++;
}

static int check_segment(struct verify_dir *v, const char *dir,
			 char *col[MANIFEST_N_COL])
{
	char path[PATH_MAX], sha[65], frames[65];
	struct loa_error err;
	long long id;
	loa_status status;

	v->segments++;
	if (snprintf(path, sizeof(path), "%s/%s", dir, col[MANIFEST_FILE]) >=
	    (int)sizeof(path)) {
		differs(v, dir, _("a file name too long"));
		return 0;
	}
	loa_error_clear(&err);
	if (strchr(col[MANIFEST_FILE], '/') ||
	    hash_file_sha256(path, sha, &err) ||
	    loa_audio_frames_sha256(path, frames, &err)) {
		differs(v, path, _("missing or unreadable"));
		return 0;
	}
	if (strcmp(sha, col[MANIFEST_SHA]))
		differs(v, path, _("differs from its manifest (replaced or "
				   "changed after the build)"));
	status = loa_approval_find_audio(v->db, col[MANIFEST_COMMUNE],
					 col[MANIFEST_SCRIPT], frames, &id,
					 &err);
	if (status)
		return cli_fail(status, &err);
	if (!id)
		differs(v, path, _("its audio is not the audio approved for "
				   "this commune and script (no approval in "
				   "force)"));
	return 0;
}

/* 1 when name ends in .mp3 and is not a draft (which no manifest lists). */
static int is_segment_name(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && !strcmp(name + n - 4, ".mp3") &&
	       strncmp(name, "DRAFT_", 6) && name[0] != '.';
}

/*
 * Names every segment-like file in dir that manifest (the whole text,
 * unquoted file names one per record) does not list: a file slipped into
 * a week folder after the build would otherwise go unnoticed.
 */
static void check_unlisted(struct verify_dir *v, const char *dir,
			   const char *listed)
{
	char path[PATH_MAX], needle[NAME_MAX + 3];
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (!is_segment_name(e->d_name) ||
		    snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >=
		    (int)sizeof(path))
			continue;
		snprintf(needle, sizeof(needle), "/%s\n", e->d_name);
		if (!strstr(listed, needle))
			differs(v, path, _("not in the week's manifest (not "
					   "placed by loa build)"));
	}
	closedir(d);
}

/* Every segment of one DIR/COMMUNE/WEEK/manifest.csv. */
static int check_manifest(struct verify_dir *v, const char *dir)
{
	char path[PATH_MAX], *text, *p, *col[MANIFEST_N_COL];
	char *listed = NULL, *grown;
	size_t used = 0;
	int code = 0;

	if (snprintf(path, sizeof(path), "%s/manifest.csv", dir) >=
	    (int)sizeof(path) || !(text = csv_slurp(path, MANIFEST_MAX, NULL)))
		return 0; /* not a built week */
	p = text + (strncmp(text, "\xEF\xBB\xBF", 3) ? 0 : 3);
	csv_record(&p, col, MANIFEST_N_COL); /* the header */
	while (*p && !code) {
		if (csv_record(&p, col, MANIFEST_N_COL) < MANIFEST_N_COL) {
			differs(v, path, _("a row with missing columns"));
			continue;
		}
		code = check_segment(v, dir, col);
		/* "/name\n" for each listed file, for check_unlisted. */
		size_t name_len = strlen(col[MANIFEST_FILE]);

		if (!(grown = realloc(listed, used + name_len + 3))) {
			code = cli_fail(LOA_ENOMEM, NULL);
			break;
		}
		listed = grown;
		used += (size_t)snprintf(listed + used, name_len + 3, "/%s\n",
					 col[MANIFEST_FILE]);
	}
	if (!code)
		check_unlisted(v, dir, listed ? listed : "");
	free(listed);
	free(text);
	return code;
}

/* Calls check_manifest on every DIR/X/Y folder (X not hidden). */
static int walk_build(struct verify_dir *v, const char *root, int depth)
{
	char path[PATH_MAX];
	struct dirent *e;
	int code = 0;
	DIR *d = opendir(root);

	if (!d)
		return 0;
	while (!code && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (snprintf(path, sizeof(path), "%s/%s", root, e->d_name) >=
		    (int)sizeof(path))
			continue;
		code = depth ? check_manifest(v, path) :
			walk_build(v, path, 1);
	}
	closedir(d);
	return code;
}

static int verify_build(struct loa_db *db, const char *dir)
{
	struct verify_dir v = { db, 0, 0 };
	int code;
	DIR *d = opendir(dir);

	if (!d) {
		cli_error("cannot open the build folder '%s'", dir);
		return 1;
	}
	closedir(d);
	if ((code = walk_build(&v, dir, 0)))
		return code;
	printf(_("%s: %ld segments, %ld differ\n"), dir, v.segments, v.differ);
	return v.differ ? 1 : 0;
}

/* Walks one chain of db and prints its head, or names its first bad row. */
static int verify_chain(struct loa_db *db, const char *what,
			loa_status (*verify)(struct loa_db *,
					     struct loa_chain_report *,
					     struct loa_error *))
{
	struct loa_chain_report r;
	struct loa_error err;
	loa_status status;

	loa_error_clear(&err);
	if ((status = verify(db, &r, &err)))
		return cli_fail(status, &err);
	if (r.bad_id) {
		cli_error("%s: %s: row %lld does not match: %s",
			  loa_db_path(db), _(what), r.bad_id, r.why);
		return 1;
	}
	printf(_("%s: %lld rows, chain intact, head %s\n"), _(what), r.rows,
	       r.head);
	return 0;
}

int cmd_verify(int argc, char **argv)
{
	const char *dir = NULL, *db_opt = NULL, *root = cli_project_root();
	struct loa_db *db = NULL;
	int i, code;

	for (i = 1; i < argc; i++) {
		int used = trust_cli_db_option(&db_opt, "verify", argc, argv, &i);

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--root")) {
			if (!(root = cli_value("verify", argc, argv, &i)))
				return 2;
		} else if ((code = cli_operand("verify", argv[i], &dir,
					       "one build folder at a time"))) {
			return code;
		}
	}
	if ((code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	code = verify_chain(db, N_("approvals"), loa_approvals_verify);
	if (!code)
		code = verify_chain(db, N_("as-run log"), loa_asrun_verify);
	if (!code && dir)
		code = verify_build(db, dir);
	loa_db_close(&db);
	return code;
}
