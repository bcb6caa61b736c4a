/*
 * Loading schedules: the set and its scripts, communes by reference, the
 * parts of one schedule, and loa_schedule_load.  A city file's template
 * and a commune's overrides are read as two layers of the same document
 * (schedule_city.c): a key in the override wins, so every error still
 * points at the line that holds the offending value, in the template or
 * in the override.  Values: schedule_values.c; zones: schedule_zones.c;
 * slots and their play lists: schedule_slots.c; the checks across slots:
 * schedule_checks.c.
 */
#include "schedule_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/paths.h"
#include "script/commune_parse.h"
#include "core/i18n.h"

static const char *const schedule_keys[] = {
	"commune", "valid_from", "valid_to", "exclude", "zones", "slots", NULL
};

const struct yd_node *sch_layer_get(const struct yd_node *base,
				       const struct yd_node *over,
				       const char *key)
{
	const struct yd_node *n = over ? yd_map_get(over, key) : NULL;

	return n ? n : base ? yd_map_get(base, key) : NULL;
}

loa_status sch_either(const struct yd_doc *doc, const struct yd_node *item,
		      const struct sch_either_form *form,
		      const struct yd_node **a, const struct yd_node **b,
		      struct loa_error *err)
{
	loa_status rc;

	*a = *b = NULL;
	if (item->kind == YD_SCALAR) {
		*a = item;
		return LOA_OK;
	}
	if (item->kind != YD_MAP)
		return yd_error(doc, item, err, "%s", _(form->kind_msg));
	if ((rc = yd_check_keys(doc, item, form->keys, err)))
		return rc;
	*a = yd_map_get(item, form->a);
	*b = yd_map_get(item, form->b);
	if (!*a == !*b)
		return yd_error(doc, item, err, "%s", _(form->one_msg));
	return LOA_OK;
}

loa_status sch_oom(struct loa_error *err)
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
	for (i = 0; i < s->n_zones; i++) {
		free(s->zone_ids[i]);
		free(s->zone_names[i]);
	}
	free(s->zone_ids);
	free(s->zone_names);
	free(s);
	*sp = NULL;
}

loa_status loa_schedule_set_new(struct loa_schedule_set **out,
				const char *root, struct loa_error *err)
{
	struct loa_schedule_set *set = calloc(1, sizeof(*set));

	*out = NULL;
	if (!set)
		return sch_oom(err);
	set->root = strdup(root ? root : ".");
	if (!set->root) {
		free(set);
		return sch_oom(err);
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
loa_status sch_find_script(struct loa_schedule_set *set,
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
		return sch_oom(err);
	}
	set->scripts[set->n_scripts] = script;
	set->script_seconds[set->n_scripts] = loa_script_estimate_seconds(script);
	*index = set->n_scripts++;
	return LOA_OK;
}

/* A commune by id (schedules/communes/ID.yaml) or by path. */
loa_status sch_load_commune_ref(struct loa_schedule_set *set,
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

loa_status sch_parse_schedule(struct loa_schedule_set *set,
				 const struct sch_layers *l,
				 struct loa_schedule *s, struct loa_error *err)
{
	const struct yd_doc *doc = l->doc;
	const struct yd_node *n;
	struct sch_zones z;
	loa_status rc;
	size_t n_excl = 0;

	s->valid_from = LOA_DATE_MIN;
	s->valid_to = LOA_DATE_MAX;
	if ((n = sch_layer_get(l->base, l->over, "valid_from")) &&
	    (rc = sch_parse_date(doc, n, &s->valid_from, err)))
		return rc;
	if ((n = sch_layer_get(l->base, l->over, "valid_to")) &&
	    (rc = sch_parse_date(doc, n, &s->valid_to, err)))
		return rc;
	if (s->valid_to < s->valid_from)
		return yd_error(doc, n, err, "valid_to is before valid_from");
	/* Exclusions add up: the city's holidays and the commune's own. */
	if (l->base && (rc = sch_parse_excludes(doc, yd_map_get(l->base, "exclude"),
						&s->exclude, &n_excl, err)))
		return rc;
	if ((rc = sch_parse_excludes(doc, yd_map_get(l->over, "exclude"),
				     &s->exclude, &n_excl, err)))
		return rc;
	sch_merge_ranges(s->exclude, &n_excl);
	s->n_exclude = n_excl;
	if ((rc = sch_parse_zones(doc, sch_layer_get(l->base, l->over, "zones"), &z,
			      err)) ||
	    (rc = sch_keep_zones(&z, s, err)))
		return rc;
	return sch_parse_slots(set, l, &z, s, err);
}

/* Refuses a commune that another schedule of the set already covers. */
loa_status sch_check_unique(const struct loa_schedule_set *set,
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

loa_status sch_new_schedule(const char *file, struct loa_schedule **out,
			       struct loa_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out || !((*out)->file = strdup(file))) {
		free(*out);
		*out = NULL;
		return sch_oom(err);
	}
	return LOA_OK;
}

/* Loads the parsed doc of path into set; releases doc. */
static loa_status load_doc(struct loa_schedule_set *set, const char *path,
			   struct yd_doc doc, struct loa_error *err)
{
	struct loa_schedule **items = NULL, **grown;
	size_t n_items = 0, i;
	loa_status rc;

	if (!doc.root || doc.root->kind != YD_MAP) {
		rc = yd_error(&doc, doc.root, err,
			      "a schedule is a mapping with commune: and slots:");
		goto out;
	}
	if (yd_map_get(doc.root, "communes")) {
		rc = sch_load_city(set, &doc, &items, &n_items, err);
	} else {
		struct sch_layers l = { &doc, NULL, doc.root };
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
			rc = sch_oom(err);
			goto out;
		}
		if ((rc = sch_new_schedule(path, &items[0], err)))
			goto out;
		n_items = 1;
		if ((rc = sch_load_commune_ref(set, &doc, ref, &items[0]->commune,
					   err)) ||
		    (rc = sch_check_unique(set, NULL, 0, &doc, ref,
				       items[0]->commune, err)) ||
		    (rc = sch_parse_schedule(set, &l, items[0], err)))
			goto out;
	}
	if (rc)
		goto out;
	grown = realloc(set->items, (set->n + n_items) * sizeof(*grown));
	if (!grown) {
		rc = sch_oom(err);
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

loa_status loa_schedule_load(struct loa_schedule_set *set, const char *path,
			     struct loa_error *err)
{
	struct yd_doc doc;
	loa_status rc = yd_load_file(&doc, path, err);

	return rc ? rc : load_doc(set, path, doc, err);
}

loa_status loa_schedule_load_text(struct loa_schedule_set *set,
				  const char *path, const char *text,
				  size_t len, struct loa_error *err)
{
	struct yd_doc doc;
	loa_status rc = yd_load_string(&doc, path, text, len, err);

	return rc ? rc : load_doc(set, path, doc, err);
}
