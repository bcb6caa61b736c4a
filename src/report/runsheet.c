/*
 * The run-sheet: a plan (loa/plan.h) printed as a table an operator of
 * an FM or wired station ticks off by hand, one row per broadcast, as a
 * workbook (real dates, times and durations; landscape, the heading
 * repeated on every printed page) or a printable HTML page.
 */
#include <string.h>

#include <xlsxwriter.h>

#include "core/escape.h"
#include "loa/date.h"
#include "report_int.h"

#define EXCEL_EPOCH 25569.0

static const char *const heads[] = {
	"Xã", "Ngày", "Thứ", "Bắt đầu", "Kết thúc", "Khung giờ", "Khu vực",
	"TT", "Kịch bản", "Tiêu đề", "Chủ đề", "Thời lượng", "Đã phát (✓)",
	"Ghi chú", "Người trực"
};
#define N_HEADS (sizeof(heads) / sizeof(heads[0]))
static const char *const weekdays[] = {
	"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
	"Chủ nhật"
};

static int whole_seconds(double s)
{
	return (int)(s + 0.5);
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

struct sheet_formats {
	lxw_format *head, *date, *time, *box;
};

static void xlsx_row(lxw_worksheet *ws, const struct sheet_formats *f,
		     lxw_row_t row, const struct loa_broadcast *b)
{
	int len = whole_seconds(b->seconds);

	worksheet_write_string(ws, row, 0, b->schedule->commune->name, NULL);
	worksheet_write_number(ws, row, 1, EXCEL_EPOCH + b->date, f->date);
	worksheet_write_string(ws, row, 2, weekdays[loa_date_weekday(b->date)],
			       NULL);
	worksheet_write_number(ws, row, 3, b->start / 86400.0, f->time);
	worksheet_write_number(ws, row, 4, (b->start + len) / 86400.0, f->time);
	worksheet_write_string(ws, row, 5, or_empty(b->slot->name), NULL);
	worksheet_write_string(ws, row, 6, or_empty(b->slot->zones), NULL);
	worksheet_write_number(ws, row, 7, b->position, NULL);
	worksheet_write_string(ws, row, 8, b->script->id, NULL);
	worksheet_write_string(ws, row, 9, or_empty(b->script->title), NULL);
	worksheet_write_string(ws, row, 10,
			       loa_report_topic_title(or_empty(b->script->topic)),
			       NULL);
	worksheet_write_number(ws, row, 11, len / 86400.0, f->time);
	worksheet_write_blank(ws, row, 12, f->box);
	worksheet_write_blank(ws, row, 13, f->box);
	worksheet_write_blank(ws, row, 14, f->box);
}

static loa_status runsheet_xlsx(const void *ctx, const char *path,
				struct loa_error *err)
{
	const struct loa_plan *plan = ctx;
	lxw_workbook *wb = workbook_new(path);
	lxw_worksheet *ws = wb ? workbook_add_worksheet(wb, "Lịch phát") : NULL;
	struct sheet_formats f;
	char a[11], b[11], title[80];
	size_t i;

	if (!ws) {
		workbook_close(wb);
		return loa_error_set(err, LOA_EIO, "cannot create the workbook "
				     "'%s'", path);
	}
	f.head = workbook_add_format(wb);
	format_set_bold(f.head);
	format_set_border(f.head, LXW_BORDER_THIN);
	f.date = workbook_add_format(wb);
	format_set_num_format(f.date, "dd/mm/yyyy");
	f.time = workbook_add_format(wb);
	format_set_num_format(f.time, "hh:mm:ss");
	f.box = workbook_add_format(wb);
	format_set_border(f.box, LXW_BORDER_THIN);
	loa_date_format(plan->from, a);
	loa_date_format(plan->to, b);
	snprintf(title, sizeof(title), "Lịch phát thanh %s – %s", a, b);
	worksheet_write_string(ws, 0, 0, title, f.head);
	for (i = 0; i < N_HEADS; i++)
		worksheet_write_string(ws, 1, (lxw_col_t)i, heads[i], f.head);
	for (i = 0; i < plan->n; i++)
		xlsx_row(ws, &f, (lxw_row_t)(i + 2), &plan->items[i]);
	worksheet_set_column(ws, 0, 0, 18, NULL);
	worksheet_set_column(ws, 1, 4, 11, NULL);
	worksheet_set_column(ws, 5, 6, 18, NULL);
	worksheet_set_column(ws, 8, 10, 20, NULL);
	worksheet_set_column(ws, 12, 14, 12, NULL);
	worksheet_set_landscape(ws);
	worksheet_repeat_rows(ws, 1, 1);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_freeze_panes(ws, 2, 0);
	if (workbook_close(wb) != LXW_NO_ERROR)
		return loa_error_set(err, LOA_EIO, "cannot write the workbook "
				     "'%s'", path);
	return LOA_OK;
}

static void cell(FILE *out, const char *s)
{
	fputs("<td>", out);
	esc_html_text(esc_put_file, out, or_empty(s));
	fputs("</td>", out);
}

static void html_row(FILE *out, const struct loa_broadcast *b)
{
	int len = whole_seconds(b->seconds), end = b->start + len;
	char d[11];

	loa_date_format(b->date, d);
	fputs("<tr>", out);
	cell(out, b->schedule->commune->name);
	fprintf(out, "<td>%s</td><td>%s</td><td>%02d:%02d:%02d</td>"
		"<td>%02d:%02d:%02d</td>", d, weekdays[loa_date_weekday(b->date)],
		b->start / 3600, b->start / 60 % 60, b->start % 60,
		end / 3600, end / 60 % 60, end % 60);
	cell(out, b->slot->name);
	cell(out, b->slot->zones);
	fprintf(out, "<td>%d</td>", b->position);
	cell(out, b->script->id);
	cell(out, b->script->title);
	cell(out, loa_report_topic_title(or_empty(b->script->topic)));
	fprintf(out, "<td>%d:%02d</td><td class=\"box\">☐</td><td></td>"
		"<td></td></tr>\n", len / 60, len % 60);
}

static int runsheet_html(const void *ctx, FILE *out)
{
	const struct loa_plan *plan = ctx;
	char a[11], b[11];
	size_t i;

	loa_date_format(plan->from, a);
	loa_date_format(plan->to, b);
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta "
		"charset=\"utf-8\">\n<title>Lịch phát thanh %s – %s</title>\n"
		"<style>\n@page{size:A4 landscape;margin:1cm}\nbody{font-family:"
		"sans-serif;font-size:9pt}\ntable{border-collapse:collapse;"
		"width:100%%}\nthead{display:table-header-group}\nth,td{border:"
		"1px solid #444;padding:2px 4px}\ntr{page-break-inside:avoid}\n"
		".box{font-size:14pt;text-align:center}\n</style>\n</head>\n"
		"<body>\n<h1>Lịch phát thanh %s – %s</h1>\n<table>\n<thead><tr>",
		a, b, a, b);
	for (i = 0; i < N_HEADS; i++)
		fprintf(out, "<th>%s</th>", heads[i]);
	fputs("</tr></thead>\n<tbody>\n", out);
	for (i = 0; i < plan->n; i++)
		html_row(out, &plan->items[i]);
	fputs("</tbody>\n</table>\n<p>Người trực ký: ....................</p>\n"
	      "</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}

loa_status loa_runsheet_write(const struct loa_plan *plan,
			      enum loa_report_format format, const char *path,
			      struct loa_error *err)
{
	if (format == LOA_REPORT_XLSX)
		return report_output(path, runsheet_xlsx, NULL, plan, err);
	if (format == LOA_REPORT_HTML)
		return report_output(path, NULL, runsheet_html, plan, err);
	return loa_error_set(err, LOA_EINTERNAL, "a run-sheet is xlsx or html");
}
