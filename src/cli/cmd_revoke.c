/* loa revoke: withdraws one approval by adding a row (nothing is deleted). */
#include <stdio.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/approval.h"
#include "trust_cli.h"
#include "project.h"

int cmd_revoke(int argc, char **argv)
{
	const char *id_text = NULL, *by = NULL, *reason = NULL, *db_opt = NULL;
	const char *root = cli_project_root();
	struct loa_approval row = { 0 };
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	int i, code = 0, id;

	for (i = 1; i < argc; i++) {
		int used = trust_cli_db_option(&db_opt, "revoke", argc, argv, &i);
		const char **slot = !strcmp(argv[i], "--by") ? &by :
			!strcmp(argv[i], "--reason") ? &reason :
			!strcmp(argv[i], "--root") ? &root : NULL;

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (slot) {
			if (!(*slot = cli_value("revoke", argc, argv, &i)))
				return 2;
		} else if ((code = cli_operand("revoke", argv[i], &id_text,
					       "one approval ID at a time"))) {
			return code;
		}
	}
	if (!id_text || cli_parse_int(id_text, 1, 2000000000, &id))
		return cli_usage("revoke", "which approval? (its ID, a number)");
	if (!by || !*by)
		return cli_usage("revoke", "who withdraws it? (--by NAME)");
	if (!reason || !*reason)
		return cli_usage("revoke", "why? (--reason TEXT)");
	if ((code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	loa_error_clear(&err);
	status = loa_approval_revoke(db, id, by, reason, &row, &err);
	if (status)
		code = cli_fail(status, &err);
	else
		printf(_("revocation %lld: approval %d withdrawn by %s\n"), row.id,
		       id, by);
	loa_approval_release(&row);
	loa_db_close(&db);
	return code;
}
