/*
 * loa-air: the playout daemon as a program of its own (docs/air.md), so
 * that a station PC keeps in memory only what playout needs: FFmpeg's
 * demuxers, decoders and resampler, SQLite and the schedule reader, not
 * the renderer's eSpeak NG, libavfilter or libavdevice (loaded only for
 * a pulse: output), nor the web page's and reports' libraries.  'loa air'
 * runs this program (cmd_air); the systemd unit starts it directly.
 */
#include <libavutil/log.h>

#include "commands.h"

const char *cli_synopsis(const char *command)
{
	(void)command;
	return cli_air_synopsis;
}

int main(int argc, char **argv)
{
	av_log_set_level(AV_LOG_ERROR);
	return cli_program_main(argc, argv, "air", cmd_air_run);
}
