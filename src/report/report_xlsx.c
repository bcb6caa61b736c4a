/*
 * The report as an Excel workbook (libxlsxwriter): a summary sheet with
 * three native charts, then the data sheets.  Dates are Excel dates,
 * durations Excel times ([h]:mm:ss), counts numbers: nothing that a
 * formula would need is text.
 */
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "loa/date.h"
#include "report_int.h"

/* Excel's day 25569 is 1970-01-01, the day 0 of loa/date.h. */
#define EXCEL_EPOCH 25569.0
#define MS_PER_DAY 86400000.0

struct book {
	lxw_workbook *wb;
	lxw_format *bold, *date, *datetime, *duration, *minutes, *warn;
};

/* Column headings of the count tables after the key columns. */
static void write_count_heads(struct book *b, lxw_worksheet *ws, int col)
{
	int i;

	for (i = 0; i < LOA_REPORT_N_COUNTS; i++)
		worksheet_write_string(ws, 0, (lxw_col_t)(col + i),
				       loa_report_count_titles[i], b->bold);
	worksheet_write_string(ws, 0, (lxw_col_t)(col + i),
			       "Thời lượng đã phát", b->bold);
	worksheet_write_string(ws, 0, (lxw_col_t)(col + i + 1),
			       "Phát trọn (đã phát + phát lại)", b->bold);
}

static void write_counts(struct book *b, lxw_worksheet *ws, lxw_row_t row,
			 int col, const struct loa_report_row *r)
{
	int i;

	for (i = 0; i < LOA_REPORT_N_COUNTS; i++)
		worksheet_write_number(ws, row, (lxw_col_t)(col + i),
				       (double)r->n[i], NULL);
	worksheet_write_number(ws, row, (lxw_col_t)(col + i),
			       (double)r->aired_ms / MS_PER_DAY, b->duration);
	worksheet_write_number(ws, row, (lxw_col_t)(col + i + 1),
			       (double)(r->n[LOA_REPORT_AIRED] +
					r->n[LOA_REPORT_REAIRED]), NULL);
}

/* Which key columns a data sheet shows. */
enum { K_COMMUNE = 1, K_ZONE = 2, K_TOPIC = 4 };

static lxw_worksheet *data_sheet(struct book *b, const char *name,
				 const struct loa_report_table *t, int keys)
{
	static const char *const heads[] = {
		"Xã", "Thôn/khu vực", "Mã chủ đề", "Chủ đề"
	};
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	int col = 0;
	size_t i;

	if (!ws)
		return NULL;
	if (keys & K_COMMUNE)
		worksheet_write_string(ws, 0, (lxw_col_t)col++, heads[0], b->bold);
	if (keys & K_ZONE)
		worksheet_write_string(ws, 0, (lxw_col_t)col++, heads[1], b->bold);
	if (keys & K_TOPIC) {
		worksheet_write_string(ws, 0, (lxw_col_t)col++, heads[2], b->bold);
		worksheet_write_string(ws, 0, (lxw_col_t)col++, heads[3], b->bold);
	}
	write_count_heads(b, ws, col);
	worksheet_set_column(ws, 0, (lxw_col_t)(col - 1), 22, NULL);
	worksheet_set_column(ws, (lxw_col_t)col,
			     (lxw_col_t)(col + LOA_REPORT_N_COUNTS + 1), 13, NULL);
	for (i = 0; i < t->n; i++) {
		const struct loa_report_row *r = &t->rows[i];
		lxw_row_t row = (lxw_row_t)(i + 1);

		col = 0;
		if (keys & K_COMMUNE)
			worksheet_write_string(ws, row, (lxw_col_t)col++,
					       r->commune, NULL);
		if (keys & K_ZONE)
			worksheet_write_string(ws, row, (lxw_col_t)col++,
					       r->zone, NULL);
		if (keys & K_TOPIC) {
			worksheet_write_string(ws, row, (lxw_col_t)col++,
					       r->topic, NULL);
			worksheet_write_string(ws, row, (lxw_col_t)col++,
					       loa_report_topic_title(r->topic),
					       NULL);
		}
		write_counts(b, ws, row, col, r);
	}
	worksheet_freeze_panes(ws, 1, 0);
	return ws;
}

/* "2026-12-03T16:20:05+07:00" as an Excel date and time (local). */
static double excel_datetime(const char *iso)
{
	char day[11];
	int date, h = 0, m = 0, s = 0;

	if (!iso || strlen(iso) < 19)
		return -1;
	memcpy(day, iso, 10);
	day[10] = '\0';
	if (loa_date_parse(day, &date) ||
	    sscanf(iso + 11, "%2d:%2d:%2d", &h, &m, &s) != 3)
		return -1;
	return EXCEL_EPOCH + date + (h * 3600 + m * 60 + s) / 86400.0;
}

/* A sheet whose first row is heads[0..n) in bold, in columns as wide. */
static lxw_worksheet *headed_sheet(struct book *b, const char *name,
				   const char *const *heads, size_t n,
				   double width)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	size_t i;

	if (!ws)
		return NULL;
	for (i = 0; i < n; i++)
		worksheet_write_string(ws, 0, (lxw_col_t)i, heads[i], b->bold);
	worksheet_set_column(ws, 0, (lxw_col_t)(n - 1), width, NULL);
	return ws;
}

static int approvals_sheet(struct book *b, const struct loa_report *r)
{
	static const char *const heads[] = {
		"Nguồn", "Số phê duyệt", "Xã", "Kịch bản", "Người duyệt",
		"Thời điểm duyệt", "Số lần phát"
	};
	lxw_worksheet *ws = headed_sheet(b, "Phê duyệt", heads,
					 sizeof(heads) / sizeof(heads[0]), 20);
	size_t i;

	if (!ws)
		return -1;
	for (i = 0; i < r->n_approvals; i++) {
		const struct loa_report_approval *a = &r->approvals[i];
		lxw_row_t row = (lxw_row_t)(i + 1);
		double at = excel_datetime(a->at);

		worksheet_write_string(ws, row, 0, r->sources[a->source].path,
				       NULL);
		worksheet_write_number(ws, row, 1, (double)a->id, NULL);
		worksheet_write_string(ws, row, 2, a->commune, NULL);
		worksheet_write_string(ws, row, 3, a->script_id, NULL);
		worksheet_write_string(ws, row, 4, a->by, NULL);
		if (at >= 0)
			worksheet_write_number(ws, row, 5, at, b->datetime);
		else
			worksheet_write_string(ws, row, 5, a->at, NULL);
		worksheet_write_number(ws, row, 6, (double)a->plays, NULL);
	}
	return 0;
}

static int sources_sheet(struct book *b, const struct loa_report *r)
{
	static const char *const heads[] = {
		"Cơ sở dữ liệu", "Các xã", "Dòng nhật ký phát",
		"Dòng phê duyệt", "Mã băm đầu chuỗi nhật ký phát",
		"Mã băm đầu chuỗi phê duyệt"
	};
	lxw_worksheet *ws = headed_sheet(b, "Nguồn", heads,
					 sizeof(heads) / sizeof(heads[0]), 24);
	size_t i;

	if (!ws)
		return -1;
	for (i = 0; i < r->n_sources; i++) {
		const struct loa_report_source *s = &r->sources[i];
		lxw_row_t row = (lxw_row_t)(i + 1);

		worksheet_write_string(ws, row, 0, s->path, NULL);
		worksheet_write_string(ws, row, 1, s->communes, NULL);
		worksheet_write_number(ws, row, 2, (double)s->asrun_rows, NULL);
		worksheet_write_number(ws, row, 3, (double)s->approval_rows,
				       NULL);
		worksheet_write_string(ws, row, 4, s->asrun_head, NULL);
		worksheet_write_string(ws, row, 5, s->approvals_head, NULL);
	}
	return 0;
}

/* Minutes by week and topic, the column chart's data; its row count. */
static int weeks_sheet(struct book *b, const struct loa_report *r,
		       size_t *n_weeks)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Theo tuần");
	long long (*ms)[REPORT_CHART_TOPICS];
	int *weeks;
	size_t w, t;

	if (!ws || report_week_pivot(r, &weeks, &ms, n_weeks))
		return -1;
	worksheet_write_string(ws, 0, 0, "Tuần", b->bold);
	worksheet_write_string(ws, 0, 1, "Từ ngày", b->bold);
	for (t = 0; t < REPORT_CHART_TOPICS; t++)
		worksheet_write_string(ws, 0, (lxw_col_t)(t + 2),
				       loa_report_topic_title(report_chart_topic(t)),
				       b->bold);
	worksheet_set_column(ws, 0, REPORT_CHART_TOPICS + 1, 16, NULL);
	for (w = 0; w < *n_weeks; w++) {
		char label[9];

		loa_isoweek_format(weeks[w], label);
		worksheet_write_string(ws, (lxw_row_t)(w + 1), 0, label, NULL);
		worksheet_write_number(ws, (lxw_row_t)(w + 1), 1,
				       EXCEL_EPOCH + weeks[w], b->date);
		for (t = 0; t < REPORT_CHART_TOPICS; t++)
			worksheet_write_number(ws, (lxw_row_t)(w + 1),
					       (lxw_col_t)(t + 2),
					       (double)ms[w][t] / 60000.0,
					       b->minutes);
	}
	free(weeks);
	free(ms);
	return 0;
}

static void add_charts(struct book *b, lxw_worksheet *sum,
		       const struct loa_report *r, size_t n_weeks)
{
	lxw_chart *col = workbook_add_chart(b->wb, LXW_CHART_COLUMN);
	lxw_chart *pie = workbook_add_chart(b->wb, LXW_CHART_PIE);
	lxw_chart *bar = workbook_add_chart(b->wb, LXW_CHART_BAR);
	lxw_row_t n_topics = (lxw_row_t)r->tables[LOA_REPORT_BY_TOPIC].n;
	lxw_row_t n_communes = (lxw_row_t)r->tables[LOA_REPORT_BY_COMMUNE].n;
	lxw_chart_series *s;
	size_t t;

	/* An empty table still gives a range of one (empty) row. */
	n_topics += !n_topics;
	n_communes += !n_communes;
	for (t = 0; t < REPORT_CHART_TOPICS; t++) {
		s = chart_add_series(col, NULL, NULL);
		chart_series_set_categories(s, "Theo tuần", 1, 0,
					    (lxw_row_t)n_weeks, 0);
		chart_series_set_values(s, "Theo tuần", 1, (lxw_col_t)(t + 2),
					(lxw_row_t)n_weeks, (lxw_col_t)(t + 2));
		chart_series_set_name_range(s, "Theo tuần", 0, (lxw_col_t)(t + 2));
	}
	chart_title_set_name(col, "Số phút đã phát theo chủ đề, từng tuần");
	chart_axis_set_name(chart_axis_get(col, LXW_CHART_AXIS_TYPE_Y), "phút");
	s = chart_add_series(pie, NULL, NULL);
	chart_series_set_categories(s, "Theo chủ đề", 1, 1, n_topics, 1);
	chart_series_set_values(s, "Theo chủ đề", 1, 2 + LOA_REPORT_N_COUNTS,
				n_topics, 2 + LOA_REPORT_N_COUNTS);
	chart_series_set_labels_percentage(s);
	chart_title_set_name(pie, "Tỷ lệ thời lượng theo chủ đề");
	s = chart_add_series(bar, NULL, NULL);
	chart_series_set_categories(s, "Theo xã", 1, 0, n_communes, 0);
	chart_series_set_values(s, "Theo xã", 1, 1, n_communes, 1);
	chart_series_set_name(s, "Kế hoạch");
	s = chart_add_series(bar, NULL, NULL);
	chart_series_set_categories(s, "Theo xã", 1, 0, n_communes, 0);
	chart_series_set_values(s, "Theo xã", 1, 2 + LOA_REPORT_N_COUNTS,
				n_communes, 2 + LOA_REPORT_N_COUNTS);
	chart_series_set_name(s, "Phát trọn");
	chart_title_set_name(bar, "Kế hoạch và đã phát theo xã");
	worksheet_insert_chart(sum, 1, 5, col);
	worksheet_insert_chart(sum, 17, 5, pie);
	worksheet_insert_chart(sum, 33, 5, bar);
}

/* The summary's rows from row on: the required topics and their flag. */
static lxw_row_t coverage_rows(struct book *b, lxw_worksheet *ws,
			       const struct loa_report *r, lxw_row_t row)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_TOPIC];
	size_t i, j;

	worksheet_write_string(ws, row, 0, "Chủ đề bắt buộc", b->bold);
	worksheet_write_string(ws, row, 1, "Phát trọn", b->bold);
	worksheet_write_string(ws, row, 2, "Thời lượng", b->bold);
	worksheet_write_string(ws, row++, 3, "Đánh giá", b->bold);
	for (i = 0; loa_report_required_topics[i]; i++, row++) {
		const char *topic = loa_report_required_topics[i];
		long long n = 0, ms = 0;

		for (j = 0; j < t->n; j++)
			if (!strcmp(t->rows[j].topic, topic)) {
				n = t->rows[j].n[LOA_REPORT_AIRED] +
					t->rows[j].n[LOA_REPORT_REAIRED];
				ms = t->rows[j].aired_ms;
			}
		worksheet_write_string(ws, row, 0,
				       loa_report_topic_title(topic), NULL);
		worksheet_write_number(ws, row, 1, (double)n, NULL);
		worksheet_write_number(ws, row, 2, (double)ms / MS_PER_DAY,
				       b->duration);
		worksheet_write_string(ws, row, 3, n ? "Đã phát" :
				       "CHƯA PHÁT trong kỳ", n ? NULL : b->warn);
	}
	return row;
}

static void summary_rows(struct book *b, lxw_worksheet *ws,
			 const struct loa_report *r)
{
	lxw_row_t row = 5;
	char note[512];
	size_t i;
	int c;

	worksheet_set_column(ws, 0, 0, 30, NULL);
	worksheet_set_column(ws, 1, 3, 16, NULL);
	worksheet_write_string(ws, 0, 0, "Báo cáo phát thanh tuyên truyền",
			       b->bold);
	worksheet_write_string(ws, 1, 0, "Từ ngày", b->bold);
	worksheet_write_number(ws, 1, 1, EXCEL_EPOCH + r->from, b->date);
	worksheet_write_string(ws, 2, 0, "Đến ngày", b->bold);
	worksheet_write_number(ws, 2, 1, EXCEL_EPOCH + r->to, b->date);
	worksheet_write_string(ws, 3, 0, "Các xã", b->bold);
	for (i = 0; i < r->n_sources; i++)
		worksheet_write_string(ws, (lxw_row_t)(3 + i), 1,
				       r->sources[i].communes, NULL);
	row = (lxw_row_t)(4 + (r->n_sources ? r->n_sources : 1));
	worksheet_write_string(ws, row++, 0, "Tổng cộng", b->bold);
	for (c = 0; c < LOA_REPORT_N_COUNTS; c++, row++) {
		worksheet_write_string(ws, row, 0, loa_report_count_titles[c],
				       NULL);
		worksheet_write_number(ws, row, 1, (double)r->total.n[c], NULL);
	}
	worksheet_write_string(ws, row, 0, "Thời lượng đã phát", NULL);
	worksheet_write_number(ws, row++, 1,
			       (double)r->total.aired_ms / MS_PER_DAY,
			       b->duration);
	row = coverage_rows(b, ws, r, row + 1);
	worksheet_write_string(ws, ++row, 0, "Ghi chú", b->bold);
	for (i = 0; loa_report_note(r, i, note, sizeof(note)); i++)
		worksheet_write_string(ws, ++row, 0, note, NULL);
}

static void book_formats(struct book *b)
{
	b->bold = workbook_add_format(b->wb);
	format_set_bold(b->bold);
	b->date = workbook_add_format(b->wb);
	format_set_num_format(b->date, "dd/mm/yyyy");
	b->datetime = workbook_add_format(b->wb);
	format_set_num_format(b->datetime, "dd/mm/yyyy hh:mm:ss");
	b->duration = workbook_add_format(b->wb);
	format_set_num_format(b->duration, "[h]:mm:ss");
	b->minutes = workbook_add_format(b->wb);
	format_set_num_format(b->minutes, "0.0");
	b->warn = workbook_add_format(b->wb);
	format_set_bold(b->warn);
	format_set_font_color(b->warn, LXW_COLOR_RED);
}

loa_status report_write_xlsx(const struct loa_report *r, const char *path,
			     struct loa_error *err)
{
	struct book b;
	lxw_worksheet *sum;
	size_t n_weeks = 0;
	lxw_error rc;

	memset(&b, 0, sizeof(b));
	if (!(b.wb = workbook_new(path)))
		return loa_error_set(err, LOA_EIO, "cannot create the "
				     "workbook '%s'", path);
	book_formats(&b);
	sum = workbook_add_worksheet(b.wb, "Tổng hợp");
	if (!sum || !data_sheet(&b, "Theo xã",
				&r->tables[LOA_REPORT_BY_COMMUNE], K_COMMUNE) ||
	    !data_sheet(&b, "Theo chủ đề", &r->tables[LOA_REPORT_BY_TOPIC],
			K_TOPIC) ||
	    weeks_sheet(&b, r, &n_weeks) ||
	    !data_sheet(&b, "Theo xã và chủ đề",
			&r->tables[LOA_REPORT_BY_COMMUNE_TOPIC],
			K_COMMUNE | K_TOPIC) ||
	    !data_sheet(&b, "Theo thôn", &r->tables[LOA_REPORT_BY_ZONE_TOPIC],
			K_COMMUNE | K_ZONE | K_TOPIC) ||
	    approvals_sheet(&b, r) || sources_sheet(&b, r)) {
		workbook_close(b.wb);
		return loa_error_set(err, LOA_ENOMEM, "out of memory for the "
				     "workbook");
	}
	summary_rows(&b, sum, r);
	add_charts(&b, sum, r, n_weeks);
	if ((rc = workbook_close(b.wb)) != LXW_NO_ERROR)
		return loa_error_set(err, LOA_EIO, "cannot write the workbook "
				     "'%s': %s", path, lxw_strerror(rc));
	return LOA_OK;
}
