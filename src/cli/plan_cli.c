/* The schedules and period of 'loa plan' and 'loa build' (plan_cli.h). */
#include "plan_cli.h"

#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/clock.h"
#include "loa/policy.h"

int plan_cli_init(struct plan_cli *p, int argc)
{
	memset(p, 0, sizeof(*p));
	/* At most argc - 1 schedules; argv outlives the command. */
	p->files = calloc((size_t)argc, sizeof(*p->files));
	if (!p->files) {
		cli_error("out of memory");
		return 3;
	}
	return 0;
}

void plan_cli_release(struct plan_cli *p)
{
	free(p->files);
	p->files = NULL;
}

int plan_cli_arg(struct plan_cli *p, const char *command, int argc,
		 char **argv, int *i)
{
	const char *arg = argv[*i];
	const char **slot, *value;

	if (!strcmp(arg, "--")) {
		while (++*i < argc)
			p->files[p->n_files++] = argv[*i];
		return 1;
	}
	if (arg[0] != '-' || !arg[1]) {
		p->files[p->n_files++] = argv[*i];
		return 1;
	}
	if (!strcmp(arg, "--week"))
		slot = &p->week;
	else if (!strcmp(arg, "--from"))
		slot = &p->from_text;
	else if (!strcmp(arg, "--to"))
		slot = &p->to_text;
	else
		return 0;
	if (!(value = cli_value(command, argc, argv, i)))
		return -1;
	*slot = value;
	return 1;
}

int plan_cli_need_files(const struct plan_cli *p, const char *command)
{
	return p->n_files ? 0 : cli_usage(command, "which schedule?");
}

int plan_cli_finish(struct plan_cli *p, const char *command)
{
	if (p->week && (p->from_text || p->to_text))
		return cli_usage(command, "give --week or --from and --to, not both");
	if (p->week) {
		if (!strcmp(p->week, "this") || !strcmp(p->week, "next")) {
			int today = clock_today();

			p->from = today - loa_date_weekday(today) +
				  (p->week[0] == 'n' ? 7 : 0);
		} else if (loa_isoweek_parse(p->week, &p->from)) {
			return cli_usage(command,
					 "--week wants an ISO week such as 2026-W49, "
					 "'this' or 'next', not '%s'", p->week);
		}
		p->to = p->from + 6;
		return 0;
	}
	if (!p->from_text || !p->to_text)
		return cli_usage(command, "which period? (--week YYYY-Www, or --from DATE --to DATE)");
	if (loa_date_parse(p->from_text, &p->from))
		return cli_usage(command, "--from wants a date such as 2026-12-01, not '%s'",
				 p->from_text);
	if (loa_date_parse(p->to_text, &p->to))
		return cli_usage(command, "--to wants a date such as 2026-12-07, not '%s'",
				 p->to_text);
	if (p->to < p->from)
		return cli_usage(command, "--to is before --from");
	if (p->to - p->from > 366)
		return cli_usage(command, "the period is longer than a year");
	return 0;
}

int plan_cli_load(struct plan_cli *p, const char *root,
		  struct loa_schedule_set **set, struct loa_plan *plan)
{
	struct loa_policy *policy = NULL;
	struct loa_diag diag;
	struct loa_error err;
	loa_status rc;
	int i, code = 0, c;
	size_t k;

	loa_error_clear(&err);
	loa_diag_init(&diag);
	if ((rc = loa_schedule_set_new(set, root, &err)))
		return cli_fail(rc, &err);
	if ((rc = loa_policy_load_project(&policy, root, &err)))
		return cli_fail(rc, &err);
	for (i = 0; i < p->n_files; i++) {
		size_t before = (*set)->n;

		loa_error_clear(&err);
		rc = loa_schedule_load(*set, p->files[i], &err);
		if (!rc) {
			/* Each slot that breaks the station's policy, at its
			 * place in the file. */
			for (k = before; k < (*set)->n; k++)
				if (loa_policy_check(policy, (*set)->items[k],
						     &diag, &err))
					code = 1;
			continue;
		}
		c = cli_fail(rc, &err);
		if (c > 1) {
			code = c;
			goto out;
		}
		code = 1;
	}
	cli_print_findings(&diag);
	loa_plan_init(plan, p->from, p->to);
	for (k = 0; k < (*set)->n; k++)
		if ((rc = loa_plan_expand(plan, (*set)->items[k], &err))) {
			code = cli_fail(rc, &err);
			goto out;
		}
out:
	loa_policy_free(&policy);
	loa_diag_release(&diag);
	return code;
}
