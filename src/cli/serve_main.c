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
#include "commands.h"

const char *cli_synopsis(const char *command)
{
	(void)command;
	return cli_serve_synopsis;
}

int main(int argc, char **argv)
{
	return cli_program_main(argc, argv, "serve", cmd_serve_run);
}
