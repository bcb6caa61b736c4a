/* loa build: plan -> fingerprints -> worker processes -> files in place. */
#include "build.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "core/clock.h"
#include "core/escape.h"
#include "core/hash.h"
#include "loa/tts.h"

#define BUF_MAX (64u << 20)   /* cap on one playlist or manifest */

/* One distinct render: a commune's script for one week. */
struct key {
	const struct loa_schedule *sched;
	const struct loa_script *script;
	int monday;
	char fp[65];
	const char *ext;           /* "mp3", or "wav" for the wav profile */
	size_t primary;            /* the key that renders this fingerprint */
	int state;
	double seconds;
	char sha[65];
	char *error;
	loa_status status;
};

enum { K_TODO, K_CACHED, K_DONE, K_FAILED };

/* One broadcast: one output file. */
struct segment {
	const struct loa_broadcast *b;
	size_t key;
	char week[9];
	char name[192];
};

struct result_msg {
	uint32_t job;
	int32_t status;
	double seconds;
	char sha[65];
	char msg[1024];
};

struct worker {
	pid_t pid;
	int fd;                    /* socketpair end: jobs out, results in */
	long job;                  /* in flight, or -1 */
};

struct build {
	const struct loa_plan *plan;
	const struct build_options *opt;
	struct build_stats *stats;
	struct key *keys;
	size_t n_keys;
	struct segment *segs;
	size_t n_segs;
	struct worker workers[BUILD_MAX_JOBS];
	int n_workers;
	char cache[4096];
};

/* ---- small helpers ---- */

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

static int make_dir(const char *path)
{
	return mkdir(path, 0777) && errno != EEXIST ? -1 : 0;
}

/*
 * Writes data to path through a temporary file and rename(), and only
 * when the contents change, so that a rebuild touches nothing.
 */
static loa_status write_if_changed(const char *dir, const char *name,
				   const char *data, size_t len,
				   struct loa_error *err)
{
	char path[4096], tmp[4200];
	struct stat st;
	int fd, same = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!stat(path, &st) && (size_t)st.st_size == len) {
		FILE *f = fopen(path, "rb");

		if (f) {
			char *old = malloc(len ? len : 1);

			same = old && fread(old, 1, len, f) == len &&
			       !memcmp(old, data, len);
			free(old);
			fclose(f);
		}
	}
	if (same)
		return LOA_OK;
	snprintf(tmp, sizeof(tmp), "%s/.%s.tmp-XXXXXX", dir, name);
	fd = mkstemp(tmp);
	if (fd < 0)
		return loa_error_set(err, LOA_EIO, "cannot create a file in '%s': %s",
				     dir, strerror(errno));
	if (write(fd, data, len) != (ssize_t)len || fchmod(fd, 0644) ||
	    close(fd)) {
		unlink(tmp);
		return loa_error_set(err, LOA_EIO, "cannot write '%s'", path);
	}
	if (rename(tmp, path)) {
		unlink(tmp);
		return loa_error_set(err, LOA_EIO, "cannot rename to '%s': %s",
				     path, strerror(errno));
	}
	return LOA_OK;
}

/* Removes ".NAME.tmp-XXXXXX" files that an interrupted run left in dir. */
static void remove_stale_temps(const char *dir)
{
	char path[4096];
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] != '.' || !strstr(e->d_name, ".tmp"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}

/* ---- planning the work ---- */

static void key_paths(const struct build *bd, const struct key *k,
		      char mp3[4200], char meta[4200])
{
	snprintf(mp3, 4200, "%s/%s.%s", bd->cache, k->fp, k->ext);
	snprintf(meta, 4200, "%s/%s.meta", bd->cache, k->fp);
}

/* A cached render is complete when its .meta (written last) exists. */
static int cache_lookup(const struct build *bd, struct key *k)
{
	char mp3[4200], meta[4200];
	struct stat st;
	FILE *f;
	int ok;

	key_paths(bd, k, mp3, meta);
	if (stat(mp3, &st))
		return 0;
	f = fopen(meta, "r");
	if (!f)
		return 0;
	ok = fscanf(f, "%lf %64s", &k->seconds, k->sha) == 2 &&
		strlen(k->sha) == 64;
	fclose(f);
	return ok;
}

static int key_fp_cmp(const void *a, const void *b)
{
	const struct key *const *x = a, *const *y = b;
	int c = strcmp((*x)->fp, (*y)->fp);

	if (c)
		return c;
	return (*x > *y) - (*x < *y);
}

static loa_status plan_work(struct build *bd, struct loa_error *err)
{
	const struct loa_plan *plan = bd->plan;
	struct key **order = NULL;
	size_t i, j, first = 0;
	loa_status rc = LOA_OK;

	bd->segs = calloc(plan->n ? plan->n : 1, sizeof(*bd->segs));
	bd->keys = calloc(plan->n ? plan->n : 1, sizeof(*bd->keys));
	if (!bd->segs || !bd->keys)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		struct segment *sg = &bd->segs[bd->n_segs++];
		int monday = b->date - loa_date_weekday(b->date);
		char d[11];

		if (i && plan->items[i - 1].schedule != b->schedule)
			first = bd->n_keys; /* keys never span schedules */
		for (j = first; j < bd->n_keys; j++)
			if (bd->keys[j].script == b->script &&
			    bd->keys[j].monday == monday)
				break;
		if (j == bd->n_keys) {
			struct key *k = &bd->keys[bd->n_keys++];
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
		struct key *k = &bd->keys[i];

		if (k->primary != i)
			continue;
		bd->stats->renders++;
		if (!bd->opt->no_cache && cache_lookup(bd, k)) {
			k->state = K_CACHED;
			bd->stats->cached++;
		}
	}
	return LOA_OK;
}

/* ---- workers ---- */

static int send_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n) {
		ssize_t w = send(fd, c, n, MSG_NOSIGNAL);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

/* 1 when n bytes were read, 0 at end of file, -1 on error. */
static int recv_all(int fd, void *p, size_t n)
{
	char *c = p;
	size_t got = 0;

	while (got < n) {
		ssize_t r = recv(fd, c + got, n - got, 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got ? -1 : 0;
		got += (size_t)r;
	}
	return 1;
}

static void render_one(const struct build *bd, struct key *k,
		       struct result_msg *res)
{
	const struct loa_render_options *base =
		bd->opt->render_options(bd->opt->ctx, k->sched);
	struct loa_render_options ro = *base;
	struct loa_render_result result;
	char mp3[4200], meta[4200], tmp[4300], date[11], line[128];
	struct loa_error err;
	loa_status rc;
	int fd;

	loa_error_clear(&err);
	loa_date_format(k->monday, date);
	ro.date = date;
	key_paths(bd, k, mp3, meta);
	unlink(meta); /* a stale record must not outlive a re-render */
	rc = loa_render_script(k->script, k->sched->commune, &ro, mp3,
			       &result, &err);
	if (!rc)
		rc = hash_file_sha256(mp3, res->sha, &err);
	/*
	 * Segments are hard links to this file: read-only, so that a tag
	 * editor working in place cannot change the cache behind its hash.
	 */
	if (!rc)
		chmod(mp3, 0444);
	if (!rc) {
		res->seconds = result.seconds;
		snprintf(line, sizeof(line), "%.3f %s\n", result.seconds, res->sha);
		snprintf(tmp, sizeof(tmp), "%s/.%s.meta.tmp-XXXXXX", bd->cache,
			 k->fp);
		fd = mkstemp(tmp);
		if (fd < 0 || fchmod(fd, 0644) || write(fd, line, strlen(line)) !=
		    (ssize_t)strlen(line) || close(fd) || rename(tmp, meta)) {
			if (fd >= 0)
				unlink(tmp);
			rc = loa_error_set(&err, LOA_EIO, "cannot write '%s'", meta);
		}
	}
	res->status = rc;
	snprintf(res->msg, sizeof(res->msg), "%s", rc ? err.msg : "");
}

static void worker_main(struct build *bd, int fd, pid_t parent,
			const sigset_t *unblocked)
{
	uint32_t job;

	/* The parent's handlers are not the worker's (see spawn_worker). */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	if (bd->opt->worker_setup)
		bd->opt->worker_setup();
	sigprocmask(SIG_SETMASK, unblocked, NULL);
#ifdef __linux__
	/* If the parent is killed outright, stop too (and clean up). */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
	if (getppid() != parent)
		_exit(1);
	/*
	 * One render per process: eSpeak NG carries state from one synthesis
	 * to the next (its voice flutter, for one), so a segment rendered
	 * after others would differ from the same segment rendered first.
	 * A fresh process makes the bytes a function of the fingerprint,
	 * identical to 'loa render', whatever the order and -j.
	 */
	if (recv_all(fd, &job, sizeof(job)) == 1) {
		struct result_msg res;

		memset(&res, 0, sizeof(res));
		res.job = job;
		if (job < bd->n_keys)
			render_one(bd, &bd->keys[job], &res);
		else
			res.status = LOA_EINTERNAL;
		send_all(fd, &res, sizeof(res));
	}
	loa_tts_shutdown();
	_exit(0);
}

static int spawn_worker(struct build *bd, struct worker *w)
{
	pid_t pid, parent = getpid();
	sigset_t stops, old;
	int sv[2], i;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return -1;
	fflush(stdout);
	fflush(stderr);
	/*
	 * Held until the child has its own handlers: a SIGTERM in between
	 * would reach the parent's handler, and the worker would live on.
	 */
	sigemptyset(&stops);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGHUP);
	sigprocmask(SIG_BLOCK, &stops, &old);
	pid = fork();
	if (pid == 0) {
		/* Other workers' sockets would keep them from seeing EOF. */
		for (i = 0; i < bd->n_workers; i++)
			if (bd->workers[i].fd >= 0)
				close(bd->workers[i].fd);
		close(sv[0]);
		worker_main(bd, sv[1], parent, &old);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	close(sv[1]);
	w->pid = pid;
	w->fd = sv[0];
	w->job = -1;
	return 0;
}

static void stop_workers(struct build *bd)
{
	int i;

	for (i = 0; i < bd->n_workers; i++)
		if (bd->workers[i].pid > 0)
			kill(bd->workers[i].pid, SIGTERM);
	for (i = 0; i < bd->n_workers; i++) {
		if (bd->workers[i].pid > 0)
			waitpid(bd->workers[i].pid, NULL, 0);
		if (bd->workers[i].fd >= 0)
			close(bd->workers[i].fd);
		bd->workers[i].pid = -1;
		bd->workers[i].fd = -1;
	}
}

static void record(struct build *bd, struct key *k, loa_status status,
		   double seconds, const char *sha, const char *msg,
		   struct loa_error *err)
{
	struct build_progress p;
	char name[256];

	if (status) {
		k->state = K_FAILED;
		k->status = status;
		k->error = strdup(msg);
		bd->stats->failed++;
		if (!bd->stats->worst || status < bd->stats->worst)
			bd->stats->worst = status;
		if (!err->msg[0])
			loa_error_set(err, status, "%s", msg);
	} else {
		k->state = K_DONE;
		k->seconds = seconds;
		memcpy(k->sha, sha, 65);
		bd->stats->rendered++;
	}
	memset(&p, 0, sizeof(p));
	p.renders = bd->stats->renders - bd->stats->cached;
	p.rendered = bd->stats->rendered;
	p.failed = bd->stats->failed;
	p.cached = bd->stats->cached;
	snprintf(name, sizeof(name), "%s/%s", k->sched->commune->id,
		 k->script->id);
	p.last = name;
	p.last_seconds = seconds;
	p.error = status ? msg : NULL;
	if (bd->opt->progress)
		bd->opt->progress(bd->opt->ctx, &p);
}

static loa_status run_workers(struct build *bd, struct loa_error *err)
{
	size_t *todo, n_todo = 0, next = 0, finished = 0, i;
	struct pollfd pfd[BUILD_MAX_JOBS];
	loa_status rc = LOA_OK;
	int want, k;

	todo = malloc((bd->n_keys ? bd->n_keys : 1) * sizeof(*todo));
	if (!todo)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < bd->n_keys; i++)
		if (bd->keys[i].primary == i && bd->keys[i].state == K_TODO)
			todo[n_todo++] = i;
	want = bd->opt->jobs < 1 ? 1 : bd->opt->jobs > BUILD_MAX_JOBS ?
		BUILD_MAX_JOBS : bd->opt->jobs;
	if ((size_t)want > n_todo)
		want = (int)n_todo;
	for (k = 0; k < want; k++) {
		bd->workers[k].fd = -1;
		bd->workers[k].pid = -1;
		bd->workers[k].job = -1;
	}
	bd->n_workers = 0;
	while (finished < n_todo) {
		int n_poll = 0, r;

		if (bd->opt->stop && *bd->opt->stop) {
			rc = LOA_EINTERRUPTED;
			goto out;
		}
		/* Keep every worker busy; start (or restart) them as needed. */
		for (k = 0; k < want; k++) {
			struct worker *w = &bd->workers[k];
			uint32_t job;

			if (w->job >= 0 || next >= n_todo)
				continue;
			if (w->pid <= 0) {
				if (spawn_worker(bd, w)) {
					rc = loa_error_set(err, LOA_EINTERNAL,
							   "cannot start a worker: %s",
							   strerror(errno));
					goto out;
				}
				if (k >= bd->n_workers)
					bd->n_workers = k + 1;
			}
			job = (uint32_t)todo[next];
			if (send_all(w->fd, &job, sizeof(job)))
				continue; /* it died; seen below */
			w->job = (long)todo[next++];
		}
		for (k = 0; k < bd->n_workers; k++) {
			pfd[k].fd = bd->workers[k].job >= 0 ? bd->workers[k].fd : -1;
			pfd[k].events = POLLIN;
			pfd[k].revents = 0;
			n_poll += pfd[k].fd >= 0;
		}
		if (!n_poll) {
			rc = loa_error_set(err, LOA_EINTERNAL, "no worker is running");
			goto out;
		}
		r = poll(pfd, (nfds_t)bd->n_workers, 250);
		if (r < 0 && errno != EINTR) {
			rc = loa_error_set(err, LOA_EINTERNAL, "poll: %s",
					   strerror(errno));
			goto out;
		}
		for (k = 0; r > 0 && k < bd->n_workers; k++) {
			struct worker *w = &bd->workers[k];
			struct result_msg res;
			int got;

			if (!pfd[k].revents)
				continue;
			got = recv_all(w->fd, &res, sizeof(res));
			if (got == 1 && (long)res.job == w->job) {
				res.msg[sizeof(res.msg) - 1] = '\0';
				res.sha[64] = '\0';
				record(bd, &bd->keys[w->job], res.status,
				       res.seconds, res.sha, res.msg, err);
				/* Done: the next job gets a fresh process. */
				close(w->fd);
				w->fd = -1;
				waitpid(w->pid, NULL, 0);
				w->pid = -1;
			} else {
				int st = 0;
				char msg[128];

				/* The worker died: fail its segment. */
				close(w->fd);
				w->fd = -1;
				waitpid(w->pid, &st, 0);
				w->pid = -1;
				if (bd->opt->stop && *bd->opt->stop) {
					rc = LOA_EINTERRUPTED;
					goto out;
				}
				snprintf(msg, sizeof(msg),
					 "the worker rendering it died (%s %d)",
					 WIFSIGNALED(st) ? "signal" : "status",
					 WIFSIGNALED(st) ? WTERMSIG(st) :
					 WEXITSTATUS(st));
				record(bd, &bd->keys[w->job], LOA_EINTERNAL, 0, "",
				       msg, err);
			}
			w->job = -1;
			finished++;
		}
	}
out:
	stop_workers(bd);
	free(todo);
	return rc;
}

/* ---- putting files in place ---- */

/* Links the cached render to the segment's name (atomically). */
static loa_status place(const struct build *bd, const struct key *k,
			const char *dir, const char *name,
			struct loa_error *err)
{
	char mp3[4200], meta[4200], path[4400], tmp[4500];
	struct stat a, b;

	key_paths(bd, k, mp3, meta);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!stat(path, &b) && !stat(mp3, &a) && a.st_ino == b.st_ino &&
	    a.st_dev == b.st_dev)
		return LOA_OK; /* already this render */
	snprintf(tmp, sizeof(tmp), "%s/.%s.tmp-%ld", dir, name, (long)getpid());
	unlink(tmp);
	if (link(mp3, tmp)) {
		/* Another file system: copy instead. */
		FILE *in = fopen(mp3, "rb"), *out = in ? fopen(tmp, "wb") : NULL;
		char buf[65536];
		size_t got;
		int bad = !out;

		while (!bad && (got = fread(buf, 1, sizeof(buf), in)) > 0)
			bad = fwrite(buf, 1, got, out) != got;
		if (in)
			fclose(in);
		if (out && fclose(out))
			bad = 1;
		if (bad) {
			unlink(tmp);
			return loa_error_set(err, LOA_EIO, "cannot copy '%s' to '%s'",
					     mp3, path);
		}
	}
	if (rename(tmp, path)) {
		unlink(tmp);
		return loa_error_set(err, LOA_EIO, "cannot rename to '%s': %s",
				     path, strerror(errno));
	}
	return LOA_OK;
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

/*
 * Writes one commune-week folder: segments, playlists per slot
 * occurrence and per day, manifest.csv and manifest.json, and removes
 * segments and playlists a changed schedule no longer has.
 */
static loa_status write_folder(struct build *bd, size_t from, size_t to,
			       struct loa_error *err)
{
	const struct loa_schedule *s = bd->segs[from].b->schedule;
	struct sbuf csv = { 0 }, json = { 0 }, day = { 0 }, occ = { 0 };
	struct sbuf names = { 0 };   /* playlists written, one per line */
	char dir[4096], pname[128];
	double at = 0;
	loa_status rc = LOA_OK;
	size_t i, j;
	DIR *d;
	struct dirent *e;

	snprintf(dir, sizeof(dir), "%s/%s", bd->opt->out_dir, s->commune->id);
	if (make_dir(dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s': %s", dir,
				     strerror(errno));
	snprintf(dir, sizeof(dir), "%s/%s/%s", bd->opt->out_dir,
		 s->commune->id, bd->segs[from].week);
	if (make_dir(dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s': %s", dir,
				     strerror(errno));
	remove_stale_temps(dir);
	for (i = from; i < to; i++) {
		const struct key *k = &bd->keys[bd->keys[bd->segs[i].key].primary];

		if (k->state == K_FAILED) {
			bd->stats->folders_failed++;
			return LOA_OK; /* an incomplete week gets no playlists */
		}
	}
	sb_printf(&csv, "\xEF\xBB\xBF"
		  "file,commune,commune_name,zones,slot,slot_name,start,"
		  "duration_s,script,title,topic,sha256\r\n");
	sb_printf(&json, "{\n  \"commune\": ");
	sb_json(&json, s->commune->id);
	sb_printf(&json, ",\n  \"commune_name\": ");
	sb_json(&json, s->commune->name);
	sb_printf(&json, ",\n  \"week\": \"%s\",\n  \"segments\": [",
		  bd->segs[from].week);
	for (i = from; i < to; i++) {
		const struct segment *sg = &bd->segs[i];
		const struct loa_broadcast *b = sg->b;
		const struct key *k = &bd->keys[bd->keys[sg->key].primary];
		char start[32], dur[32], d[11];
		int new_occ = i == from || bd->segs[i - 1].b->date != b->date ||
			bd->segs[i - 1].b->slot != b->slot;
		int new_day = i == from || bd->segs[i - 1].b->date != b->date;

		if ((rc = place(bd, k, dir, sg->name, err)))
			goto out;
		bd->stats->audio_seconds += k->seconds;
		if (new_occ)
			at = b->slot->start;
		/* Real start times: the segments before it, as rendered. */
		clock_iso_local(b->date, (int)(at + 0.5), start);
		at += k->seconds;
		snprintf(dur, sizeof(dur), "%.3f", k->seconds);
		sb_csv(&csv, sg->name, 0);
		sb_csv(&csv, s->commune->id, 0);
		sb_csv(&csv, s->commune->name, 0);
		sb_csv(&csv, b->slot->zones, 0);
		sb_csv(&csv, b->slot->id, 0);
		sb_csv(&csv, b->slot->name, 0);
		sb_csv(&csv, start, 0);
		sb_csv(&csv, dur, 0);
		sb_csv(&csv, b->script->id, 0);
		sb_csv(&csv, b->script->title, 0);
		sb_csv(&csv, b->script->topic, 0);
		sb_csv(&csv, k->sha, 1);
		sb_printf(&json, "%s\n    {\"file\": ", i == from ? "" : ",");
		sb_json(&json, sg->name);
		sb_printf(&json, ", \"commune\": ");
		sb_json(&json, s->commune->id);
		sb_printf(&json, ", \"zones\": ");
		sb_json(&json, b->slot->zones);
		sb_printf(&json, ", \"slot\": ");
		sb_json(&json, b->slot->id);
		sb_printf(&json, ", \"slot_name\": ");
		sb_json(&json, b->slot->name);
		sb_printf(&json, ", \"start\": \"%s\", \"duration_s\": %s, "
			  "\"script\": ", start, dur);
		sb_json(&json, b->script->id);
		sb_printf(&json, ", \"title\": ");
		sb_json(&json, b->script->title);
		sb_printf(&json, ", \"topic\": ");
		sb_json(&json, b->script->topic);
		sb_printf(&json, ", \"sha256\": \"%s\"}", k->sha);

		loa_date_format(b->date, d);
		if (new_day) {
			day.len = 0;
			sb_printf(&day, "#EXTM3U\n#PLAYLIST:%s, %s\n",
				  s->commune->name, d);
		}
		if (new_occ) {
			occ.len = 0;
			sb_printf(&occ, "#EXTM3U\n#PLAYLIST:%s, %s %s %02d:%02d (%s)\n",
				  s->commune->name, b->slot->name, d,
				  b->slot->start / 3600, b->slot->start / 60 % 60,
				  b->slot->zones);
		}
		for (j = 0; j < 2; j++) {
			struct sbuf *pl = j ? &day : &occ;

			sb_printf(pl, "#EXTINF:%d,%s\n%s\n", (int)(k->seconds + 0.5),
				  b->script->title, sg->name);
		}
		/* Flush the occurrence and the day when they end. */
		if (i + 1 == to || bd->segs[i + 1].b->date != b->date ||
		    bd->segs[i + 1].b->slot != b->slot) {
			snprintf(pname, sizeof(pname), "%s_%02d%02d_%s.m3u8", d,
				 b->slot->start / 3600, b->slot->start / 60 % 60,
				 b->slot->id);
			if (occ.failed)
				goto nomem;
			if ((rc = write_if_changed(dir, pname, occ.p, occ.len, err)))
				goto out;
			sb_printf(&names, "%s\n", pname);
		}
		if (i + 1 == to || bd->segs[i + 1].b->date != b->date) {
			snprintf(pname, sizeof(pname), "%s.m3u8", d);
			if (day.failed)
				goto nomem;
			if ((rc = write_if_changed(dir, pname, day.p, day.len, err)))
				goto out;
			sb_printf(&names, "%s\n", pname);
		}
	}
	sb_printf(&json, "\n  ]\n}\n");
	if (csv.failed || json.failed)
		goto nomem;
	if ((rc = write_if_changed(dir, "manifest.csv", csv.p, csv.len, err)) ||
	    (rc = write_if_changed(dir, "manifest.json", json.p, json.len, err)))
		goto out;
	/* What a changed schedule no longer plays must not stay around. */
	if (names.failed)
		goto nomem;
	if ((d = opendir(dir))) {
		while ((e = readdir(d))) {
			size_t len = strlen(e->d_name);
			char path[4400], *hit;
			int ours = (len > 4 && (!strcmp(e->d_name + len - 4, ".mp3") ||
						!strcmp(e->d_name + len - 4, ".wav"))) ||
				(len > 5 && !strcmp(e->d_name + len - 5, ".m3u8"));

			char date_part[11];
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
			hit = names.p ? strstr(names.p, e->d_name) : NULL;
			if (hit && (hit == names.p || hit[-1] == '\n') &&
			    hit[len] == '\n')
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	goto out;
nomem:
	rc = loa_error_set(err, LOA_ENOMEM, "a playlist or manifest is too large");
out:
	free(csv.p);
	free(json.p);
	free(day.p);
	free(occ.p);
	free(names.p);
	return rc;
}

static int lock_dir(const char *out_dir, struct loa_error *err)
{
	char path[4200];
	int fd;

	snprintf(path, sizeof(path), "%s/.lock", out_dir);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0) {
		loa_error_set(err, LOA_EIO, "cannot create '%s': %s", path,
			      strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB)) {
		close(fd);
		loa_error_set(err, LOA_EINPUT,
			      "another 'loa build' is writing to '%s'", out_dir);
		return -1;
	}
	return fd;
}

loa_status build_run(const struct loa_plan *plan,
		     const struct build_options *opt,
		     struct build_stats *stats, struct loa_error *err)
{
	struct build bd;
	struct build_progress p;
	loa_status rc;
	size_t i, from;
	int lock = -1;

	memset(stats, 0, sizeof(*stats));
	memset(&bd, 0, sizeof(bd));
	bd.plan = plan;
	bd.opt = opt;
	bd.stats = stats;
	loa_error_clear(err);
	if (make_dir(opt->out_dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s': %s",
				     opt->out_dir, strerror(errno));
	if ((lock = lock_dir(opt->out_dir, err)) < 0)
		return err->msg[0] && strstr(err->msg, "another") ? LOA_EINPUT :
			LOA_EIO;
	snprintf(bd.cache, sizeof(bd.cache), "%s/.cache", opt->out_dir);
	if (make_dir(bd.cache)) {
		rc = loa_error_set(err, LOA_EIO, "cannot create '%s': %s",
				   bd.cache, strerror(errno));
		goto out;
	}
	remove_stale_temps(bd.cache);
	if ((rc = plan_work(&bd, err)))
		goto out;
	stats->segments = bd.n_segs;
	if (opt->progress) {
		memset(&p, 0, sizeof(p));
		p.renders = stats->renders - stats->cached;
		p.cached = stats->cached;
		opt->progress(opt->ctx, &p);
	}
	if ((rc = run_workers(&bd, err)))
		goto out;
	/* Segments are grouped by schedule, then date: cut by week. */
	for (from = 0; from < bd.n_segs; from = i) {
		for (i = from + 1; i < bd.n_segs; i++)
			if (bd.segs[i].b->schedule != bd.segs[from].b->schedule ||
			    strcmp(bd.segs[i].week, bd.segs[from].week))
				break;
		if (opt->stop && *opt->stop) {
			rc = LOA_EINTERRUPTED;
			goto out;
		}
		if ((rc = write_folder(&bd, from, i, err)))
			goto out;
	}
out:
	if (rc == LOA_EINTERRUPTED)
		loa_error_set(err, rc, "interrupted; run the same command again to resume");
	for (i = 0; i < bd.n_keys; i++)
		free(bd.keys[i].error);
	free(bd.keys);
	free(bd.segs);
	if (lock >= 0)
		close(lock);
	return rc;
}
