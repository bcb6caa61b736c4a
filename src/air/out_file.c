/* Outputs that are files: file:PATH, record:DIR (one file a local day),
 * and null:, which keeps nothing. */
#include "output_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/clock.h"
#include "loa/date.h"
#include "loa/encode.h"

/* null: */

static loa_status null_write(struct air_output *o, const int16_t *pcm,
			     size_t frames, long long t_ms,
			     struct loa_error *err)
{
	(void)o, (void)pcm, (void)frames, (void)t_ms, (void)err;
	return LOA_OK;
}

static void null_close(struct air_output *o)
{
	(void)o;
}

static const struct air_output_ops null_ops = { null_write, null_close };

loa_status air_open_null(struct air_output *o, struct loa_error *err)
{
	(void)err;
	o->ops = &null_ops;
	return LOA_OK;
}

/* file:PATH, through the renderer's encoder: a temporary file beside
 * PATH, renamed over it when the output closes. */

struct file_out {
	struct loa_output_format format;
	struct loa_encoder *enc;
};

static loa_status file_write(struct air_output *o, const int16_t *pcm,
			     size_t frames, long long t_ms,
			     struct loa_error *err)
{
	struct file_out *f = o->impl;

	(void)t_ms;
	return loa_encoder_write_s16(f->enc, pcm, frames, err);
}

static void file_close(struct air_output *o)
{
	struct file_out *f = o->impl;
	struct loa_error err;

	if (loa_encoder_commit(&f->enc, &err))
		air_note(o, "%s: the recording was not kept: %s", o->name,
			 err.msg);
	free(f);
}

static const struct air_output_ops file_ops = { file_write, file_close };

/* "mp3", "wav" or "flac" from the end of path, or NULL. */
static const char *file_kind(const char *path)
{
	static const char *const kinds[] = { "mp3", "wav", "flac" };
	const char *dot = strrchr(path, '.');
	size_t i;

	for (i = 0; dot && !strchr(dot, '/') && i < 3; i++)
		if (!strcasecmp(dot + 1, kinds[i]))
			return kinds[i];
	return NULL;
}

loa_status air_open_file(struct air_output *o, const struct air_url *u,
			 struct loa_error *err)
{
	static const struct loa_tags no_tags;
	const char *kind = file_kind(u->path);
	struct file_out *f;
	loa_status rc;

	if (!kind)
		return loa_error_set(err, LOA_EINPUT,
				     "'%s': the file name must end in .wav, .flac or .mp3",
				     u->path);
	if (!(f = calloc(1, sizeof(*f))))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	f->format = (struct loa_output_format){ "air", AIR_RATE, 1, 0, kind };
	if (!strcmp(kind, "mp3"))
		f->format.bitrate = o->opts.bitrate_kbps * 1000;
	rc = loa_encoder_open(&f->enc, u->path, &f->format, &no_tags, err);
	if (rc) {
		free(f);
		return rc;
	}
	o->ops = &file_ops;
	o->impl = f;
	return LOA_OK;
}

/* record:DIR.  Each day's file holds bare MPEG frames appended as they
 * are encoded, so a killed daemon loses at most the frame in flight and
 * a restart continues the same day's file. */

struct record_out {
	char dir[PATH_MAX];
	char path[PATH_MAX];
	int day;                 /* local date of the open file, or -1 */
	int fd;
	struct air_mp3 *mp3;
	int write_errno;
};

static int record_sink(void *ctx, const unsigned char *data, int size)
{
	struct record_out *r = ctx;

	while (size > 0) {
		ssize_t n = write(r->fd, data, (size_t)size);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r->write_errno = n < 0 ? errno : EIO;
			return -1;
		}
		data += n;
		size -= (int)n;
	}
	return 0;
}

/* Removes DIR/YYYY-MM-DD.mp3 files older than the retention. */
static void record_expire(const struct air_output *o, struct record_out *r)
{
	int keep = o->opts.retention_days, date;
	char day[11], path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	if (keep <= 0 || !(d = opendir(r->dir)))
		return;
	while ((e = readdir(d))) {
		if (strlen(e->d_name) != 14 || strcmp(e->d_name + 10, ".mp3"))
			continue;
		memcpy(day, e->d_name, 10);
		day[10] = '\0';
		if (loa_date_parse(day, &date) || date > r->day - keep)
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", r->dir,
				     e->d_name) < sizeof(path) && !unlink(path))
			air_note(o, "%s: removed the recording of %s (kept %d "
				 "days)", o->name, day, keep);
	}
	closedir(d);
}

/* Finishes the open day's file, if any. */
static loa_status record_end_day(struct record_out *r, struct loa_error *err)
{
	loa_status rc = LOA_OK;

	if (r->fd < 0) {
		air_mp3_free(&r->mp3);
		return LOA_OK;
	}
	if (air_mp3_flush(r->mp3, record_sink, r, err) || fsync(r->fd))
		rc = loa_error_set(err, LOA_EIO, "cannot write '%s': %s", r->path,
				   strerror(r->write_errno ? r->write_errno : errno));
	close(r->fd);
	r->fd = -1;
	air_mp3_free(&r->mp3);
	return rc;
}

static loa_status record_start_day(struct air_output *o, struct record_out *r,
				   int date, struct loa_error *err)
{
	char day[11];
	loa_status rc;

	loa_date_format(date, day);
	if ((size_t)snprintf(r->path, sizeof(r->path), "%s/%s.mp3", r->dir, day) >=
	    sizeof(r->path))
		return loa_error_set(err, LOA_EIO, "'%s': path too long", r->dir);
	if ((rc = air_mp3_open(&r->mp3, o->opts.bitrate_kbps, err)))
		return rc;
	r->fd = open(r->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (r->fd < 0)
		return loa_error_set(err, LOA_EIO, "cannot write '%s': %s", r->path,
				     strerror(errno));
	r->day = date;
	record_expire(o, r);
	return LOA_OK;
}

static loa_status record_write(struct air_output *o, const int16_t *pcm,
			       size_t frames, long long t_ms,
			       struct loa_error *err)
{
	struct record_out *r = o->impl;
	loa_status rc;

	while (frames > 0) {
		int date = clock_local_date(t_ms / 1000);
		long long next_ms = clock_unix_time(date + 1, 0) * 1000;
		/* Samples from local midnight on go to the next day's file. */
		long long before = ((next_ms - t_ms) * AIR_RATE + 999) / 1000;
		size_t take = before < (long long)frames ? (size_t)before : frames;

		if (date != r->day && ((rc = record_end_day(r, err)) ||
				       (rc = record_start_day(o, r, date, err))))
			return rc;
		if (air_mp3_write(r->mp3, pcm, take, record_sink, r, err))
			return loa_error_set(err, LOA_EIO, "cannot write '%s': %s",
					     r->path, strerror(r->write_errno));
		pcm += take;
		frames -= take;
		t_ms += (long long)take * 1000 / AIR_RATE;
	}
	return LOA_OK;
}

static void record_close(struct air_output *o)
{
	struct record_out *r = o->impl;
	struct loa_error err;

	if (record_end_day(r, &err))
		air_note(o, "%s: %s", o->name, err.msg);
	free(r);
}

static const struct air_output_ops record_ops = { record_write, record_close };

loa_status air_open_record(struct air_output *o, const struct air_url *u,
			   struct loa_error *err)
{
	struct record_out *r;

	if (atomic_make_dir(u->path))
		return loa_error_set(err, LOA_EIO, "cannot make the folder '%s': %s",
				     u->path, strerror(errno));
	if (!(r = calloc(1, sizeof(*r))))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	snprintf(r->dir, sizeof(r->dir), "%s", u->path);
	r->day = -1;
	r->fd = -1;
	o->ops = &record_ops;
	o->impl = r;
	return LOA_OK;
}
