/*
 * loa log: one day of the as-run log, as it aired (loa/asrun.h).
 */
#include <stdio.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/clock.h"
#include "core/escape.h"
#include "loa/air.h"
#include "loa/asrun.h"
#include "loa/date.h"
#include "project.h"
#include "trust_cli.h"

struct log_cli {
	int csv;
	long n;
};

static const char *or_dash(const char *s)
{
	return s && *s ? s : "-";
}

/* "06:00:00" out of an ISO time, or "-". */
static const char *clock_part(const char *iso, char buf[13])
{
	if (!iso || strlen(iso) < 19)
		return "-";
	snprintf(buf, 13, "%.*s", iso[19] == '.' ? 12 : 8, iso + 11);
	return buf;
}

/* The tier as a word for people (the CSV keeps the code). */
static const char *tier_word(const char *tier)
{
	static const char *const words[] = { N_("normal"), N_("priority"),
					     N_("emergency") };

	for (size_t i = 0; tier && i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(tier, words[i]))
			return _(words[i]);
	return tier ? tier : "-";
}

static int print_item(void *ctx, const struct loa_asrun *it)
{
	struct log_cli *l = ctx;
	const char *outcome = loa_asrun_outcome_name(it->outcome);
	char s[13], b[13], e[13], len[24], why[1600];

	l->n++;
	snprintf(len, sizeof(len), "%lld.%03lld", it->length_ms / 1000,
		 it->length_ms % 1000);
	if (l->csv) {
		const char *f[] = { it->scheduled, it->started, it->ended,
				    it->tier, outcome ? outcome : "on air",
				    it->slot, it->zones, it->file, it->title,
				    len, it->reason ? loa_air_reason_text(
					    it->reason, 0, why, sizeof(why)) :
				    NULL };
		/* All text but the length (f[9]), defused for a
		 * spreadsheet; the reason in English, like the codes. */
		for (size_t i = 0; i < sizeof(f) / sizeof(*f); i++)
			(i == 9 ? esc_csv_field : esc_csv_text)(
				esc_put_file, stdout, f[i] ? f[i] : "",
				i + 1 == sizeof(f) / sizeof(*f));
		return 0;
	}
	printf("%-4lld %-8s %-12s %-12s ", it->id,
	       clock_part(it->scheduled, s), clock_part(it->started, b),
	       clock_part(it->ended, e));
	loa_text_pad(stdout, tier_word(it->tier), 10);
	/* The outcome is a word for people here (the CSV keeps the code). */
	loa_text_pad(stdout, outcome ? _(outcome) : _("ON AIR"), 12);
	printf("%-6s %s%s%s%s\n", or_dash(it->slot), or_dash(it->file),
	       it->reason ? " (" : "",
	       loa_air_reason_text(it->reason, 1, why, sizeof(why)),
	       it->reason ? ")" : "");
	return 0;
}

/* The table's headings, padded by columns: they are translated. */
static void print_headings(void)
{
	static const char *const h[] = { N_("item"), N_("planned"),
		N_("started"), N_("ended"), N_("tier"), N_("outcome"),
		N_("slot") };
	static const size_t w[] = { 5, 9, 13, 13, 10, 12, 7 };
	size_t i;

	for (i = 0; i < sizeof(h) / sizeof(*h); i++)
		loa_text_pad(stdout, _(h[i]), w[i]);
	printf("%s\n", _("file (reason)"));
}

int cmd_log(int argc, char **argv)
{
	const char *db_opt = NULL, *root = cli_project_root(), *date = NULL;
	const char *fmt = "table";
	struct loa_asrun_filter f = { NULL, NULL, NULL };
	struct log_cli l = { 0, 0 };
	struct loa_db *db = NULL;
	struct loa_error err;
	loa_status status;
	char today[11];
	int i, day, code;

	for (i = 1; i < argc; i++) {
		const char **slot = !strcmp(argv[i], "--date") ? &date :
			!strcmp(argv[i], "--root") ? &root :
			!strcmp(argv[i], "--commune") ? &f.commune_id :
			!strcmp(argv[i], "--format") ? &fmt : NULL;

		if ((code = trust_cli_db_option(&db_opt, "log", argc, argv,
						&i)) < 0)
			return 2;
		if (code)
			continue;
		if (!slot)
			return cli_usage("log", "unknown argument '%s'", argv[i]);
		if (!(*slot = cli_value("log", argc, argv, &i)))
			return 2;
	}
	if (date && loa_date_parse(date, &day))
		return cli_usage("log", "--date: '%s' is not a date like "
				 "2026-12-03", date);
	if (strcmp(fmt, "table") && strcmp(fmt, "csv"))
		return cli_usage("log", "--format: table or csv");
	if (!date) {
		loa_date_format(clock_today(), today);
		date = today;
	}
	f.from = f.to = date;
	l.csv = !strcmp(fmt, "csv");
	if ((code = trust_cli_open(&db, db_opt, root, 1)))
		return code;
	if (l.csv)
		fputs("scheduled,started,ended,tier,outcome,slot,zones,file,"
		      "title,length_s,reason\r\n", stdout);
	else
		print_headings();
	loa_error_clear(&err);
	status = loa_asrun_each(db, &f, print_item, &l, &err);
	loa_db_close(&db);
	if (status)
		return cli_fail(status, &err);
	if (!l.csv)
		printf(_("%s: %ld items\n"), date, l.n);
	return 0;
}
