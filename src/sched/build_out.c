/*
 * The build's outputs: in each DIR/<commune>/<week>/, the segments (copies
 * of cache entries), a playlist per slot occurrence and per day, and
 * manifest.csv (its columns in manifest.h) and manifest.json; files a
 * changed schedule no longer has are removed.
 */
#include "build_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/clock.h"
#include "core/escape.h"
#include "core/hash.h"
#include "manifest.h"

#define BUF_MAX (64u << 20)   /* cap on one playlist or manifest */

struct sbuf {
	char *p;
	size_t len, cap;
	int failed;
};

static void sb_printf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (b->failed)
		return;
	for (;;) {
		size_t room = b->cap - b->len;

		va_start(ap, fmt);
		n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? room : 0, fmt, ap);
		va_end(ap);
		if (n < 0) {
			b->failed = 1;
			return;
		}
		if (b->p && (size_t)n < room) {
			b->len += (size_t)n;
			return;
		}
		{
			size_t cap = b->cap ? b->cap : 4096;
			char *p;

			while (cap < b->len + (size_t)n + 1)
				cap *= 2;
			if (cap > BUF_MAX || !(p = realloc(b->p, cap))) {
				b->failed = 1;
				return;
			}
			b->p = p;
			b->cap = cap;
		}
	}
}

/* esc_put_fn for a struct sbuf. */
static void sb_put(void *b, const char *s, size_t n)
{
	sb_printf(b, "%.*s", (int)n, s);
}

static void sb_csv(struct sbuf *b, const char *s, int last)
{
	esc_csv_field(sb_put, b, s, last);
}

static void sb_json(struct sbuf *b, const char *s)
{
	esc_json_string(sb_put, b, s);
}

/*
 * Copies the cached render to the segment's name (atomically, checked
 * against its SHA-256), unless the file there already holds it.  A copy,
 * not a hard link: editing a published file cannot reach the cache.
 */
static loa_status place(const struct build *bd, const struct bld_key *k,
			const char *dir, const char *name,
			struct loa_error *err)
{
	char mp3[4200], meta[4200], path[4400], sha[65];
	struct stat st;

	bld_key_paths(bd, k, mp3, meta);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!lstat(path, &st) && S_ISREG(st.st_mode) &&
	    !hash_file_sha256(path, sha, NULL) && !strcmp(sha, k->sha))
		return LOA_OK; /* already this render */
	return atomic_copy(mp3, dir, name, k->sha, err);
}

static int name_listed(const struct build *bd, size_t from, size_t to,
		       const char *name)
{
	size_t i;

	for (i = from; i < to; i++)
		if (!strcmp(bd->segs[i].name, name))
			return 1;
	return 0;
}

/* What one commune-week folder is written from. */
struct folder {
	const struct loa_schedule *s;
	char dir[4096];
	struct sbuf csv, json;       /* the manifests */
	struct sbuf day, occ;        /* the playlists being filled */
	struct sbuf names;           /* playlists written, one per line */
};

static void folder_release(struct folder *f)
{
	free(f->csv.p);
	free(f->json.p);
	free(f->day.p);
	free(f->occ.p);
	free(f->names.p);
}

static loa_status nomem(struct loa_error *err)
{
	return loa_error_set(err, LOA_ENOMEM,
			     "a playlist or manifest is too large");
}

/* Creates DIR/<commune>/<week>/ and clears what a killed run left. */
static loa_status folder_open(const struct build *bd, size_t from,
			      struct folder *f, struct loa_error *err)
{
	f->s = bd->segs[from].b->schedule;
	snprintf(f->dir, sizeof(f->dir), "%s/%s", bd->opt->out_dir,
		 f->s->commune->id);
	if (atomic_make_dir(f->dir))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     f->dir, strerror(errno));
	snprintf(f->dir, sizeof(f->dir), "%s/%s/%s", bd->opt->out_dir,
		 f->s->commune->id, bd->segs[from].week);
	if (atomic_make_dir(f->dir))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     f->dir, strerror(errno));
	atomic_remove_stale(f->dir, 0);
	return LOA_OK;
}

/* The render of segment i (the primary of its key). */
static const struct bld_key *seg_key(const struct build *bd, size_t i)
{
	return &bd->keys[bd->keys[bd->segs[i].key].primary];
}

static void manifest_begin(struct folder *f, const char *week)
{
	sb_printf(&f->csv, "\xEF\xBB\xBF" MANIFEST_CSV_HEADER "\r\n");
	sb_printf(&f->json, "{\n  \"commune\": ");
	sb_json(&f->json, f->s->commune->id);
	sb_printf(&f->json, ",\n  \"commune_name\": ");
	sb_json(&f->json, f->s->commune->name);
	sb_printf(&f->json, ",\n  \"week\": \"%s\",\n  \"segments\": [", week);
}

/* One segment's row of manifest.csv and entry of manifest.json. */
static void manifest_add(struct folder *f, const struct bld_segment *sg,
			 const struct bld_key *k, const char *start, int first)
{
	const struct loa_broadcast *b = sg->b;
	const char *col[MANIFEST_N_COL];
	char dur[32];
	int i;

	snprintf(dur, sizeof(dur), "%.3f", k->seconds);
	col[MANIFEST_FILE] = sg->name;
	col[MANIFEST_COMMUNE] = f->s->commune->id;
	col[MANIFEST_COMMUNE_NAME] = f->s->commune->name;
	col[MANIFEST_ZONES] = b->slot->zones;
	col[MANIFEST_SLOT] = b->slot->id;
	col[MANIFEST_SLOT_NAME] = b->slot->name;
	col[MANIFEST_START] = start;
	col[MANIFEST_DURATION] = dur;
	col[MANIFEST_SCRIPT] = b->script->id;
	col[MANIFEST_TITLE] = b->script->title;
	col[MANIFEST_TOPIC] = b->script->topic;
	col[MANIFEST_SHA] = k->sha;
	for (i = 0; i < MANIFEST_N_COL; i++)
		sb_csv(&f->csv, col[i], i == MANIFEST_N_COL - 1);
	sb_printf(&f->json, "%s\n    {\"file\": ", first ? "" : ",");
	sb_json(&f->json, sg->name);
	sb_printf(&f->json, ", \"commune\": ");
	sb_json(&f->json, f->s->commune->id);
	sb_printf(&f->json, ", \"zones\": ");
	sb_json(&f->json, b->slot->zones);
	sb_printf(&f->json, ", \"slot\": ");
	sb_json(&f->json, b->slot->id);
	sb_printf(&f->json, ", \"slot_name\": ");
	sb_json(&f->json, b->slot->name);
	sb_printf(&f->json, ", \"start\": \"%s\", \"duration_s\": %s, "
		  "\"script\": ", start, dur);
	sb_json(&f->json, b->script->id);
	sb_printf(&f->json, ", \"title\": ");
	sb_json(&f->json, b->script->title);
	sb_printf(&f->json, ", \"topic\": ");
	sb_json(&f->json, b->script->topic);
	sb_printf(&f->json, ", \"sha256\": \"%s\"}", k->sha);
}

/* Writes a finished playlist and notes its name. */
static loa_status playlist_flush(struct folder *f, struct sbuf *pl,
				 const char *name, struct loa_error *err)
{
	loa_status rc;

	if (pl->failed)
		return nomem(err);
	if ((rc = atomic_write(f->dir, name, pl->p, pl->len, err)))
		return rc;
	sb_printf(&f->names, "%s\n", name);
	return LOA_OK;
}

/*
 * Adds segment i to the playlists of its slot occurrence and its day,
 * starting each at its first segment and writing it after its last.
 */
static loa_status playlists_add(const struct build *bd, struct folder *f,
				size_t i, size_t from, size_t to, int listed,
				struct loa_error *err)
{
	const struct loa_broadcast *b = bd->segs[i].b;
	const struct loa_broadcast *prev = i > from ? bd->segs[i - 1].b : NULL;
	const struct loa_broadcast *next = i + 1 < to ? bd->segs[i + 1].b : NULL;
	const struct bld_key *k = seg_key(bd, i);
	int hh = b->slot->start / 3600, mm = b->slot->start / 60 % 60;
	char d[11], name[128];
	loa_status rc;
	size_t j;

	loa_date_format(b->date, d);
	if (!prev || prev->date != b->date) {
		f->day.len = 0;
		sb_printf(&f->day, "#EXTM3U\n#PLAYLIST:%s, %s\n",
			  f->s->commune->name, d);
	}
	if (!prev || prev->date != b->date || prev->slot != b->slot) {
		f->occ.len = 0;
		sb_printf(&f->occ, "#EXTM3U\n#PLAYLIST:%s, %s %s %02d:%02d (%s)\n",
			  f->s->commune->name, b->slot->name, d, hh, mm,
			  b->slot->zones);
	}
	for (j = 0; j < 2 && listed; j++)
		sb_printf(j ? &f->day : &f->occ, "#EXTINF:%d,%s\n%s\n",
			  (int)(k->seconds + 0.5), b->script->title,
			  bd->segs[i].name);
	if (!next || next->date != b->date || next->slot != b->slot) {
		snprintf(name, sizeof(name), "%s_%02d%02d_%s.m3u8", d, hh, mm,
			 b->slot->id);
		if ((rc = playlist_flush(f, &f->occ, name, err)))
			return rc;
	}
	if (!next || next->date != b->date) {
		snprintf(name, sizeof(name), "%s.m3u8", d);
		if ((rc = playlist_flush(f, &f->day, name, err)))
			return rc;
	}
	return LOA_OK;
}

/*
 * Removes the segments and playlists of the planned days that this
 * build did not write: what a changed schedule no longer plays.
 */
static void prune(const struct build *bd, const struct folder *f,
		  size_t from, size_t to)
{
	struct dirent *e;
	DIR *d = opendir(f->dir);

	if (!d)
		return;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		char path[4400], date_part[11], *hit;
		int ours = (len > 4 && (!strcmp(e->d_name + len - 4, ".mp3") ||
					!strcmp(e->d_name + len - 4, ".wav"))) ||
			(len > 5 && !strcmp(e->d_name + len - 5, ".m3u8"));
		int date;

		if (!ours || e->d_name[0] == '.' || len < 10 ||
		    name_listed(bd, from, to, e->d_name))
			continue;
		/* Only days this build planned: --from/--to may cover
		 * part of a week built before. */
		memcpy(date_part, e->d_name, 10);
		date_part[10] = '\0';
		if (loa_date_parse(date_part, &date) ||
		    date < bd->plan->from || date > bd->plan->to)
			continue;
		hit = f->names.p ? strstr(f->names.p, e->d_name) : NULL;
		if (hit && (hit == f->names.p || hit[-1] == '\n') &&
		    hit[len] == '\n')
			continue;
		snprintf(path, sizeof(path), "%s/%s", f->dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}

/*
 * A segment awaiting approval: an earlier build of it is removed (it is
 * no longer what was approved); with --drafts it is placed as DRAFT_<name>,
 * DRAFT in its tags too.
 */
static loa_status hold_back(const struct build *bd, const struct bld_key *k,
			    const char *dir, const char *name,
			    struct loa_error *err)
{
	char path[4400];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
	if (!bd->opt->drafts)
		return LOA_OK;
	snprintf(path, sizeof(path), "DRAFT_%s", name);
	return bld_place_draft(bd, k, dir, path, err);
}

/*
 * Writes one commune-week folder: segments, playlists per slot
 * occurrence and per day, manifest.csv and manifest.json, and removes
 * segments and playlists a changed schedule no longer has.
 */
loa_status bld_write_folder(struct build *bd, size_t from, size_t to,
			    struct loa_error *err)
{
	struct folder f;
	size_t placed = 0;
	double at = 0;
	loa_status rc;
	size_t i;

	memset(&f, 0, sizeof(f));
	if ((rc = folder_open(bd, from, &f, err)))
		goto out;
	for (i = from; i < to; i++) {
		if (seg_key(bd, i)->state == BLD_FAILED) {
			bd->stats->folders_failed++;
			goto out; /* an incomplete week gets no playlists */
		}
	}
	/* Every segment first: a failure here (a full disk) leaves the
	 * playlists and manifests of the week as they were. */
	for (i = from; i < to; i++) {
		const struct bld_segment *sg = &bd->segs[i];

		if (bd->keys[sg->key].awaiting)
			rc = hold_back(bd, seg_key(bd, i), f.dir, sg->name, err);
		else
			rc = place(bd, seg_key(bd, i), f.dir, sg->name, err);
		if (rc)
			goto out;
	}
	manifest_begin(&f, bd->segs[from].week);
	for (i = from; i < to; i++) {
		const struct bld_segment *sg = &bd->segs[i];
		const struct bld_key *k = seg_key(bd, i);
		int held = bd->keys[sg->key].awaiting;
		char start[32];

		if (i == from || bd->segs[i - 1].b->date != sg->b->date ||
		    bd->segs[i - 1].b->slot != sg->b->slot)
			at = sg->b->slot->start;
		if (!held) {
			bd->stats->audio_seconds += k->seconds;
			/* Real start times: the segments before it, as rendered. */
			clock_iso_local(sg->b->date, (int)(at + 0.5), start);
			at += k->seconds;
			manifest_add(&f, sg, k, start, !placed++);
		}
		if ((rc = playlists_add(bd, &f, i, from, to, !held, err)))
			goto out;
	}
	sb_printf(&f.json, "\n  ]\n}\n");
	if (f.csv.failed || f.json.failed || f.names.failed) {
		rc = nomem(err);
		goto out;
	}
	if ((rc = atomic_write(f.dir, "manifest.csv", f.csv.p, f.csv.len, err)) ||
	    (rc = atomic_write(f.dir, "manifest.json", f.json.p, f.json.len,
			       err)))
		goto out;
	prune(bd, &f, from, to);
out:
	folder_release(&f);
	return rc;
}
