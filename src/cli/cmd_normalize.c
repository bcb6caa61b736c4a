/*
 * loa normalize: prints the spoken form of Vietnamese text.  With TEXT
 * arguments, normalises them (joined by spaces); without, reads standard
 * input and writes exactly one line per input line, flushing each, so
 * that it works in pipelines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "loa/diag.h"
#include "loa/guard.h"
#include "loa/normalize.h"

#define MAX_LEXICONS 32
/* A longer input line is reported, not read into memory. */
#define MAX_LINE (16u << 20)

static int say(const char *text, size_t len,
	       const struct loa_normalize_options *opt, const char *where)
{
	struct loa_error err;
	char *spoken = NULL;
	loa_status rc;

	loa_error_clear(&err);
	rc = loa_normalize(text, len, opt, &spoken, &err);
	if (rc) {
		if (where)
			cli_error("%s: %s", where, err.msg);
		else
			cli_error("%s", err.msg);
		return loa_exit_code(rc);
	}
	fputs(spoken, stdout);
	putchar('\n');
	free(spoken);
	return 0;
}

/*
 * Reads one line into *buf (without its newline), growing it up to
 * MAX_LINE bytes; a longer line is skipped to its end and reported with
 * *too_long.  Returns 0, or -1 at end of input.
 */
static int read_line(char **buf, size_t *cap, size_t *len, int *too_long)
{
	int ch, any = 0;

	*len = 0;
	*too_long = 0;
	while ((ch = getchar()) != EOF) {
		any = 1;
		if (ch == '\n')
			return 0;
		if (*too_long)
			continue;
		if (*len == MAX_LINE) {
			*too_long = 1;
			continue;
		}
		if (*len + 1 >= *cap) {
			size_t ncap = *cap ? *cap * 2 : 4096;
			char *nb;

			if (ncap > MAX_LINE + 1)
				ncap = MAX_LINE + 1;
			nb = realloc(*buf, ncap);
			if (!nb) {
				*too_long = 1;
				continue;
			}
			*buf = nb;
			*cap = ncap;
		}
		(*buf)[(*len)++] = (char)ch;
	}
	return any ? 0 : -1;
}

/* The column (in characters) of line's first NUL byte. */
static size_t column_of_nul(const char *line, size_t len)
{
	size_t col = 1, k;

	for (k = 0; k < len && line[k]; k++)
		if (((unsigned char)line[k] & 0xC0) != 0x80)
			col++;
	return col;
}

static int from_stdin(const struct loa_normalize_options *opt)
{
	char *line = NULL, where[64];
	size_t cap = 0, len, lineno = 0;
	int status = 0, too_long;

	while (!read_line(&line, &cap, &len, &too_long)) {
		int rc;

		lineno++;
		if (len && line[len - 1] == '\r')
			len--;
		snprintf(where, sizeof(where), _("line %zu"), lineno);
		if (too_long) {
			cli_error("%s: longer than %u bytes", where, MAX_LINE);
			rc = 1;
		} else if (memchr(line, '\0', len)) {
			cli_error("%s, column %zu: a NUL byte is not text", where,
				  column_of_nul(line, len));
			rc = 1;
		} else {
			rc = say(len ? line : "", len, opt, where);
		}
		if (rc) {
			/* Keep one output line per input line. */
			putchar('\n');
			if (!status || rc > status)
				status = rc;
		}
		if (fflush(stdout))
			break;
	}
	if (ferror(stdin)) {
		cli_error("cannot read standard input");
		status = 3;
	}
	free(line);
	return status;
}

/* All of standard input as one text, at most MAX_LINE bytes; NULL (and
 * a message) when it cannot be read. */
static char *read_all(void)
{
	size_t len = 0, cap = 0, got;
	char *buf = NULL, *nb;

	do {
		if (len + 4096 + 1 > cap) {
			cap = cap ? 2 * cap : 65536;
			if (cap > MAX_LINE + 1) {
				cli_error("standard input is longer than %u bytes",
					  MAX_LINE);
				free(buf);
				return NULL;
			}
			if (!(nb = realloc(buf, cap))) {
				cli_error("out of memory");
				free(buf);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + len, 1, cap - len - 1, stdin);
		len += got;
	} while (got);
	if (ferror(stdin)) {
		cli_error("cannot read standard input");
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

/* --unreadable: the words of text that eSpeak NG would not read in
 * Vietnamese, one finding a line on stdout; exit 1 when there are some. */
static int list_unreadable(const char *text, const char *name,
			   const struct loa_normalize_options *opt)
{
	struct loa_diag diag;
	struct loa_error err;
	size_t n;
	int status;

	loa_diag_init(&diag);
	loa_error_clear(&err);
	n = loa_guard_unreadable_text(text, name, opt, NULL, &diag, &err);
	loa_diag_print(&diag, "", stdout);
	status = n ? 1 : 0;
	if (err.msg[0]) {
		cli_error("%s", err.msg);
		status = 3;
	}
	loa_diag_release(&diag);
	return status;
}

int cmd_normalize(int argc, char **argv)
{
	struct loa_lexicon *lex[MAX_LEXICONS];
	struct loa_normalize_options opt = { 0, NULL, 0 };
	struct loa_error err;
	size_t n_lex = 0, k;
	char *text = NULL;
	size_t text_len = 0;
	int i, status = 0, first_text = 0, only_text = 0, unread = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!only_text && !strcmp(a, "--")) {
			only_text = 1;
		} else if (!only_text && !strcmp(a, "--southern")) {
			opt.southern = 1;
		} else if (!only_text && !strcmp(a, "--unreadable")) {
			unread = 1;
		} else if (!only_text && !strcmp(a, "--lexicon")) {
			if (i + 1 >= argc)
				return cli_usage("normalize", "--lexicon needs a file");
			i++;
			if (n_lex == MAX_LEXICONS)
				return cli_usage("normalize", "at most %d lexicons",
						 MAX_LEXICONS);
			n_lex++;
		} else if (!only_text && a[0] == '-' && a[1] &&
			   !(a[1] >= '0' && a[1] <= '9')) {
			return cli_usage("normalize", "unknown option '%s'", a);
		} else {
			if (!first_text)
				first_text = i;
			text_len += strlen(a) + 1;
		}
	}
	/* Load lexicons in order: later ones override earlier ones. */
	n_lex = 0;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (strcmp(argv[i], "--lexicon"))
			continue;
		loa_error_clear(&err);
		status = loa_exit_code(loa_lexicon_load(&lex[n_lex], argv[++i],
							&err));
		if (status) {
			cli_error("%s", err.msg);
			goto out;
		}
		n_lex++;
	}
	opt.lexicons = (const struct loa_lexicon *const *)lex;
	opt.n_lexicons = n_lex;
	if (!first_text && unread) {
		if (!(text = read_all()))
			status = 3;
		else
			status = list_unreadable(text, "stdin", &opt);
		goto out;
	}
	if (!first_text) {
		status = from_stdin(&opt);
		goto out;
	}
	text = malloc(text_len);
	if (!text) {
		cli_error("out of memory");
		status = 3;
		goto out;
	}
	text[0] = '\0';
	{
		size_t at = 0;
		int only = 0;

		for (i = 1; i < argc; i++) {
			const char *a = argv[i];
			size_t n = strlen(a);

			if (!only && !strcmp(a, "--")) {
				only = 1;
				continue;
			}
			if (!only && (!strcmp(a, "--southern") ||
				      !strcmp(a, "--unreadable")))
				continue;
			if (!only && !strcmp(a, "--lexicon")) {
				i++;
				continue;
			}
			if (at)
				text[at++] = ' ';
			memcpy(text + at, a, n);
			at += n;
			text[at] = '\0';
		}
		status = unread ? list_unreadable(text, "text", &opt) :
			 say(text, at, &opt, NULL);
	}
out:
	free(text);
	for (k = 0; k < n_lex; k++)
		loa_lexicon_free(&lex[k]);
	return status;
}
