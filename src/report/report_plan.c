/*
 * "Planned" from the schedules' plan (docs/reports.md): every broadcast
 * of the period counts as planned, missed and not logged until an
 * as-run item of the same commune, day, slot and script takes it back,
 * so a day the station never ran shows what it did not air.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "report_int.h"

#define NOT_LOGGED_REASON "không có nhật ký (trạm không chạy)"

struct plan_entry {
	const struct loa_broadcast *b;
	size_t next;              /* the next entry of its bucket */
	unsigned char counted;    /* started before now: counted missed */
	unsigned char used;       /* an as-run item took it */
};

struct loa_report_plan {
	struct plan_entry *entries;
	size_t n, *heads, n_heads;
	const char **communes;    /* the plan's (the schedules' strings) */
	const char *last;         /* the commune matched last */
	size_t n_communes;
	char **unplanned;         /* logged communes the plan lacks */
	size_t n_unplanned;
	long long counted, later, not_in_plan;
};

void report_plan_free(struct loa_report_plan **plan)
{
	struct loa_report_plan *p = *plan;
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n_unplanned; i++)
		free(p->unplanned[i]);
	free(p->unplanned);
	free(p->communes);
	free(p->heads);
	free(p->entries);
	free(p);
	*plan = NULL;
}

static uint64_t key_hash(const char *commune, int day, const char *slot,
			 const char *script)
{
	uint64_t h = report_hash_text(14695981039346656037ULL, commune);

	h = report_hash_text(h, slot);
	h = report_hash_text(h, script);
	return (h ^ (uint64_t)(unsigned)day) * 1099511628211ULL;
}

/* The broadcast as the as-run item its station would have logged; its
 * day is passed to report_count, so scheduled only says "planned". */
static void as_item(const struct loa_broadcast *b, struct loa_asrun *a)
{
	memset(a, 0, sizeof(*a));
	a->commune_id = b->schedule->commune->id;
	a->scheduled = (char *)"plan";
	a->slot = b->slot->id;
	a->zones = b->slot->zones;
	a->script_id = b->script->id;
	a->topic = b->script->topic;
	a->title = b->script->title;
	a->length_ms = (long long)(b->seconds * 1000.0 + 0.5);
	a->tier = (char *)"normal";
	a->outcome = LOA_ASRUN_MISSED;
	a->reason = (char *)NOT_LOGGED_REASON;
}

/* The string of list[0..n-1] equal to s, or NULL. */
static const char *find(const char *const *list, size_t n, const char *s)
{
	size_t i;

	for (i = n; i-- > 0;)
		if (!strcmp(list[i], s))
			return list[i];
	return NULL;
}

static int note_plan_commune(struct loa_report_plan *p, const char *id)
{
	const char **list;

	if (find(p->communes, p->n_communes, id))
		return 0;
	list = realloc(p->communes, (p->n_communes + 1) * sizeof(*list));
	if (!list)
		return -1;
	p->communes = list;
	list[p->n_communes++] = id;
	return 0;
}

/* Counts b as planned, missed and not logged if it started before now,
 * and files it under its key. */
static int add_entry(struct loa_report *r, struct loa_report_plan *p,
		     const struct loa_broadcast *b, long long now)
{
	static const struct report_op missing = { 1, 1 };
	struct plan_entry *e = &p->entries[p->n];
	size_t h = key_hash(b->schedule->commune->id, b->date, b->slot->id,
			    b->script->id) & (p->n_heads - 1);
	struct loa_asrun a;

	e->b = b;
	e->used = 0;
	e->counted = clock_unix_time(b->date, b->start) < now;
	if (e->counted) {
		as_item(b, &a);
		if (report_count(r, &a, b->date, &missing) < 0)
			return -1;
		p->counted++;
	} else {
		p->later++;
	}
	e->next = p->heads[h];
	p->heads[h] = p->n++;
	return 0;
}

loa_status loa_report_add_plan(struct loa_report *r,
			       const struct loa_plan *plan, long long now,
			       struct loa_error *err)
{
	struct loa_report_plan *p;
	size_t i;

	if (r->plan || r->n_sources)
		return loa_error_set(err, LOA_EINTERNAL, "a report takes one "
				     "plan, before its inputs");
	if (!(p = r->plan = calloc(1, sizeof(*p))))
		goto nomem;
	for (p->n_heads = 64; p->n_heads < plan->n * 2; p->n_heads *= 2)
		;
	p->entries = malloc((plan->n + 1) * sizeof(*p->entries));
	p->heads = malloc(p->n_heads * sizeof(*p->heads));
	if (!p->entries || !p->heads)
		goto nomem;
	for (i = 0; i < p->n_heads; i++)
		p->heads[i] = SIZE_MAX;
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		const char *commune = b->schedule->commune->id;

		if (note_plan_commune(p, commune))
			goto nomem;
		if (report_wanted(r, b->date, commune) &&
		    add_entry(r, p, b, now))
			goto nomem;
	}
	return LOA_OK;
nomem:
	return loa_error_set(err, LOA_ENOMEM, "out of memory for the report");
}

static int same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

int report_plan_match(struct loa_report *r, const struct loa_asrun *item,
		      int day)
{
	static const struct report_op take_back = { -1, 1 };
	struct loa_report_plan *p = r->plan;
	const char *commune = item->commune_id ? item->commune_id : "?";
	struct loa_asrun a;
	size_t i;

	if (!p)
		return 0;
	/* Rows come a database, and so a commune, at a time. */
	if ((!p->last || strcmp(p->last, commune)) &&
	    !(p->last = find(p->communes, p->n_communes, commune)))
		return report_note_name(&p->unplanned, &p->n_unplanned,
					commune);
	i = p->heads[key_hash(commune, day, item->slot, item->script_id) &
		     (p->n_heads - 1)];
	for (; i != SIZE_MAX; i = p->entries[i].next) {
		struct plan_entry *e = &p->entries[i];
		const struct loa_broadcast *b = e->b;

		if (e->used || b->date != day ||
		    !same(commune, b->schedule->commune->id) ||
		    !same(item->slot, b->slot->id) ||
		    !same(item->script_id, b->script->id))
			continue;
		e->used = 1;
		if (!e->counted) {
			p->later--;
			return 1;
		}
		as_item(b, &a);
		return report_count(r, &a, day, &take_back) < 0 ? -1 : 1;
	}
	p->not_in_plan++;
	return 0;
}

const char *loa_report_note(const struct loa_report *r, size_t i,
			    char *buf, size_t size)
{
	const struct loa_report_plan *p = r->plan;
	size_t k = 0;

	if (!p) {
		if (i)
			return NULL;
		snprintf(buf, size, "Không có lịch phát sóng: số “Kế hoạch” "
			 "đếm theo nhật ký phát sóng, nên ngày trạm không chạy "
			 "không được tính là bỏ lỡ.");
		return buf;
	}
	if (i == k++)
		snprintf(buf, size, "“Kế hoạch” theo lịch phát sóng: %lld "
			 "chương trình. Chương trình trong lịch mà nhật ký "
			 "không có dòng nào được tính là bỏ lỡ, ở cột “%s” "
			 "(trạm không chạy).", p->counted,
			 loa_report_count_titles[LOA_REPORT_NOT_LOGGED]);
	else if (p->later && i == k++)
		snprintf(buf, size, "%lld chương trình của lịch sau lúc lập báo "
			 "cáo chưa được tính.", p->later);
	else if (p->not_in_plan && i == k++)
		snprintf(buf, size, "%lld mục trong nhật ký không có trong lịch "
			 "(lịch đã thay đổi?): vẫn được tính vào “Kế hoạch”.",
			 p->not_in_plan);
	else if (i - k < p->n_unplanned)
		snprintf(buf, size, "Xã %s không có trong lịch: số “Kế hoạch” "
			 "của xã đếm theo nhật ký phát sóng.",
			 p->unplanned[i - k]);
	else
		return NULL;
	return buf;
}
