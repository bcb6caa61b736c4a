/*
 * What every command shares and needs nothing but the C library, the
 * core and the configuration: messages, usage errors, option values,
 * failures, signals, finding a program installed beside this one, and
 * the main of a one-command program.  Linked into loa, loa-air (the
 * playout daemon) and loa-serve (the web server), which must not pull
 * the renderer's libraries in: src/cli/air_main.c, serve_main.c.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/cleanup.h"
#include "core/i18n.h"
#include "project.h"

/* "loa: MESSAGE" on stderr. */
static void verror(const char *fmt, va_list ap)
{
	fputs("loa: ", stderr);
	vfprintf(stderr, loa_i18n_format(fmt), ap);
	fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
}

/* In both programs: 'loa air' and loa-air say the same usage line. */
const char cli_air_synopsis[] =
	N_("loa air SCHEDULE... --output URL... [--weeks DIR] [--clock START"
	   " [--speed N]] [--until TIME]");
/* And 'loa serve' and loa-serve theirs. */
const char cli_serve_synopsis[] =
	N_("loa serve [--listen ADDRESS:PORT] [--root DIR] [--db PATH] "
	   "[--tls-cert FILE --tls-key FILE]");

int cli_usage(const char *command, const char *fmt, ...)
{
	const char *synopsis = cli_synopsis(command);
	va_list ap;

	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
	if (synopsis)
		fprintf(stderr, _("usage: %s\n"), _(synopsis));
	return 2;
}

const char *cli_value(const char *command, int argc, char **argv, int *i)
{
	if (*i + 1 >= argc) {
		cli_usage(command, "%s needs a value", argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

int cli_operand(const char *command, const char *arg, const char **slot,
		const char *too_many)
{
	if (arg[0] == '-' && arg[1])
		return cli_usage(command, "unknown option '%s'", arg);
	if (*slot)
		return cli_usage(command, "%s", loa_i18n_format(too_many));
	*slot = arg;
	return 0;
}

int cli_parse_int(const char *text, long min, long max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	if (end == text || *end || errno || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

int cli_fail(loa_status status, const struct loa_error *err)
{
	if (err && err->msg[0])
		cli_error("%s", err->msg);
	else
		cli_error("%s", loa_strerror(status));
	/* What the library below said, in its own words, for whoever
	 * reports the problem: the line above is the reader's. */
	if (err && err->detail[0])
		fprintf(stderr, "loa:   (%s)\n", err->detail);
	return loa_exit_code(status);
}

/* The signals that end a command: Ctrl-C, kill, a closed terminal. */
static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
static volatile sig_atomic_t *stop_flag;

static void remove_temps_and_die(int sig)
{
	cleanup_remove_all();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void set_stop_flag(int sig)
{
	(void)sig;
	*stop_flag = 1;
}

static void install(void (*handler)(int))
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(stop_signals) / sizeof(*stop_signals); i++)
		sigaction(stop_signals[i], &sa, NULL);
}

void cli_signals_remove_temps(void)
{
	install(remove_temps_and_die);
}

void cli_signals_set_flag(volatile sig_atomic_t *flag)
{
	stop_flag = flag;
	install(set_stop_flag);
}

void cli_signals_default(void)
{
	install(SIG_DFL);
}

void cli_free_split(char **args, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(args[i]);
	free(args);
}

/*
 * "--name=value" as "--name value", for every command at once: the
 * commands read a value from the next argument.  Operands after "--" are
 * left alone.  Returns a new argument vector (cli_free_split) or NULL.
 */
char **cli_split_long_options(int argc, char **argv, int *n_out)
{
	char **args = calloc((size_t)argc * 2 + 1, sizeof(*args));
	int i, n = 0, operands = 0;

	if (!args)
		return NULL;
	for (i = 0; i < argc; i++) {
		const char *eq = strchr(argv[i], '=');

		if (!strcmp(argv[i], "--"))
			operands = 1;
		int split = !operands && i > 0 && !strncmp(argv[i], "--", 2) &&
			    eq && eq > argv[i] + 2;

		args[n++] = split ? strndup(argv[i], (size_t)(eq - argv[i])) :
				    strdup(argv[i]);
		if (split && args[n - 1])
			args[n++] = strdup(eq + 1);
		if (!args[n - 1]) {
			cli_free_split(args, n);
			return NULL;
		}
	}
	*n_out = n;
	return args;
}

int cli_sibling(const char *const *rels, size_t n, char *out, size_t size)
{
	char exe[PATH_MAX], *slash;
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t i;

	if (len <= 0)
		return -1;
	exe[len] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return -1;
	*slash = '\0';
	for (i = 0; i < n; i++)
		if ((size_t)snprintf(out, size, "%s%s", exe, rels[i]) < size &&
		    !access(out, X_OK))
			return 0;
	return -1;
}

int cli_program_main(int argc, char **argv, const char *command,
		     int (*run)(int argc, char **argv))
{
	char **args;
	int status, n_args = 0, i;

	loa_i18n_init();
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			printf(_("usage: %s\n"), _(cli_synopsis(command)));
			return 0;
		}
	if (cli_config_load())
		return 1;
	if (!(args = cli_split_long_options(argc, argv, &n_args))) {
		cli_error("out of memory");
		return 3;
	}
	status = run(n_args, args);
	cli_free_split(args, n_args);
	if (fflush(stdout) && !status)
		status = 3;
	return status;
}
