/*
 * The Bulletin form of the On air page, for operators: typed text (made
 * into a script of its own) or a script of the project, checked as
 * `loa check` does (no unlisted telephone number reaches the air), heard
 * through Listen's render, then approved in the operator's name and
 * handed to the running daemon through its spool, as `loa bulletin`
 * does (loa_approval_render, loa_approvals_append,
 * loa_air_bulletin_submit).  An emergency asks for a confirmation first.
 */
#include "onair.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/atomic.h"
#include "core/hash.h"
#include "loa/air.h"
#include "loa/approval.h"
#include "text_vi.h"
#include "week.h"

/* Keeps lines and printable text: no CR, tab or other control byte,
 * no indentation (it would change the YAML block), no blank ends. */
static void clean_text(char *t)
{
	char *in = t, *out = t;
	int line_start = 1;

	for (; *in; in++) {
		unsigned char c = (unsigned char)*in;

		if (c == '\t')
			c = ' ';
		if ((c < 0x20 && c != '\n') || c == 0x7f ||
		    (line_start && c == ' '))
			continue;
		line_start = c == '\n';
		*out++ = (char)c;
	}
	while (out > t && (out[-1] == '\n' || out[-1] == ' '))
		out--;
	*out = '\0';
	for (in = t; *in == '\n'; in++)
		;
	memmove(t, in, strlen(in) + 1);
}

/* A whole number field; dflt when empty, -1 when not a number. */
static int form_int(struct web_req *r, const char *key, int dflt)
{
	char v[16], *end;
	long x;

	if (!*web_form(r, key, v, sizeof(v)))
		return dflt;
	x = strtol(v, &end, 10);
	return *end || x < 0 || x > 100000 ? -1 : (int)x;
}

static void read_form(struct web_req *r, struct bulletin *b)
{
	char v[16], key[16];
	size_t i;

	memset(b, 0, sizeof(*b));
	loa_diag_init(&b->diag);
	b->text = web_form_dup(r, "text");
	if (b->text)
		clean_text(b->text);
	if (b->text && !*b->text) {
		free(b->text);
		b->text = NULL;
	}
	web_form(r, "script", b->script, sizeof(b->script));
	web_form(r, "tier", b->tier, sizeof(b->tier));
	web_form(r, "do", b->act, sizeof(b->act));
	b->repeat = form_int(r, "repeat", 1);
	b->every_min = form_int(r, "every", 0);
	/* The confirmation's own button: the only way an emergency goes. */
	b->confirm = !strcmp(b->act, "confirm");
	b->example = !strcmp(web_form(r, "example", v, sizeof(v)), "1");
	for (i = 0; i < AIR_MAX_ZONES; i++) {
		snprintf(key, sizeof(key), "zone-%zu", i);
		if (!strcmp(web_form(r, key, v, sizeof(v)), "1"))
			b->zones |= 1ULL << i;
	}
	b->bad_field = (strcmp(b->tier, "emergency") &&
			strcmp(b->tier, "priority")) ||
		b->repeat < 1 || b->repeat > 100 || b->every_min < 0 ||
		b->every_min > 1440;
}

static void bulletin_release(struct bulletin *b)
{
	free(b->text);
	free(b->file);
	web_station_release(&b->st);
	loa_script_free(&b->script_obj);
	loa_diag_release(&b->diag);
}

/* The title: "Bản tin: " and the text's start, cut on a character. */
static void typed_title(const char *text, char *out, size_t size)
{
	size_t n = strcspn(text, "\n"), o, i;

	o = (size_t)snprintf(out, size, T_BUL_SCRIPT_TITLE ": ");
	if (n > 60) {
		n = 60;
		while (n && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
	}
	for (i = 0; i < n && o + 3 < size; i++) {
		if (text[i] == '"' || text[i] == '\\')
			out[o++] = '\\';
		out[o++] = text[i];
	}
	out[o] = '\0';
}

/* ROOT/.loa/web/bulletins, into dir. */
static loa_status make_dirs(struct web_req *r, char dir[PATH_MAX],
			    struct loa_error *err)
{
	const char *parts[] = { "/.loa", "/.loa/web", "/.loa/web/bulletins" };
	size_t i;

	for (i = 0; i < 3; i++) {
		snprintf(dir, PATH_MAX, "%s%s", r->st->root, parts[i]);
		if (atomic_make_dir(dir))
			return loa_error_set(err, LOA_EIO, "cannot create '%s'",
					     dir);
	}
	return LOA_OK;
}

/* The typed text as ROOT/.loa/web/bulletins/ban-tin-HEX.yaml. */
static loa_status typed_script(struct web_req *r, struct bulletin *b,
			       struct loa_error *err)
{
	char hex[65], dir[PATH_MAX], name[40], title[200];
	struct web_resp y;
	struct hash h;
	loa_status status;
	const char *p;

	if (strlen(b->text) > BULLETIN_TEXT_MAX)
		return loa_error_set(err, LOA_EINPUT, T_BUL_TOO_LONG);
	if ((status = hash_init(&h, err)))
		return status;
	hash_bytes(&h, b->text, strlen(b->text));
	hash_final(&h, hex);
	snprintf(name, sizeof(name), "ban-tin-%.12s.yaml", hex);
	typed_title(b->text, title, sizeof(title));
	memset(&y, 0, sizeof(y));
	norm_buf_init(&y.body, BULLETIN_TEXT_MAX * 2);
	web_printf(&y, "id: ban-tin-%.12s\ntitle: \"%s\"\ntopic: other\n"
		   "parts:\n  - say: |-\n", hex, title);
	for (p = b->text; *p; p += *p == '\n') {
		size_t n = strcspn(p, "\n");

		norm_buf_adds(&y.body, "      ");
		norm_buf_add(&y.body, p, n);
		norm_buf_addc(&y.body, '\n');
		p += n;
	}
	status = y.body.failed ? loa_error_set(err, LOA_ENOMEM, "out of memory")
		: make_dirs(r, dir, err);
	if (!status)
		status = atomic_write(dir, name, y.body.p, y.body.len, err);
	norm_buf_release(&y.body);
	/* Named from the project, as scripts/NAME.yaml is. */
	if (!status && !(b->file = malloc(strlen(dir) + sizeof(name) + 2)))
		status = loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (!status)
		snprintf(b->file, strlen(dir) + sizeof(name) + 2, "%s/%s",
			 strcmp(r->st->root, ".") ? dir : dir + 2, name);
	return status;
}

/* The station's profile, the script file, its findings, the script. */
static loa_status check(struct web_req *r, const struct air_station *a,
			struct bulletin *b, struct loa_error *err)
{
	loa_status status;

	if (b->bad_field)
		return loa_error_set(err, LOA_EINPUT, T_BUL_BAD_FIELD);
	if (b->repeat > 1 && !b->every_min)
		return loa_error_set(err, LOA_EINPUT, T_BUL_NEED_EVERY);
	if ((status = web_station_load_profile(r, a->sched->commune->file,
					       &b->st, err)))
		return status;
	if (b->text)
		status = typed_script(r, b, err);
	else if (*b->script)
		status = web_project_file(r, "scripts", b->script, &b->file,
					  err);
	else
		status = loa_error_set(err, LOA_EINPUT, T_BUL_EMPTY);
	if (status)
		return status;
	status = loa_script_check_file(b->file, r->st->root, b->st.commune,
				       b->st.allow, &b->st.norm, &b->diag, err);
	if (status && status != LOA_EINPUT)
		return status;
	loa_diag_sort(&b->diag);
	if (loa_diag_count(&b->diag, LOA_SEV_ERROR))
		return LOA_OK;
	return loa_script_load(&b->script_obj, b->file, r->st->root, err);
}

/* The zone names chosen, joined by ", " as the as-run log has them. */
static void zone_list(const struct air_station *a, const struct bulletin *b,
		      char *out, size_t size)
{
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < a->n_zones && o < size; i++)
		if (b->zones & (1ULL << i))
			o += (size_t)snprintf(out + o, size - o, "%s%s",
					      o ? ", " : "", a->zones[i]);
}

/* The approval row `loa bulletin` writes, in the operator's name. */
static loa_status approve(struct web_req *r, struct bulletin *b,
			  struct loa_approval *ap, char audio[PATH_MAX],
			  struct loa_error *err)
{
	struct loa_db *db = NULL;
	loa_status status;

	if (b->st.commune->example_contacts && !b->example)
		return loa_error_set(err, LOA_EINPUT, T_NEED_EXAMPLE);
	web_reuse_listen(r, b->script_obj, &b->st);
	if ((status = loa_approval_render(ap, b->script_obj, b->st.commune,
					  &b->st.opt, NULL, audio, NULL, err)))
		return status;
	ap->example = b->st.commune->example_contacts;
	if (!(ap->by = strdup(r->session.user)))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (!(status = web_db_open(r, &db, err)))
		status = loa_approvals_append(db, ap, 1, err);
	loa_db_close(&db);
	return status;
}

/* Approves and hands over; the done line into done. */
static loa_status send(struct web_req *r, const struct air_station *a,
		       struct bulletin *b, char *done, size_t size,
		       struct loa_error *err)
{
	struct loa_air_bulletin sb;
	struct loa_approval ap;
	char audio[PATH_MAX], zones[1024], detail[200], *state = NULL;
	loa_status status;
	long pid = 0;

	memset(&ap, 0, sizeof(ap));
	if ((status = approve(r, b, &ap, audio, err)))
		goto out;
	zone_list(a, b, zones, sizeof(zones));
	memset(&sb, 0, sizeof(sb));
	sb.audio = audio;
	sb.source = b->file;
	sb.tier = b->tier;
	sb.by = r->session.user;
	sb.zones = *zones ? zones : NULL;
	sb.script_id = b->script_obj->id;
	sb.title = b->script_obj->title;
	sb.approval = ap.id;
	sb.repeat = b->repeat;
	sb.every_s = b->every_min * 60;
	if ((status = loa_air_bulletin_submit(r->st->opt->spool, &sb, err)))
		goto out;
	snprintf(detail, sizeof(detail), "approval %lld, %s", ap.id, b->tier);
	web_log_action(r, "bulletin", b->file, detail);
	snprintf(done, size, T_BUL_SENT, web_tier_title(b->tier), ap.id,
		 ap.by);
	loa_air_state(r->st->opt->spool, &state, &pid, err);
	if (!pid && strlen(done) + sizeof(T_BUL_SENT_IDLE) < size)
		memcpy(done + strlen(done), T_BUL_SENT_IDLE,
		       sizeof(T_BUL_SENT_IDLE));
out:
	free(state);
	loa_approval_release(&ap);
	return status;
}

/* Back to the page, with what happened in its "done" line. */
static void back(struct web_resp *w, const char *done)
{
	struct web_resp u;

	memset(&u, 0, sizeof(u));
	norm_buf_init(&u.body, sizeof(w->location) - 1);
	web_html(&u, "/air?done=");
	web_url(&u, done);
	web_redirect(w, u.body.failed || !u.body.p ? "/air" : u.body.p);
	norm_buf_release(&u.body);
}

int web_bulletin(struct web_req *r, struct web_resp *w)
{
	struct air_station a;
	struct bulletin b;
	struct loa_error err;
	char done[1400];
	loa_status status;
	int known;

	read_form(r, &b);
	loa_error_clear(&err);
	status = web_air_station(r, &a, &err);
	known = !status;
	if (!status)
		status = check(r, &a, &b, &err);
	/* A clip libsndfile would not read: its words for the journal. */
	if (status == LOA_EINPUT || b.diag.n)
		web_log_detail(r, &err);
	if (!status && b.script_obj && !strcmp(b.act, "listen"))
		status = web_listen_render(r, b.script_obj, &b.st, b.url, &err);
	else if (!status && b.script_obj && (!strcmp(b.act, "send") ||
						b.confirm)) {
		b.ask_confirm = !strcmp(b.tier, "emergency") && !b.confirm;
		if (!b.ask_confirm &&
		    !(status = send(r, &a, &b, done, sizeof(done), &err))) {
			back(w, done);
			goto out;
		}
	}
	if (status)
		snprintf(b.failure, sizeof(b.failure), "%s", status == LOA_EINPUT ?
			 err.msg : web_failure(r, status, &err));
	else if (!b.script_obj)
		snprintf(b.failure, sizeof(b.failure), T_BUL_BLOCKED);
	/* Refused: nothing was approved or sent. */
	if (b.failure[0])
		w->status = status == LOA_OK || status == LOA_EINPUT ? 400 : 500;
	web_air_page_show(r, w, known ? &a : NULL, &b);
out:
	web_air_station_release(&a);
	bulletin_release(&b);
	return 0;
}
