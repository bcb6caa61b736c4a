/*
 * Broadcast policy: the station's limits on when and how long the
 * loudspeakers may play, checked against schedules (docs/man/loa-policy.5).
 *
 *     policy:
 *       communes: [thu-lam]        # optional: the communes it binds
 *       days: mon-fri              # days a slot may air
 *       hours:                     # permitted windows, local time
 *         - { from: "05:30", to: "07:30" }
 *         - { from: "16:30", to: "19:00" }
 *       max_slot_length: 15m       # one slot at most
 *       max_day_length: 30m        # all slots of a day, per zone
 *       max_slots_per_day: 2       # per zone
 *
 * Every key but policy: is optional; a missing one sets no limit.
 * Limits per day count, for each zone, the slots that play to it (a slot
 * without zones plays to all).  The project's policy is
 * ROOT/schedules/policy.yaml; loa check, plan and build apply it.
 */
#ifndef LOA_POLICY_H
#define LOA_POLICY_H

#include "loa/diag.h"
#include "loa/schedule.h"
#include "loa/status.h"

struct loa_policy;

/* Loads a policy file; bad values are file:line:column (LOA_EINPUT). */
loa_status loa_policy_load(struct loa_policy **out, const char *path,
			   struct loa_error *err);
/* ROOT/schedules/policy.yaml; *out is NULL (and LOA_OK) without one. */
loa_status loa_policy_load_project(struct loa_policy **out, const char *root,
				   struct loa_error *err);
void loa_policy_free(struct loa_policy **policy);

/*
 * Each slot of s that breaks policy is an error at the slot's
 * file:line:column, appended to diag (may be NULL); the first is in err.
 * Returns LOA_EINPUT when there is one, LOA_OK otherwise.
 */
loa_status loa_policy_check(const struct loa_policy *policy,
			    const struct loa_schedule *s,
			    struct loa_diag *diag, struct loa_error *err);

#endif
