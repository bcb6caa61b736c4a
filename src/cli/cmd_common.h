/* Option parsing and set-up shared by the rendering commands. */
#ifndef LOA_CMD_COMMON_H
#define LOA_CMD_COMMON_H

#include <signal.h>

#include "loa/normalize.h"
#include "loa/commune.h"
#include "loa/diag.h"
#include "loa/render.h"
#include "loa/script.h"

struct render_cli {
	struct loa_render_options opt;
	struct loa_normalize_options norm;
	struct loa_lexicon *lexicons[2];
	const struct loa_lexicon *lexicon_refs[2];
	char date[16];
	int format_given;    /* --format was on the command line */
	int examples;        /* --examples: example numbers accepted */
	int unreadable;      /* render_cli_guard also warns of words eSpeak
				NG would not read in Vietnamese */
};

/* Sets the defaults: ip-speaker, -16 LUFS, -1.5 dBTP, today's date. */
void render_cli_init(struct render_cli *rc);

/*
 * Consumes a shared option at argv[*i] (--format, --lufs, --true-peak,
 * --date, --root, and --examples, which takes no value) and its value.
 * --examples accepts a profile marked example_contacts: true where a
 * command would refuse it (approve, build) and marks the output's tags
 * as an example.  Returns 1 when consumed, 0 when the
 * option is not one of these, -1 (after a usage message) when it is bad.
 */
int render_cli_option(struct render_cli *rc, const char *command, int argc,
		      char **argv, int *i);

/*
 * Loads the project lexicon (ROOT/scripts/lexicon.yaml, if present) and
 * the commune's own (profile key lexicon:) into rc->norm.  Returns the
 * exit code on failure, 0 on success.
 */
int render_cli_lexicons(struct render_cli *rc,
			const struct loa_commune *commune);

/*
 * The phone-number guard before a render (loa/guard.h): every number in
 * script (or, when script is NULL, in text) must be the commune's, an
 * official one or in ROOT/schedules/allowlist.yaml.  Prints each refused
 * number and the example-numbers warning as "loa: file:line:column:
 * error|warning: message", and with rc->unreadable the words eSpeak NG
 * would not read in Vietnamese (loa_guard_unreadable) as warnings.
 * Returns the exit code: 0 when it may render.
 */
int render_cli_guard(struct render_cli *rc, const struct loa_script *script,
		     const char *text, const struct loa_commune *commune);

/*
 * -j N, -jN or --jobs N at argv[*i]: the number of worker processes,
 * 1 to POOL_MAX_JOBS, into *jobs.  Returns 1 when consumed, 0 when the
 * option is another, -1 (after a usage message) when it is bad.
 */
int cli_jobs_option(const char *command, int argc, char **argv, int *i,
		    int *jobs);

/* Prints the findings, errors first, each after "loa: ". */
void cli_print_findings(struct loa_diag *diag);

/* "OUT: 12.3 s, -16.0 LUFS, -1.5 dBTP" on stdout. */
/*
 * Checks an -o path against the output format: "x.wav" alone chooses
 * wav; otherwise the extension must be the format's own.  0, or the exit
 * code of a usage error.
 */
int render_cli_output(struct render_cli *rc, const char *command,
		      const char *path);

void render_cli_print(const char *out, const struct loa_render_result *r);

/*
 * mkdir -p for the folders of path (not path itself); 0, or -1 with
 * errno set.  path is changed while it runs and restored.
 */
int cli_make_parents(char *path);

/* A length of time as h:mm:ss ("0:03:01"), for summaries people read. */
void cli_hms(double seconds, char buf[32]);

void render_cli_release(struct render_cli *rc);

/* Prints err's message and returns the exit code for status. */
int cli_fail(loa_status status, const struct loa_error *err);

/*
 * Signal handling lives here only; the library installs no handler.
 * cli_signals_remove_temps: SIGINT, SIGTERM and SIGHUP remove the
 * temporary files of core/cleanup.h, then end the process by the same
 * signal (a shell sees 128 + the signal: 130 for Ctrl-C).
 * cli_signals_set_flag: the same signals set *flag instead, for a
 * command that stops by itself at its next check ('loa build').
 * cli_signals_default: back to the default actions.
 */
void cli_signals_remove_temps(void);
void cli_signals_set_flag(volatile sig_atomic_t *flag);
void cli_signals_default(void);

#endif
