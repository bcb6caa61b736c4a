/* Placeholder: 'loa plan' is being built. */
#include "commands.h"

int cmd_plan(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'plan' is not implemented yet");
	return 3;
}
