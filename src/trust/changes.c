/*
 * Why content awaits approval: its description compared, field by field,
 * with the latest approval in force of the same script for the same
 * commune (loa/approval.h).
 */
#include "trust.h"

#include <stdio.h>
#include <string.h>
#include "core/i18n.h"

static int differ(const char *a, const char *b)
{
	return (a || b) && (!a || !b || strcmp(a, b));
}

/* The first line of now that is not in was ("SHA-256 path", "k=v"). */
static void first_new_line(const char *now, const char *was, char *out,
			   size_t size)
{
	const char *line = now, *end;

	out[0] = '\0';
	for (; line && *line; line = end + (*end == '\n')) {
		end = strchr(line, '\n');
		if (!end)
			end = line + strlen(line);
		snprintf(out, size, "%.*s", (int)(end - line), line);
		if (!was || !strstr(was, out))
			return;
	}
	out[0] = '\0';
}

/* "path" of an assets line, "name" of a values line. */
static const char *line_name(const char *line, int assets)
{
	const char *p = assets ? strchr(line, ' ') : NULL;

	return p ? p + 1 : line;
}

static void add(char *why, size_t size, const char *what, const char *detail)
{
	size_t n = strlen(why);

	snprintf(why + n, size - n, "%s%s%s%s", n ? "; " : "", what,
		 detail && *detail ? ": " : "", detail ? detail : "");
}

static void compare(const struct loa_approval *now,
		    const struct loa_approval *was, char *why, size_t size)
{
	char line[256];
	char *eq;

	if (differ(now->script_sha, was->script_sha))
		add(why, size, _("the script file changed"), NULL);
	if (differ(now->assets, was->assets)) {
		first_new_line(now->assets, was->assets, line, sizeof(line));
		add(why, size, _("an audio file changed"), line_name(line, 1));
	}
	if (differ(now->commune_values, was->commune_values)) {
		first_new_line(now->commune_values, was->commune_values, line,
			       sizeof(line));
		if ((eq = strchr(line, '=')))
			*eq = '\0';
		add(why, size, _("a commune value changed"), line);
	}
	if (differ(now->settings, was->settings))
		add(why, size, _("the voice or settings changed"), NULL);
	if (differ(now->spoken_sha, was->spoken_sha))
		add(why, size, _("the spoken text changed"), NULL);
	if (!why[0])
		add(why, size, _("the render changed (Loa or its libraries)"),
		    NULL);
}

/* The newest approval of this script and commune that was withdrawn. */
struct withdrawn {
	long long id, by_row;
};

static int last_withdrawn(void *ctx, const struct loa_approval *a,
			  long long revoked)
{
	struct withdrawn *w = ctx;

	if (revoked && !strcmp(a->kind, "approve")) {
		w->id = a->id;
		w->by_row = revoked;
	}
	return 0;
}

/* "never approved", or which approval was withdrawn: they need
 * different people (an approver, or whoever withdrew it). */
static loa_status why_none(struct loa_db *db, const char *commune_id,
			   const char *script_id, char *why, size_t size,
			   struct loa_error *err)
{
	struct withdrawn w = { 0, 0 };
	loa_status rc;

	if ((rc = loa_approvals_each(db, commune_id, script_id,
				     last_withdrawn, &w, err)))
		return rc;
	if (w.id)
		snprintf(why, size, _("approval %lld was withdrawn (row %lld "
				      "of loa approvals); approve it again"),
			 w.id, w.by_row);
	else
		snprintf(why, size, "%s", _("never approved for this commune"));
	return LOA_OK;
}

loa_status loa_approval_changes(struct loa_db *db,
				const struct loa_script *script,
				const struct loa_commune *commune,
				const struct loa_render_options *opt,
				char *why, size_t size, struct loa_error *err)
{
	struct loa_approval now = { 0 }, was;
	loa_status rc;

	why[0] = '\0';
	if ((rc = loa_approval_latest(db, commune ? commune->id : NULL,
				      script->id, &was, err)))
		return rc;
	if (!was.id) {
		rc = why_none(db, commune ? commune->id : NULL, script->id,
			      why, size, err);
		goto out;
	}
	if ((rc = loa_approval_describe(&now, script, commune, opt, err)))
		goto out;
	compare(&now, &was, why, size);
out:
	loa_approval_release(&now);
	loa_approval_release(&was);
	return rc;
}
