/* Placeholder: 'loa normalize' is being built. */
#include "commands.h"

int cmd_normalize(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'normalize' is not implemented yet");
	return 3;
}
