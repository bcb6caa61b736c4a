/* Broadcast policy (loa/policy.h): loading it, checking a schedule. */
#include "loa/policy.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "schedule_int.h"
#include "core/i18n.h"

#define POLICY_MAX_WINDOWS 16
#define POLICY_MAX_COMMUNES 5000

struct loa_policy {
	char *file;
	unsigned days;                /* bit 0 Monday; all when not given */
	size_t n_windows;
	int from[POLICY_MAX_WINDOWS], to[POLICY_MAX_WINDOWS]; /* seconds */
	int max_slot, max_day;        /* seconds; 0: no limit */
	long max_slots;               /* per zone per day; 0: no limit */
	size_t n_communes;            /* 0: every commune */
	char **communes;
};

static const char *const policy_keys[] = {
	"communes", "days", "hours", "max_slot_length", "max_day_length",
	"max_slots_per_day", NULL
};
static const char *const window_keys[] = { "from", "to", NULL };

void loa_policy_free(struct loa_policy **policy)
{
	struct loa_policy *p = policy ? *policy : NULL;
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n_communes; i++)
		free(p->communes[i]);
	free(p->communes);
	free(p->file);
	free(p);
	*policy = NULL;
}

static loa_status load_hours(const struct yd_doc *doc,
			     const struct yd_node *seq, struct loa_policy *p,
			     struct loa_error *err)
{
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, seq, YD_SEQ, "hours", err)))
		return rc;
	if (seq->n > POLICY_MAX_WINDOWS)
		return yd_error(doc, seq, err, "more than %d windows",
				POLICY_MAX_WINDOWS);
	for (i = 0; i < seq->n; i++) {
		const struct yd_node *w = seq->items[i], *a, *b;

		if ((rc = yd_expect(doc, w, YD_MAP, "a window", err)) ||
		    (rc = yd_check_keys(doc, w, window_keys, err)))
			return rc;
		a = yd_map_get(w, "from");
		b = yd_map_get(w, "to");
		if (!a || !b)
			return yd_error(doc, w, err,
					"a window needs 'from' and 'to'");
		if ((rc = sch_parse_time(doc, a, &p->from[i], err)) ||
		    (rc = sch_parse_time(doc, b, &p->to[i], err)))
			return rc;
		if (p->to[i] <= p->from[i])
			return yd_error(doc, b, err, "'to' is not after 'from'");
		p->n_windows++;
	}
	return LOA_OK;
}

static loa_status load_communes(const struct yd_doc *doc,
				const struct yd_node *seq,
				struct loa_policy *p, struct loa_error *err)
{
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, seq, YD_SEQ, "communes", err)))
		return rc;
	if (seq->n > POLICY_MAX_COMMUNES)
		return yd_error(doc, seq, err, "more than %d communes",
				POLICY_MAX_COMMUNES);
	p->communes = calloc(seq->n + 1, sizeof(*p->communes));
	if (!p->communes)
		return sch_oom(err);
	for (i = 0; i < seq->n; i++) {
		if ((rc = yd_expect(doc, seq->items[i], YD_SCALAR, _("commune id"),
				    err)))
			return rc;
		if (!(p->communes[i] = strdup(seq->items[i]->text)))
			return sch_oom(err);
		p->n_communes++;
	}
	return LOA_OK;
}

static loa_status load_policy(const struct yd_doc *doc, struct loa_policy *p,
			      struct loa_error *err)
{
	const struct yd_node *map, *n;
	loa_status rc;

	if (!doc->root)
		return yd_error(doc, NULL, err, "the policy is empty");
	if ((rc = yd_expect(doc, doc->root, YD_MAP, "policy file", err)))
		return rc;
	map = yd_map_get(doc->root, "policy");
	if (!map || doc->root->n != 1)
		return yd_error(doc, doc->root, err,
				"a policy file has one key, 'policy'");
	if ((rc = yd_expect(doc, map, YD_MAP, "policy", err)) ||
	    (rc = yd_check_keys(doc, map, policy_keys, err)))
		return rc;
	p->days = 0x7F;
	if ((n = yd_map_get(map, "days")) &&
	    (rc = sch_parse_days(doc, n, &p->days, err)))
		return rc;
	if ((n = yd_map_get(map, "hours")) && (rc = load_hours(doc, n, p, err)))
		return rc;
	if ((n = yd_map_get(map, "communes")) &&
	    (rc = load_communes(doc, n, p, err)))
		return rc;
	if ((n = yd_map_get(map, "max_slot_length")) &&
	    (rc = sch_parse_length(doc, n, &p->max_slot, err)))
		return rc;
	if ((n = yd_map_get(map, "max_day_length")) &&
	    (rc = sch_parse_length(doc, n, &p->max_day, err)))
		return rc;
	if ((n = yd_map_get(map, "max_slots_per_day")) &&
	    (rc = yd_long(doc, n, 1, MAX_SLOTS, &p->max_slots, err)))
		return rc;
	return LOA_OK;
}

loa_status loa_policy_load(struct loa_policy **out, const char *path,
			   struct loa_error *err)
{
	struct loa_policy *p = NULL;
	struct yd_doc doc;
	loa_status rc;

	*out = NULL;
	if ((rc = yd_load_file(&doc, path, err)))
		return rc;
	p = calloc(1, sizeof(*p));
	if (!p || !(p->file = strdup(path)))
		rc = sch_oom(err);
	else
		rc = load_policy(&doc, p, err);
	yd_release(&doc);
	if (rc)
		loa_policy_free(&p);
	*out = p;
	return rc;
}

loa_status loa_policy_load_project(struct loa_policy **out, const char *root,
				   struct loa_error *err)
{
	char path[4096];
	struct stat st;

	*out = NULL;
	snprintf(path, sizeof(path), "%s/schedules/policy.yaml",
		 root ? root : ".");
	if (stat(path, &st))
		return LOA_OK;
	return loa_policy_load(out, path, err);
}

/* One check of a schedule against a policy. */
struct policy_run {
	const struct loa_policy *p;
	const struct loa_schedule *s;
	struct loa_diag *diag;
	struct loa_error *err;
	size_t errors;
	unsigned char told[MAX_SLOTS]; /* 1: too many slots, 2: too long */
};

static void violation(struct policy_run *r, const struct loa_slot *slot,
		      const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void violation(struct policy_run *r, const struct loa_slot *slot,
		      const char *fmt, ...)
{
	char msg[600];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), loa_i18n_format(fmt), ap);
	va_end(ap);
	if (!r->errors++)
		loa_error_at(r->err, LOA_EINPUT, r->s->file, slot->line,
			     slot->column, "%s (policy %s)", msg, r->p->file);
	loa_diag_add(r->diag, LOA_SEV_ERROR, r->s->file, slot->line,
		     slot->column, "%s (policy %s)", msg, r->p->file);
}

/* "15 minutes", "7 minutes 30 seconds". */
static void minutes(int seconds, char buf[40])
{
	if (seconds % 60)
		snprintf(buf, 40, "%d minutes %d seconds", seconds / 60,
			 seconds % 60);
	else
		snprintf(buf, 40, "%d minutes", seconds / 60);
}

static void check_slot(struct policy_run *r, const struct loa_slot *slot)
{
	const struct loa_policy *p = r->p;
	unsigned bad = slot->days & ~p->days;
	char a[16], b[16], len[40], max[40];
	size_t w;
	int d = 0;

	if (bad) {
		while (!((bad >> d) & 1))
			d++;
		violation(r, slot, "slot '%s' airs on %s, a day the policy "
			  "does not allow", slot->id, sch_day_names[d]);
	}
	for (w = 0; w < p->n_windows; w++)
		if (slot->start >= p->from[w] &&
		    slot->start + slot->length <= p->to[w])
			break;
	if (p->n_windows && w == p->n_windows) {
		sch_format_hms(slot->start / 60, a);
		sch_format_hms((slot->start + slot->length) / 60, b);
		violation(r, slot, "slot '%s' (%s-%s) is outside the permitted "
			  "hours", slot->id, a, b);
	}
	if (p->max_slot && slot->length > p->max_slot) {
		minutes(slot->length, len);
		minutes(p->max_slot, max);
		violation(r, slot, "slot '%s' lasts %s, longer than the %s "
			  "a slot may last", slot->id, len, max);
	}
}

/* The day's slots heard in zone bit (all slots when bit < 0). */
static void check_day(struct policy_run *r, int d, int bit)
{
	const struct loa_policy *p = r->p;
	int count = 0, total = 0;
	char len[40], max[40];
	size_t i;

	for (i = 0; i < r->s->n_slots; i++) {
		const struct loa_slot *slot = &r->s->slots[i];

		if (!((slot->days >> d) & 1) ||
		    (bit >= 0 && !((slot->zone_mask >> bit) & 1)))
			continue;
		count++;
		total += slot->length;
		if (p->max_slots && count > p->max_slots && !(r->told[i] & 1)) {
			r->told[i] |= 1;
			violation(r, slot, "on %s, slot '%s' makes %d slots a "
				  "zone hears; the policy allows %ld a day",
				  sch_day_names[d], slot->id, count, p->max_slots);
		}
		if (p->max_day && total > p->max_day && !(r->told[i] & 2)) {
			r->told[i] |= 2;
			minutes(total, len);
			minutes(p->max_day, max);
			violation(r, slot, "on %s, slot '%s' brings a zone's day "
				  "to %s; the policy allows %s", sch_day_names[d],
				  slot->id, len, max);
		}
	}
}

/* The daily limits, zone by zone (a commune without zones is one). */
static void check_days(struct policy_run *r)
{
	unsigned long long used = 0, all = 0;
	size_t i;
	int d, bit;

	for (i = 0; i < r->s->n_slots; i++) {
		all |= r->s->slots[i].zone_mask;
		if (~r->s->slots[i].zone_mask)
			used |= r->s->slots[i].zone_mask;
	}
	for (d = 0; d < 7; d++) {
		if (!used || !all) {
			check_day(r, d, -1);
			continue;
		}
		for (bit = 0; bit < 64; bit++)
			if ((used >> bit) & 1)
				check_day(r, d, bit);
	}
}

loa_status loa_policy_check(const struct loa_policy *policy,
			    const struct loa_schedule *s,
			    struct loa_diag *diag, struct loa_error *err)
{
	struct policy_run r;
	size_t i;

	if (!policy)
		return LOA_OK;
	if (policy->n_communes) {
		for (i = 0; i < policy->n_communes; i++)
			if (s->commune && !strcmp(s->commune->id,
						  policy->communes[i]))
				break;
		if (i == policy->n_communes)
			return LOA_OK;
	}
	memset(&r, 0, sizeof(r));
	r.p = policy;
	r.s = s;
	r.diag = diag;
	r.err = err;
	for (i = 0; i < s->n_slots; i++)
		check_slot(&r, &s->slots[i]);
	check_days(&r);
	return r.errors ? LOA_EINPUT : LOA_OK;
}
