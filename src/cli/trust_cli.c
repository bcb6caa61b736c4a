#include "trust_cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "project.h"

int trust_cli_db_option(const char **db_opt, const char *command, int argc,
			char **argv, int *i)
{
	if (strcmp(argv[*i], "--db"))
		return 0;
	*db_opt = cli_value(command, argc, argv, i);
	return *db_opt ? 1 : -1;
}

void trust_cli_db_path(const char *db_opt, const char *root, char *path,
		       size_t size)
{
	const char *env = getenv("LOA_DB");

	if (db_opt)
		snprintf(path, size, "%s", db_opt);
	else if (env && *env)
		snprintf(path, size, "%s", env);
	else if (cli_config_database())
		snprintf(path, size, "%s", cli_config_database());
	else
		snprintf(path, size, "%s/loa.db",
			 cli_state_dir(root ? root : "."));
}

/* The database's path into path; 0, or 1 after saying it is missing. */
static int db_path_existing(const char *db_opt, const char *root,
			    int must_exist, char path[PATH_MAX])
{
	trust_cli_db_path(db_opt, root, path, PATH_MAX);
	if (must_exist && access(path, F_OK)) {
		cli_error("%s: no station database here (nothing approved yet, "
			  "or give --db PATH)", path);
		return 1;
	}
	return 0;
}

int trust_cli_open(struct loa_db **db, const char *db_opt, const char *root,
		   int must_exist)
{
	struct loa_error err;
	char path[PATH_MAX];
	loa_status status;

	if (db_path_existing(db_opt, root, must_exist, path))
		return 1;
	loa_error_clear(&err);
	status = loa_db_open(db, path, &err);
	return status ? cli_fail(status, &err) : 0;
}

int trust_cli_open_readonly(struct loa_db **db, const char *db_opt,
			    const char *root, int oldest)
{
	struct loa_error err;
	char path[PATH_MAX];
	loa_status status;

	if (db_path_existing(db_opt, root, 1, path))
		return 1;
	loa_error_clear(&err);
	status = loa_db_open_readonly(db, path, oldest, &err);
	return status ? cli_fail(status, &err) : 0;
}
