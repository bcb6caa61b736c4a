/* Checks across a schedule's slots: scripts that fit, no overlaps. */
#include "schedule_int.h"

#include <stdio.h>
#include <string.h>

/*
 * The longest the slot's scripts can take on any day: the entries valid
 * together change only where an entry starts or ends.
 */
loa_status sch_check_fit(const struct yd_doc *doc,
			    const struct loa_slot *slot,
			    const struct sch_slot_info *info,
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
			sch_format_hms((int)(total + 0.999), took);
			sch_format_hms(slot->length, len);
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

const char *const sch_day_names[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday"
};

loa_status sch_check_overlaps(const struct yd_doc *doc,
				 const struct loa_schedule *s,
				 const struct sch_slot_info *info,
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
			sch_format_hms(a->start / 60, a0);
			sch_format_hms((a->start + a->length) / 60, a1);
			sch_format_hms(b->start / 60, b0);
			sch_format_hms((b->start + b->length) / 60, b1);
			return yd_error(doc, info[j].start_node, err,
					"slot '%s' (%s-%s) overlaps slot '%s' (%s-%s) on %s",
					b->id, b0, b1, a->id, a0, a1,
					sch_day_names[d]);
		}
	}
	return LOA_OK;
}
