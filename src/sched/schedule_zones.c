/* A schedule's zones and the zones a slot plays to. */
#include "schedule_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script/commune_parse.h"
#include "core/i18n.h"

loa_status sch_parse_zones(const struct yd_doc *doc,
			      const struct yd_node *map, struct sch_zones *z,
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
		if ((rc = yd_expect(doc, name, YD_SCALAR, _("a zone name"), err)))
			return rc;
		z->ids[i] = id;
		z->names[i] = name;
	}
	z->n = map->n;
	return LOA_OK;
}

loa_status sch_keep_zones(const struct sch_zones *z, struct loa_schedule *s,
			  struct loa_error *err)
{
	size_t i;

	if (!z->n)
		return LOA_OK;
	s->zone_ids = calloc(z->n, sizeof(*s->zone_ids));
	s->zone_names = calloc(z->n, sizeof(*s->zone_names));
	if (!s->zone_ids || !s->zone_names)
		return sch_oom(err);
	/* Counted as they are made, so that schedule_free frees them. */
	for (i = 0; i < z->n; i++, s->n_zones++)
		if (!(s->zone_ids[i] = strdup(z->ids[i]->text)) ||
		    !(s->zone_names[i] = strdup(z->names[i]->text))) {
			s->n_zones++;
			return sch_oom(err);
		}
	return LOA_OK;
}

/* Appends s to a bounded string buffer. */
static void append(char *buf, size_t size, const char *s)
{
	size_t len = strlen(buf);

	if (len < size - 1)
		snprintf(buf + len, size - len, "%s", s);
}

loa_status sch_parse_slot_zones(const struct yd_doc *doc,
				   const struct yd_node *node,
				   const struct sch_zones *z,
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
	return slot->zones ? LOA_OK : sch_oom(err);
}
