/* City files: one template shared by many communes, each with overrides. */
#include "schedule_int.h"

#include <stdlib.h>

#include "script/commune_parse.h"
#include "core/i18n.h"

static const char *const city_keys[] = { "city", "template", "communes", NULL };

static const char *const template_keys[] = {
	"valid_from", "valid_to", "exclude", "zones", "slots", NULL
};

static const char *const member_keys[] = {
	"commune", "profile", "valid_from", "valid_to", "exclude", "zones",
	"slots", NULL
};

/* A commune of the list: its id or path, or a mapping that says which. */
static const struct sch_either_form member_form = {
	member_keys, "commune", "profile",
	N_("a commune has either commune: (id or path) or profile: (inline)"),
	N_("expected a commune id or a mapping")
};

loa_status sch_load_city(struct loa_schedule_set *set,
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
		return sch_oom(err);
	for (i = 0; i < list->n; i++) {
		const struct yd_node *item = list->items[i], *ref, *inline_p;
		struct sch_layers l = { doc, tmpl, NULL };
		struct loa_schedule *s;

		if ((rc = sch_new_schedule(doc->file, &s, err)))
			return rc;
		(*items)[(*n_items)++] = s;
		if ((rc = sch_either(doc, item, &member_form, &ref, &inline_p,
				     err)))
			return rc;
		if (item->kind == YD_MAP)
			l.over = item;
		if (ref)
			rc = sch_load_commune_ref(set, doc, ref, &s->commune, err);
		else
			rc = commune_parse(doc, inline_p, &s->commune, err);
		if (rc)
			return rc;
		if ((rc = sch_check_unique(set, *items, *n_items - 1, doc,
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
		if ((rc = sch_parse_schedule(set, &l, s, err)))
			return rc;
	}
	return LOA_OK;
}
