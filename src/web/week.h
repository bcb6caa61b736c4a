/* The Week page's data (week.c) and its drawing (week_page.c). */
#ifndef LOA_WEB_WEEK_H
#define LOA_WEB_WEEK_H

#include "loa/asrun.h"
#include "loa/plan.h"
#include "loa/schedule.h"
#include "station.h"

/* One as-run item of the week, copied out of the log. */
struct week_run {
	long long id, retry_of;
	int date;                  /* planned (else started) day, or -1 */
	char *scheduled, *started, *slot, *script_id, *title, *tier, *reason;
	enum loa_asrun_outcome outcome;
	int shown;                 /* drawn beside a broadcast already */
};

/* A script's latest approval for the commune (the one in force first). */
struct week_approval {
	char *script_id;
	long long id, revoked;     /* revoked: the revocation's id, or 0 */
	char by[96], at[32], script_sha[65];
};

struct week_view {
	char commune[128], zone[128];   /* as asked, then as found */
	int monday, today, now;         /* now: seconds after today's 0:00 */
	int bad_week;                   /* the week asked for was not one */
	char bad_schedule[1024];        /* the first schedule with an error */
	int zone_bit;                   /* -1: every zone */
	struct web_week_sets *sets;     /* borrowed from the server */
	const struct loa_schedule_set *set;
	const struct loa_schedule *s;   /* the commune shown, or NULL */
	struct loa_plan plan;
	char (*script_shas)[65];        /* per set->scripts, "" unknown */
	char *built;                    /* per set->scripts: in the built week */
	struct week_run *runs;
	size_t n_runs, alloc_runs;
	struct week_approval *approvals;
	size_t n_approvals;
};

/*
 * Fills v (zeroed by the caller) from the request's commune, zone and
 * week; v is released with week_view_release whatever the outcome.
 */
loa_status week_view_load(struct web_req *r, struct week_view *v,
			  struct loa_error *err);
void week_view_release(struct web_req *r, struct week_view *v);

/*
 * Every schedules/NAME.yaml loaded, shared by the server's requests
 * (week_sets.c): borrowed with get, given back with put.
 */
loa_status web_week_sets_get(struct web_req *r, struct web_week_sets **out,
			     struct loa_error *err);
void web_week_sets_put(struct web_req *r, struct web_week_sets **sets);
const struct loa_schedule_set *web_week_sets_set(const struct web_week_sets *s);
/* The first schedule file with an error ("" when none). */
const char *web_week_sets_bad(const struct web_week_sets *s);

int week_in_zone(const struct week_view *v, const struct loa_slot *slot);
/* The local time now: seconds since today's midnight; *today set. */
int week_now(int *today);
const char *week_day_name(int date);

/* The Vietnamese word for an outcome, as the reports title it. */
const char *web_outcome_title(enum loa_asrun_outcome outcome);
/* The page's word for a tier ("emergency", "priority", else normal). */
const char *web_tier_title(const char *tier);

/*
 * The script's approval for the commune, or NULL when never approved;
 * *changed is 1 when the script file is no longer the one approved.
 */
const struct week_approval *week_approval(const struct week_view *v,
					  const struct loa_script *script,
					  int *changed);

/*
 * 1 when the week shown is this one or the next (which loa-build.timer
 * rebuilds) and script is not in its built manifest.csv (under the
 * project's out/week): an approval there waits for the next rebuild.
 */
int week_awaits_build(const struct week_view *v,
		      const struct loa_script *script);

/* "Thêm vào lịch" (week_add.c): the values sent, and what was wrong. */
struct week_add_form {
	char file[256], slot[80], script[80], from[16], to[16];
	unsigned line;             /* the entry removed: its line */
	int remove;                /* 1: "Bỏ khỏi lịch" */
	int end, end_to;           /* 1: the entry ended, to: end_to, kept */
	const char *why;           /* NULL, or the message to show */
	char detail[1100];         /* file:line[:column] it names, or "" */
};

/* The Week page, with the add form's values and message (f, or NULL). */
int web_week_draw(struct web_req *r, struct web_resp *w,
		  const struct week_add_form *f);
/* The form, for editors and admins; a plain line for the others. */
void week_add_form(struct web_req *r, struct web_resp *w,
		   const struct week_view *v, const struct week_add_form *f);
/* POST /week/add: the entry added to the schedule file, or refused. */
int web_week_add(struct web_req *r, struct web_resp *w);
/* POST /week/remove: a single-script entry ("SLOT:LINE:ID") taken off. */
int web_week_remove(struct web_req *r, struct web_resp *w);

#endif
