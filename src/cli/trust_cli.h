/* The station database for the approval commands (and 'loa build'). */
#ifndef LOA_TRUST_CLI_H
#define LOA_TRUST_CLI_H

#include <stddef.h>

#include "loa/db.h"

/*
 * Opens the station database: db_opt (--db PATH), else $LOA_DB, else
 * ROOT/loa.db (root: --root, "." when NULL), creating it unless
 * must_exist (the commands that only read or withdraw: a mistyped path
 * must not look like an empty, intact chain).  Returns 0, or the exit
 * code after printing why.
 */
/* The path trust_cli_open opens, into path. */
void trust_cli_db_path(const char *db_opt, const char *root, char *path,
		       size_t size);

int trust_cli_open(struct loa_db **db, const char *db_opt, const char *root,
		   int must_exist);

/*
 * The same database, existing, opened only to read it (loa report,
 * export-log: loa_db_open_readonly, schema oldest or newer).
 */
int trust_cli_open_readonly(struct loa_db **db, const char *db_opt,
			    const char *root, int oldest);

/* Consumes "--db PATH" at argv[*i]: 1 consumed, 0 not it, -1 usage. */
int trust_cli_db_option(const char **db_opt, const char *command, int argc,
			char **argv, int *i);

#endif
