/*
 * The CLI's subcommands, one file each (src/cmd_<name>.c).  Each returns
 * the process exit status: 0 success, 1 bad input, 2 usage, 3+ failure.
 */
#ifndef LOA_COMMANDS_H
#define LOA_COMMANDS_H

int cmd_render(int argc, char **argv);
int cmd_say(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_normalize(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_build(int argc, char **argv);

/* Prints "loa: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints a usage error and the command's synopsis; returns 2. */
int cli_usage(const char *command, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The long help of a command, or NULL. */
const char *cli_help(const char *command);

#endif
