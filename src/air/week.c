/*
 * The weeks 'loa build' wrote, as the daemon plays them: one manifest
 * per commune and week, each row a segment with its start time.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "air_int.h"
#include "core/clock.h"
#include "core/csvread.h"
#include "loa/date.h"
#include "sched/manifest.h"

#define MANIFEST_MAX (16L << 20)

int loa_air_parse_time(const char *t, long long *ms)
{
	int date, h, m, s, frac = 0, digits = 0;
	char day[11];

	if (strlen(t) < 19 || t[10] != 'T' || t[13] != ':' || t[16] != ':')
		return -1;
	memcpy(day, t, 10);
	day[10] = '\0';
	if (loa_date_parse(day, &date))
		return -1;
	for (int i = 11; i < 19; i++)
		if (i != 13 && i != 16 && (t[i] < '0' || t[i] > '9'))
			return -1;
	h = (t[11] - '0') * 10 + t[12] - '0';
	m = (t[14] - '0') * 10 + t[15] - '0';
	s = (t[17] - '0') * 10 + t[18] - '0';
	if (h > 23 || m > 59 || s > 59)
		return -1;
	t += 19;
	if (*t == '.')
		for (t++; *t >= '0' && *t <= '9'; t++, digits++)
			if (digits < 3)
				frac = frac * 10 + *t - '0';
	if (*t == '.' || digits > 9)
		return -1;
	for (; digits > 0 && digits < 3; digits++)
		frac *= 10;
	if (*t && strcmp(t, LOA_UTC_OFFSET_TEXT))
		return -1;
	*ms = clock_unix_time(date, h * 3600 + m * 60 + s) * 1000 + frac;
	return 0;
}

void loa_air_format_time(long long ms, char buf[30])
{
	long long t = ms / 1000 + LOA_UTC_OFFSET - (ms % 1000 < 0);
	long long day = t / 86400 - (t % 86400 < 0);
	char iso[26];

	clock_iso_local((int)day, (int)(t - day * 86400), iso);
	/* "2026-12-03T06:00:00" + ".042" + "+07:00" */
	snprintf(buf, 30, "%.19s.%03d%s", iso, (int)(((ms % 1000) + 1000) % 1000),
		 LOA_UTC_OFFSET_TEXT);
}

static void manifest_path(char path[PATH_MAX], const char *weeks,
			  const char *commune, int monday)
{
	char week[9];

	loa_isoweek_format(monday, week);
	snprintf(path, PATH_MAX, "%s/%s/%s/manifest.csv", weeks, commune,
		 week);
}

long long air_week_mtime(const char *weeks, const char *commune, int monday)
{
	char path[PATH_MAX];
	struct stat st;

	manifest_path(path, weeks, commune, monday);
	if (stat(path, &st))
		return -1;
	return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

static void item_release(struct air_item *it)
{
	free(it->file);
	free(it->path);
	free(it->zones);
	free(it->slot);
	free(it->script);
	free(it->title);
	free(it->topic);
	free(it->sha256);
}

void air_week_release(struct air_week *w)
{
	for (size_t i = 0; i < w->n; i++)
		item_release(&w->items[i]);
	free(w->items);
	memset(w, 0, sizeof(*w));
}

/* The end of the item's slot on its day; its own end when unknown. */
static long long slot_end(const struct loa_schedule *s,
			  const struct air_item *it)
{
	long long day_ms;

	for (size_t i = 0; i < s->n_slots; i++) {
		const struct loa_slot *sl = &s->slots[i];

		if (strcmp(sl->id, it->slot))
			continue;
		/* The slot began at or before the item, on the same day. */
		day_ms = (it->sched_ms / 1000 + LOA_UTC_OFFSET) / 86400;
		return clock_unix_time((int)day_ms, sl->start + sl->length) *
			1000;
	}
	return it->sched_ms + it->length_ms;
}

static loa_status fill_item(struct air_item *it, char **col, const char *dir,
			    const struct loa_schedule *s)
{
	char *end;
	double secs;
	size_t len;

	secs = strtod(col[MANIFEST_DURATION], &end);
	if (*end || !(secs > 0 && secs < 86400) ||
	    strchr(col[MANIFEST_FILE], '/') ||
	    loa_air_parse_time(col[MANIFEST_START], &it->sched_ms) ||
	    strlen(col[MANIFEST_START]) >= sizeof(it->scheduled) ||
	    strlen(col[MANIFEST_SHA]) != 64)
		return LOA_EINPUT;
	it->length_ms = (long long)(secs * 1000 + 0.5);
	snprintf(it->scheduled, sizeof(it->scheduled), "%s",
		 col[MANIFEST_START]);
	len = strlen(dir) + strlen(col[MANIFEST_FILE]) + 2;
	if (!(it->file = strdup(col[MANIFEST_FILE])) ||
	    !(it->path = malloc(len)) ||
	    !(it->zones = strdup(col[MANIFEST_ZONES])) ||
	    !(it->slot = strdup(col[MANIFEST_SLOT])) ||
	    !(it->script = strdup(col[MANIFEST_SCRIPT])) ||
	    !(it->title = strdup(col[MANIFEST_TITLE])) ||
	    !(it->topic = strdup(col[MANIFEST_TOPIC])) ||
	    !(it->sha256 = strdup(col[MANIFEST_SHA])))
		return LOA_ENOMEM;
	snprintf(it->path, len, "%s/%s", dir, col[MANIFEST_FILE]);
	it->slot_end_ms = slot_end(s, it);
	return LOA_OK;
}

static int by_start(const void *a, const void *b)
{
	const struct air_item *x = a, *y = b;

	return (x->sched_ms > y->sched_ms) - (x->sched_ms < y->sched_ms);
}

static loa_status parse_rows(struct air_week *w, char *text, const char *path,
			     const struct loa_schedule *s,
			     struct loa_error *err)
{
	char dir[PATH_MAX], *p, *col[MANIFEST_N_COL];
	unsigned line = 1;
	size_t cap = 0;
	loa_status rc;

	snprintf(dir, sizeof(dir), "%.*s", (int)(strrchr(path, '/') - path),
		 path);
	p = text + (strncmp(text, "\xEF\xBB\xBF", 3) ? 0 : 3);
	csv_record(&p, col, MANIFEST_N_COL); /* the header */
	while (*p) {
		struct air_item *it;

		line++;
		if (w->n == cap) {
			struct air_item *more = realloc(w->items, (cap * 2 + 16) *
							sizeof(*more));
			if (!more)
				return loa_error_set(err, LOA_ENOMEM, "out of memory");
			w->items = more;
			cap = cap * 2 + 16;
		}
		if (csv_record(&p, col, MANIFEST_N_COL) <
		    MANIFEST_N_COL)
			return loa_error_set(err, LOA_EINPUT, "%s:%u: a row with "
					     "missing columns", path, line);
		it = &w->items[w->n++];
		memset(it, 0, sizeof(*it));
		if ((rc = fill_item(it, col, dir, s)))
			return rc == LOA_ENOMEM ?
				loa_error_set(err, rc, "out of memory") :
				loa_error_set(err, rc, "%s:%u: a row that does "
					      "not read as a segment (file, "
					      "start, duration or sha256)",
					      path, line);
	}
	return LOA_OK;
}

loa_status air_week_load(struct air_week *w, const char *weeks,
			 const struct loa_schedule *s, int monday,
			 struct loa_error *err)
{
	const char *commune = s->commune->id;
	char path[PATH_MAX], *text;
	loa_status rc;

	air_week_release(w);
	manifest_path(path, weeks, commune, monday);
	w->mtime = air_week_mtime(weeks, commune, monday);
	if (!(text = csv_slurp(path, MANIFEST_MAX, NULL)))
		return loa_error_set(err, LOA_EINPUT, "no week built for %s at "
				     "'%.*s' ('loa build --week ... -o %s' "
				     "builds it)", commune,
				     (int)(strlen(path) - 13), path, weeks);
	rc = parse_rows(w, text, path, s, err);
	free(text);
	if (rc) {
		air_week_release(w);
		return rc;
	}
	qsort(w->items, w->n, sizeof(*w->items), by_start);
	w->monday = monday;
	return LOA_OK;
}
