/*
 * The pieces of schedule loading (loa/schedule.h), private to src/sched:
 *   schedule.c         the set, scripts, communes, loa_schedule_load
 *   schedule_values.c  dates, times, lengths, days, exclusions
 *   schedule_zones.c   zones, and the zones of a slot
 *   schedule_slots.c   slots and play lists, template and overrides
 *   schedule_checks.c  across slots: scripts that fit, overlaps
 *   schedule_city.c    city files: a template shared by communes
 */
#ifndef LOA_SCHEDULE_INT_H
#define LOA_SCHEDULE_INT_H

#include <stdint.h>

#include "core/yamldoc.h"
#include "loa/plan.h"
#include "loa/schedule.h"

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

/* Parse-time view of a schedule: the template layer and the override. */
struct sch_layers {
	const struct yd_doc *doc;
	const struct yd_node *base;   /* template mapping, or NULL */
	const struct yd_node *over;   /* the commune's own mapping */
};

/* What the checks need beyond the public slot, kept while parsing. */
struct sch_slot_info {
	uint64_t zones;
	const struct yd_node *node, *start_node, *length_node;
};

struct sch_zones {
	size_t n;
	const struct yd_node *ids[MAX_ZONES];
	const struct yd_node *names[MAX_ZONES];
};

/*
 * An item written either as a scalar or as a mapping with exactly one
 * of two keys (a play-list entry: an id, {script: ID} or {rotate: [...]}).
 */
struct sch_either_form {
	const char *const *keys;      /* the mapping's allowed keys */
	const char *a, *b;            /* exactly one of these */
	const char *one_msg;          /* the error when both or neither */
	const char *kind_msg;         /* the error when neither form */
};

/* *a is the scalar, or the mapping's a; *b its b (NULL for a scalar). */
loa_status sch_either(const struct yd_doc *doc, const struct yd_node *item,
		      const struct sch_either_form *form,
		      const struct yd_node **a, const struct yd_node **b,
		      struct loa_error *err);

const struct yd_node *sch_layer_get(const struct yd_node *base,
				    const struct yd_node *over,
				    const char *key);
loa_status sch_oom(struct loa_error *err);

/* schedule.c */
loa_status sch_find_script(struct loa_schedule_set *set,
			   const struct yd_doc *doc,
			   const struct yd_node *node, size_t *index,
			   struct loa_error *err);
loa_status sch_load_commune_ref(struct loa_schedule_set *set,
				const struct yd_doc *doc,
				const struct yd_node *node,
				struct loa_commune **out,
				struct loa_error *err);
loa_status sch_parse_schedule(struct loa_schedule_set *set,
			      const struct sch_layers *l,
			      struct loa_schedule *s, struct loa_error *err);
loa_status sch_check_unique(const struct loa_schedule_set *set,
			    struct loa_schedule *const *mine, size_t n_mine,
			    const struct yd_doc *doc,
			    const struct yd_node *node,
			    const struct loa_commune *p,
			    struct loa_error *err);
loa_status sch_new_schedule(const char *file, struct loa_schedule **out,
			    struct loa_error *err);

/* schedule_values.c */
loa_status sch_parse_date(const struct yd_doc *doc,
			  const struct yd_node *node, int *out,
			  struct loa_error *err);
loa_status sch_parse_time(const struct yd_doc *doc,
			  const struct yd_node *node, int *out,
			  struct loa_error *err);
loa_status sch_parse_length(const struct yd_doc *doc,
			    const struct yd_node *node, int *out,
			    struct loa_error *err);
loa_status sch_parse_days(const struct yd_doc *doc,
			  const struct yd_node *node, unsigned *out,
			  struct loa_error *err);
/* "m:ss", or "h:mm:ss" from an hour, into buf. */
void sch_format_hms(int s, char buf[16]);
/* Appends the exclude: list to *ranges; sch_merge_ranges then sorts. */
loa_status sch_parse_excludes(const struct yd_doc *doc,
			      const struct yd_node *list,
			      struct loa_date_range **ranges, size_t *n,
			      struct loa_error *err);
void sch_merge_ranges(struct loa_date_range *r, size_t *n);

/* schedule_zones.c */
/* Copies the zones' ids and names into s (loa_schedule's zone list). */
loa_status sch_keep_zones(const struct sch_zones *z, struct loa_schedule *s,
			  struct loa_error *err);
loa_status sch_parse_zones(const struct yd_doc *doc,
			   const struct yd_node *map, struct sch_zones *z,
			   struct loa_error *err);
loa_status sch_parse_slot_zones(const struct yd_doc *doc,
				const struct yd_node *node,
				const struct sch_zones *z,
				const struct loa_commune *commune,
				struct loa_slot *slot, uint64_t *mask,
				struct loa_error *err);

/* schedule_slots.c */
loa_status sch_parse_slots(struct loa_schedule_set *set,
			   const struct sch_layers *l,
			   const struct sch_zones *z,
			   struct loa_schedule *s, struct loa_error *err);

/* schedule_checks.c */
/* "Monday" ... "Sunday", bit 0 of a days mask first. */
extern const char *const sch_day_names[7];
loa_status sch_check_fit(const struct yd_doc *doc,
			 const struct loa_slot *slot,
			 const struct sch_slot_info *info,
			 struct loa_error *err);
loa_status sch_check_overlaps(const struct yd_doc *doc,
			      const struct loa_schedule *s,
			      const struct sch_slot_info *info,
			      struct loa_error *err);

/* schedule_city.c */
loa_status sch_load_city(struct loa_schedule_set *set,
			 const struct yd_doc *doc,
			 struct loa_schedule ***items, size_t *n_items,
			 struct loa_error *err);

#endif
