/*
 * A schedule's slots and their play lists, the template's merged with
 * the overrides of the same id.
 */
#include "schedule_int.h"

#include <stdlib.h>
#include <string.h>

#include "script/commune_parse.h"
#include "core/i18n.h"

static const char *const slot_keys[] = {
	"id", "name", "days", "start", "length", "zones", "play", NULL
};

static const char *const override_slot_keys[] = {
	"id", "name", "days", "start", "length", "zones", "play", "remove", NULL
};

static const char *const entry_keys[] = { "script", "rotate", "from", "to", NULL };

/* A play-list entry: a script id, or a mapping with script: or rotate:. */
static const struct sch_either_form entry_form = {
	entry_keys, "script", "rotate",
	N_("an entry has either script: or rotate:"),
	N_("expected a script id, {script: ID} or {rotate: [IDS]}")
};

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
	if ((rc = sch_either(doc, item, &entry_form, &script, &rotate, err)))
		return rc;
	if (item->kind == YD_MAP) {
		if ((n = yd_map_get(item, "from")) &&
		    (rc = sch_parse_date(doc, n, &e->from, err)))
			return rc;
		if ((n = yd_map_get(item, "to")) &&
		    (rc = sch_parse_date(doc, n, &e->to, err)))
			return rc;
		if (e->to < e->from)
			return yd_error(doc, n, err,
					"the entry ends before it starts");
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
		return sch_oom(err);
	for (i = 0; i < count; i++) {
		const struct yd_node *ref = rotate ? rotate->items[i] : script;

		if ((rc = sch_find_script(set, doc, ref, &idx, err)))
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

static loa_status parse_slot(struct loa_schedule_set *set,
			     const struct yd_doc *doc,
			     const struct yd_node *base,
			     const struct yd_node *over,
			     const struct sch_zones *z, struct loa_schedule *s,
			     struct loa_slot *slot, struct sch_slot_info *info,
			     struct loa_error *err)
{
	const struct yd_node *n, *play;
	loa_status rc;
	size_t i;

	info->node = over ? over : base;
	n = sch_layer_get(base, over, "id");
	if (!n || n->kind != YD_SCALAR || !profile_id_valid(n->text))
		return yd_error(doc, n ? n : info->node, err,
				"a slot needs an id of a-z, 0-9 and '-' (used in file names)");
	slot->id = strdup(n->text);
	n = sch_layer_get(base, over, "name");
	if (n && (rc = yd_expect(doc, n, YD_SCALAR, "name", err)))
		return rc;
	slot->name = strdup(n ? n->text : slot->id);
	if (!slot->id || !slot->name)
		return sch_oom(err);
	if (!(n = sch_layer_get(base, over, "days")))
		return yd_error(doc, info->node, err, "slot '%s' needs days",
				slot->id);
	if ((rc = sch_parse_days(doc, n, &slot->days, err)))
		return rc;
	if (!(n = info->start_node = sch_layer_get(base, over, "start")))
		return yd_error(doc, info->node, err, "slot '%s' needs a start time",
				slot->id);
	if ((rc = sch_parse_time(doc, n, &slot->start, err)))
		return rc;
	if (!(n = info->length_node = sch_layer_get(base, over, "length")))
		return yd_error(doc, info->node, err, "slot '%s' needs a length",
				slot->id);
	if ((rc = sch_parse_length(doc, n, &slot->length, err)))
		return rc;
	if (slot->start + slot->length > 24 * 3600)
		return yd_error(doc, n, err,
				"slot '%s' would run past midnight", slot->id);
	if ((rc = sch_parse_slot_zones(doc, sch_layer_get(base, over, "zones"), z,
				   s->commune, slot, &info->zones, err)))
		return rc;
	play = sch_layer_get(base, over, "play");
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
		return sch_oom(err);
	for (i = 0; i < play->n; i++) {
		slot->n_entries = i + 1;
		if ((rc = parse_entry(set, doc, play->items[i], s,
				      &slot->entries[i], err)))
			return rc;
	}
	return sch_check_fit(doc, slot, info, err);
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
loa_status sch_parse_slots(struct loa_schedule_set *set,
			      const struct sch_layers *l, const struct sch_zones *z,
			      struct loa_schedule *s, struct loa_error *err)
{
	const struct yd_node *tlist = l->base ? yd_map_get(l->base, "slots") : NULL;
	const struct yd_node *olist = yd_map_get(l->over, "slots");
	const struct yd_doc *doc = l->doc;
	struct sch_slot_info info[MAX_SLOTS];
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
		return sch_oom(err);
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
			s->slots[s->n_slots].line = item->line;
			s->slots[s->n_slots].column = item->column;
			rc = parse_slot(set, doc, base, over, z, s,
					&s->slots[s->n_slots],
					&info[s->n_slots], err);
			s->slots[s->n_slots].zone_mask = info[s->n_slots].zones;
			s->n_slots++;
			if (rc)
				return rc;
		}
	}
	if (!s->n_slots)
		return yd_error(doc, l->over, err, "every slot was removed");
	if ((rc = sch_check_overlaps(doc, s, info, err)))
		return rc;
	qsort(s->slots, s->n_slots, sizeof(*s->slots), slot_cmp);
	return LOA_OK;
}
