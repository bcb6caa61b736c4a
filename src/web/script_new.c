/*
 * A new script from the Scripts page (editors): a blank Vietnamese
 * skeleton that passes `loa check`, or a copy of a script of scripts/
 * with its id (and title) made the new one's.  The name is a script id
 * (a-z, 0-9, '-'); the file is made with atomic_create, so an existing
 * script is never replaced, and only inside the project's own scripts/
 * folder.  Recorded in web_actions ("create"), then the editor opens.
 */
#include "station.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/atomic.h"
#include "script/commune_parse.h"
#include "text/norm_nfc.h"
#include "text_vi.h"

/* The longest title accepted, in bytes. */
#define NEW_TITLE_MAX 200

static const char skeleton_comment[] =
	"# Kịch bản mới, tạo trên trang web. Cách viết: docs/script-format.md\n"
	"# (hoặc man loa-script). Thụt lề bằng dấu cách, không dùng phím Tab.\n";
static const char skeleton_chimes[] =
	"intro: audio/chime-in.flac\n"
	"outro: audio/chime-out.flac\n";
static const char skeleton_parts[] =
	"parts:\n"
	"  - say: >-\n"
	"      Kính thưa bà con nhân dân {{commune.name}}.\n"
	"      {{commune.office}} xin thông báo tới bà con như sau.\n"
	"  - pause: 800ms\n"
	"  - say: >-\n"
	"      Viết nội dung thông báo vào đây.\n"
	"  - pause: 800ms\n"
	"  - say: >-\n"
	"      {{commune.office}} trân trọng cảm ơn bà con đã chú ý lắng nghe.\n";

/* 1 when title is one line of UTF-8 text, not empty, not too long. */
static int title_ok(const char *title)
{
	size_t len = strlen(title), pos = 0;
	uint32_t cp;

	if (!len || len > NEW_TITLE_MAX)
		return 0;
	while (pos < len) {
		if (norm_utf8_next(title, len, &pos, &cp) || cp < 0x20 ||
		    cp == 0x7f)
			return 0;
	}
	return 1;
}

/* title inside a YAML "...": backslash and quote escaped. */
static void yaml_quoted(struct norm_buf *b, const char *title)
{
	for (; *title; title++) {
		if (*title == '"' || *title == '\\')
			norm_buf_addc(b, '\\');
		norm_buf_addc(b, *title);
	}
}

static void add_line(struct norm_buf *b, const char *key, const char *value,
		     int quoted)
{
	norm_buf_adds(b, key);
	norm_buf_adds(b, quoted ? ": \"" : ": ");
	if (quoted)
		yaml_quoted(b, value);
	else
		norm_buf_adds(b, value);
	norm_buf_adds(b, quoted ? "\"\n" : "\n");
}

/* The length of the line at p, with its newline. */
static size_t line_len(const char *p)
{
	size_t n = strcspn(p, "\n");

	return n + (p[n] == '\n');
}

/* 1 when the line at p is the top-level key's ("id:", "title:"). */
static int is_key(const char *p, const char *key)
{
	return !strncmp(p, key, strlen(key));
}

/*
 * The copy of text with its top-level id and title lines (and their
 * indented continuation lines) replaced; either put first when absent.
 */
static void copy_text(struct norm_buf *b, const char *text, const char *id,
		      const char *title)
{
	const char *p;
	int skipping = 0, has_id = 0, has_title = 0;

	for (p = text; *p; p += line_len(p)) {
		has_id |= is_key(p, "id:");
		has_title |= is_key(p, "title:");
	}
	if (!has_id)
		add_line(b, "id", id, 0);
	if (!has_title)
		add_line(b, "title", title, 1);
	for (p = text; *p; p += line_len(p)) {
		if (skipping && (*p == ' ' || *p == '\t'))
			continue;
		skipping = is_key(p, "id:") || is_key(p, "title:");
		if (is_key(p, "id:"))
			add_line(b, "id", id, 0);
		else if (skipping)
			add_line(b, "title", title, 1);
		else
			norm_buf_add(b, p, line_len(p));
	}
}

void web_script_skeleton(struct web_req *r, struct norm_buf *b,
			 const char *id, const char *title)
{
	char in[PATH_MAX], out[PATH_MAX];
	struct stat sb;

	norm_buf_adds(b, skeleton_comment);
	add_line(b, "id", id, 0);
	add_line(b, "title", title, 1);
	norm_buf_adds(b, "topic: other\n");
	/* The bundled chimes, when the project has them (loa init's do). */
	snprintf(in, sizeof(in), "%s/audio/chime-in.flac", r->st->root);
	snprintf(out, sizeof(out), "%s/audio/chime-out.flac", r->st->root);
	if (!stat(in, &sb) && S_ISREG(sb.st_mode) && !stat(out, &sb) &&
	    S_ISREG(sb.st_mode))
		norm_buf_adds(b, skeleton_chimes);
	norm_buf_adds(b, skeleton_parts);
}

/* Reads and checks the form; NULL, else what is wrong, and its status. */
static const char *read_form(struct web_req *r, struct web_new_form *f,
			     unsigned *status)
{
	web_form(r, "title", f->title, sizeof(f->title));
	web_form(r, "name", f->name, sizeof(f->name));
	web_form(r, "from", f->from, sizeof(f->from));
	*status = 400;
	if (!profile_id_valid(f->name) || !strcmp(f->name, "lexicon"))
		return T_NEW_BAD_NAME;
	if (!title_ok(f->title))
		return T_NEW_BAD_TITLE;
	if (f->from[0] && (!web_name_ok(f->from) ||
			   !strcmp(f->from, "lexicon")))
		return T_NO_SCRIPT;
	return NULL;
}

/* Makes the new script's text into b; NULL, else what went wrong. */
static const char *new_text(struct web_req *r, const struct web_new_form *f,
			    struct norm_buf *b, char **source)
{
	struct loa_error err;
	char *text;

	if (!f->from[0]) {
		web_script_skeleton(r, b, f->name, f->title);
		return NULL;
	}
	if (web_project_file(r, "scripts", f->from, source, &err) ||
	    !(text = web_read_text(*source)))
		return T_NO_SCRIPT;
	copy_text(b, text, f->name, f->title);
	free(text);
	return NULL;
}

int web_script_new(struct web_req *r, struct web_resp *w)
{
	struct web_new_form f;
	struct loa_error err;
	struct norm_buf text;
	char dir[PATH_MAX], file[100], *source = NULL, to[PATH_MAX + 100];
	unsigned status = 400;
	const char *why;
	loa_status rc;
	struct stat sb;

	memset(&f, 0, sizeof(f));
	norm_buf_init(&text, WEB_MAX_BODY + 4096);
	why = read_form(r, &f, &status);
	if (!why && !web_project_dir(r, "scripts", dir))
		why = T_ERR_PATH;
	snprintf(file, sizeof(file), "%s.yaml", f.name);
	if (!why && snprintf(to, sizeof(to), "%s/%s", dir, file) > 0 &&
	    !lstat(to, &sb))
		status = 409, why = T_NEW_EXISTS;
	if (!why)
		why = new_text(r, &f, &text, &source);
	if (!why && text.failed)
		why = T_ERR_TOO_BIG;
	if (!why && (rc = atomic_create(dir, file, text.p, text.len, &err))) {
		/* Taken between the look and the write: nothing replaced. */
		status = rc == LOA_EINPUT ? 409 : 500;
		why = rc == LOA_EINPUT ? T_NEW_EXISTS : T_NEW_FAILED;
		if (rc != LOA_EINPUT)
			fprintf(stderr, "loa: new script: %s\n", err.msg);
	}
	if (why) {
		f.why = why;
		web_scripts_list(r, w, &f);
		w->status = status;
	} else {
		snprintf(to, sizeof(to), "scripts/%s", file);
		web_log_action(r, "create", to, source ? source : "blank");
		snprintf(to, sizeof(to), "/scripts/%s", f.name);
		web_redirect(w, to);
	}
	free(source);
	norm_buf_release(&text);
	return 0;
}

void web_new_form(struct web_req *r, struct web_resp *w, char **names,
		  size_t n, const struct web_new_form *f)
{
	static const struct web_new_form none;
	size_t i;

	if (!f)
		f = &none;
	web_html(w, "<h2 id=\"new\">" T_NEW_TITLE "</h2>");
	if (f->why) {
		web_html(w, "<p class=\"error\" role=\"alert\" id=\"new-error\">");
		web_text(w, f->why);
		web_html(w, "</p>");
	}
	web_html(w, "<p class=\"help\">" T_NEW_HELP "</p>"
		 "<form method=\"post\" action=\"/scripts/new\" id=\"new-script\" "
		 "class=\"new-script\"><input type=\"hidden\" name=\"csrf\" "
		 "value=\"");
	web_text(w, r->session.csrf);
	web_html(w, "\"><label>" T_SCRIPT_NAME " <input id=\"new-title\" "
		 "name=\"title\" required maxlength=\"200\" value=\"");
	web_text(w, f->title);
	web_html(w, "\"></label><label>" T_NEW_NAME " <input id=\"new-name\" "
		 "name=\"name\" required maxlength=\"64\" "
		 "pattern=\"[a-z0-9][a-z0-9\\-]*\" autocapitalize=\"none\" "
		 "spellcheck=\"false\" value=\"");
	web_text(w, f->name);
	web_html(w, "\"></label><label>" T_NEW_FROM " <select id=\"new-from\" "
		 "name=\"from\"><option value=\"\">" T_NEW_BLANK "</option>");
	for (i = 0; i < n; i++) {
		web_html(w, "<option value=\"");
		web_text(w, names[i]);
		web_html(w, strcmp(names[i], f->from) ? "\">" : "\" selected>");
		web_html(w, T_NEW_COPY " ");
		web_text(w, names[i]);
		web_html(w, "</option>");
	}
	web_html(w, "</select></label><button id=\"new-create\">" T_NEW_CREATE
		 "</button></form>");
}
