/*
 * Weekly broadcast schedules (schedules/<commune>.yaml) and city files
 * (schedules/<city>.yaml) that share one schedule template among many
 * communes.  The format is documented in docs/schedule-format.md.
 *
 * A schedule set holds every schedule loaded from a list of files, one
 * loa_schedule per commune, and the campaign scripts they name (each
 * script is loaded once however many communes use it).  Dates are civil
 * days since 1970-01-01 and times are local, Asia/Ho_Chi_Minh (UTC+7,
 * no daylight saving); see loa/plan.h for the date helpers.
 */
#ifndef LOA_SCHEDULE_H
#define LOA_SCHEDULE_H

#include <stddef.h>

#include "loa/commune.h"
#include "loa/script.h"
#include "loa/status.h"

/* An open end of a validity window. */
#define LOA_DATE_MIN (-1000000)
#define LOA_DATE_MAX 1000000

/* One entry of a slot's play list: a fixed script or a rotation. */
struct loa_slot_entry {
	size_t n;                    /* scripts in the list */
	const struct loa_script **scripts; /* borrowed from the set */
	double *seconds;             /* estimated length of each */
	int rotate;                  /* 1: one script per occurrence, in turn */
	int from, to;                /* valid on days from..to (inclusive) */
	int anchor;                  /* the rotation counts occurrences from here */
	unsigned line, column;
};

struct loa_slot {
	char *id;                    /* [a-z0-9-]+, used in file names */
	char *name;                  /* shown to people, e.g. "Bản tin sáng" */
	unsigned days;               /* bit 0 Monday ... bit 6 Sunday */
	int start;                   /* seconds after local midnight */
	int length;                  /* seconds */
	char *zones;                 /* zone names joined by ", " */
	size_t n_entries;
	struct loa_slot_entry *entries;
	unsigned line, column;       /* where the slot is written */
	/* The zones it plays to, bit i for the schedule's zone i; all bits
	 * when it plays to the whole commune. */
	unsigned long long zone_mask;
};

/* A closed range of excluded days (a holiday, or Tết week). */
struct loa_date_range {
	int from, to;
};

struct loa_schedule {
	char *file;                  /* the file it was loaded from */
	struct loa_commune *commune;
	int valid_from, valid_to;    /* LOA_DATE_MIN/MAX when open */
	size_t n_exclude;            /* sorted, merged, non-overlapping */
	struct loa_date_range *exclude;
	size_t n_slots;              /* sorted by start time */
	struct loa_slot *slots;
	size_t n_zones;              /* zone i is bit i of a slot's zone_mask */
	char **zone_ids, **zone_names;
};

struct loa_schedule_set {
	char *root;                  /* project folder */
	size_t n;
	struct loa_schedule **items;
	size_t n_scripts;
	struct loa_script **scripts;
	double *script_seconds;      /* loa_script_estimate_seconds of each */
};

/* Creates an empty set; root is the project folder ("." when NULL). */
loa_status loa_schedule_set_new(struct loa_schedule_set **out,
				const char *root, struct loa_error *err);
void loa_schedule_set_free(struct loa_schedule_set **set);

/*
 * Loads a schedule file or a city file and appends its communes to set.
 * All or nothing: on an input error ("file:line:column: message") no
 * commune of the file is added and set stays usable.  A commune already
 * in set is an error, since two schedules cannot share its folder.
 */
loa_status loa_schedule_load(struct loa_schedule_set *set, const char *path,
			     struct loa_error *err);

/*
 * The same for text held in memory, named path in messages and as the
 * schedule's file (a schedule checked before it is written there).
 */
loa_status loa_schedule_load_text(struct loa_schedule_set *set,
				  const char *path, const char *text,
				  size_t len, struct loa_error *err);

/* 1 when the schedule airs slot on day (validity and exclusions). */
int loa_schedule_airs(const struct loa_schedule *s,
		      const struct loa_slot *slot, int day);

#endif
