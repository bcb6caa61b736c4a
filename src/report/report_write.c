/*
 * loa_report_write and the CSV writer: UTF-8 with a byte-order mark,
 * CRLF, one row per commune and topic and per zone and topic, for Excel
 * in either locale (',' or ';' between fields).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/cleanup.h"
#include "core/escape.h"
#include "report_int.h"

#define REPORT_FILE_MAX (256L << 20)

static void csv_field(FILE *out, char sep, const char *s, int last)
{
	esc_csv_field_sep(esc_put_file, out, s ? s : "", sep, last);
}

/* Names from the databases: defused for the spreadsheet (core/escape.h). */
static void csv_text(FILE *out, char sep, const char *s)
{
	esc_csv_text_sep(esc_put_file, out, s ? s : "", sep, 0);
}

/* Minutes with one decimal, its point a comma where ';' separates. */
static void minutes_text(long long ms, char sep, char buf[32])
{
	char *dot;

	snprintf(buf, 32, "%.1f", (double)ms / 60000.0);
	if (sep == ';' && (dot = strchr(buf, '.')))
		*dot = ',';
}

static void csv_row(FILE *out, char sep, const char *level,
		    const struct loa_report_row *row)
{
	char num[32];
	int i;

	csv_text(out, sep, level);
	csv_text(out, sep, row->commune);
	csv_text(out, sep, row->zone);
	csv_text(out, sep, row->topic);
	csv_text(out, sep, row->topic ? loa_report_topic_title(row->topic) :
		 NULL);
	for (i = 0; i < LOA_REPORT_N_COUNTS; i++) {
		snprintf(num, sizeof(num), "%lld", row->n[i]);
		csv_field(out, sep, num, 0);
	}
	minutes_text(row->aired_ms, sep, num);
	csv_field(out, sep, num, 1);
}

int report_write_csv(const struct loa_report *r, char sep, FILE *out)
{
	static const char *const head[] = {
		"Cấp", "Xã", "Thôn/khu vực", "Mã chủ đề", "Chủ đề",
	};
	const struct loa_report_table *t;
	size_t i;

	fputs("\xEF\xBB\xBF", out);
	for (i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_field(out, sep, head[i], 0);
	for (i = 0; i < LOA_REPORT_N_COUNTS; i++)
		csv_field(out, sep, loa_report_count_titles[i], 0);
	csv_field(out, sep, "Số phút đã phát", 1);
	csv_row(out, sep, "tổng", &r->total);
	t = &r->tables[LOA_REPORT_BY_COMMUNE_TOPIC];
	for (i = 0; i < t->n; i++)
		csv_row(out, sep, "xã", &t->rows[i]);
	t = &r->tables[LOA_REPORT_BY_ZONE_TOPIC];
	for (i = 0; i < t->n; i++)
		csv_row(out, sep, "thôn", &t->rows[i]);
	return ferror(out) ? -1 : 0;
}

/* path's folder and file name into dir and name. */
static int split_path(const char *path, char dir[PATH_MAX],
		      char name[NAME_MAX + 1])
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : 0;

	if (n >= PATH_MAX || strlen(slash ? slash + 1 : path) > NAME_MAX ||
	    !*(slash ? slash + 1 : path))
		return -1;
	if (slash && n == 0)
		n = 1; /* "/x": the root */
	memcpy(dir, slash ? path : ".", slash ? n : 1);
	dir[slash ? n : 1] = '\0';
	snprintf(name, NAME_MAX + 1, "%s", slash ? slash + 1 : path);
	return 0;
}

/* The whole of a file (at most REPORT_FILE_MAX) into *data, *len. */
static int read_whole(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n;
	int rc = -1;

	*data = NULL;
	if (!f)
		return -1;
	if (!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 &&
	    n <= REPORT_FILE_MAX && !fseek(f, 0, SEEK_SET) &&
	    (*data = malloc((size_t)n + 1)) &&
	    fread(*data, 1, (size_t)n, f) == (size_t)n) {
		*len = (size_t)n;
		rc = 0;
	}
	fclose(f);
	if (rc) {
		free(*data);
		*data = NULL;
	}
	return rc;
}

loa_status report_temp(char *tmp, int *slot, struct loa_error *err)
{
	int fd = cleanup_mkstemp(tmp, slot);

	if (fd < 0)
		return loa_error_set(err, LOA_EIO, "cannot create a temporary "
				     "file: %s", strerror(errno));
	close(fd);
	return LOA_OK;
}

/* The workbook into a private temporary file, then its bytes. */
static loa_status xlsx_bytes(report_xlsx_fn *write, const void *ctx,
			     char **data, size_t *len, struct loa_error *err)
{
	char tmp[] = "/tmp/loa-report-XXXXXX";
	int slot;
	loa_status status = report_temp(tmp, &slot, err);

	if (status)
		return status;
	status = write(ctx, tmp, err);
	if (!status && read_whole(tmp, data, len))
		status = loa_error_set(err, LOA_EIO, "cannot read back the "
				       "workbook '%s'", tmp);
	unlink(tmp);
	cleanup_forget(slot);
	return status;
}

loa_status report_output(const char *path, report_xlsx_fn *xlsx,
			 report_stream_fn *stream, const void *ctx,
			 struct loa_error *err)
{
	char dir[PATH_MAX], name[NAME_MAX + 1], *data = NULL;
	size_t len = 0;
	loa_status status = LOA_OK;
	FILE *mem;

	if (split_path(path, dir, name))
		return loa_error_set(err, LOA_EINPUT, "'%s': not a file name",
				     path);
	if (xlsx) {
		status = xlsx_bytes(xlsx, ctx, &data, &len, err);
	} else if (!(mem = open_memstream(&data, &len))) {
		status = loa_error_set(err, LOA_ENOMEM, "out of memory");
	} else {
		int bad = stream(ctx, mem);

		if (fclose(mem) || bad)
			status = loa_error_set(err, LOA_ENOMEM,
					       "out of memory writing '%s'",
					       path);
	}
	if (!status)
		status = atomic_write(dir, name, data, len, err);
	free(data);
	return status;
}

struct csv_ctx {
	const struct loa_report *r;
	char sep;
};

static int csv_stream(const void *ctx, FILE *out)
{
	const struct csv_ctx *c = ctx;

	return report_write_csv(c->r, c->sep, out);
}

static int html_stream(const void *ctx, FILE *out)
{
	return report_write_html(ctx, out);
}

static loa_status xlsx_file(const void *ctx, const char *path,
			    struct loa_error *err)
{
	return report_write_xlsx(ctx, path, err);
}

loa_status loa_report_write(const struct loa_report *r,
			    enum loa_report_format format, char csv_sep,
			    const char *path, struct loa_error *err)
{
	struct csv_ctx c = { r, csv_sep };

	if (format == LOA_REPORT_XLSX)
		return report_output(path, xlsx_file, NULL, r, err);
	if (format == LOA_REPORT_CSV)
		return report_output(path, NULL, csv_stream, &c, err);
	return report_output(path, NULL, html_stream, r, err);
}
