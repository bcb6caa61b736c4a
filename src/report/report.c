/*
 * Counting the as-run log into a report's tables (docs/reports.md).
 * Each table is an array with an open-addressing hash index while it
 * fills, so that a year of 104 communes (about 300,000 items) is one
 * pass with a few thousand rows.
 */
#include "loa/report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "loa/date.h"
#include "report_int.h"

const char *const loa_report_count_titles[LOA_REPORT_N_COUNTS] = {
	"Kế hoạch", "Đã phát", "Phát lại", "Bị cắt", "Bỏ lỡ", "Lỗi",
	"Gián đoạn", "Chưa kết thúc", "Tin khẩn cấp", "Tin ưu tiên",
	"Bỏ lỡ: không có nhật ký",
};

const char *const loa_report_required_topics[] = {
	"deepfake", "online-fraud", "personal-data", "ai-law", "fake-news",
	NULL
};

static const char *const topic_titles[][2] = {
	{ "deepfake", "Deepfake (giả mạo bằng AI)" },
	{ "online-fraud", "Lừa đảo trực tuyến" },
	{ "personal-data", "Dữ liệu cá nhân" },
	{ "ai-law", "Luật Trí tuệ nhân tạo" },
	{ "fake-news", "Tin giả" },
	{ "other", "Khác" },
	{ REPORT_NO_TOPIC, "(không ghi chủ đề)" },
};

const char *loa_report_topic_title(const char *topic)
{
	size_t i;

	for (i = 0; i < sizeof(topic_titles) / sizeof(topic_titles[0]); i++)
		if (!strcmp(topic, topic_titles[i][0]))
			return topic_titles[i][1];
	return topic;
}

void loa_report_init(struct loa_report *r, int from, int to,
		     const char *const *communes, size_t n_communes)
{
	memset(r, 0, sizeof(*r));
	r->from = from;
	r->to = to;
	r->communes = communes;
	r->n_communes = n_communes;
	r->total.week = -1;
}

static void row_release(struct loa_report_row *row)
{
	free(row->commune);
	free(row->zone);
	free(row->topic);
}

void loa_report_release(struct loa_report *r)
{
	size_t i, j;

	for (i = 0; i < LOA_REPORT_N_TABLES; i++) {
		for (j = 0; j < r->tables[i].n; j++)
			row_release(&r->tables[i].rows[j]);
		free(r->tables[i].rows);
		free(r->tables[i].slots);
	}
	for (i = 0; i < r->n_approvals; i++) {
		free(r->approvals[i].commune);
		free(r->approvals[i].script_id);
		free(r->approvals[i].by);
		free(r->approvals[i].at);
	}
	free(r->approvals);
	for (i = 0; i < r->n_sources; i++) {
		free(r->sources[i].path);
		free(r->sources[i].communes);
	}
	free(r->sources);
	report_plan_free(&r->plan);
	memset(r, 0, sizeof(*r));
}

uint64_t report_hash_text(uint64_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (h ^ 0xff) * 1099511628211ULL;
}

static uint64_t key_hash(const struct report_key *k)
{
	uint64_t h = 14695981039346656037ULL;

	h = report_hash_text(h, k->commune);
	h = report_hash_text(h, k->zone);
	h = report_hash_text(h, k->topic);
	return (h ^ (uint64_t)(k->week + 1)) * 1099511628211ULL;
}

static int same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int key_is(const struct loa_report_row *row, const struct report_key *k)
{
	return row->week == k->week && same_text(row->commune, k->commune) &&
		same_text(row->zone, k->zone) && same_text(row->topic, k->topic);
}

/* Rebuilds the index at twice the size (or 64 slots). */
static int table_reindex(struct loa_report_table *t)
{
	size_t n = t->n_slots ? t->n_slots * 2 : 64, i, *slots;

	if (!(slots = malloc(n * sizeof(*slots))))
		return -1;
	for (i = 0; i < n; i++)
		slots[i] = SIZE_MAX;
	for (i = 0; i < t->n; i++) {
		struct report_key k = { t->rows[i].commune, t->rows[i].zone,
					t->rows[i].topic, t->rows[i].week };
		size_t s = key_hash(&k) & (n - 1);

		while (slots[s] != SIZE_MAX)
			s = (s + 1) & (n - 1);
		slots[s] = i;
	}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n;
	return 0;
}

static char *dup_or_null(const char *s, int *failed)
{
	char *d;

	if (!s)
		return NULL;
	if (!(d = strdup(s)))
		*failed = 1;
	return d;
}

/* Appends the row for k; its index, or SIZE_MAX without memory. */
static size_t table_append(struct loa_report_table *t,
			   const struct report_key *k)
{
	struct loa_report_row *row;
	int failed = 0;

	if (t->n == t->alloc) {
		size_t alloc = t->alloc ? t->alloc * 2 : 32;
		void *p = realloc(t->rows, alloc * sizeof(*t->rows));

		if (!p)
			return SIZE_MAX;
		t->rows = p;
		t->alloc = alloc;
	}
	row = &t->rows[t->n];
	memset(row, 0, sizeof(*row));
	row->week = k->week;
	row->commune = dup_or_null(k->commune, &failed);
	row->zone = dup_or_null(k->zone, &failed);
	row->topic = dup_or_null(k->topic, &failed);
	if (failed) {
		row_release(row);
		return SIZE_MAX;
	}
	return t->n++;
}

struct loa_report_row *report_row(struct loa_report_table *t,
				  const struct report_key *k)
{
	size_t s, i;

	if ((t->n + 1) * 2 > t->n_slots && table_reindex(t))
		return NULL;
	s = key_hash(k) & (t->n_slots - 1);
	for (; t->slots[s] != SIZE_MAX; s = (s + 1) & (t->n_slots - 1))
		if (key_is(&t->rows[t->slots[s]], k))
			return &t->rows[t->slots[s]];
	if ((i = table_append(t, k)) == SIZE_MAX)
		return NULL;
	t->slots[s] = i;
	return &t->rows[i];
}

/* The day an item counts on: planned, else started; -1 if neither. */
int loa_report_item_day(const struct loa_asrun *item)
{
	const char *when = item->scheduled ? item->scheduled : item->started;
	char day[11];
	int date;

	if (!when || strlen(when) < 10)
		return -1;
	memcpy(day, when, 10);
	day[10] = '\0';
	return loa_date_parse(day, &date) ? -1 : date;
}

static void count_into(struct loa_report_row *row,
		       const struct loa_asrun *item, const struct report_op *op)
{
	static const enum loa_report_count by_outcome[] = {
		[LOA_ASRUN_OPEN] = LOA_REPORT_OPEN,
		[LOA_ASRUN_AIRED] = LOA_REPORT_AIRED,
		[LOA_ASRUN_REAIRED] = LOA_REPORT_REAIRED,
		[LOA_ASRUN_PREEMPTED] = LOA_REPORT_PREEMPTED,
		[LOA_ASRUN_MISSED] = LOA_REPORT_MISSED,
		[LOA_ASRUN_FAILED] = LOA_REPORT_FAILED,
		[LOA_ASRUN_INTERRUPTED] = LOA_REPORT_INTERRUPTED,
	};
	int d = op->delta;

	if (item->scheduled && !item->retry_of)
		row->n[LOA_REPORT_PLANNED] += d;
	if (op->not_logged)
		row->n[LOA_REPORT_NOT_LOGGED] += d;
	if ((unsigned)item->outcome < sizeof(by_outcome) / sizeof(by_outcome[0]))
		row->n[by_outcome[item->outcome]] += d;
	if (item->outcome == LOA_ASRUN_AIRED ||
	    item->outcome == LOA_ASRUN_REAIRED)
		row->aired_ms += d * (item->length_ms > 0 ? item->length_ms : 0);
	/* A bulletin cut and aired again is one bulletin. */
	if (!item->tier || item->retry_of)
		;
	else if (!strcmp(item->tier, "emergency"))
		row->n[LOA_REPORT_EMERGENCY] += d;
	else if (!strcmp(item->tier, "priority"))
		row->n[LOA_REPORT_PRIORITY] += d;
}

static int count_key(struct loa_report *r, enum loa_report_table_id t,
		     const struct report_key *k, const struct loa_asrun *item,
		     const struct report_op *op)
{
	struct loa_report_row *row = report_row(&r->tables[t], k);

	if (!row)
		return -1;
	count_into(row, item, op);
	return 0;
}

/* Each zone of "Thôn A, Thôn B" (or the whole commune) with its topic. */
static int count_zones(struct loa_report *r, struct report_key k,
		       const struct loa_asrun *item, const struct report_op *op)
{
	const char *p = item->zones;
	char zone[256];

	if (!p || !*p) {
		k.zone = REPORT_WHOLE_COMMUNE;
		return count_key(r, LOA_REPORT_BY_ZONE_TOPIC, &k, item, op);
	}
	while (*p) {
		size_t n = strcspn(p, ",");
		size_t len = n;
		const char *s = p;

		while (len && *s == ' ')
			s++, len--;
		while (len && s[len - 1] == ' ')
			len--;
		if (len >= sizeof(zone))
			len = sizeof(zone) - 1;
		memcpy(zone, s, len);
		zone[len] = '\0';
		k.zone = zone;
		if (len && count_key(r, LOA_REPORT_BY_ZONE_TOPIC, &k, item, op))
			return -1;
		p += n + (p[n] == ',');
	}
	return 0;
}

static int wanted_commune(const struct loa_report *r, const char *commune)
{
	size_t i;

	if (!r->n_communes)
		return 1;
	for (i = 0; i < r->n_communes; i++)
		if (commune && !strcmp(r->communes[i], commune))
			return 1;
	return 0;
}

int report_count(struct loa_report *r, const struct loa_asrun *item, int day,
		 const struct report_op *op)
{
	const char *commune = item->commune_id ? item->commune_id : "?";
	const char *topic = item->topic && *item->topic ? item->topic :
		REPORT_NO_TOPIC;
	struct report_key k = { commune, NULL, NULL, -1 };

	count_into(&r->total, item, op);
	if (count_key(r, LOA_REPORT_BY_COMMUNE, &k, item, op))
		return -1;
	k.topic = topic;
	if (count_key(r, LOA_REPORT_BY_COMMUNE_TOPIC, &k, item, op) ||
	    count_zones(r, k, item, op))
		return -1;
	k.commune = NULL;
	if (count_key(r, LOA_REPORT_BY_TOPIC, &k, item, op))
		return -1;
	k.week = day - loa_date_weekday(day);
	return count_key(r, LOA_REPORT_BY_WEEK_TOPIC, &k, item, op) ? -1 : 1;
}

int report_wanted(const struct loa_report *r, int day, const char *commune)
{
	return day >= r->from && day <= r->to && wanted_commune(r, commune);
}

int report_add(struct loa_report *r, const struct loa_asrun *item)
{
	static const struct report_op plain = { 1, 0 };
	int day = loa_report_item_day(item);

	if (!report_wanted(r, day, item->commune_id))
		return 0;
	/* A planned item takes its broadcast off the plan's "not logged". */
	if (item->scheduled && !item->retry_of &&
	    report_plan_match(r, item, day) < 0)
		return -1;
	return report_count(r, item, day, &plain);
}

loa_status loa_report_add_item(struct loa_report *r,
			       const struct loa_asrun *item,
			       struct loa_error *err)
{
	if (report_add(r, item) < 0)
		return loa_error_set(err, LOA_ENOMEM,
				     "out of memory for the report");
	return LOA_OK;
}

static int cmp_text(const char *a, const char *b)
{
	if (!a || !b)
		return !!a - !!b;
	return strcmp(a, b);
}

static int cmp_row(const void *pa, const void *pb)
{
	const struct loa_report_row *a = pa, *b = pb;
	int c;

	if ((c = cmp_text(a->commune, b->commune)) ||
	    (c = cmp_text(a->zone, b->zone)))
		return c;
	if (a->week != b->week)
		return a->week < b->week ? -1 : 1;
	return cmp_text(a->topic, b->topic);
}

static int cmp_approval(const void *pa, const void *pb)
{
	const struct loa_report_approval *a = pa, *b = pb;

	if (a->source != b->source)
		return a->source < b->source ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

/* Drops the rows left all zero when their plan items were matched. */
static void drop_empty(struct loa_report_table *t)
{
	size_t i, kept = 0;
	int c;

	for (i = 0; i < t->n; i++) {
		for (c = 0; c < LOA_REPORT_N_COUNTS && !t->rows[i].n[c]; c++)
			;
		if (c == LOA_REPORT_N_COUNTS && !t->rows[i].aired_ms)
			row_release(&t->rows[i]);
		else
			t->rows[kept++] = t->rows[i];
	}
	t->n = kept;
}

void loa_report_finish(struct loa_report *r)
{
	size_t i;

	for (i = 0; i < LOA_REPORT_N_TABLES; i++) {
		struct loa_report_table *t = &r->tables[i];

		drop_empty(t);
		if (t->n)
			qsort(t->rows, t->n, sizeof(*t->rows), cmp_row);
		free(t->slots);
		t->slots = NULL;
		t->n_slots = 0;
	}
	if (r->n_approvals)
		qsort(r->approvals, r->n_approvals, sizeof(*r->approvals),
		      cmp_approval);
}

int loa_report_format_parse(const char *name, enum loa_report_format *out)
{
	if (!strcmp(name, "xlsx"))
		*out = LOA_REPORT_XLSX;
	else if (!strcmp(name, "csv"))
		*out = LOA_REPORT_CSV;
	else if (!strcmp(name, "html"))
		*out = LOA_REPORT_HTML;
	else
		return -1;
	return 0;
}
