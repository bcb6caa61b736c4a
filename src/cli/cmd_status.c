/*
 * loa status: what the daemon has on air, what comes next, and the last
 * problems from its event log.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "air_cli.h"
#include "cmd_common.h"
#include "commands.h"
#include "core/clock.h"
#include "loa/air.h"
#include "loa/asrun.h"
#include "project.h"
#include "trust_cli.h"

struct shown {
	size_t width;          /* of the widest kind, in columns */
	int vi;                /* times as the On air page writes them */
};

/* A time as ISO 8601 (to the second), or as a Vietnamese reader writes
 * it in Asia/Ho_Chi_Minh, "07:00:00 01/12/2026", as the page does. */
static const char *when(const char *iso, int vi, char buf[32])
{
	if (vi)
		return clock_when_vi(iso, buf, 32);
	snprintf(buf, 32, "%.19s", iso ? iso : "");
	return buf;
}

/* The widest kind shown, in the reader's words, into ctx. */
static int kind_width(void *ctx, const struct loa_air_event *e)
{
	struct shown *sh = ctx;
	size_t w = loa_text_width(loa_air_event_kind(e->kind));

	if (w > sh->width)
		sh->width = w;
	return 0;
}

/* An event in the reader's language (LANG), its kind padded by columns. */
static int print_event(void *ctx, const struct loa_air_event *e)
{
	struct shown *sh = ctx;
	char text[1600], at[32];

	printf("  %s ", when(e->at, sh->vi, at));
	loa_text_pad(stdout, loa_air_event_kind(e->kind), sh->width + 1);
	printf("%s\n", loa_air_event_text(e, text, sizeof(text)));
	return 0;
}

/* The daemon's status lines in the reader's language (LANG). */
static void print_status(char *text, int vi)
{
	const char *f[LOA_AIR_LINE_FIELDS];
	char *line, *next, at[32];

	for (line = text; line && *line; line = next) {
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		switch (loa_air_status_line(line, f)) {
		case LOA_AIR_OFF:
			fputs(_("off air\n"), stdout);
			break;
		case LOA_AIR_NOTHING:
			fputs(_("on air: nothing\n"), stdout);
			break;
		case LOA_AIR_ITEM:
			printf(_("on air since %s: %s (%s), slot %s\n"),
			       when(f[0], vi, at), f[1], f[2], f[3]);
			break;
		case LOA_AIR_BULLETIN:
			printf(strcmp(f[1], "emergency") ?
			       _("on air since %s: priority bulletin by %s%s%s\n") :
			       _("on air since %s: emergency bulletin by %s%s%s\n"),
			       when(f[0], vi, at), f[2], *f[3] ? ": " : "",
			       f[3]);
			break;
		case LOA_AIR_NEXT_ITEM:
			printf(_("next: %s %s (%s), slot %s\n"),
			       when(f[0], vi, at), f[1], f[2], f[3]);
			break;
		case LOA_AIR_NEXT_REAIR:
			printf(_("next: priority bulletin by %s%s%s, again from "
				 "its start\n"), f[0], *f[1] ? ": " : "", f[1]);
			break;
		case LOA_AIR_NEXT_NONE:
			fputs(_("next: nothing in the weeks built\n"), stdout);
			break;
		default:
			printf("%s\n", line);
		}
	}
}

int cmd_status(int argc, char **argv)
{
	const char *db_opt = NULL, *root = cli_project_root(), *spool_opt = NULL;
	char spool[PATH_MAX], *text;
	long pid;
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	int i, code, limit = 10;
	/* Scripts read ISO times: only a Vietnamese reader gets the page's. */
	struct shown sh = { 8, loa_i18n_vietnamese() };

	for (i = 1; i < argc; i++) {
		const char **slot = !strcmp(argv[i], "--root") ? &root :
			!strcmp(argv[i], "--spool") ? &spool_opt : NULL;

		if ((code = trust_cli_db_option(&db_opt, "status", argc, argv,
						&i)) < 0)
			return 2;
		if (code)
			continue;
		if (!strcmp(argv[i], "--iso")) {
			sh.vi = 0;
			continue;
		}
		if (!slot)
			return cli_usage("status", "unknown argument '%s'",
					 argv[i]);
		if (!(*slot = cli_value("status", argc, argv, &i)))
			return 2;
	}
	air_cli_spool(spool_opt, root, spool, sizeof(spool));
	loa_error_clear(&err);
	if ((status = loa_air_state(spool, &text, &pid, &err)))
		return cli_fail(status, &err);
	if (text)
		print_status(text, sh.vi);
	else
		printf(_("no daemon has run with the spool folder '%s'\n"),
		       spool);
	free(text);
	if (pid)
		printf(_("daemon: running (process %ld)\n"), pid);
	else
		fputs(_("daemon: not running\n"), stdout);
	if ((code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	fputs(_("last events:\n"), stdout);
	loa_error_clear(&err);
	if (!(status = loa_air_events(db, NULL, limit, kind_width, &sh,
				      &err)))
		status = loa_air_events(db, NULL, limit, print_event, &sh,
					&err);
	loa_db_close(&db);
	return status ? cli_fail(status, &err) : 0;
}
