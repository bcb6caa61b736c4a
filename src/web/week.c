/*
 * The Week page: one commune's plan for one ISO week, as `loa plan`
 * expands it (loa/plan.h), day by day in Asia/Ho_Chi_Minh time.  Each
 * broadcast shows its script, estimated length, approval state (from the
 * approvals chain) and, once the station has logged it, what the as-run
 * log says happened.  Items the log holds that the plan does not (a
 * bulletin, an emergency) are listed in their day too.
 */
#include "week.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/clock.h"
#include "core/csvread.h"
#include "core/hash.h"
#include "loa/approval.h"
#include "loa/asrun.h"
#include "loa/report.h"
#include "sched/manifest.h"
#include "text_vi.h"

/* The week folder loa-build.service writes and loa air plays by default. */
#define WEEK_BUILT_DIR "out/week"
#define WEEK_MANIFEST_MAX (16L << 20)

static const char *const weekday_names[7] = {
	T_MON, T_TUE, T_WED, T_THU, T_FRI, T_SAT, T_SUN
};

static void run_release(struct week_run *run)
{
	free(run->scheduled);
	free(run->started);
	free(run->slot);
	free(run->script_id);
	free(run->title);
	free(run->tier);
	free(run->reason);
}

void week_view_release(struct web_req *r, struct week_view *v)
{
	size_t i;

	for (i = 0; i < v->n_runs; i++)
		run_release(&v->runs[i]);
	free(v->runs);
	for (i = 0; i < v->n_approvals; i++)
		free(v->approvals[i].script_id);
	free(v->approvals);
	free(v->script_shas);
	free(v->built);
	loa_plan_release(&v->plan);
	web_week_sets_put(r, &v->sets);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int keep_run(void *ctx, const struct loa_asrun *it)
{
	struct week_view *v = ctx;
	struct week_run *run, *grown;

	if (v->n_runs == v->alloc_runs) {
		size_t cap = v->alloc_runs ? v->alloc_runs * 2 : 32;

		if (!(grown = realloc(v->runs, cap * sizeof(*grown))))
			return 1;
		v->runs = grown;
		v->alloc_runs = cap;
	}
	run = &v->runs[v->n_runs++];
	memset(run, 0, sizeof(*run));
	run->id = it->id;
	run->outcome = it->outcome;
	run->retry_of = it->retry_of;
	run->date = loa_report_item_day(it);
	run->scheduled = dup_or_null(it->scheduled);
	run->started = dup_or_null(it->started);
	run->slot = dup_or_null(it->slot);
	run->script_id = dup_or_null(it->script_id);
	run->title = dup_or_null(it->title);
	run->tier = dup_or_null(it->tier);
	run->reason = dup_or_null(it->reason);
	return (it->scheduled && !run->scheduled) ||
		(it->started && !run->started) || (it->slot && !run->slot) ||
		(it->script_id && !run->script_id) ||
		(it->title && !run->title) || (it->tier && !run->tier) ||
		(it->reason && !run->reason) ? 1 : 0;
}

/* The latest approval of each script for the commune, and if withdrawn. */
static int keep_approval(void *ctx, const struct loa_approval *a,
			 long long revoked)
{
	struct week_view *v = ctx;
	struct week_approval *w = NULL, *grown;
	size_t i;

	if (strcmp(a->kind, "approve") || !a->script_id)
		return 0;
	for (i = 0; i < v->n_approvals && !w; i++)
		if (!strcmp(v->approvals[i].script_id, a->script_id))
			w = &v->approvals[i];
	if (!w) {
		if (!(grown = realloc(v->approvals, (v->n_approvals + 1) *
				      sizeof(*grown))))
			return 1;
		v->approvals = grown;
		w = &v->approvals[v->n_approvals];
		memset(w, 0, sizeof(*w));
		if (!(w->script_id = strdup(a->script_id)))
			return 1;
		v->n_approvals++;
	}
	/* One in force beats a later one withdrawn. */
	if (revoked && w->id && !w->revoked)
		return 0;
	w->id = a->id;
	w->revoked = revoked;
	snprintf(w->by, sizeof(w->by), "%s", a->by ? a->by : "");
	snprintf(w->at, sizeof(w->at), "%s", a->at ? a->at : "");
	snprintf(w->script_sha, sizeof(w->script_sha), "%s",
		 a->script_sha ? a->script_sha : "");
	return 0;
}

/* The chosen commune's schedule among every schedules/NAME.yaml. */
static loa_status load_schedules(struct web_req *r, struct week_view *v,
				 struct loa_error *err)
{
	loa_status status = web_week_sets_get(r, &v->sets, err);
	size_t i;

	if (status)
		return status;
	v->set = web_week_sets_set(v->sets);
	snprintf(v->bad_schedule, sizeof(v->bad_schedule), "%s",
		 web_week_sets_bad(v->sets));
	for (i = 0; i < v->set->n && !v->s; i++)
		if (!strcmp(v->set->items[i]->commune->id, v->commune))
			v->s = v->set->items[i];
	if (!v->s && v->set->n)
		v->s = v->set->items[0];
	return LOA_OK;
}

/* The zone asked for: its bit, or -1 for every zone. */
static void pick_zone(struct week_view *v)
{
	size_t i;

	v->zone_bit = -1;
	for (i = 0; v->s && i < v->s->n_zones && i < 64; i++)
		if (!strcmp(v->s->zone_ids[i], v->zone))
			v->zone_bit = (int)i;
	if (v->zone_bit < 0)
		v->zone[0] = '\0';
}

int week_now(int *today)
{
	*today = clock_today();
	return (int)((long long)time(NULL) + LOA_UTC_OFFSET -
		     (long long)*today * 86400);
}

/* The week asked for ("2026-W49"), this week when none or not one. */
static void pick_week(struct week_view *v, const char *week)
{
	v->now = week_now(&v->today);
	v->bad_week = *week && loa_isoweek_parse(week, &v->monday);
	if (!*week || v->bad_week)
		v->monday = v->today - loa_date_weekday(v->today);
}

/* SHA-256 of each script file in the plan, to tell an old approval. */
static void hash_scripts(struct week_view *v)
{
	size_t i;

	v->script_shas = calloc(v->set->n_scripts ? v->set->n_scripts : 1,
				sizeof(*v->script_shas));
	for (i = 0; v->script_shas && i < v->set->n_scripts; i++) {
		struct loa_error ignored;
		size_t k;

		for (k = 0; k < v->plan.n; k++)
			if (v->plan.items[k].script == v->set->scripts[i])
				break;
		if (k < v->plan.n &&
		    hash_file_sha256(v->set->scripts[i]->file,
				     v->script_shas[i], &ignored))
			v->script_shas[i][0] = '\0';
	}
}

/* Which scripts the built week's manifest.csv places; none when unbuilt. */
static void read_built(struct web_req *r, struct week_view *v)
{
	char path[PATH_MAX], week[9], *text, *p, *col[MANIFEST_N_COL];
	size_t i;

	v->built = calloc(v->set->n_scripts ? v->set->n_scripts : 1, 1);
	loa_isoweek_format(v->monday, week);
	if (!v->built || snprintf(path, sizeof(path), "%s/" WEEK_BUILT_DIR
				  "/%s/%s/manifest.csv", r->st->root,
				  v->commune, week) >= (int)sizeof(path) ||
	    !(text = csv_slurp(path, WEEK_MANIFEST_MAX, NULL)))
		return;
	p = text;
	csv_record(&p, col, MANIFEST_N_COL); /* the header */
	while (*p) {
		if (csv_record(&p, col, MANIFEST_N_COL) < MANIFEST_N_COL)
			continue;
		for (i = 0; i < v->set->n_scripts; i++)
			if (!strcmp(v->set->scripts[i]->id, col[MANIFEST_SCRIPT]))
				v->built[i] = 1;
	}
	free(text);
}

int week_awaits_build(const struct week_view *v,
		      const struct loa_script *script)
{
	int this_monday = v->today - loa_date_weekday(v->today);
	size_t i;

	if (!v->built || v->monday < this_monday || v->monday > this_monday + 7)
		return 0;
	for (i = 0; i < v->set->n_scripts; i++)
		if (v->set->scripts[i] == script)
			return !v->built[i];
	return 0;
}

loa_status week_view_load(struct web_req *r, struct week_view *v,
			  struct loa_error *err)
{
	struct loa_db *db = NULL;
	struct loa_asrun_filter f;
	char from[11], to[11];
	loa_status status;

	snprintf(v->commune, sizeof(v->commune), "%s", web_query(r, "commune"));
	snprintf(v->zone, sizeof(v->zone), "%s", web_query(r, "zone"));
	pick_week(v, web_query(r, "week"));
	loa_plan_init(&v->plan, v->monday, v->monday + 6);
	if ((status = load_schedules(r, v, err)) || !v->s)
		return status;
	snprintf(v->commune, sizeof(v->commune), "%s", v->s->commune->id);
	pick_zone(v);
	if ((status = loa_plan_expand(&v->plan, v->s, err)))
		return status;
	hash_scripts(v);
	read_built(r, v);
	if ((status = web_db_open(r, &db, err)))
		return status;
	loa_date_format(v->monday, from);
	loa_date_format(v->monday + 6, to);
	f.from = from;
	f.to = to;
	f.commune_id = v->commune;
	if (!(status = loa_asrun_each(db, &f, keep_run, v, err)))
		status = loa_approvals_each(db, v->commune, NULL, keep_approval,
					    v, err);
	if (status > 0)     /* a callback ran out of memory */
		status = loa_error_set(err, LOA_ENOMEM, "out of memory");
	loa_db_close(&db);
	return status;
}

/* 1 when a broadcast plays to the zone chosen (or no zone is chosen). */
int week_in_zone(const struct week_view *v, const struct loa_slot *slot)
{
	return v->zone_bit < 0 || (slot->zone_mask >> v->zone_bit) & 1;
}

const char *week_day_name(int date)
{
	return weekday_names[loa_date_weekday(date)];
}

const struct week_approval *week_approval(const struct week_view *v,
					  const struct loa_script *script,
					  int *changed)
{
	size_t i, k;

	*changed = 0;
	for (i = 0; i < v->n_approvals; i++) {
		if (strcmp(v->approvals[i].script_id, script->id))
			continue;
		for (k = 0; v->script_shas && k < v->set->n_scripts; k++)
			if (v->set->scripts[k] == script)
				*changed = v->script_shas[k][0] &&
					strcmp(v->script_shas[k],
					       v->approvals[i].script_sha);
		return &v->approvals[i];
	}
	return NULL;
}
