/*
 * loa bulletin: approves a bulletin in the submitter's name and hands it
 * to the running daemon through its spool (loa/air.h).
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "air_cli.h"
#include "cmd_common.h"
#include "commands.h"
#include "loa/air.h"
#include "loa/approval.h"
#include "loa/audio.h"
#include "loa/script.h"
#include "project.h"
#include "trust_cli.h"

struct bulletin {
	struct loa_air_bulletin b;
	const char *path, *root, *db_opt, *spool_opt, *every, *at;
	char spool[PATH_MAX], commune[128], schedule[4096];
	char script_id[80], audio[PATH_MAX];
	struct loa_db *db;
};

static const char **text_option(struct bulletin *bu, const char *opt)
{
	return !strcmp(opt, "--priority") ? &bu->b.tier :
		!strcmp(opt, "--by") ? &bu->b.by :
		!strcmp(opt, "--zones") ? &bu->b.zones :
		!strcmp(opt, "--title") ? &bu->b.title :
		!strcmp(opt, "--root") ? &bu->root :
		!strcmp(opt, "--spool") ? &bu->spool_opt :
		!strcmp(opt, "--every") ? &bu->every :
		!strcmp(opt, "--at") ? &bu->at : NULL;
}

static int check_values(struct bulletin *bu, const char *repeat)
{
	if (!bu->path)
		return cli_usage("bulletin", "which bulletin? (an audio FILE or "
				 "a SCRIPT)");
	if (!bu->b.tier || (strcmp(bu->b.tier, "emergency") &&
			    strcmp(bu->b.tier, "priority")))
		return cli_usage("bulletin", "--priority emergency or "
				 "--priority priority");
	if (!bu->b.by || !*bu->b.by)
		return cli_usage("bulletin", "who submits it? (--by NAME)");
	bu->b.repeat = 1;
	if (repeat && cli_parse_int(repeat, 1, 100, &bu->b.repeat))
		return cli_usage("bulletin", "--repeat: from 1 to 100");
	if (bu->b.repeat > 1 && !bu->every)
		return cli_usage("bulletin", "--repeat needs --every TIME");
	if (bu->every && air_cli_seconds(bu->every, 86400, &bu->b.every_s))
		return cli_usage("bulletin", "--every: a time like 10m");
	if (bu->at && air_cli_time(bu->at, &bu->b.at_ms))
		return cli_usage("bulletin", "--at: a local time like "
				 "2026-12-03T06:00:00");
	return 0;
}

static int parse(struct bulletin *bu, int argc, char **argv)
{
	const char **slot, *repeat = NULL;
	int i, code;

	for (i = 1; i < argc; i++) {
		if ((code = trust_cli_db_option(&bu->db_opt, "bulletin", argc,
						argv, &i)) < 0)
			return 2;
		if (code)
			continue;
		slot = !strcmp(argv[i], "--repeat") ? &repeat :
			text_option(bu, argv[i]);
		if (slot) {
			if (!(*slot = cli_value("bulletin", argc, argv, &i)))
				return 2;
		} else if ((code = cli_operand("bulletin", argv[i], &bu->path,
					       "one bulletin at a time"))) {
			return code;
		}
	}
	return check_values(bu, repeat);
}

static int is_script(const char *path)
{
	const char *ext = strrchr(path, '.');

	return ext && (!strcmp(ext, ".yaml") || !strcmp(ext, ".yml"));
}

/* A SCRIPT: approved as 'loa approve' does, then its render is aired. */
static int approve_script(struct bulletin *bu)
{
	const char *root = bu->root ? bu->root : ".";
	char *args[] = { (char *)"approve", (char *)bu->path,
			 (char *)"--commune", bu->schedule, (char *)"--by",
			 (char *)bu->b.by, (char *)"--db", NULL, (char *)"--root",
			 (char *)root, (char *)"-q", NULL };
	char db_path[PATH_MAX];
	struct loa_approval ap;
	struct loa_script *s = NULL;
	struct loa_error err;
	loa_status status;
	int code;

	snprintf(db_path, sizeof(db_path), "%s", loa_db_path(bu->db));
	args[7] = db_path;
	if ((code = cmd_approve(11, args)))
		return code;
	loa_error_clear(&err);
	memset(&ap, 0, sizeof(ap));
	if ((status = loa_script_load(&s, bu->path, root, &err)) ||
	    (status = loa_approval_latest(bu->db, bu->commune, s->id, &ap,
					  &err))) {
		loa_script_free(&s);
		return cli_fail(status, &err);
	}
	snprintf(bu->script_id, sizeof(bu->script_id), "%s", s->id);
	snprintf(bu->audio, sizeof(bu->audio), "%s/.loa/approved/%s.mp3",
		 root, ap.fingerprint ? ap.fingerprint : "");
	if (!bu->b.title)
		bu->b.title = strdup(s->title);
	bu->b.approval = ap.id;
	loa_approval_release(&ap);
	loa_script_free(&s);
	return 0;
}

/* An audio FILE: refused unless it decodes, approved as it is. */
static int approve_file(struct bulletin *bu)
{
	struct loa_approval row;
	struct loa_pcm pcm = { 0 };
	struct loa_error err;
	loa_status status;
	int code = 0;

	loa_error_clear(&err);
	if ((status = loa_audio_load(bu->path, 44100, &pcm, &err))) {
		cli_error("%s: not an audio file Loa can air (%s)", bu->path,
			  err.msg);
		return 1;
	}
	loa_pcm_release(&pcm);
	memset(&row, 0, sizeof(row));
	if ((status = loa_approval_set_audio(&row, bu->path, &err)))
		return cli_fail(status, &err);
	snprintf(bu->script_id, sizeof(bu->script_id), "bulletin-%.12s",
		 row.audio_sha);
	if (!(row.kind = strdup("approve")) || !(row.by = strdup(bu->b.by)) ||
	    !(row.note = strdup(bu->b.tier)) ||
	    !(row.script_id = strdup(bu->script_id)) ||
	    !(row.script_file = strdup(bu->path)) ||
	    !(row.script_sha = strdup(row.audio_sha)) ||
	    !(row.commune_id = strdup(bu->commune)) ||
	    !(row.settings = strdup("bulletin: an audio file aired as it is")) ||
	    !(row.fingerprint = strdup(bu->script_id)))
		code = cli_fail(LOA_ENOMEM, NULL);
	else if ((status = loa_approvals_append(bu->db, &row, 1, &err)))
		code = cli_fail(status, &err);
	bu->b.approval = row.id;
	snprintf(bu->audio, sizeof(bu->audio), "%s", bu->path);
	loa_approval_release(&row);
	return code;
}

int cmd_bulletin(int argc, char **argv)
{
	struct bulletin bu;
	struct loa_error err;
	loa_status status;
	const char *title;
	int code;

	memset(&bu, 0, sizeof(bu));
	bu.root = cli_project_root();
	if ((code = parse(&bu, argc, argv)))
		return code;
	title = bu.b.title;
	air_cli_spool(bu.spool_opt, bu.root, bu.spool, sizeof(bu.spool));
	loa_error_clear(&err);
	if ((status = loa_air_station(bu.spool, bu.commune, bu.schedule, &err)))
		return cli_fail(status, &err);
	if ((code = trust_cli_open(&bu.db, bu.db_opt, bu.root, 1)))
		return code;
	code = is_script(bu.path) ? approve_script(&bu) : approve_file(&bu);
	if (!code) {
		bu.b.audio = bu.audio;
		bu.b.source = bu.path;
		bu.b.script_id = bu.script_id;
		if ((status = loa_air_bulletin_submit(bu.spool, &bu.b, &err)))
			code = cli_fail(status, &err);
		else
			printf(_("%s bulletin handed to the daemon for %s "
				 "(approval %lld by %s)\n"), bu.b.tier,
			       bu.commune, bu.b.approval, bu.b.by);
	}
	if (bu.b.title != title)
		free((char *)bu.b.title);
	loa_db_close(&bu.db);
	return code;
}
