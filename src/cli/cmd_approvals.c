/* loa approvals: lists the approvals, as a table or CSV. */
#include <stdio.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/escape.h"
#include "loa/approval.h"
#include "trust_cli.h"
#include "project.h"

static int print_csv(void *ctx, const struct loa_approval *a,
		     long long revoked)
{
	char id[24], rev[24], withdrawn[24];
	const char *f[] = { id, a->kind, a->at, a->by, a->note, rev,
		a->example ? "1" : "0", a->commune_id, a->script_id,
		a->script_file, a->fingerprint, a->audio_sha, withdrawn,
		a->row_hash };
	size_t i, n = sizeof(f) / sizeof(*f);

	(void)ctx;
	snprintf(id, sizeof(id), "%lld", a->id);
	snprintf(rev, sizeof(rev), "%.0lld", a->revokes);
	snprintf(withdrawn, sizeof(withdrawn), "%.0lld", revoked);
	/* The numbers (id, revokes, example, withdrawn) as they are, the
	 * text defused for a spreadsheet. */
	for (i = 0; i < n; i++)
		(f[i] == id || f[i] == rev || i == 6 || f[i] == withdrawn ?
		 esc_csv_field : esc_csv_text)(esc_put_file, stdout,
					       f[i] ? f[i] : "", i + 1 == n);
	return 0;
}

/* The table is for people: its headings are translated, so they are
 * padded by columns, not bytes.  The CSV's keys stay as they are. */
static void print_heading(void)
{
	const char *head[] = { _("ID"), _("WHEN"), _("BY"), _("COMMUNE"),
			       _("SCRIPT"), _("AUDIO") };
	static const size_t width[] = { 6, 26, 21, 15, 33, 14 };
	size_t i;

	for (i = 0; i < sizeof(width) / sizeof(*width); i++)
		loa_text_pad(stdout, head[i], width[i]);
	printf("%s\n", _("STATE"));
}

static int print_row(void *ctx, const struct loa_approval *a,
		     long long revoked)
{
	char state[64];

	(void)ctx;
	if (!strcmp(a->kind, "revoke"))
		snprintf(state, sizeof(state), _("withdraws %lld"),
			 a->revokes);
	else if (revoked)
		snprintf(state, sizeof(state), _("withdrawn (%lld)"),
			 revoked);
	else
		snprintf(state, sizeof(state), "%s",
			 a->example ? _("in force, example") : _("in force"));
	printf("%-5lld %-25s %-20s %-14s %-32s %.12s  %s\n", a->id, a->at,
	       a->by, a->commune_id ? a->commune_id : "-",
	       a->script_id ? a->script_id : "-",
	       a->audio_sha ? a->audio_sha : "-", state);
	if (a->note && *a->note)
		printf("      %s: %s\n", strcmp(a->kind, "revoke") ? _("note") :
		       _("reason"), a->note);
	return 0;
}

int cmd_approvals(int argc, char **argv)
{
	const char *commune = NULL, *script = NULL, *format = "table";
	const char *db_opt = NULL, *root = cli_project_root();
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	int i, code, csv;

	for (i = 1; i < argc; i++) {
		int used = trust_cli_db_option(&db_opt, "approvals", argc, argv,
					       &i);
		const char **slot = !strcmp(argv[i], "--commune") ? &commune :
			!strcmp(argv[i], "--script") ? &script :
			!strcmp(argv[i], "--format") ? &format :
			!strcmp(argv[i], "--root") ? &root : NULL;

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!slot)
			return cli_usage("approvals", "unknown argument '%s'",
					 argv[i]);
		if (!(*slot = cli_value("approvals", argc, argv, &i)))
			return 2;
	}
	csv = !strcmp(format, "csv");
	if (!csv && strcmp(format, "table"))
		return cli_usage("approvals", "--format is table or csv, not "
				 "'%s'", format);
	if ((code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	if (csv)
		fputs("id,kind,at,by,note,revokes,example,commune,script,"
		      "script_file,fingerprint,audio_sha256,withdrawn_by,"
		      "row_hash\r\n", stdout);
	else
		print_heading();
	loa_error_clear(&err);
	status = loa_approvals_each(db, commune, script,
				    csv ? print_csv : print_row, NULL, &err);
	loa_db_close(&db);
	return status ? cli_fail(status, &err) : 0;
}
