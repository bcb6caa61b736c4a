/*
 * The build's cache: one key per commune, script and week, named by its
 * render fingerprint; DIR/.cache/<fingerprint>.mp3 and its .meta record
 * (length and SHA-256), written last so that an entry is whole or absent.
 * Nothing in the cache is trusted: an entry is reused only when its
 * record parses and its audio still hashes to the recorded SHA-256.
 */
#include "build_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/sealed.h"
#include "loa/approval.h"

void bld_key_paths(const struct build *bd, const struct bld_key *k,
		   char audio[4200], char meta[4200])
{
	snprintf(audio, 4200, "%s/%s.%s", bd->cache, k->fp, k->ext);
	snprintf(meta, 4200, "%s/%s.meta", bd->cache, k->fp);
}

/* Where --no-cache renders, under DIR/.cache. */
#define FRESH "/fresh"

/* Counts what a lookup found; a damaged entry is rendered afresh. */
static void cache_note(struct build *bd, struct bld_key *k)
{
	char audio[4200], meta[4200];

	bld_key_paths(bd, k, audio, meta);
	switch (sealed_check(audio, meta, &k->seconds, k->sha)) {
	case SEALED_OK:
		k->state = BLD_CACHED;
		bd->stats->cached++;
		break;
	case SEALED_BAD_RECORD:
		bd->stats->bad_record++;
		break;
	case SEALED_BAD_FILE:
		bd->stats->bad_audio++;
		break;
	case SEALED_ABSENT:
		break;
	}
}

/*
 * Marks k awaiting when its content (the fingerprint without the date
 * tag: an approval binds content, not the week) is not approved for its
 * commune, and tells the caller why.
 */
static loa_status approval_check(struct build *bd, struct bld_key *k,
				 const struct loa_render_options *ro,
				 struct loa_error *err)
{
	const struct loa_commune *c = k->sched->commune;
	struct loa_render_options dateless = *ro;
	char fp[65], why[512];
	long long id;
	loa_status rc;

	if (!bd->opt->db)
		return LOA_OK;
	dateless.date = NULL;
	if ((rc = loa_render_fingerprint(k->script, c, &dateless, fp, err)) ||
	    (rc = loa_approval_find(bd->opt->db, c->id, fp, &id, err)) || id)
		return rc;
	k->awaiting = 1;
	bd->stats->awaiting++;
	if ((rc = loa_approval_changes(bd->opt->db, k->script, c, &dateless,
				       why, sizeof(why), err)))
		return rc;
	if (bd->opt->awaiting)
		bd->opt->awaiting(bd->opt->ctx, k->sched, k->script, why);
	return LOA_OK;
}

static int key_fp_cmp(const void *a, const void *b)
{
	const struct bld_key *const *x = a, *const *y = b;
	int c = strcmp((*x)->fp, (*y)->fp);

	if (c)
		return c;
	return (*x > *y) - (*x < *y);
}

loa_status bld_plan_work(struct build *bd, struct loa_error *err)
{
	const struct loa_plan *plan = bd->plan;
	struct bld_key **order = NULL;
	size_t i, j, first = 0;
	loa_status rc = LOA_OK;

	bd->segs = calloc(plan->n ? plan->n : 1, sizeof(*bd->segs));
	bd->keys = calloc(plan->n ? plan->n : 1, sizeof(*bd->keys));
	if (!bd->segs || !bd->keys)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		struct bld_segment *sg = &bd->segs[bd->n_segs++];
		int monday = b->date - loa_date_weekday(b->date);
		char d[11];

		if (i && plan->items[i - 1].schedule != b->schedule)
			first = bd->n_keys; /* keys never span schedules */
		for (j = first; j < bd->n_keys; j++)
			if (bd->keys[j].script == b->script &&
			    bd->keys[j].monday == monday)
				break;
		if (j == bd->n_keys) {
			struct bld_key *k = &bd->keys[bd->n_keys++];
			const struct loa_render_options *base =
				bd->opt->render_options(bd->opt->ctx, b->schedule);
			struct loa_render_options ro = *base;
			char date[11];

			k->sched = b->schedule;
			k->script = b->script;
			k->ext = base->output ? base->output->extension : "mp3";
			k->monday = monday;
			k->primary = j;
			/* One recording per commune, script and week. */
			loa_date_format(monday, date);
			ro.date = date;
			rc = loa_render_fingerprint(b->script,
						    b->schedule->commune, &ro,
						    k->fp, err);
			if (!rc)
				rc = approval_check(bd, k, &ro, err);
			if (rc)
				return rc;
		}
		sg->b = b;
		sg->key = j;
		loa_isoweek_format(b->date, sg->week);
		loa_date_format(b->date, d);
		snprintf(sg->name, sizeof(sg->name), "%s_%02d%02d_%s_%d_%s.%s",
			 d, b->slot->start / 3600, b->slot->start / 60 % 60,
			 b->slot->id, b->position, b->script->id,
			 bd->keys[j].ext);
	}
	/* Identical fingerprints, even across communes, render once. */
	order = malloc((bd->n_keys ? bd->n_keys : 1) * sizeof(*order));
	if (!order)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < bd->n_keys; i++)
		order[i] = &bd->keys[i];
	qsort(order, bd->n_keys, sizeof(*order), key_fp_cmp);
	for (i = 0; i < bd->n_keys; i++) {
		size_t self = (size_t)(order[i] - bd->keys);

		if (i && !strcmp(order[i - 1]->fp, order[i]->fp))
			order[i]->primary = order[i - 1]->primary;
		else
			order[i]->primary = self;
	}
	free(order);
	for (i = 0; i < bd->n_keys; i++) {
		struct bld_key *k = &bd->keys[i];

		if (k->primary != i)
			continue;
		if (k->awaiting && !bd->opt->drafts) {
			k->state = BLD_HELD;
			continue;
		}
		bd->stats->renders++;
		if (!bd->opt->no_cache)
			cache_note(bd, k);
	}
	return LOA_OK;
}

loa_status bld_cache_store(const struct build *bd, const struct bld_key *k,
			   double seconds, const char *sha,
			   struct loa_error *err)
{
	char name[128];

	snprintf(name, sizeof(name), "%s.meta", k->fp);
	return sealed_write(bd->cache, name, seconds, sha, err);
}

loa_status bld_cache_stage(struct build *bd, struct loa_error *err)
{
	size_t len = strlen(bd->cache);
	struct dirent *e;
	DIR *d;

	if (len + sizeof(FRESH) > sizeof(bd->cache))
		return loa_error_set(err, LOA_EIO, "'%s': path too long",
				     bd->cache);
	memcpy(bd->cache + len, FRESH, sizeof(FRESH));
	if (atomic_make_dir(bd->cache))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     bd->cache, strerror(errno));
	/* What a killed --no-cache build left is not trusted either. */
	if ((d = opendir(bd->cache))) {
		while ((e = readdir(d))) {
			char path[4400];

			if (e->d_name[0] == '.' && (!e->d_name[1] ||
			    !strcmp(e->d_name, "..")))
				continue;
			snprintf(path, sizeof(path), "%s/%s", bd->cache,
				 e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	return LOA_OK;
}

loa_status bld_cache_promote(struct build *bd, struct loa_error *err)
{
	char from_a[4200], from_m[4200], to_a[4200], to_m[4200];
	size_t len = strlen(bd->cache) - (sizeof(FRESH) - 1), i;
	loa_status rc = LOA_OK;

	for (i = 0; i < bd->n_keys; i++) {
		const struct bld_key *k = &bd->keys[i];

		if (k->primary != i || k->state != BLD_DONE)
			continue;
		bld_key_paths(bd, k, from_a, from_m);
		bd->cache[len] = '\0';
		bld_key_paths(bd, k, to_a, to_m);
		bd->cache[len] = FRESH[0];
		/* Audio first: killed in between, the old record fits the
		 * new audio only if the bytes are the same; if not, the
		 * next build renders the entry again. */
		if (!rc && (rename(from_a, to_a) || rename(from_m, to_m)))
			rc = loa_error_set(err, loa_status_errno(errno),
					   "cannot move '%s' into "
					   "the cache: %s", from_a,
					   strerror(errno));
	}
	rmdir(bd->cache);
	bd->cache[len] = '\0';
	return rc;
}
