/*
 * One station database into a report: both chains verified first, then
 * its items of the period counted and the approvals behind the items
 * that aired collected (who approved, when).
 */
#include <stdlib.h>
#include <string.h>

#include "loa/approval.h"
#include "loa/date.h"
#include "report_int.h"

/* The approvals of one database, by id (ids run 1, 2, 3 ...). */
struct db_walk {
	struct loa_report *r;
	struct loa_report_approval *by_id;   /* [0] unused */
	long long n_ids;
	char **communes;                     /* seen in the period */
	size_t n_communes;
	int failed;
};

static int keep_approval(void *ctx, const struct loa_approval *a,
			 long long revoked)
{
	struct db_walk *w = ctx;
	struct loa_report_approval *p;

	(void)revoked;
	if (a->id <= 0 || a->id > w->n_ids || strcmp(a->kind, "approve"))
		return 0;
	p = &w->by_id[a->id];
	p->id = a->id;
	p->commune = a->commune_id ? strdup(a->commune_id) : NULL;
	p->script_id = a->script_id ? strdup(a->script_id) : NULL;
	p->by = strdup(a->by);
	p->at = strdup(a->at);
	if (!p->by || !p->at || (a->commune_id && !p->commune) ||
	    (a->script_id && !p->script_id))
		return w->failed = 1;
	return 0;
}

int report_note_name(char ***list, size_t *n, const char *name)
{
	size_t i;
	char **p;

	for (i = 0; i < *n; i++)
		if (!strcmp((*list)[i], name))
			return 0;
	if (!(p = realloc(*list, (*n + 1) * sizeof(*p))))
		return -1;
	*list = p;
	if (!(p[*n] = strdup(name)))
		return -1;
	(*n)++;
	return 0;
}

static int count_item(void *ctx, const struct loa_asrun *item)
{
	struct db_walk *w = ctx;
	int counted = report_add(w->r, item);

	if (counted < 0 || (counted && item->commune_id &&
			    report_note_name(&w->communes, &w->n_communes,
					     item->commune_id)))
		return w->failed = 1;
	if (counted && (item->outcome == LOA_ASRUN_AIRED ||
			item->outcome == LOA_ASRUN_REAIRED) &&
	    item->approval > 0 && item->approval <= w->n_ids)
		w->by_id[item->approval].plays++;
	return 0;
}

static int append_approvals(struct db_walk *w, size_t source)
{
	struct loa_report *r = w->r;
	long long id;

	for (id = 1; id <= w->n_ids; id++) {
		struct loa_report_approval *a = &w->by_id[id];

		if (!a->plays)
			continue;
		if (r->n_approvals == r->alloc_approvals) {
			size_t n = r->alloc_approvals ? r->alloc_approvals * 2 : 16;
			void *p = realloc(r->approvals, n * sizeof(*r->approvals));

			if (!p)
				return -1;
			r->approvals = p;
			r->alloc_approvals = n;
		}
		a->source = source;
		r->approvals[r->n_approvals++] = *a;
		memset(a, 0, sizeof(*a));
	}
	return 0;
}

/* "a, b, c" of the communes seen, or NULL without memory. */
static char *join_communes(struct db_walk *w)
{
	size_t i, len = 1, at = 0;
	char *s;

	for (i = 0; i < w->n_communes; i++)
		len += strlen(w->communes[i]) + 2;
	if (!(s = malloc(len)))
		return NULL;
	s[0] = '\0';
	for (i = 0; i < w->n_communes; i++)
		at += (size_t)snprintf(s + at, len - at, "%s%s", i ? ", " : "",
				       w->communes[i]);
	return s;
}

loa_status report_verify(struct loa_db *db, const char *name,
			 struct loa_report_source *src, struct loa_error *err)
{
	struct loa_chain_report ap, as;
	loa_status status;

	if ((status = loa_approvals_verify(db, &ap, err)) ||
	    (status = loa_asrun_verify(db, &as, err)))
		return status;
	if (ap.bad_id)
		return loa_error_set(err, LOA_EINPUT, "%s: refused: approval "
				     "row %lld does not match: %s",
				     name, ap.bad_id, ap.why);
	if (as.bad_id)
		return loa_error_set(err, LOA_EINPUT, "%s: refused: as-run "
				     "row %lld does not match: %s",
				     name, as.bad_id, as.why);
	src->approval_rows = ap.rows;
	src->asrun_rows = as.rows;
	memcpy(src->approvals_head, ap.head, sizeof(ap.head));
	memcpy(src->asrun_head, as.head, sizeof(as.head));
	return LOA_OK;
}

static loa_status add_source(struct loa_report *r,
			     const struct loa_report_source *src)
{
	void *p = realloc(r->sources, (r->n_sources + 1) * sizeof(*r->sources));

	if (!p)
		return LOA_ENOMEM;
	r->sources = p;
	r->sources[r->n_sources++] = *src;
	return LOA_OK;
}

static void walk_release(struct db_walk *w)
{
	size_t i;
	long long id;

	for (id = 0; w->by_id && id <= w->n_ids; id++) {
		free(w->by_id[id].commune);
		free(w->by_id[id].script_id);
		free(w->by_id[id].by);
		free(w->by_id[id].at);
	}
	free(w->by_id);
	for (i = 0; i < w->n_communes; i++)
		free(w->communes[i]);
	free(w->communes);
}

loa_status loa_report_add_db(struct loa_report *r, struct loa_db *db,
			     const char *name, struct loa_error *err)
{
	struct loa_report_source src;
	struct db_walk w = { r, NULL, 0, NULL, 0, 0 };
	char from[11], to[11];
	struct loa_asrun_filter filter = { from, to, NULL };
	loa_status status;

	memset(&src, 0, sizeof(src));
	if (!name)
		name = loa_db_path(db);
	if ((status = report_verify(db, name, &src, err)))
		return status;
	loa_date_format(r->from, from);
	loa_date_format(r->to, to);
	if (r->n_communes == 1)
		filter.commune_id = r->communes[0];
	w.n_ids = src.approval_rows;
	w.by_id = calloc((size_t)w.n_ids + 1, sizeof(*w.by_id));
	status = w.by_id ? loa_approvals_each(db, NULL, NULL, keep_approval,
					      &w, err) : LOA_ENOMEM;
	if (!status && !w.failed)
		status = loa_asrun_each(db, &filter, count_item, &w, err);
	if (!status && !w.failed && !append_approvals(&w, r->n_sources) &&
	    (src.path = strdup(name)) &&
	    (src.communes = join_communes(&w)) && !add_source(r, &src)) {
		walk_release(&w);
		return LOA_OK;
	}
	if (!status)
		status = loa_error_set(err, LOA_ENOMEM,
				       "out of memory for the report");
	free(src.path);
	free(src.communes);
	walk_release(&w);
	return status;
}
