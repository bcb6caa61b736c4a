/*
 * "Thêm vào lịch" on the Week page: an editor puts a script of scripts/
 * into a slot of the shown commune's schedule, from a date and to an
 * optional one.  The schedule file's text gets one entry more (the
 * rest, comments included, as it was: sched/schedule_edit.h); the new
 * text must load with the same loader as `loa plan` before it replaces
 * the file (atomic_replace: its mode kept), else nothing is written and
 * the page shows the loader's file:line:column.  "Bỏ khỏi lịch" takes a
 * single-script entry off the same way when it has not aired yet, and
 * otherwise ends it (its to: date set; removal()), so that the past plan
 * the reports compare with the as-run log stays as it was.  Recorded
 * in web_actions ("schedule-add", "schedule-remove", "schedule-end").
 */
#include "week.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/atomic.h"
#include "core/clock.h"
#include "sched/schedule_edit.h"
#include "script/commune_parse.h"
#include "text_vi.h"

static const char *const day_short[7] = {
	"T2", "T3", "T4", "T5", "T6", "T7", "CN"
};

/* The NAME of schedules/NAME.yaml the shown schedule was loaded from. */
static void file_name(const struct loa_schedule *s, char out[256])
{
	const char *base = strrchr(s->file, '/');
	size_t n;

	base = base ? base + 1 : s->file;
	n = strlen(base);
	if (n > 5 && !strcmp(base + n - 5, ".yaml"))
		n -= 5;
	snprintf(out, 256, "%.*s", (int)n, base);
}

/* "Bản tin sáng — T2 T3 T4 T5 T6 T7, 06:00" */
static void slot_label(struct web_resp *w, const struct loa_slot *slot)
{
	int d;

	web_text(w, slot->name ? slot->name : slot->id);
	web_html(w, " — ");
	if ((slot->days & 0x7f) == 0x7f)
		web_html(w, T_ADD_DAILY);
	for (d = 0; d < 7 && (slot->days & 0x7f) != 0x7f; d++)
		if (slot->days & (1u << d))
			web_printf(w, "%s%s", slot->days & ((1u << d) - 1) ?
				   " " : "", day_short[d]);
	web_printf(w, ", %02d:%02d", slot->start / 3600, slot->start / 60 % 60);
}

/* The slots of the zone chosen, as the days above show them. */
static void slot_options(struct web_resp *w, const struct week_view *v,
			 const char *chosen)
{
	size_t i;

	for (i = 0; i < v->s->n_slots; i++) {
		const struct loa_slot *slot = &v->s->slots[i];

		if (!week_in_zone(v, slot))
			continue;
		web_html(w, "<option value=\"");
		web_text(w, slot->id);
		web_html(w, strcmp(slot->id, chosen) ? "\">" : "\" selected>");
		slot_label(w, slot);
		web_html(w, "</option>");
	}
}

/* The form's start: its action keeps the commune, zone and week shown. */
static void form_open(struct web_req *r, struct web_resp *w,
		      const struct week_view *v, const char *action,
		      const char *id)
{
	char file[256], week[9];

	loa_isoweek_format(v->monday, week);
	file_name(v->s, file);
	web_printf(w, "<form method=\"post\" id=\"%s\" class=\"add-form\" "
		   "action=\"%s?commune=", id, action);
	web_url(w, v->commune);
	web_html(w, "&amp;zone=");
	web_url(w, v->zone);
	web_printf(w, "&amp;week=%s\"><input type=\"hidden\" name=\"csrf\" "
		   "value=\"", week);
	web_text(w, r->session.csrf);
	web_html(w, "\"><input type=\"hidden\" name=\"file\" value=\"");
	web_text(w, file);
	web_html(w, "\">");
}

static void add_form(struct web_req *r, struct web_resp *w,
		     const struct week_view *v, const struct week_add_form *f)
{
	char from[11];

	/* Start: today, or the shown week's Monday when that is later. */
	loa_date_format(v->monday > v->today ? v->monday : v->today, from);
	web_html(w, "<p class=\"help\">" T_ADD_HELP "</p>");
	form_open(r, w, v, "/week/add", "add-form");
	web_html(w, "<label>" T_ADD_SLOT " <select id=\"add-slot\" "
		 "name=\"slot\">");
	slot_options(w, v, f->slot);
	web_html(w, "</select></label><label>" T_ADD_SCRIPT " <select "
		 "id=\"add-script\" name=\"script\">");
	web_name_options(r, w, "scripts", f->script);
	web_html(w, "</select></label><label>" T_ADD_FROM " <input id=\"add-from\""
		 " type=\"date\" name=\"from\" required value=\"");
	web_text(w, f->from[0] ? f->from : from);
	web_html(w, "\"></label><label>" T_ADD_TO " <input id=\"add-to\" "
		 "type=\"date\" name=\"to\" value=\"");
	web_text(w, f->to);
	web_html(w, "\"></label><button id=\"add-button\">" T_ADD_TITLE
		 "</button></form>");
}

/* The single-script entries of slots with more than one: "SLOT:LINE:ID". */
static void remove_form(struct web_req *r, struct web_resp *w,
			const struct week_view *v)
{
	char date[11];
	size_t i, k;

	web_html(w, "<h2 id=\"remove\">" T_REMOVE_TITLE "</h2><p class=\"help\">"
		 T_REMOVE_HELP " " T_END_HELP "</p>");
	form_open(r, w, v, "/week/remove", "remove-form");
	web_html(w, "<label>" T_REMOVE_ENTRY " <select id=\"remove-entry\" "
		 "name=\"entry\">");
	for (i = 0; i < v->s->n_slots; i++) {
		const struct loa_slot *slot = &v->s->slots[i];

		for (k = 0; week_in_zone(v, slot) && slot->n_entries > 1 &&
		     k < slot->n_entries; k++) {
			const struct loa_slot_entry *e = &slot->entries[k];

			/* An entry over before today has nothing to end. */
			if (e->rotate || e->n != 1 || e->to < v->today)
				continue;
			web_html(w, "<option value=\"");
			web_text(w, slot->id);
			web_printf(w, ":%u:", e->line);
			web_text(w, e->scripts[0]->id);
			web_html(w, "\">");
			web_text(w, slot->name ? slot->name : slot->id);
			web_html(w, " — ");
			web_text(w, e->scripts[0]->id);
			if (e->from != LOA_DATE_MIN) {
				loa_date_format(e->from, date);
				web_printf(w, ", " T_REMOVE_FROM " %s", date);
			}
			if (e->to != LOA_DATE_MAX) {
				loa_date_format(e->to, date);
				web_printf(w, ", " T_REMOVE_TO " %s", date);
			}
			web_html(w, "</option>");
		}
	}
	web_html(w, "</select></label><button id=\"remove-button\">"
		 T_REMOVE_TITLE "</button></form>");
}

/* 1 when the schedule shown comes from a city file (shared by others). */
static int city_file(const struct week_view *v)
{
	size_t i;

	for (i = 0; i < v->set->n; i++)
		if (v->set->items[i] != v->s &&
		    !strcmp(v->set->items[i]->file, v->s->file))
			return 1;
	return 0;
}

void week_add_form(struct web_req *r, struct web_resp *w,
		   const struct week_view *v, const struct week_add_form *f)
{
	static const struct week_add_form none;

	web_html(w, "<section class=\"add\"><h2 id=\"add\">" T_ADD_TITLE "</h2>");
	if (r->session.role != LOA_ROLE_EDITOR &&
	    r->session.role != LOA_ROLE_ADMIN) {
		web_html(w, "<p class=\"help\">" T_ADD_READONLY "</p></section>");
		return;
	}
	if (!f)
		f = &none;
	if (f->why) {
		web_html(w, "<p class=\"error\" role=\"alert\" id=\"add-error\">");
		web_text(w, f->why);
		if (f->detail[0]) {
			web_html(w, " <code>");
			web_text(w, f->detail);
			web_html(w, "</code>");
		}
		web_html(w, "</p>");
	}
	if (city_file(v)) {
		web_html(w, "<p class=\"help\">" T_ADD_CITY "</p></section>");
		return;
	}
	add_form(r, w, v, f);
	remove_form(r, w, v);
	web_html(w, "</section>");
}

/* Reads and checks the remove form into f; NULL, else what is wrong. */
static const char *read_remove(struct web_req *r, struct week_add_form *f)
{
	char entry[200], *colon, *end;
	unsigned long line;

	web_form(r, "file", f->file, sizeof(f->file));
	web_form(r, "entry", entry, sizeof(entry));
	f->remove = 1;
	if (!web_name_ok(f->file))
		return T_ERR_PATH;
	/* "SLOT:LINE:SCRIPT", as the page wrote it. */
	if (!(colon = strchr(entry, ':')))
		return T_REMOVE_NO_ENTRY;
	*colon = '\0';
	line = strtoul(colon + 1, &end, 10);
	if (*end != ':' || !line || line > 10000000 ||
	    snprintf(f->slot, sizeof(f->slot), "%s", entry) >=
	    (int)sizeof(f->slot) ||
	    snprintf(f->script, sizeof(f->script), "%s", end + 1) >=
	    (int)sizeof(f->script) || !profile_id_valid(f->slot) ||
	    !profile_id_valid(f->script))
		return T_REMOVE_NO_ENTRY;
	f->line = (unsigned)line;
	return NULL;
}

/* Reads and checks the form into f and e; NULL, else what is wrong. */
static const char *read_form(struct web_req *r, struct week_add_form *f,
			     struct sched_entry *e)
{
	web_form(r, "file", f->file, sizeof(f->file));
	web_form(r, "slot", f->slot, sizeof(f->slot));
	web_form(r, "script", f->script, sizeof(f->script));
	web_form(r, "from", f->from, sizeof(f->from));
	web_form(r, "to", f->to, sizeof(f->to));
	e->slot = f->slot;
	e->script = f->script;
	e->to = LOA_DATE_MAX;
	if (!web_name_ok(f->file))
		return T_ERR_PATH;
	if (!profile_id_valid(f->slot))
		return T_ADD_BAD_SLOT;
	if (!profile_id_valid(f->script) || !strcmp(f->script, "lexicon"))
		return T_NO_SCRIPT;
	if (loa_date_parse(f->from, &e->from) || e->from < clock_today())
		return T_ADD_BAD_FROM;
	if (f->to[0] && (loa_date_parse(f->to, &e->to) || e->to < e->from))
		return T_ADD_BAD_TO;
	return NULL;
}

/* The entry at f->line of the slot f->slot in set, or NULL; *slot and
 * *sched are where it was looked for. */
static const struct loa_slot_entry *entry_at(const struct loa_schedule_set *set,
					     const struct week_add_form *f,
					     const struct loa_slot **slot,
					     const struct loa_schedule **sched)
{
	size_t i, k;

	for (i = 0; i < set->n; i++)
		for (k = 0; k < set->items[i]->n_slots; k++) {
			const struct loa_slot *s = &set->items[i]->slots[k];
			size_t e;

			if (strcmp(s->id, f->slot))
				continue;
			*slot = s;
			*sched = set->items[i];
			for (e = 0; e < s->n_entries; e++)
				if (s->entries[e].line == f->line)
					return &s->entries[e];
		}
	return NULL;
}

/*
 * Whether "Bỏ khỏi lịch" deletes the entry or ends it.  An entry that has
 * aired, or may have, stays in the file, so that the past plan (which the
 * reports compare with the as-run log) stays true: its to: becomes the
 * last day it airs, today when the slot's airing today has begun (a slot
 * airs once a day), else yesterday (f->end, f->end_to).  One that starts
 * after that day (its from:, or the schedule's valid_from) never aired
 * and is deleted.  NULL, else why not (*status, f->detail).
 */
static const char *removal(struct web_req *r, const char *path,
			   const char *text, struct week_add_form *f,
			   unsigned *status)
{
	struct loa_schedule_set *set = NULL;
	const struct loa_slot_entry *e = NULL;
	const struct loa_slot *slot = NULL;
	const struct loa_schedule *sched = NULL;
	const char *why = NULL;
	struct loa_error err;
	int today, now, last, start;
	char date[11];
	loa_status rc;

	loa_error_clear(&err);
	if (!(rc = loa_schedule_set_new(&set, r->st->root, &err)))
		rc = loa_schedule_load_text(set, path, text, strlen(text), &err);
	if (rc == LOA_EINPUT) {
		snprintf(f->detail, sizeof(f->detail), "%s", err.msg);
		why = T_ADD_INVALID, *status = 409;
	} else if (rc) {
		why = web_failure(r, rc, &err), *status = 500;
	} else if (!(e = entry_at(set, f, &slot, &sched)) || e->rotate ||
		   e->n != 1 || strcmp(e->scripts[0]->id, f->script)) {
		why = T_REMOVE_NO_ENTRY, *status = 409;
	} else if (slot->n_entries < 2) {
		why = T_REMOVE_LAST, *status = 409;
	}
	if (why)
		goto out;
	now = week_now(&today);
	last = (slot->days >> loa_date_weekday(today) & 1) &&
	       now >= slot->start ? today : today - 1;
	start = e->from > sched->valid_from ? e->from : sched->valid_from;
	f->end = start <= last;
	f->end_to = last;
	if (f->end && e->to <= last) {
		loa_date_format(e->to, date);
		snprintf(f->detail, sizeof(f->detail), "to: %s", date);
		why = T_END_ALREADY, *status = 409;
	}
out:
	loa_schedule_set_free(&set);
	return why;
}

/* The edited text, checked by the schedule loader; NULL, else why. */
static const char *edited(struct web_req *r, const char *path,
			  const char *text, const struct sched_entry *e,
			  char **out, size_t *out_len, struct week_add_form *f,
			  unsigned *status)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;
	const char *why;
	unsigned line;
	loa_status rc;

	loa_error_clear(&err);
	if (f->remove && (why = removal(r, path, text, f, status)))
		return why;
	switch (!f->remove ?
		sched_add_entry(path, text, strlen(text), e, out, out_len,
				&line, &err) : f->end ?
		sched_end_entry(path, text, strlen(text), f->slot, f->line,
				f->script, f->end_to, out, out_len, &line,
				&err) :
		sched_remove_entry(path, text, strlen(text), f->slot, f->line,
				   f->script, out, out_len, &line, &err)) {
	case SCHED_EDIT_OK: break;
	case SCHED_EDIT_NO_ENTRY: return *status = 409, T_REMOVE_NO_ENTRY;
	case SCHED_EDIT_LAST: return *status = 409, T_REMOVE_LAST;
	case SCHED_EDIT_YAML:
		snprintf(f->detail, sizeof(f->detail), "%s", err.msg);
		return *status = 409, T_ADD_INVALID;
	case SCHED_EDIT_CITY: return *status = 409, T_ADD_CITY;
	case SCHED_EDIT_NO_SLOT: return T_ADD_BAD_SLOT;
	case SCHED_EDIT_FLOW:
		snprintf(f->detail, sizeof(f->detail), "%s:%u", path, line);
		return *status = 409, T_ADD_FLOW;
	case SCHED_EDIT_ODD:
		snprintf(f->detail, sizeof(f->detail), "%s:%u", path, f->line);
		return *status = 409, f->end ? T_END_ODD : T_REMOVE_ODD;
	default:
		return *status = 500, T_ERR_INTERNAL;
	}
	if (!(rc = loa_schedule_set_new(&set, r->st->root, &err)))
		rc = loa_schedule_load_text(set, path, *out, *out_len, &err);
	loa_schedule_set_free(&set);
	if (rc == LOA_EINPUT) {
		snprintf(f->detail, sizeof(f->detail), "%s", err.msg);
		return *status = 409, T_ADD_INVALID;
	}
	if (rc)
		return *status = 500, web_failure(r, rc, &err);
	return NULL;
}

/* Adds or removes the entry; NULL, else what is wrong and *status. */
static const char *rewrite(struct web_req *r, struct week_add_form *f,
		       const struct sched_entry *e, unsigned *status)
{
	char dir[PATH_MAX], name[300], *path = NULL, *text = NULL;
	char *again = NULL, *out = NULL;
	const char *why = T_ERR_PATH;
	struct loa_error err;
	size_t out_len = 0;
	struct stat sb;
	loa_status rc;

	snprintf(name, sizeof(name), "%s.yaml", f->file);
	/* The project's own schedules/, and a file there, not a link. */
	if (!web_project_dir(r, "schedules", dir) ||
	    web_project_file(r, "schedules", f->file, &path, &err) ||
	    lstat(path, &sb) || !S_ISREG(sb.st_mode))
		goto out;
	why = T_NO_SCRIPT;
	if (!f->remove &&
	    web_project_file(r, "scripts", f->script, &again, &err))
		goto out;
	free(again);
	again = NULL;
	why = T_ADD_FAILED;
	*status = 500;
	if (!(text = web_read_text(path)))
		goto out;
	*status = 400;
	if ((why = edited(r, path, text, e, &out, &out_len, f, status)))
		goto out;
	/* A hand edit since it was read: the new text would undo it. */
	why = T_ADD_CHANGED;
	*status = 409;
	if (!(again = web_read_text(path)) || strcmp(again, text))
		goto out;
	why = NULL;
	if ((rc = atomic_replace(dir, name, out, out_len, &err)))
		*status = 500, why = web_failure(r, rc, &err);
out:
	free(path);
	free(text);
	free(again);
	free(out);
	return why;
}

/* Back to the week (of monday, or the one shown when -1), saying done. */
static void back(struct web_req *r, struct web_resp *w, int monday,
		 const char *done)
{
	const char *commune = web_query(r, "commune"), *zone = web_query(r, "zone");
	const char *shown = web_query(r, "week");
	char to[400], week[9] = "";

	if (monday >= 0)
		loa_isoweek_format(monday, week);
	else if (!loa_isoweek_parse(shown, &monday))
		loa_isoweek_format(monday, week);
	/* The ids are put back only when plain ids (nothing to encode). */
	snprintf(to, sizeof(to), "/week?commune=%s&zone=%s&week=%s&%s",
		 profile_id_valid(commune) ? commune : "",
		 profile_id_valid(zone) ? zone : "", week, done);
	web_redirect(w, to);
}

/*
 * One rewrite at a time in the server: two requests at once would each
 * write the file as it was before the other's entry.
 */
static const char *rewrite_one(struct web_req *r, struct week_add_form *f,
			       const struct sched_entry *e, unsigned *status)
{
	static pthread_mutex_t rewriting = PTHREAD_MUTEX_INITIALIZER;
	const char *why;

	pthread_mutex_lock(&rewriting);
	why = rewrite(r, f, e, status);
	pthread_mutex_unlock(&rewriting);
	return why;
}

/*
 * The end of an add or a remove: the page again with why (nothing
 * written), or the action recorded and the week shown.
 */
static int finish(struct web_req *r, struct web_resp *w,
		  struct week_add_form *f, const char *why, unsigned status,
		  const char *detail, int monday)
{
	char target[300], done[32], date[11];

	if (why) {
		f->why = why;
		web_week_draw(r, w, f);
		w->status = status;
		return 0;
	}
	snprintf(target, sizeof(target), "schedules/%s.yaml", f->file);
	web_log_action(r, f->end ? "schedule-end" : f->remove ?
		       "schedule-remove" : "schedule-add", target, detail);
	/* Ended: the page names the first day it no longer airs. */
	loa_date_format(f->end_to + 1, date);
	snprintf(done, sizeof(done), "%s%s", f->end ? "ended=" : f->remove ?
		 "removed=1" : "added=1", f->end ? date : "");
	back(r, w, monday, done);
	return 0;
}

int web_week_add(struct web_req *r, struct web_resp *w)
{
	struct week_add_form f;
	struct sched_entry e;
	unsigned status = 400;
	const char *why;
	char detail[400];

	memset(&f, 0, sizeof(f));
	memset(&e, 0, sizeof(e));
	why = read_form(r, &f, &e);
	if (!why)
		why = rewrite_one(r, &f, &e, &status);
	snprintf(detail, sizeof(detail), "slot %s: script %s from %s%s%s",
		 f.slot, f.script, f.from, f.to[0] ? " to " : "", f.to);
	/* To the week the entry starts in, where it can be seen. */
	return finish(r, w, &f, why, status, detail, e.from);
}

int web_week_remove(struct web_req *r, struct web_resp *w)
{
	struct week_add_form f;
	unsigned status = 400;
	const char *why;
	char detail[400];

	memset(&f, 0, sizeof(f));
	why = read_remove(r, &f);
	if (!why)
		why = rewrite_one(r, &f, NULL, &status);
	snprintf(detail, sizeof(detail), "slot %s: script %s (line %u)",
		 f.slot, f.script, f.line);
	if (!why && f.end) {
		char to[11];

		loa_date_format(f.end_to, to);
		snprintf(detail + strlen(detail), sizeof(detail) - strlen(detail),
			 " to %s", to);
	}
	return finish(r, w, &f, why, status, detail, -1);
}
