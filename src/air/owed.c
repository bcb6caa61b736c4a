/*
 * Re-airs owed across a restart.  A priority bulletin cut by an
 * emergency is owed one airing from its start (bulletin.c).  The debt is
 * kept nowhere of its own, so it cannot get out of step: it is a cut
 * airing in the log (a priority bulletin's row, pre-empted, not itself a
 * re-air) that no row re-airs (retry_of), whose audio is still in the
 * spool.  The daemon removes that audio once the debt is settled (aired,
 * withdrawn, too late), so a debt settled before a stop is not found
 * again, and one owed when the daemon was killed is.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/hash.h"
#include "daemon.h"
#include "loa/approval.h"
#include "loa/date.h"

/* A cut airing not re-aired (yet), with its audio once found. */
struct cut {
	long long id, ms;
	struct air_bulletin b;         /* its fields, as a queued bulletin's */
	char sha[65];
};

struct cuts {
	struct cut *list;
	size_t n;
	int nomem;
};

/* Each cut priority bulletin in the log, less those re-aired since. */
static int collect(void *ctx, const struct loa_asrun *it)
{
	struct cuts *c = ctx;
	struct cut *more, *x;
	long long ms = 0;

	if (it->retry_of) {
		for (size_t i = 0; i < c->n; i++)
			if (c->list[i].id == it->retry_of)
				c->list[i].id = 0; /* settled: never a third */
		return 0;
	}
	if (it->scheduled || it->outcome != LOA_ASRUN_PREEMPTED || !it->tier ||
	    strcmp(it->tier, "priority") || !it->sha256 ||
	    strlen(it->sha256) != 64 ||
	    loa_air_parse_time(it->ended ? it->ended : it->started, &ms))
		return 0;
	if (!(more = realloc(c->list, (c->n + 1) * sizeof(*more)))) {
		c->nomem = 1;
		return 1;
	}
	c->list = more;
	x = memset(&more[c->n++], 0, sizeof(*x));
	x->id = it->id;
	x->ms = ms;
	memcpy(x->sha, it->sha256, 65);
	x->b.source = air_dup(it->file ? it->file : "", &c->nomem);
	x->b.zones = air_dup(it->zones, &c->nomem);
	x->b.script_id = air_dup(it->script_id, &c->nomem);
	x->b.title = air_dup(it->title, &c->nomem);
	x->b.approval = it->approval;
	return c->nomem;
}

/* Whether name in the spool may be a bulletin's audio (not a request,
 * the lock, the status or a file being written). */
static int audio_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && strcmp(name, "lock") &&
		strcmp(name, "status") && strcmp(name, "station") &&
		!(len >= 4 && !strcmp(name + len - 4, ".req")) &&
		!(len >= 4 && !strcmp(name + len - 4, ".bad"));
}

/* Gives each cut the spool's file with its SHA-256, each file once. */
static void find_audio(struct air *a, struct cuts *c)
{
	char path[PATH_MAX], sha[65];
	struct loa_error err;
	struct dirent *e;
	struct stat st;
	DIR *d = opendir(a->opt->spool);

	while (d && (e = readdir(d))) {
		size_t i = 0;

		if (!audio_name(e->d_name) ||
		    snprintf(path, sizeof(path), "%s/%s", a->opt->spool,
			     e->d_name) >= (int)sizeof(path) ||
		    lstat(path, &st) || !S_ISREG(st.st_mode) ||
		    hash_file_sha256(path, sha, &err))
			continue;
		while (i < c->n && (!c->list[i].id || c->list[i].b.audio ||
				    strcmp(c->list[i].sha, sha)))
			i++;
		if (i < c->n && !(c->list[i].b.audio = strdup(path)))
			c->nomem = 1;
	}
	if (d)
		closedir(d);
}

struct approver {
	long long id;
	char by[256];
};

static int approver_of(void *ctx, const struct loa_approval *ap,
		       long long revoked)
{
	struct approver *w = ctx;

	(void)revoked;
	if (ap->id == w->id && ap->by)
		snprintf(w->by, sizeof(w->by), "%s", ap->by);
	return ap->id == w->id;
}

/* Who sent the bulletin: the person who approved it. */
static void sender(struct air *a, struct cut *x)
{
	struct approver w = { x->b.approval, "?" };
	struct loa_error err;

	loa_error_clear(&err);
	if (x->b.script_id)
		loa_approvals_each(a->db, a->commune, x->b.script_id,
				   approver_of, &w, &err);
	x->b.by = strdup(w.by);
}

void air_owed_recover(struct air *a)
{
	long long today = (air_clock_now(&a->clock) / 1000 + LOA_UTC_OFFSET) /
		86400;
	struct loa_asrun_filter f = { NULL, NULL, a->commune };
	struct cuts c = { NULL, 0, 0 };
	struct loa_error err;
	char from[11];
	size_t i;

	/* Yesterday too: a cut before midnight is found, and let go. */
	loa_date_format((int)today - 1, from);
	f.from = from;
	loa_error_clear(&err);
	if (loa_asrun_each(a->db, &f, collect, &c, &err) < 0)
		air_event(a, "bulletin", 0, "%s", err.msg);
	for (i = 0; i < c.n && c.list[i].id == 0; i++)
		;
	if (i < c.n && !c.nomem)
		find_audio(a, &c);
	for (i = 0; i < c.n; i++) {
		struct cut *x = &c.list[i];

		if (x->id && x->b.audio && !c.nomem) {
			sender(a, x);
			if (!x->b.by ||
			    air_bulletin_owe(a, &x->b, x->id, x->ms))
				c.nomem = 1;
		}
		air_bulletin_release(&x->b);
	}
	if (c.nomem)
		air_event(a, "bulletin", 0, "not re-aired: %s", "out of memory");
	free(c.list);
}
