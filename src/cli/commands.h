/*
 * The CLI's subcommands, one file each (src/cli/cmd_<name>.c).  Each returns
 * the process exit status: 0 success, 1 bad input, 2 usage, 3+ failure.
 */
#ifndef LOA_COMMANDS_H
#define LOA_COMMANDS_H

#include <stddef.h>

#include "core/i18n.h"

int cmd_render(int argc, char **argv);
int cmd_say(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_normalize(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_approve(int argc, char **argv);
int cmd_approvals(int argc, char **argv);
int cmd_revoke(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_export_log(int argc, char **argv);
int cmd_air(int argc, char **argv);
/* The daemon itself, in this process (loa-air's main). */
int cmd_air_run(int argc, char **argv);
int cmd_bulletin(int argc, char **argv);
int cmd_log(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_serve(int argc, char **argv);
/* The web server itself, in this process (loa-serve's main). */
int cmd_serve_run(int argc, char **argv);
/* The pages that render, for a server: 'loa serve-worker' (hidden). */
int cmd_serve_worker(int argc, char **argv);
int cmd_user(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_info(int argc, char **argv);
int cmd_play(int argc, char **argv);

/* Prints "loa: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints a usage error and the command's synopsis; returns 2. */
int cli_usage(const char *command, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * The value of the option at argv[*i], moving *i onto it; NULL after a
 * usage error when the option is the last argument.
 */
const char *cli_value(const char *command, int argc, char **argv, int *i);
/* A strict decimal integer from min to max into *out; 0, or -1. */
int cli_parse_int(const char *text, long min, long max, int *out);
/*
 * The command's single operand, argv[i], into *slot; a usage error (2)
 * for an unknown option, or for a second operand (too_many), else 0.
 */
int cli_operand(const char *command, const char *arg, const char **slot,
		const char *too_many);
/* The long help of a command, or NULL. */
const char *cli_help(const char *command);
/*
 * "--name=value" as "--name value", for every command at once: the
 * commands read a value from the next argument.  Operands after "--" are
 * left alone.  Returns a new argument vector (cli_free_split) or NULL.
 */
char **cli_split_long_options(int argc, char **argv, int *n_out);
void cli_free_split(char **args, int n);
/* A command's synopsis line, or NULL (each program defines its own). */
const char *cli_synopsis(const char *command);
/* The air command's usage line, shared by loa and loa-air. */
extern const char cli_air_synopsis[];
/*
 * A program installed with this one: the first of rels (such as
 * "/loa-air", "/../lib/loa/loa-air") that is executable, read from this
 * program's folder, into out; 0, or -1 when none is.
 */
int cli_sibling(const char *const *rels, size_t n, char *out, size_t size);
/*
 * The main of a program that is one command (loa-air, loa-serve): -h,
 * the configuration, "--name=value" split, run, the stdout check.
 */
int cli_program_main(int argc, char **argv, const char *command,
		     int (*run)(int argc, char **argv));
/* The serve command's, shared by loa and loa-serve. */
extern const char cli_serve_synopsis[];

#endif
