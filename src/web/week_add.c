/*
 * "Thêm vào lịch" on the Week page: an editor puts a script of scripts/
 * into a slot of the shown commune's schedule, from a date and to an
 * optional one.  The schedule file's text gets one entry more (the
 * rest, comments included, as it was: sched/schedule_edit.h); the new
 * text must load with the same loader as `loa plan` before it replaces
 * the file (atomic_write), else nothing is written and the page shows
 * the loader's file:line:column.  Recorded in web_actions
 * ("schedule-add").
 */
#include "week.h"

#include <limits.h>
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

static void slot_options(struct web_resp *w, const struct week_view *v,
			 const char *chosen)
{
	size_t i;

	for (i = 0; i < v->s->n_slots; i++) {
		const struct loa_slot *slot = &v->s->slots[i];

		web_html(w, "<option value=\"");
		web_text(w, slot->id);
		web_html(w, strcmp(slot->id, chosen) ? "\">" : "\" selected>");
		slot_label(w, slot);
		web_html(w, "</option>");
	}
}

static void script_options(struct web_req *r, struct web_resp *w,
			   const char *chosen)
{
	size_t n, i;
	char **names = web_list_names(r, "scripts", &n);

	for (i = 0; i < n; i++) {
		web_html(w, "<option value=\"");
		web_text(w, names[i]);
		web_html(w, strcmp(names[i], chosen) ? "\">" : "\" selected>");
		web_text(w, names[i]);
		web_html(w, "</option>");
	}
	web_names_free(names, n);
}

void week_add_form(struct web_req *r, struct web_resp *w,
		   const struct week_view *v, const struct week_add_form *f)
{
	static const struct week_add_form none;
	char file[256], from[11], week[9];

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
	/* Start: today, or the shown week's Monday when that is later. */
	loa_date_format(v->monday > v->today ? v->monday : v->today, from);
	loa_isoweek_format(v->monday, week);
	file_name(v->s, file);
	web_html(w, "<p class=\"help\">" T_ADD_HELP "</p><form method=\"post\" "
		 "id=\"add-form\" class=\"add-form\" action=\"/week/add?commune=");
	web_url(w, v->commune);
	web_html(w, "&amp;zone=");
	web_url(w, v->zone);
	web_printf(w, "&amp;week=%s\"><input type=\"hidden\" name=\"csrf\" "
		   "value=\"", week);
	web_text(w, r->session.csrf);
	web_html(w, "\"><input type=\"hidden\" name=\"file\" value=\"");
	web_text(w, file);
	web_html(w, "\"><label>" T_ADD_SLOT " <select id=\"add-slot\" "
		 "name=\"slot\">");
	slot_options(w, v, f->slot);
	web_html(w, "</select></label><label>" T_ADD_SCRIPT " <select "
		 "id=\"add-script\" name=\"script\">");
	script_options(r, w, f->script);
	web_html(w, "</select></label><label>" T_ADD_FROM " <input id=\"add-from\""
		 " type=\"date\" name=\"from\" required value=\"");
	web_text(w, f->from[0] ? f->from : from);
	web_html(w, "\"></label><label>" T_ADD_TO " <input id=\"add-to\" "
		 "type=\"date\" name=\"to\" value=\"");
	web_text(w, f->to);
	web_html(w, "\"></label><button id=\"add-button\">" T_ADD_TITLE
		 "</button></form></section>");
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

/* The edited text, checked by the schedule loader; NULL, else why. */
static const char *edited(struct web_req *r, const char *path,
			  const char *text, const struct sched_entry *e,
			  char **out, size_t *out_len, struct week_add_form *f,
			  unsigned *status)
{
	struct loa_schedule_set *set = NULL;
	struct loa_error err;
	unsigned line;
	loa_status rc;

	loa_error_clear(&err);
	switch (sched_add_entry(path, text, strlen(text), e, out, out_len,
				&line, &err)) {
	case SCHED_EDIT_OK: break;
	case SCHED_EDIT_YAML:
		snprintf(f->detail, sizeof(f->detail), "%s", err.msg);
		return *status = 409, T_ADD_INVALID;
	case SCHED_EDIT_CITY: return *status = 409, T_ADD_CITY;
	case SCHED_EDIT_NO_SLOT: return T_ADD_BAD_SLOT;
	case SCHED_EDIT_FLOW:
		snprintf(f->detail, sizeof(f->detail), "%s:%u", path, line);
		return *status = 409, T_ADD_FLOW;
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

/* Adds the entry to the file; NULL, else what is wrong and *status. */
static const char *add(struct web_req *r, struct week_add_form *f,
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
	if (web_project_file(r, "scripts", f->script, &again, &err))
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
	if ((rc = atomic_write(dir, name, out, out_len, &err)))
		*status = 500, why = web_failure(r, rc, &err);
out:
	free(path);
	free(text);
	free(again);
	free(out);
	return why;
}

int web_week_add(struct web_req *r, struct web_resp *w)
{
	struct week_add_form f;
	struct sched_entry e;
	unsigned status = 400;
	const char *why, *commune, *zone;
	char detail[400], week[9];

	memset(&f, 0, sizeof(f));
	memset(&e, 0, sizeof(e));
	why = read_form(r, &f, &e);
	if (!why)
		why = add(r, &f, &e, &status);
	if (why) {
		f.why = why;
		web_week_draw(r, w, &f);
		w->status = status;
		return 0;
	}
	snprintf(detail, sizeof(detail), "slot %s: script %s from %s%s%s",
		 f.slot, f.script, f.from, f.to[0] ? " to " : "", f.to);
	snprintf(f.detail, sizeof(f.detail), "schedules/%s.yaml", f.file);
	web_log_action(r, "schedule-add", f.detail, detail);
	/* The week the entry starts in, where it can be seen; the ids are
	 * put back only when plain ids (nothing to encode). */
	loa_isoweek_format(e.from, week);
	commune = web_query(r, "commune");
	zone = web_query(r, "zone");
	snprintf(detail, sizeof(detail), "/week?commune=%s&zone=%s&week=%s"
		 "&added=1", profile_id_valid(commune) ? commune : "",
		 profile_id_valid(zone) ? zone : "", week);
	web_redirect(w, detail);
	return 0;
}
