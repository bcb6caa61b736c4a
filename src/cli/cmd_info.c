/*
 * loa info FILE...: what an existing broadcast file is: its length,
 * loudness and true peak, its tags, whether it carries the synthetic-voice
 * mark, and whether its audio is approved in the station database (matched
 * by its MPEG frames, so a build's date tag does not matter).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/approval.h"
#include "loa/audio.h"
#include "project.h"
#include "trust_cli.h"

/* The approval rows whose audio is this file's: the latest one wins. */
struct match {
	const char *frames_sha;
	long long id, revoked;
	char what[512];
};

static int match_row(void *ctx, const struct loa_approval *a,
		     long long revoked)
{
	struct match *m = ctx;

	if (strcmp(a->kind, "approve") || !a->frames_sha ||
	    strcmp(a->frames_sha, m->frames_sha))
		return 0;
	m->id = a->id;
	m->revoked = revoked;
	snprintf(m->what, sizeof(m->what), _("%s for %s, approved by %s at %s"),
		 a->script_id ? a->script_id : "-",
		 a->commune_id ? a->commune_id : "-", a->by, a->at);
	return 0;
}

static void print_approval(struct loa_db *db, const char *db_path,
			   const char *path)
{
	struct match m = { 0 };
	struct loa_error err;
	char hex[65];

	loa_error_clear(&err);
	if (!db) {
		printf(_("  approval:   unknown (no station database at %s)\n"),
		       db_path);
		return;
	}
	if (loa_audio_frames_sha256(path, hex, &err) ||
	    (m.frames_sha = hex, loa_approvals_each(db, NULL, NULL, match_row,
						    &m, &err))) {
		printf(_("  approval:   unknown (%s)\n"), err.msg);
		return;
	}
	if (!m.id)
		printf("%s\n", _("  approval:   not approved (no approval in the "
			       "station database has this audio)"));
	else if (m.revoked)
		printf(_("  approval:   withdrawn (approval %lld, withdrawn by "
			 "row %lld): %s\n"), m.id, m.revoked, m.what);
	else
		printf(_("  approval:   in force (approval %lld): %s\n"), m.id,
		       m.what);
}

/* One file; 0, or 1 when it is not audio Loa can read. */
static int info_one(const char *path, struct loa_db *db, const char *db_path)
{
	struct loa_audio_stats st;
	struct loa_error err;
	char *tags = NULL, *line, *next, hms[32];
	const char *mark = NULL;
	loa_status status;

	loa_error_clear(&err);
	if ((status = loa_audio_measure(path, 48000, &st, &err)) ||
	    (status = loa_audio_tags(path, &tags, &err)))
		return cli_fail(status, &err);
	cli_hms(st.seconds, hms);
	printf("%s\n", path);
	printf(_("  duration:   %s (%.1f s)\n"), hms, st.seconds);
	printf(_("  loudness:   %.1f LUFS, true peak %.1f dBTP\n"),
	       st.integrated_lufs, st.true_peak_db);
	for (line = tags; line && *line; line = next) {
		next = strchr(line, '\n');
		*next++ = '\0';
		printf(_("  tag:        %s\n"), line);
		if (!strncmp(line, "AI_GENERATED=", 13))
			mark = line + 13;
	}
	if (mark)
		printf(_("  synthetic voice: marked (%s)\n"), mark);
	else
		printf("%s\n", _("  synthetic voice: NOT marked (no AI_GENERATED "
			       "tag): do not air it as Loa's"));
	print_approval(db, db_path, path);
	free(tags);
	return 0;
}

int cmd_info(int argc, char **argv)
{
	const char *db_opt = NULL, *root = cli_project_root();
	struct loa_db *db = NULL;
	char db_path[PATH_MAX];
	int i, n = 0, code = 0, used, info_shown = 0;

	for (i = 1; i < argc; i++) {
		if ((used = trust_cli_db_option(&db_opt, "info", argc, argv,
						&i)) < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--root")) {
			if (!(root = cli_value("info", argc, argv, &i)))
				return 2;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cli_usage("info", "unknown option '%s'", argv[i]);
		} else {
			n++;
		}
	}
	if (!n)
		return cli_usage("info", "which files?");
	trust_cli_db_path(db_opt, root, db_path, sizeof(db_path));
	if (!access(db_path, F_OK) && (code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--db") || !strcmp(argv[i], "--root")) {
			i++;
			continue;
		}
		if (n > 1 && info_shown++)
			putchar('\n');
		if (info_one(argv[i], db, db_path))
			code = 1;
	}
	loa_db_close(&db);
	return code;
}
