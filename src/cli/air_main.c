/*
 * loa-air: the playout daemon as a program of its own (docs/air.md), so
 * that a station PC keeps in memory only what playout needs: FFmpeg's
 * demuxers, decoders and resampler, SQLite and the schedule reader, not
 * the renderer's eSpeak NG, libavfilter or libavdevice (loaded only for
 * a pulse: output), nor the web page's and reports' libraries.  'loa air'
 * runs this program (cmd_air); the systemd unit starts it directly.
 */
#include <stdio.h>
#include <string.h>

#include <libavutil/log.h>

#include "commands.h"
#include "core/i18n.h"
#include "project.h"

const char *cli_synopsis(const char *command)
{
	(void)command;
	return cli_air_synopsis;
}

int main(int argc, char **argv)
{
	char **args;
	int status, n_args = 0, i;

	loa_i18n_init();
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			printf(_("usage: %s\n"), _(cli_synopsis("air")));
			return 0;
		}
	if (cli_config_load())
		return 1;
	av_log_set_level(AV_LOG_ERROR);
	if (!(args = cli_split_long_options(argc, argv, &n_args))) {
		cli_error("out of memory");
		return 3;
	}
	status = cmd_air_run(n_args, args);
	cli_free_split(args, n_args);
	if (fflush(stdout) && !status)
		status = 3;
	return status;
}
