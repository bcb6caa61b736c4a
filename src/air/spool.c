/*
 * The bulletin spool: a folder only the station's user may write, where
 * 'loa bulletin' leaves an audio file and then a request naming it, each
 * written whole (core/atomic.h), and the daemon takes them.  A request
 * stays until its last airing has begun, so a crash loses none.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "air_int.h"
#include "core/atomic.h"
#include "core/csvread.h"

#define REQUEST_MAX 16384
#define AUDIO_MAX (64L << 20)

/* Creates spool 0700, or checks that nobody else may write to it. */
static loa_status private_dir(const char *spool, int fix,
			      struct loa_error *err)
{
	struct stat st;

	if (mkdir(spool, 0700) && errno != EEXIST)
		return loa_error_set(err, LOA_EIO, "cannot create the spool "
				     "folder '%s': %s", spool, strerror(errno));
	if (stat(spool, &st) || !S_ISDIR(st.st_mode))
		return loa_error_set(err, LOA_EINPUT, "'%s' is not a folder",
				     spool);
	if (st.st_uid != geteuid())
		return loa_error_set(err, LOA_EINPUT, "the spool folder '%s' "
				     "belongs to another user: run this as "
				     "the station's user", spool);
	if ((st.st_mode & 077) && !(fix && !chmod(spool, 0700)))
		return loa_error_set(err, LOA_EINPUT, "others may use the spool "
				     "folder '%s': chmod 700 it", spool);
	return LOA_OK;
}

static int bad_value(const char *s)
{
	return s && strpbrk(s, "\r\n");
}

loa_status loa_air_bulletin_submit(const char *spool,
				   const struct loa_air_bulletin *b,
				   struct loa_error *err)
{
	static int counter;
	const char *ext = strrchr(b->audio, '.'), *source =
		strrchr(b->source ? b->source : b->audio, '/');
	char base[64], audio[96], name[96], req[REQUEST_MAX], *data = NULL;
	size_t len;
	loa_status rc;
	int n;

	source = source ? source + 1 : b->source ? b->source : b->audio;
	if (bad_value(b->by) || bad_value(source) || bad_value(b->zones) || bad_value(b->title) ||
	    bad_value(b->script_id) || !ext || strlen(ext) > 8 ||
	    strchr(ext, '/'))
		return loa_error_set(err, LOA_EINPUT, "a bulletin's fields are "
				     "one line each, and its file needs an "
				     "audio extension");
	if ((rc = private_dir(spool, 0, err)))
		return rc;
	if (!(data = csv_slurp(b->audio, AUDIO_MAX, &len)))
		return loa_error_set(err, LOA_EINPUT, "cannot read '%s'",
				     b->audio);
	snprintf(base, sizeof(base), "%lld-%ld-%d", (long long)time(NULL),
		 (long)getpid(), counter++);
	snprintf(audio, sizeof(audio), "%s%s", base, ext);
	n = snprintf(req, sizeof(req), "audio=%s\nsource=%s\ntier=%s\nby=%s\n"
		     "zones=%s\nscript=%s\ntitle=%s\napproval=%lld\n"
		     "repeat=%d\nevery=%d\nat=%lld\n", audio, source, b->tier, b->by,
		     b->zones ? b->zones : "", b->script_id,
		     b->title ? b->title : "", b->approval,
		     b->repeat > 0 ? b->repeat : 1, b->every_s, b->at_ms);
	snprintf(name, sizeof(name), "%s.req", base);
	if (n < 0 || n >= (int)sizeof(req))
		rc = loa_error_set(err, LOA_EINPUT, "the bulletin's fields are "
				   "too long");
	else if (!(rc = atomic_write(spool, audio, data, len, err)))
		rc = atomic_write(spool, name, req, (size_t)n, err);
	free(data);
	return rc;
}

void air_bulletin_release(struct air_bulletin *b)
{
	free(b->name);
	free(b->audio);
	free(b->source);
	free(b->tier);
	free(b->by);
	free(b->zones);
	free(b->script_id);
	free(b->title);
	free(b->airing);
	memset(b, 0, sizeof(*b));
}

static int set_field(struct air_bulletin *b, const char *spool,
		     const char *key, const char *v)
{
	char **s = !strcmp(key, "tier") ? &b->tier : !strcmp(key, "by") ?
		&b->by : !strcmp(key, "zones") ? &b->zones :
		!strcmp(key, "script") ? &b->script_id :
		!strcmp(key, "source") ? &b->source :
		!strcmp(key, "title") ? &b->title :
		!strcmp(key, "airing") ? &b->airing : NULL;
	char *end;
	long long x;

	if (s)
		return !!*s || !(*s = strdup(v));
	if (!strcmp(key, "audio")) {
		size_t len = strlen(spool) + strlen(v) + 2;

		if (b->audio || strchr(v, '/') || v[0] == '.' ||
		    !(b->audio = malloc(len)))
			return -1;
		snprintf(b->audio, len, "%s/%s", spool, v);
		return 0;
	}
	x = strtoll(v, &end, 10);
	if (*end || end == v || x < 0)
		return -1;
	if (!strcmp(key, "approval"))
		b->approval = x;
	else if (!strcmp(key, "at"))
		b->at_ms = x;
	else if (!strcmp(key, "repeat") && x >= 1 && x <= 100)
		b->repeat = (int)x;
	else if (!strcmp(key, "every") && x <= 86400)
		b->every_s = (int)x;
	else
		return -1;
	return 0;
}

/* Parses one request; -1 when it is not a whole, valid request. */
static int parse_request(struct air_bulletin *b, const char *spool,
			 char *text)
{
	char *line = text, *next, *eq;

	while (*line) {
		if (!(next = strchr(line, '\n')))
			return -1; /* every line ends, so the file is whole */
		*next = '\0';
		if (!(eq = strchr(line, '=')))
			return -1;
		*eq = '\0';
		if (set_field(b, spool, line, eq + 1))
			return -1;
		line = next + 1;
	}
	if (!b->audio || !b->source || !b->tier || !b->by || !b->script_id || !b->repeat ||
	    (strcmp(b->tier, "emergency") && strcmp(b->tier, "priority")))
		return -1;
	b->emergency = !strcmp(b->tier, "emergency");
	return 0;
}

static int known(const struct air_bulletin *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i].name, name))
			return 1;
	return 0;
}

static loa_status take_one(const char *spool, const char *name,
			   struct air_bulletin **list, size_t *n,
			   char *bad, size_t bad_size)
{
	char path[PATH_MAX], to[PATH_MAX + 8], *text;
	struct air_bulletin b = { 0 }, *more;

	snprintf(path, sizeof(path), "%s/%s", spool, name);
	text = csv_slurp(path, REQUEST_MAX, NULL);
	if (!text || parse_request(&b, spool, text)) {
		free(text);
		air_bulletin_release(&b);
		snprintf(to, sizeof(to), "%s.bad", path);
		if (text)
			rename(path, to);
		snprintf(bad, bad_size, "%s", path);
		return LOA_OK;
	}
	free(text);
	if (!(b.name = strdup(name)) ||
	    !(more = realloc(*list, (*n + 1) * sizeof(*more)))) {
		air_bulletin_release(&b);
		return LOA_ENOMEM;
	}
	more[(*n)++] = b;
	*list = more;
	return LOA_OK;
}

loa_status air_spool_read(const char *spool, struct air_bulletin **list,
			  size_t *n, char *bad, size_t bad_size,
			  struct loa_error *err)
{
	struct dirent *e;
	loa_status rc = LOA_OK;
	DIR *d = opendir(spool);

	bad[0] = '\0';
	if (!d)
		return LOA_OK;
	while (!rc && (e = readdir(d))) {
		size_t len = strlen(e->d_name);

		if (e->d_name[0] == '.' || len < 5 ||
		    strcmp(e->d_name + len - 4, ".req") ||
		    known(*list, *n, e->d_name))
			continue;
		rc = take_one(spool, e->d_name, list, n, bad, bad_size);
	}
	closedir(d);
	if (rc)
		return loa_error_set(err, rc, "out of memory");
	return LOA_OK;
}

/* Rewrites b's request as it stands, with airing= when given. */
static loa_status rewrite(const char *spool, const struct air_bulletin *b,
			  const char *airing, struct loa_error *err)
{
	char req[REQUEST_MAX];
	const char *audio = strrchr(b->audio, '/') + 1;
	int n;

	n = snprintf(req, sizeof(req), "audio=%s\nsource=%s\ntier=%s\nby=%s\n"
		     "zones=%s\nscript=%s\ntitle=%s\napproval=%lld\n"
		     "repeat=%d\nevery=%d\nat=%lld\n%s%s%s", audio, b->source,
		     b->tier, b->by, b->zones ? b->zones : "", b->script_id,
		     b->title ? b->title : "", b->approval, b->repeat,
		     b->every_s, b->at_ms, airing ? "airing=" : "",
		     airing ? airing : "", airing ? "\n" : "");
	if (n < 0 || n >= (int)sizeof(req))
		return loa_error_set(err, LOA_EINPUT, "a bulletin request too "
				     "long");
	return atomic_write(spool, b->name, req, (size_t)n, err);
}

loa_status air_spool_airing(const char *spool, const struct air_bulletin *b,
			    const char *started, struct loa_error *err)
{
	return rewrite(spool, b, started, err);
}

loa_status air_spool_aired(const char *spool, struct air_bulletin *b,
			   int keep_audio, struct loa_error *err)
{
	char path[PATH_MAX];

	free(b->airing);
	b->airing = NULL;
	if (--b->repeat <= 0) {
		snprintf(path, sizeof(path), "%s/%s", spool, b->name);
		unlink(path);
		if (!keep_audio)
			unlink(b->audio);
		return LOA_OK;
	}
	b->at_ms += (long long)b->every_s * 1000;
	return rewrite(spool, b, NULL, err);
}

/* One daemon per station: a second one would air everything twice. */
static loa_status lock(const char *spool, int *fd, struct loa_error *err)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/lock", spool);
	if ((*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
		return loa_error_set(err, LOA_EIO, "cannot open '%s': %s", path,
				     strerror(errno));
	if (flock(*fd, LOCK_EX | LOCK_NB)) {
		close(*fd);
		*fd = -1;
		return loa_error_set(err, LOA_EINPUT, "another 'loa air' is "
				     "already running for this station (its "
				     "spool '%s' is locked)", spool);
	}
	/* Also a POSIX lock, which loa_air_state can see without taking. */
	fcntl(*fd, F_SETLK, &(struct flock){ .l_type = F_WRLCK,
					     .l_whence = SEEK_SET });
	return LOA_OK;
}

loa_status loa_air_state(const char *spool, char **status, long *pid,
			 struct loa_error *err)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	char path[PATH_MAX];
	int fd;

	*status = NULL;
	*pid = 0;
	if (snprintf(path, sizeof(path), "%s/lock", spool) >= (int)sizeof(path))
		return loa_error_set(err, LOA_EINPUT, "'%s': path too long",
				     spool);
	/* F_GETLK only asks: a daemon starting now is never refused. */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) >= 0) {
		if (!fcntl(fd, F_GETLK, &fl) && fl.l_type != F_UNLCK)
			*pid = fl.l_pid > 0 ? (long)fl.l_pid : 1;
		close(fd);
	}
	snprintf(path, sizeof(path), "%s/status", spool);
	*status = csv_slurp(path, 65536, NULL);
	return LOA_OK;
}

loa_status air_spool_init(const char *spool, const char *commune,
			  const char *schedule, int *lock_fd,
			  struct loa_error *err)
{
	char text[PATH_MAX + 256];
	loa_status rc;
	int n;

	if ((rc = private_dir(spool, 1, err)) || (rc = lock(spool, lock_fd, err)))
		return rc;
	/* Not a bulletin being handed over as the daemon starts. */
	atomic_remove_stale(spool, AIR_SPOOL_STALE_S);
	n = snprintf(text, sizeof(text), "commune=%s\nschedule=%s\n", commune,
		     schedule);
	if (n < 0 || n >= (int)sizeof(text))
		return loa_error_set(err, LOA_EINPUT, "a schedule path too long");
	return atomic_write(spool, "station", text, (size_t)n, err);
}

void air_spool_status(const char *spool, const char *text)
{
	struct loa_error err;

	/* Only for 'loa status': a failure here must not stop the air. */
	atomic_write(spool, "status", text, strlen(text), &err);
}

loa_status loa_air_station(const char *spool, char commune[128],
			   char schedule[4096], struct loa_error *err)
{
	char path[PATH_MAX], *text, *c, *s;
	loa_status rc = LOA_OK;

	snprintf(path, sizeof(path), "%s/station", spool);
	if (!(text = csv_slurp(path, 8192, NULL)))
		return loa_error_set(err, LOA_EINPUT, "no daemon has used the "
				     "spool folder '%s' ('loa air' creates it; "
				     "--spool or LOA_SPOOL names another)",
				     spool);
	c = strstr(text, "commune=");
	s = strstr(text, "\nschedule=");
	if (!c || !s || c != text) {
		rc = loa_error_set(err, LOA_EINPUT, "'%s' is damaged", path);
	} else {
		*s = '\0';
		s[strcspn(s + 1, "\n") + 1] = '\0';
		snprintf(commune, 128, "%s", c + 8);
		snprintf(schedule, 4096, "%s", s + 10);
	}
	free(text);
	return rc;
}
