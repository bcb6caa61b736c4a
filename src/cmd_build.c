/* Placeholder: 'loa build' is being built. */
#include "commands.h"

int cmd_build(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'build' is not implemented yet");
	return 3;
}
