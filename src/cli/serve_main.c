/*
 * loa-serve: the web page's server as a program of its own (docs/web.md,
 * "Memory"), so that a station PC keeps in memory only what the pages
 * need: libmicrohttpd, SQLite, the schedule, trust and report layers,
 * not FFmpeg, eSpeak NG or libsndfile.  The pages that render or check
 * a script (Scripts' check, Listen and Save, Approve, the Bulletin form)
 * run in a worker, 'loa serve-worker', started on demand
 * (src/web/forward.c).  'loa serve' runs this program (cmd_serve); the
 * systemd unit starts it directly.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "core/i18n.h"
#include "project.h"

const char *cli_synopsis(const char *command)
{
	(void)command;
	return cli_serve_synopsis;
}

int main(int argc, char **argv)
{
	char **args;
	int status, n_args = 0, i;

	loa_i18n_init();
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			printf(_("usage: %s\n"), _(cli_synopsis("serve")));
			return 0;
		}
	if (cli_config_load())
		return 1;
	if (!(args = cli_split_long_options(argc, argv, &n_args))) {
		cli_error("out of memory");
		return 3;
	}
	status = cmd_serve_run(n_args, args);
	cli_free_split(args, n_args);
	if (fflush(stdout) && !status)
		status = 3;
	return status;
}
