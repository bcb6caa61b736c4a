/*
 * loa serve-worker (not listed): the pages of the web server that render
 * or check a script, for loa-serve, which starts it with its socket as
 * standard input and the project folder as the current one
 * (src/web/worker.c).  Nobody types it.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/web.h"

int cmd_serve_worker(int argc, char **argv)
{
	struct loa_serve_options opt;
	struct loa_error err;
	loa_status status;
	int i;

	loa_serve_options_init(&opt);
	for (i = 1; i < argc; i++) {
		const char *v;

		if (strcmp(argv[i], "--db") && strcmp(argv[i], "--spool"))
			return cli_usage("serve", "unknown option '%s'", argv[i]);
		if (!(v = cli_value("serve", argc, argv, &i)))
			return 2;
		if (!strcmp(argv[i - 1], "--db"))
			opt.db_path = v;
		else
			opt.spool = v;
	}
	/* A render cut short by Ctrl-C leaves no temporary file. */
	cli_signals_remove_temps();
	/* Nothing but the answers goes to the socket. */
	if (dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
		return 3;
	loa_error_clear(&err);
	if ((status = loa_serve_worker(STDIN_FILENO, &opt, &err)))
		return cli_fail(status, &err);
	return 0;
}
