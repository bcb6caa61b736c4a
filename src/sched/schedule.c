/*
 * Loading schedules and city files.  A city file's template and a
 * commune's overrides are read as two layers of the same document: a key
 * in the override wins, so every error still points at the line that
 * holds the offending value, in the template or in the override.
 */
#include "loa/schedule.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loa/paths.h"
#include "loa/plan.h"
#include "script/commune_parse.h"
#include "core/yamldoc.h"

/* Caps against runaway input. */
#define MAX_SLOTS 64
#define MAX_ZONES 64            /* zone sets are 64-bit masks */
#define MAX_ENTRIES 64
#define MAX_ROTATION 256
#define MAX_EXCLUDE 1000
#define MAX_COMMUNES 5000
#define MAX_SCRIPTS 1000

/* A rotation without a from date counts from this Monday (1970-01-05). */
#define ROTATION_EPOCH 4

static const char *const schedule_keys[] = {
	"commune", "valid_from", "valid_to", "exclude", "zones", "slots", NULL
};
static const char *const city_keys[] = { "city", "template", "communes", NULL };
static const char *const template_keys[] = {
	"valid_from", "valid_to", "exclude", "zones", "slots", NULL
};
static const char *const member_keys[] = {
	"commune", "profile", "valid_from", "valid_to", "exclude", "zones",
	"slots", NULL
};
static const char *const slot_keys[] = {
	"id", "name", "days", "start", "length", "zones", "play", NULL
};
static const char *const override_slot_keys[] = {
	"id", "name", "days", "start", "length", "zones", "play", "remove", NULL
};
static const char *const entry_keys[] = { "script", "rotate", "from", "to", NULL };
static const char *const exclude_keys[] = { "date", "from", "to", "note", NULL };

/* Parse-time view of a schedule: the template layer and the override. */
struct layers {
	const struct yd_doc *doc;
	const struct yd_node *base;   /* template mapping, or NULL */
	const struct yd_node *over;   /* the commune's own mapping */
};

static const struct yd_node *layer_get(const struct yd_node *base,
				       const struct yd_node *over,
				       const char *key)
{
	const struct yd_node *n = over ? yd_map_get(over, key) : NULL;

	return n ? n : base ? yd_map_get(base, key) : NULL;
}

/* What the checks need beyond the public slot, kept while parsing. */
struct slot_info {
	uint64_t zones;
	const struct yd_node *node, *start_node, *length_node;
};

static loa_status oom(struct loa_error *err)
{
	return loa_error_set(err, LOA_ENOMEM, "out of memory");
}

/* ---- the set and its scripts ---- */

static void slot_release(struct loa_slot *slot)
{
	size_t i;

	free(slot->id);
	free(slot->name);
	free(slot->zones);
	for (i = 0; i < slot->n_entries; i++) {
		free(slot->entries[i].scripts);
		free(slot->entries[i].seconds);
	}
	free(slot->entries);
	memset(slot, 0, sizeof(*slot));
}

static void schedule_free(struct loa_schedule **sp)
{
	struct loa_schedule *s = *sp;
	size_t i;

	if (!s)
		return;
	free(s->file);
	loa_commune_free(&s->commune);
	free(s->exclude);
	for (i = 0; i < s->n_slots; i++)
		slot_release(&s->slots[i]);
	free(s->slots);
	free(s);
	*sp = NULL;
}

loa_status loa_schedule_set_new(struct loa_schedule_set **out,
				const char *root, struct loa_error *err)
{
	struct loa_schedule_set *set = calloc(1, sizeof(*set));

	*out = NULL;
	if (!set)
		return oom(err);
	set->root = strdup(root ? root : ".");
	if (!set->root) {
		free(set);
		return oom(err);
	}
	*out = set;
	return LOA_OK;
}

void loa_schedule_set_free(struct loa_schedule_set **setp)
{
	struct loa_schedule_set *set = setp ? *setp : NULL;
	size_t i;

	if (!set)
		return;
	for (i = 0; i < set->n; i++)
		schedule_free(&set->items[i]);
	free(set->items);
	for (i = 0; i < set->n_scripts; i++)
		loa_script_free(&set->scripts[i]);
	free(set->scripts);
	free(set->script_seconds);
	free(set->root);
	free(set);
	*setp = NULL;
}

/* Finds or loads scripts/<id>.yaml; node is where the id was written. */
static loa_status find_script(struct loa_schedule_set *set,
			      const struct yd_doc *doc,
			      const struct yd_node *node, size_t *index,
			      struct loa_error *err)
{
	struct loa_script *script = NULL, **scripts;
	struct loa_error inner;
	char rel[128], *path = NULL;
	double *seconds;
	loa_status rc;
	size_t i;

	if (node->kind != YD_SCALAR || !profile_id_valid(node->text))
		return yd_error(doc, node, err,
				"a script is named by its id (a-z, 0-9 and '-')");
	for (i = 0; i < set->n_scripts; i++) {
		if (!strcmp(set->scripts[i]->id, node->text)) {
			*index = i;
			return LOA_OK;
		}
	}
	if (set->n_scripts >= MAX_SCRIPTS)
		return yd_error(doc, node, err, "more than %d scripts",
				MAX_SCRIPTS);
	snprintf(rel, sizeof(rel), "scripts/%s.yaml", node->text);
	loa_error_clear(&inner);
	if (loa_path_resolve(set->root, "scripts", rel, &path, &inner))
		return yd_error(doc, node, err, "unknown script '%s' (no %s)",
				node->text, rel);
	rc = loa_script_load(&script, path, set->root, &inner);
	free(path);
	if (rc)
		return loa_error_at(err, rc, doc->file, node->line, node->column,
				    "script '%s': %s", node->text, inner.msg);
	if (strcmp(script->id, node->text)) {
		rc = yd_error(doc, node, err,
			      "%s says its id is '%s', not '%s'", rel,
			      script->id, node->text);
		loa_script_free(&script);
		return rc;
	}
	scripts = realloc(set->scripts, (set->n_scripts + 1) * sizeof(*scripts));
	if (scripts)
		set->scripts = scripts;
	seconds = realloc(set->script_seconds,
			  (set->n_scripts + 1) * sizeof(*seconds));
	if (seconds)
		set->script_seconds = seconds;
	if (!scripts || !seconds) {
		loa_script_free(&script);
		return oom(err);
	}
	set->scripts[set->n_scripts] = script;
	set->script_seconds[set->n_scripts] = loa_script_estimate_seconds(script);
	*index = set->n_scripts++;
	return LOA_OK;
}

/* ---- small values ---- */

static loa_status parse_date(const struct yd_doc *doc,
			     const struct yd_node *node, int *out,
			     struct loa_error *err)
{
	if (node->kind != YD_SCALAR || loa_date_parse(node->text, out))
		return yd_error(doc, node, err,
				"expected a date such as 2026-12-01, not '%s'",
				node->kind == YD_SCALAR ? node->text : "...");
	return LOA_OK;
}

/* "06:30": hours 00-23, minutes 00-59. */
static loa_status parse_time(const struct yd_doc *doc,
			     const struct yd_node *node, int *out,
			     struct loa_error *err)
{
	const char *t = node->kind == YD_SCALAR ? node->text : "";
	size_t len = strlen(t);
	int h = -1, m = -1;

	if ((len == 5 || len == 4) && t[len - 3] == ':') {
		h = len == 5 ? (t[0] - '0') * 10 + (t[1] - '0') : t[0] - '0';
		m = (t[len - 2] - '0') * 10 + (t[len - 1] - '0');
		if ((len == 5 && (t[0] < '0' || t[0] > '9')) ||
		    t[len - 4] < '0' || t[len - 4] > '9' ||
		    t[len - 2] < '0' || t[len - 2] > '9' ||
		    t[len - 1] < '0' || t[len - 1] > '9')
			h = -1;
	}
	if (h < 0 || h > 23 || m < 0 || m > 59)
		return yd_error(doc, node, err,
				"expected a time such as 06:30, not '%s'",
				node->kind == YD_SCALAR ? t : "...");
	*out = h * 3600 + m * 60;
	return LOA_OK;
}

/* "15m", "1h30m", "90s", "10m30s": 1 second to 24 hours. */
static loa_status parse_length(const struct yd_doc *doc,
			       const struct yd_node *node, int *out,
			       struct loa_error *err)
{
	const char *p = node->kind == YD_SCALAR ? node->text : "";
	long total = 0;
	int last = 4; /* units must go h, m, s */

	if (!*p)
		goto bad;
	while (*p) {
		long v = 0;
		int unit, digits = 0;

		while (*p >= '0' && *p <= '9' && digits < 6) {
			v = v * 10 + (*p++ - '0');
			digits++;
		}
		if (!digits)
			goto bad;
		if (*p == 'h') {
			unit = 3;
			v *= 3600;
		} else if (*p == 'm' && p[1] == 'i' && p[2] == 'n') {
			unit = 2;
			v *= 60;
			p += 2;
		} else if (*p == 'm') {
			unit = 2;
			v *= 60;
		} else if (*p == 's') {
			unit = 1;
		} else {
			goto bad;
		}
		if (unit >= last)
			goto bad;
		last = unit;
		total += v;
		p++;
	}
	if (total < 1 || total > 24 * 3600)
		return yd_error(doc, node, err,
				"a slot lasts from 1s to 24h, not '%s'", node->text);
	*out = (int)total;
	return LOA_OK;
bad:
	return yd_error(doc, node, err,
			"expected a length such as 15m, 1h30m or 90s, not '%s'",
			node->kind == YD_SCALAR ? node->text : "...");
}

static int day_index(const char *s)
{
	static const char *const en[] = { "mon", "tue", "wed", "thu", "fri",
					  "sat", "sun" };
	static const char *const vi[] = { "t2", "t3", "t4", "t5", "t6", "t7",
					  "cn" };
	int i;

	for (i = 0; i < 7; i++)
		if (!strcmp(s, en[i]) || !strcmp(s, vi[i]))
			return i;
	return -1;
}

/* One word of a days list: "mon", "mon-fri", "daily", ... into mask. */
static int day_word(const char *s, unsigned *mask)
{
	char a[8], b[8];
	const char *dash = strchr(s, '-');
	int i, j;

	if (!strcmp(s, "daily") || !strcmp(s, "every day")) {
		*mask |= 0x7f;
		return 0;
	}
	if (!strcmp(s, "weekdays")) {
		*mask |= 0x1f;
		return 0;
	}
	if (!strcmp(s, "weekend")) {
		*mask |= 0x60;
		return 0;
	}
	if (!dash) {
		if ((i = day_index(s)) < 0)
			return -1;
		*mask |= 1u << i;
		return 0;
	}
	if ((size_t)(dash - s) >= sizeof(a) || strlen(dash + 1) >= sizeof(b))
		return -1;
	memcpy(a, s, (size_t)(dash - s));
	a[dash - s] = '\0';
	memcpy(b, dash + 1, strlen(dash + 1) + 1);
	i = day_index(a);
	j = day_index(b);
	if (i < 0 || j < 0 || j < i)
		return -1;
	for (; i <= j; i++)
		*mask |= 1u << i;
	return 0;
}

static loa_status parse_days(const struct yd_doc *doc,
			     const struct yd_node *node, unsigned *out,
			     struct loa_error *err)
{
	unsigned mask = 0;
	size_t i;

	if (node->kind == YD_SCALAR) {
		if (day_word(node->text, &mask))
			goto bad;
	} else if (node->kind == YD_SEQ && node->n) {
		for (i = 0; i < node->n; i++) {
			const struct yd_node *d = node->items[i];

			if (d->kind != YD_SCALAR || day_word(d->text, &mask)) {
				node = d;
				goto bad;
			}
		}
	} else {
		goto bad;
	}
	*out = mask;
	return LOA_OK;
bad:
	return yd_error(doc, node, err,
			"expected days such as [mon, wed, fri], mon-fri, weekdays or daily");
}

static void format_hms(int s, char buf[16])
{
	if (s >= 3600)
		snprintf(buf, 16, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, 16, "%d:%02d", s / 60, s % 60);
}

/* ---- schedule-level parts ---- */

static int range_cmp(const void *a, const void *b)
{
	const struct loa_date_range *x = a, *y = b;

	return (x->from > y->from) - (x->from < y->from);
}

static loa_status parse_exclude_list(const struct yd_doc *doc,
				     const struct yd_node *list,
				     struct loa_date_range **ranges, size_t *n,
				     struct loa_error *err)
{
	struct loa_date_range *r;
	loa_status rc;
	size_t i;

	if (!list)
		return LOA_OK;
	if ((rc = yd_expect(doc, list, YD_SEQ, "exclude (a list of dates)", err)))
		return rc;
	if (*n + list->n > MAX_EXCLUDE)
		return yd_error(doc, list, err, "more than %d exclusions",
				MAX_EXCLUDE);
	r = realloc(*ranges, (*n + list->n + 1) * sizeof(*r));
	if (!r)
		return oom(err);
	*ranges = r;
	for (i = 0; i < list->n; i++) {
		const struct yd_node *item = list->items[i], *a, *b;
		struct loa_date_range *x = &r[*n];

		if (item->kind == YD_SCALAR) {
			if ((rc = parse_date(doc, item, &x->from, err)))
				return rc;
			x->to = x->from;
		} else if (item->kind == YD_MAP) {
			if ((rc = yd_check_keys(doc, item, exclude_keys, err)))
				return rc;
			a = yd_map_get(item, "date");
			if (a && (yd_map_get(item, "from") || yd_map_get(item, "to")))
				return yd_error(doc, item, err,
						"give either date or from and to");
			if (a) {
				if ((rc = parse_date(doc, a, &x->from, err)))
					return rc;
				x->to = x->from;
			} else {
				a = yd_map_get(item, "from");
				b = yd_map_get(item, "to");
				if (!a || !b)
					return yd_error(doc, item, err,
							"an excluded period needs from and to");
				if ((rc = parse_date(doc, a, &x->from, err)) ||
				    (rc = parse_date(doc, b, &x->to, err)))
					return rc;
				if (x->to < x->from)
					return yd_error(doc, b, err,
							"the period ends before it starts");
			}
			a = yd_map_get(item, "note");
			if (a && a->kind != YD_SCALAR)
				return yd_error(doc, a, err, "note must be text");
		} else {
			return yd_error(doc, item, err,
					"expected a date or {from: DATE, to: DATE}");
		}
		(*n)++;
	}
	return LOA_OK;
}

/* Sorts and merges overlapping or adjacent ranges. */
static void merge_ranges(struct loa_date_range *r, size_t *n)
{
	size_t i, out = 0;

	if (!*n)
		return;
	qsort(r, *n, sizeof(*r), range_cmp);
	for (i = 1; i < *n; i++) {
		if (r[i].from <= r[out].to + 1) {
			if (r[i].to > r[out].to)
				r[out].to = r[i].to;
		} else {
			r[++out] = r[i];
		}
	}
	*n = out + 1;
}

struct zones {
	size_t n;
	const struct yd_node *ids[MAX_ZONES];
	const struct yd_node *names[MAX_ZONES];
};

static loa_status parse_zones(const struct yd_doc *doc,
			      const struct yd_node *map, struct zones *z,
			      struct loa_error *err)
{
	loa_status rc;
	size_t i;

	z->n = 0;
	if (!map)
		return LOA_OK;
	if ((rc = yd_expect(doc, map, YD_MAP, "zones (id: name)", err)))
		return rc;
	if (map->n > MAX_ZONES)
		return yd_error(doc, map, err, "more than %d zones", MAX_ZONES);
	for (i = 0; i < map->n; i++) {
		const struct yd_node *id = map->items[2 * i];
		const struct yd_node *name = map->items[2 * i + 1];

		if (!profile_id_valid(id->text))
			return yd_error(doc, id, err,
					"zone id '%s' may use only a-z, 0-9 and '-'",
					id->text);
		if ((rc = yd_expect(doc, name, YD_SCALAR, "a zone name", err)))
			return rc;
		z->ids[i] = id;
		z->names[i] = name;
	}
	z->n = map->n;
	return LOA_OK;
}

/* Appends s to a bounded string buffer. */
static void append(char *buf, size_t size, const char *s)
{
	size_t len = strlen(buf);

	if (len < size - 1)
		snprintf(buf + len, size - len, "%s", s);
}

static loa_status parse_slot_zones(const struct yd_doc *doc,
				   const struct yd_node *node,
				   const struct zones *z,
				   const struct loa_commune *commune,
				   struct loa_slot *slot, uint64_t *mask,
				   struct loa_error *err)
{
	char buf[1024] = "";
	size_t i, j;

	*mask = ~(uint64_t)0;
	if (!node || (node->kind == YD_SCALAR && !strcmp(node->text, "all"))) {
		/* The whole commune: "toàn xã", "toàn phường", ... */
		snprintf(buf, sizeof(buf), "toàn %s", commune->kind);
		goto done;
	}
	if (node->kind != YD_SEQ || !node->n)
		return yd_error(doc, node, err,
				"expected a list of zone ids, or all");
	*mask = 0;
	for (i = 0; i < node->n; i++) {
		const struct yd_node *ref = node->items[i];

		for (j = 0; j < z->n; j++)
			if (ref->kind == YD_SCALAR &&
			    !strcmp(ref->text, z->ids[j]->text))
				break;
		if (j == z->n)
			return yd_error(doc, ref, err,
					"unknown zone '%s' (declare it under zones:)",
					ref->kind == YD_SCALAR ? ref->text : "...");
		if (*mask & ((uint64_t)1 << j))
			continue;
		*mask |= (uint64_t)1 << j;
		if (buf[0])
			append(buf, sizeof(buf), ", ");
		append(buf, sizeof(buf), z->names[j]->text);
	}
done:
	slot->zones = strdup(buf);
	return slot->zones ? LOA_OK : oom(err);
}

static loa_status parse_entry(struct loa_schedule_set *set,
			      const struct yd_doc *doc,
			      const struct yd_node *item,
			      const struct loa_schedule *s,
			      struct loa_slot_entry *e, struct loa_error *err)
{
	const struct yd_node *script, *rotate, *n;
	loa_status rc;
	size_t i, idx = 0, count;

	e->from = LOA_DATE_MIN;
	e->to = LOA_DATE_MAX;
	e->line = item->line;
	e->column = item->column;
	if (item->kind == YD_SCALAR) {
		script = item;
		rotate = NULL;
	} else if (item->kind == YD_MAP) {
		if ((rc = yd_check_keys(doc, item, entry_keys, err)))
			return rc;
		script = yd_map_get(item, "script");
		rotate = yd_map_get(item, "rotate");
		if (!script == !rotate)
			return yd_error(doc, item, err,
					"an entry has either script: or rotate:");
		if ((n = yd_map_get(item, "from")) &&
		    (rc = parse_date(doc, n, &e->from, err)))
			return rc;
		if ((n = yd_map_get(item, "to")) &&
		    (rc = parse_date(doc, n, &e->to, err)))
			return rc;
		if (e->to < e->from)
			return yd_error(doc, n, err,
					"the entry ends before it starts");
	} else {
		return yd_error(doc, item, err,
				"expected a script id, {script: ID} or {rotate: [IDS]}");
	}
	if (rotate) {
		if (rotate->kind != YD_SEQ || !rotate->n)
			return yd_error(doc, rotate, err,
					"rotate wants a list of script ids");
		if (rotate->n > MAX_ROTATION)
			return yd_error(doc, rotate, err,
					"more than %d scripts in a rotation",
					MAX_ROTATION);
		count = rotate->n;
		e->rotate = 1;
	} else {
		count = 1;
	}
	e->scripts = calloc(count, sizeof(*e->scripts));
	e->seconds = calloc(count, sizeof(*e->seconds));
	if (!e->scripts || !e->seconds)
		return oom(err);
	for (i = 0; i < count; i++) {
		const struct yd_node *ref = rotate ? rotate->items[i] : script;

		if ((rc = find_script(set, doc, ref, &idx, err)))
			return rc;
		e->scripts[i] = set->scripts[idx];
		e->seconds[i] = set->script_seconds[idx];
		e->n = i + 1;
	}
	/* The rotation's first script plays on the first day it is valid. */
	e->anchor = e->from != LOA_DATE_MIN ? e->from :
		s->valid_from != LOA_DATE_MIN ? s->valid_from : ROTATION_EPOCH;
	return LOA_OK;
}

/*
 * The longest the slot's scripts can take on any day: the entries valid
 * together change only where an entry starts or ends.
 */
static loa_status check_fit(const struct yd_doc *doc,
			    const struct loa_slot *slot,
			    const struct slot_info *info,
			    struct loa_error *err)
{
	size_t i, j;

	for (i = 0; i <= slot->n_entries; i++) {
		int probe[2], k;

		probe[0] = i ? slot->entries[i - 1].from : LOA_DATE_MIN;
		probe[1] = i && slot->entries[i - 1].to < LOA_DATE_MAX ?
			slot->entries[i - 1].to + 1 : LOA_DATE_MIN;
		for (k = 0; k < 2; k++) {
			double total = 0;
			char took[16], len[16], when[40] = "", d[11];

			for (j = 0; j < slot->n_entries; j++) {
				const struct loa_slot_entry *e = &slot->entries[j];
				double longest = 0;
				size_t m;

				if (probe[k] < e->from || probe[k] > e->to)
					continue;
				for (m = 0; m < e->n; m++)
					if (e->seconds[m] > longest)
						longest = e->seconds[m];
				total += longest;
			}
			if (total <= slot->length)
				continue;
			format_hms((int)(total + 0.999), took);
			format_hms(slot->length, len);
			if (probe[k] != LOA_DATE_MIN) {
				loa_date_format(probe[k], d);
				snprintf(when, sizeof(when), " from %s", d);
			}
			return yd_error(doc, info->length_node, err,
					"the scripts of slot '%s' take about %s%s, longer than its length %s",
					slot->id, took, when, len);
		}
	}
	return LOA_OK;
}

static const char *const day_names[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday"
};

static loa_status check_overlaps(const struct yd_doc *doc,
				 const struct loa_schedule *s,
				 const struct slot_info *info,
				 struct loa_error *err)
{
	size_t i, j;

	for (j = 0; j < s->n_slots; j++) {
		const struct loa_slot *b = &s->slots[j];

		for (i = 0; i < j; i++) {
			const struct loa_slot *a = &s->slots[i];
			unsigned common = a->days & b->days;
			char a0[16], a1[16], b0[16], b1[16];
			int d = 0;

			if (!strcmp(a->id, b->id))
				return yd_error(doc, info[j].node, err,
						"two slots are called '%s'", b->id);
			if (!common || !(info[i].zones & info[j].zones) ||
			    a->start >= b->start + b->length ||
			    b->start >= a->start + a->length)
				continue;
			while (!((common >> d) & 1))
				d++;
			format_hms(a->start / 60, a0);
			format_hms((a->start + a->length) / 60, a1);
			format_hms(b->start / 60, b0);
			format_hms((b->start + b->length) / 60, b1);
			return yd_error(doc, info[j].start_node, err,
					"slot '%s' (%s-%s) overlaps slot '%s' (%s-%s) on %s",
					b->id, b0, b1, a->id, a0, a1,
					day_names[d]);
		}
	}
	return LOA_OK;
}

static loa_status parse_slot(struct loa_schedule_set *set,
			     const struct yd_doc *doc,
			     const struct yd_node *base,
			     const struct yd_node *over,
			     const struct zones *z, struct loa_schedule *s,
			     struct loa_slot *slot, struct slot_info *info,
			     struct loa_error *err)
{
	const struct yd_node *n, *play;
	loa_status rc;
	size_t i;

	info->node = over ? over : base;
	n = layer_get(base, over, "id");
	if (!n || n->kind != YD_SCALAR || !profile_id_valid(n->text))
		return yd_error(doc, n ? n : info->node, err,
				"a slot needs an id of a-z, 0-9 and '-' (used in file names)");
	slot->id = strdup(n->text);
	n = layer_get(base, over, "name");
	if (n && (rc = yd_expect(doc, n, YD_SCALAR, "name", err)))
		return rc;
	slot->name = strdup(n ? n->text : slot->id);
	if (!slot->id || !slot->name)
		return oom(err);
	if (!(n = layer_get(base, over, "days")))
		return yd_error(doc, info->node, err, "slot '%s' needs days",
				slot->id);
	if ((rc = parse_days(doc, n, &slot->days, err)))
		return rc;
	if (!(n = info->start_node = layer_get(base, over, "start")))
		return yd_error(doc, info->node, err, "slot '%s' needs a start time",
				slot->id);
	if ((rc = parse_time(doc, n, &slot->start, err)))
		return rc;
	if (!(n = info->length_node = layer_get(base, over, "length")))
		return yd_error(doc, info->node, err, "slot '%s' needs a length",
				slot->id);
	if ((rc = parse_length(doc, n, &slot->length, err)))
		return rc;
	if (slot->start + slot->length > 24 * 3600)
		return yd_error(doc, n, err,
				"slot '%s' would run past midnight", slot->id);
	if ((rc = parse_slot_zones(doc, layer_get(base, over, "zones"), z,
				   s->commune, slot, &info->zones, err)))
		return rc;
	play = layer_get(base, over, "play");
	if (!play)
		return yd_error(doc, info->node, err,
				"slot '%s' needs a play list", slot->id);
	if (play->kind != YD_SEQ || !play->n)
		return yd_error(doc, play, err,
				"play wants a list of scripts or rotations");
	if (play->n > MAX_ENTRIES)
		return yd_error(doc, play, err, "more than %d entries",
				MAX_ENTRIES);
	slot->entries = calloc(play->n, sizeof(*slot->entries));
	if (!slot->entries)
		return oom(err);
	for (i = 0; i < play->n; i++) {
		slot->n_entries = i + 1;
		if ((rc = parse_entry(set, doc, play->items[i], s,
				      &slot->entries[i], err)))
			return rc;
	}
	return check_fit(doc, slot, info, err);
}

static const struct yd_node *find_slot(const struct yd_node *list,
				       const char *id)
{
	size_t i;

	for (i = 0; list && i < list->n; i++) {
		const struct yd_node *n = list->items[i];
		const struct yd_node *v = n->kind == YD_MAP ?
			yd_map_get(n, "id") : NULL;

		if (v && v->kind == YD_SCALAR && !strcmp(v->text, id))
			return n;
	}
	return NULL;
}

static int slot_cmp(const void *a, const void *b)
{
	const struct loa_slot *x = a, *y = b;

	if (x->start != y->start)
		return (x->start > y->start) - (x->start < y->start);
	return strcmp(x->id, y->id);
}

/*
 * The slots of a schedule: the template's, each merged with the
 * override of the same id (or removed by remove: true), then the
 * override's new slots.
 */
static loa_status parse_slots(struct loa_schedule_set *set,
			      const struct layers *l, const struct zones *z,
			      struct loa_schedule *s, struct loa_error *err)
{
	const struct yd_node *tlist = l->base ? yd_map_get(l->base, "slots") : NULL;
	const struct yd_node *olist = yd_map_get(l->over, "slots");
	const struct yd_doc *doc = l->doc;
	struct slot_info info[MAX_SLOTS];
	loa_status rc;
	size_t i, total;
	int pass;

	if (tlist && (rc = yd_expect(doc, tlist, YD_SEQ, "slots", err)))
		return rc;
	if (olist && (rc = yd_expect(doc, olist, YD_SEQ, "slots", err)))
		return rc;
	total = (tlist ? tlist->n : 0) + (olist ? olist->n : 0);
	if (!total)
		return yd_error(doc, l->over, err, "the schedule has no slots");
	if (total > MAX_SLOTS)
		return yd_error(doc, olist ? olist : tlist, err,
				"more than %d slots", MAX_SLOTS);
	s->slots = calloc(total, sizeof(*s->slots));
	if (!s->slots)
		return oom(err);
	/* Pass 0: the template's slots; pass 1: the override's own. */
	for (pass = 0; pass < 2; pass++) {
		const struct yd_node *list = pass ? olist : tlist;

		for (i = 0; list && i < list->n; i++) {
			const struct yd_node *item = list->items[i], *id;
			const struct yd_node *base = NULL, *over = NULL, *rm;
			int removed = 0;

			if ((rc = yd_expect(doc, item, YD_MAP, "a slot", err)))
				return rc;
			if ((rc = yd_check_keys(doc, item, pass && l->base ?
						override_slot_keys : slot_keys,
						err)))
				return rc;
			id = yd_map_get(item, "id");
			if (!id || id->kind != YD_SCALAR)
				return yd_error(doc, item, err, "a slot needs an id");
			if (pass == 0) {
				base = item;
				over = find_slot(olist, id->text);
			} else {
				if (find_slot(tlist, id->text))
					continue; /* merged in pass 0 */
				over = item;
				if (yd_map_get(item, "remove"))
					return yd_error(doc, item, err,
							"the template has no slot '%s' to remove",
							id->text);
			}
			if (over && (rm = yd_map_get(over, "remove")) &&
			    (rc = yd_bool(doc, rm, &removed, err)))
				return rc;
			if (removed)
				continue;
			rc = parse_slot(set, doc, base, over, z, s,
					&s->slots[s->n_slots],
					&info[s->n_slots], err);
			s->n_slots++;
			if (rc)
				return rc;
		}
	}
	if (!s->n_slots)
		return yd_error(doc, l->over, err, "every slot was removed");
	if ((rc = check_overlaps(doc, s, info, err)))
		return rc;
	qsort(s->slots, s->n_slots, sizeof(*s->slots), slot_cmp);
	return LOA_OK;
}

/* A commune by id (schedules/communes/ID.yaml) or by path. */
static loa_status load_commune_ref(struct loa_schedule_set *set,
				   const struct yd_doc *doc,
				   const struct yd_node *node,
				   struct loa_commune **out,
				   struct loa_error *err)
{
	struct loa_error inner;
	char rel[PATH_MAX], *path = NULL;
	loa_status rc;

	if (node->kind != YD_SCALAR)
		return yd_error(doc, node, err,
				"commune wants a profile id or a path under schedules/");
	if (profile_id_valid(node->text))
		snprintf(rel, sizeof(rel), "schedules/communes/%s.yaml",
			 node->text);
	else
		snprintf(rel, sizeof(rel), "%s", node->text);
	loa_error_clear(&inner);
	if (loa_path_resolve(set->root, "schedules", rel, &path, &inner))
		return yd_error(doc, node, err, "unknown commune '%s': %s",
				node->text, inner.msg);
	rc = loa_commune_load(out, path, &inner);
	free(path);
	if (rc)
		return loa_error_at(err, rc, doc->file, node->line, node->column,
				    "commune '%s': %s", node->text, inner.msg);
	return LOA_OK;
}

static loa_status parse_schedule(struct loa_schedule_set *set,
				 const struct layers *l,
				 struct loa_schedule *s, struct loa_error *err)
{
	const struct yd_doc *doc = l->doc;
	const struct yd_node *n;
	struct zones z;
	loa_status rc;
	size_t n_excl = 0;

	s->valid_from = LOA_DATE_MIN;
	s->valid_to = LOA_DATE_MAX;
	if ((n = layer_get(l->base, l->over, "valid_from")) &&
	    (rc = parse_date(doc, n, &s->valid_from, err)))
		return rc;
	if ((n = layer_get(l->base, l->over, "valid_to")) &&
	    (rc = parse_date(doc, n, &s->valid_to, err)))
		return rc;
	if (s->valid_to < s->valid_from)
		return yd_error(doc, n, err, "valid_to is before valid_from");
	/* Exclusions add up: the city's holidays and the commune's own. */
	if (l->base && (rc = parse_exclude_list(doc, yd_map_get(l->base, "exclude"),
						&s->exclude, &n_excl, err)))
		return rc;
	if ((rc = parse_exclude_list(doc, yd_map_get(l->over, "exclude"),
				     &s->exclude, &n_excl, err)))
		return rc;
	merge_ranges(s->exclude, &n_excl);
	s->n_exclude = n_excl;
	if ((rc = parse_zones(doc, layer_get(l->base, l->over, "zones"), &z,
			      err)))
		return rc;
	return parse_slots(set, l, &z, s, err);
}

/* Refuses a commune that another schedule of the set already covers. */
static loa_status check_unique(const struct loa_schedule_set *set,
			       struct loa_schedule *const *mine, size_t n_mine,
			       const struct yd_doc *doc,
			       const struct yd_node *node,
			       const struct loa_commune *p,
			       struct loa_error *err)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		if (!strcmp(set->items[i]->commune->id, p->id))
			return yd_error(doc, node, err,
					"commune '%s' is already scheduled by %s",
					p->id, set->items[i]->file);
	for (i = 0; i < n_mine; i++)
		if (!strcmp(mine[i]->commune->id, p->id))
			return yd_error(doc, node, err,
					"commune '%s' is listed twice", p->id);
	return LOA_OK;
}

static loa_status new_schedule(const char *file, struct loa_schedule **out,
			       struct loa_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out || !((*out)->file = strdup(file))) {
		free(*out);
		*out = NULL;
		return oom(err);
	}
	return LOA_OK;
}

static loa_status load_city(struct loa_schedule_set *set,
			    const struct yd_doc *doc,
			    struct loa_schedule ***items, size_t *n_items,
			    struct loa_error *err)
{
	const struct yd_node *root = doc->root, *tmpl, *list, *n;
	loa_status rc;
	size_t i;

	if ((rc = yd_check_keys(doc, root, city_keys, err)))
		return rc;
	if ((n = yd_map_get(root, "city")) &&
	    (rc = yd_expect(doc, n, YD_SCALAR, "city (a name)", err)))
		return rc;
	tmpl = yd_map_get(root, "template");
	if (tmpl && ((rc = yd_expect(doc, tmpl, YD_MAP, "template", err)) ||
		     (rc = yd_check_keys(doc, tmpl, template_keys, err))))
		return rc;
	list = yd_map_get(root, "communes");
	if ((rc = yd_expect(doc, list, YD_SEQ, "communes (a list)", err)))
		return rc;
	if (!list->n)
		return yd_error(doc, list, err, "the city lists no communes");
	if (list->n > MAX_COMMUNES)
		return yd_error(doc, list, err, "more than %d communes",
				MAX_COMMUNES);
	*items = calloc(list->n, sizeof(**items));
	if (!*items)
		return oom(err);
	for (i = 0; i < list->n; i++) {
		const struct yd_node *item = list->items[i], *ref, *inline_p;
		struct layers l = { doc, tmpl, NULL };
		struct loa_schedule *s;

		if ((rc = new_schedule(doc->file, &s, err)))
			return rc;
		(*items)[(*n_items)++] = s;
		if (item->kind == YD_SCALAR) {
			ref = item;
			inline_p = NULL;
		} else if (item->kind == YD_MAP) {
			if ((rc = yd_check_keys(doc, item, member_keys, err)))
				return rc;
			ref = yd_map_get(item, "commune");
			inline_p = yd_map_get(item, "profile");
			if (!ref == !inline_p)
				return yd_error(doc, item, err,
						"a commune has either commune: (id or path) or profile: (inline)");
			l.over = item;
		} else {
			return yd_error(doc, item, err,
					"expected a commune id or a mapping");
		}
		if (ref)
			rc = load_commune_ref(set, doc, ref, &s->commune, err);
		else
			rc = commune_parse(doc, inline_p, &s->commune, err);
		if (rc)
			return rc;
		if ((rc = check_unique(set, *items, *n_items - 1, doc,
				       ref ? ref : inline_p, s->commune, err)))
			return rc;
		if (!l.over) {
			/* No overrides: the template alone. */
			l.over = l.base;
			l.base = NULL;
		}
		if (!l.over)
			return yd_error(doc, root, err,
					"the city file has no template");
		if ((rc = parse_schedule(set, &l, s, err)))
			return rc;
	}
	return LOA_OK;
}

loa_status loa_schedule_load(struct loa_schedule_set *set, const char *path,
			     struct loa_error *err)
{
	struct loa_schedule **items = NULL, **grown;
	size_t n_items = 0, i;
	struct yd_doc doc;
	loa_status rc;

	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
	if (!doc.root || doc.root->kind != YD_MAP) {
		rc = yd_error(&doc, doc.root, err,
			      "a schedule is a mapping with commune: and slots:");
		goto out;
	}
	if (yd_map_get(doc.root, "communes")) {
		rc = load_city(set, &doc, &items, &n_items, err);
	} else {
		struct layers l = { &doc, NULL, doc.root };
		const struct yd_node *ref = yd_map_get(doc.root, "commune");

		if ((rc = yd_check_keys(&doc, doc.root, schedule_keys, err)))
			goto out;
		if (!ref) {
			rc = yd_error(&doc, doc.root, err,
				      "the schedule names no commune (commune: ID)");
			goto out;
		}
		items = calloc(1, sizeof(*items));
		if (!items) {
			rc = oom(err);
			goto out;
		}
		if ((rc = new_schedule(path, &items[0], err)))
			goto out;
		n_items = 1;
		if ((rc = load_commune_ref(set, &doc, ref, &items[0]->commune,
					   err)) ||
		    (rc = check_unique(set, NULL, 0, &doc, ref,
				       items[0]->commune, err)) ||
		    (rc = parse_schedule(set, &l, items[0], err)))
			goto out;
	}
	if (rc)
		goto out;
	grown = realloc(set->items, (set->n + n_items) * sizeof(*grown));
	if (!grown) {
		rc = oom(err);
		goto out;
	}
	set->items = grown;
	memcpy(set->items + set->n, items, n_items * sizeof(*items));
	set->n += n_items;
	n_items = 0;
out:
	for (i = 0; i < n_items; i++)
		schedule_free(&items[i]);
	free(items);
	yd_release(&doc);
	return rc;
}
