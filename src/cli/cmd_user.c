/*
 * loa user add NAME --role ROLE: an account for the web page.  The
 * password is read from the terminal without echo (twice), or as one
 * line from standard input when that is not a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "commands.h"
#include "loa/web.h"
#include "project.h"
#include "trust_cli.h"
#include "cmd_common.h"

/* One line from f without its newline; 0, or -1. */
static int read_line(FILE *f, char *buf, size_t size)
{
	size_t n;

	if (!fgets(buf, (int)size, f))
		return -1;
	n = strlen(buf);
	if (n && buf[n - 1] == '\n')
		buf[--n] = '\0';
	else if (n == size - 1)
		return -1; /* longer than the buffer */
	return 0;
}

static int ask(const char *prompt, char *buf, size_t size)
{
	struct termios old, quiet;
	int rc;

	fputs(prompt, stderr);
	fflush(stderr);
	if (tcgetattr(STDIN_FILENO, &old))
		return -1;
	quiet = old;
	quiet.c_lflag &= ~(tcflag_t)ECHO;
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	rc = read_line(stdin, buf, size);
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	fputc('\n', stderr);
	return rc;
}

static int read_password(char *pw, size_t size)
{
	char again[1100];
	int rc = 0;

	if (!isatty(STDIN_FILENO))
		return read_line(stdin, pw, size) ? -1 : 0;
	if (ask("Mật khẩu: ", pw, size) ||
	    ask("Nhập lại mật khẩu: ", again, sizeof(again)))
		rc = -1;
	else if (strcmp(pw, again))
		rc = -2;
	memset(again, 0, sizeof(again));
	return rc;
}

int cmd_user(int argc, char **argv)
{
	const char *name = NULL, *role_name = NULL, *db_opt = NULL;
	const char *root = cli_project_root();
	struct loa_db *db = NULL;
	struct loa_error err;
	enum loa_role role;
	loa_status status;
	char pw[1100];
	int i, code = 0;

	if (argc < 2 || strcmp(argv[1], "add"))
		return cli_usage("user", "only 'loa user add NAME --role ROLE'");
	for (i = 2; i < argc; i++) {
		int used = trust_cli_db_option(&db_opt, "user", argc, argv, &i);

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--role") || !strcmp(argv[i], "--root")) {
			const char **slot = !strcmp(argv[i], "--role") ?
				&role_name : &root;

			if (!(*slot = cli_value("user", argc, argv, &i)))
				return 2;
		} else if ((code = cli_operand("user", argv[i], &name,
					       "one NAME at a time"))) {
			return code;
		}
	}
	if (!name || !role_name)
		return cli_usage("user", "add NAME --role ROLE");
	if (loa_role_parse(role_name, &role))
		return cli_usage("user", "--role is editor, approver, operator "
				 "or admin, not '%s'", role_name);
	if ((code = read_password(pw, sizeof(pw)))) {
		cli_error(code == -2 ? "the two passwords differ" :
			  "no password read");
		code = 1;
		goto out;
	}
	if ((code = trust_cli_open(&db, db_opt, root, 0)))
		goto out;
	loa_error_clear(&err);
	status = loa_user_add(db, name, role, pw, &err);
	if (status)
		code = cli_fail(status, &err);
	else
		printf(_("user %s: %s\n"), name, role_name);
out:
	memset(pw, 0, sizeof(pw));
	loa_db_close(&db);
	return code;
}
