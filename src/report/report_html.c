/*
 * The report as one printable HTML page: no script, no link, no font or
 * image fetched; the charts are inline SVG drawn here; every text from
 * the databases goes through esc_html_text.  At the bottom, the head
 * hashes of each input's chains, so that the signed paper anchors them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/escape.h"
#include "loa/date.h"
#include "report_int.h"

static const char *const colours[REPORT_CHART_TOPICS] = {
	"#c0392b", "#2471a3", "#7d3c98", "#1e8449", "#d68910", "#7f8c8d"
};

static void text(FILE *out, const char *s)
{
	esc_html_text(esc_put_file, out, s ? s : "");
}

/* Cells of text "a</td><td>b", the caller writing the first <td> and the
 * last </td>. */
static void text_cells(FILE *out, const char *const *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		fputs(i ? "</td><td>" : "", out);
		text(out, s[i]);
	}
}

static void minutes(FILE *out, long long ms)
{
	fprintf(out, "%.1f", (double)ms / 60000.0);
}

static void legend(FILE *out)
{
	size_t t;

	fputs("<p class=\"legend\">", out);
	for (t = 0; t < REPORT_CHART_TOPICS; t++) {
		fprintf(out, "<span><svg width=\"10\" height=\"10\"><rect "
			"width=\"10\" height=\"10\" fill=\"%s\"/></svg> ",
			colours[t]);
		text(out, loa_report_topic_title(report_chart_topic(t)));
		fputs("</span> ", out);
	}
	fputs("</p>\n", out);
}

/* Minutes by week, one stacked column per week. */
static int week_chart(FILE *out, const struct loa_report *r)
{
	long long (*ms)[REPORT_CHART_TOPICS], top = 1;
	int *weeks;
	size_t n, w, t;
	const int h = 200, bw = 36;

	if (report_week_pivot(r, &weeks, &ms, &n))
		return -1;
	for (w = 0; w < n; w++) {
		long long sum = 0;

		for (t = 0; t < REPORT_CHART_TOPICS; t++)
			sum += ms[w][t];
		top = sum > top ? sum : top;
	}
	fprintf(out, "<h2>Số phút đã phát theo chủ đề, từng tuần</h2>\n"
		"<svg width=\"%zu\" height=\"%d\" role=\"img\">\n",
		n * (bw + 12) + 60, h + 40);
	fprintf(out, "<text x=\"0\" y=\"12\" class=\"axis\">%.0f phút</text>\n",
		(double)top / 60000.0);
	for (w = 0; w < n; w++) {
		double y = h + 10;
		char label[9];

		for (t = 0; t < REPORT_CHART_TOPICS; t++) {
			double bh = (double)ms[w][t] * h / (double)top;

			y -= bh;
			if (bh > 0)
				fprintf(out, "<rect x=\"%zu\" y=\"%.1f\" width=\"%d\""
					" height=\"%.1f\" fill=\"%s\"/>\n",
					50 + w * (bw + 12), y, bw, bh, colours[t]);
		}
		loa_isoweek_format(weeks[w], label);
		fprintf(out, "<text x=\"%zu\" y=\"%d\" class=\"axis\">%s</text>\n",
			50 + w * (bw + 12), h + 26, label + 5);
	}
	fputs("</svg>\n", out);
	legend(out);
	free(weeks);
	free(ms);
	return 0;
}

/* Share of the minutes by topic, as a pie of SVG arcs. */
static void topic_pie(FILE *out, const struct loa_report *r)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_TOPIC];
	long long share[REPORT_CHART_TOPICS] = { 0 }, all = 0;
	double a = 0, cx = 110, cy = 110, rad = 100;
	size_t i, k;

	for (i = 0; i < t->n; i++) {
		for (k = 0; k < REPORT_CHART_TOPICS - 1; k++)
			if (!strcmp(t->rows[i].topic, report_chart_topic(k)))
				break;
		share[k] += t->rows[i].aired_ms;
		all += t->rows[i].aired_ms;
	}
	fputs("<h2>Tỷ lệ thời lượng theo chủ đề</h2>\n"
	      "<svg width=\"240\" height=\"230\" role=\"img\">\n", out);
	for (k = 0; all && k < REPORT_CHART_TOPICS; k++) {
		double b = a + 2 * M_PI * (double)share[k] / (double)all;

		if (share[k] == all)
			fprintf(out, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" "
				"fill=\"%s\"/>\n", cx, cy, rad, colours[k]);
		else if (share[k])
			fprintf(out, "<path d=\"M%.0f,%.0f L%.2f,%.2f A%.0f,%.0f "
				"0 %d 1 %.2f,%.2f Z\" fill=\"%s\"/>\n", cx, cy,
				cx + rad * sin(a), cy - rad * cos(a), rad, rad,
				b - a > M_PI, cx + rad * sin(b), cy - rad * cos(b),
				colours[k]);
		a = b;
	}
	fputs("</svg>\n", out);
	legend(out);
}

/* Planned against aired in full, one pair of bars per commune. */
static void commune_bars(FILE *out, const struct loa_report *r)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_COMMUNE];
	long long top = 1;
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->rows[i].n[LOA_REPORT_PLANNED] > top)
			top = t->rows[i].n[LOA_REPORT_PLANNED];
	fprintf(out, "<h2>Kế hoạch và đã phát theo xã</h2>\n<svg width=\"640\" "
		"height=\"%zu\" role=\"img\">\n", t->n * 26 + 10);
	for (i = 0; i < t->n; i++) {
		const struct loa_report_row *row = &t->rows[i];
		long long done = row->n[LOA_REPORT_AIRED] +
			row->n[LOA_REPORT_REAIRED];

		fprintf(out, "<text x=\"0\" y=\"%zu\" class=\"axis\">",
			i * 26 + 16);
		text(out, row->commune);
		fprintf(out, "</text>\n<rect x=\"160\" y=\"%zu\" width=\"%.1f\" "
			"height=\"10\" fill=\"#aab7b8\"/>\n<rect x=\"160\" "
			"y=\"%zu\" width=\"%.1f\" height=\"10\" fill=\"#1e8449\"/>"
			"\n<text x=\"%.1f\" y=\"%zu\" class=\"axis\">%lld / %lld"
			"</text>\n", i * 26 + 4,
			400.0 * (double)row->n[LOA_REPORT_PLANNED] / (double)top,
			i * 26 + 14, 400.0 * (double)done / (double)top,
			170 + 400.0, i * 26 + 16, done,
			row->n[LOA_REPORT_PLANNED]);
	}
	fputs("</svg>\n<p class=\"legend\">xám: kế hoạch; xanh: phát trọn "
	      "(đã phát + phát lại)</p>\n", out);
}

static void count_table(FILE *out, const char *title,
			const struct loa_report_table *t, int by_topic)
{
	size_t i;
	int c;

	fputs("<h2>", out);
	text(out, title);
	fprintf(out, "</h2>\n<table>\n<tr><th>%s</th>", by_topic ? "Chủ đề" : "Xã");
	for (c = 0; c < LOA_REPORT_N_COUNTS; c++)
		fprintf(out, "<th>%s</th>", loa_report_count_titles[c]);
	fputs("<th>Số phút đã phát</th></tr>\n", out);
	for (i = 0; i < t->n; i++) {
		fputs("<tr><td>", out);
		text(out, by_topic ? loa_report_topic_title(t->rows[i].topic) :
		     t->rows[i].commune);
		fputs("</td>", out);
		for (c = 0; c < LOA_REPORT_N_COUNTS; c++)
			fprintf(out, "<td>%lld</td>", t->rows[i].n[c]);
		fputs("<td>", out);
		minutes(out, t->rows[i].aired_ms);
		fputs("</td></tr>\n", out);
	}
	fputs("</table>\n", out);
}

static void coverage(FILE *out, const struct loa_report *r)
{
	const struct loa_report_table *t = &r->tables[LOA_REPORT_BY_TOPIC];
	size_t i, j;

	fputs("<h2>Chủ đề bắt buộc</h2>\n<table>\n<tr><th>Chủ đề</th>"
	      "<th>Phát trọn</th><th>Số phút</th><th>Đánh giá</th></tr>\n", out);
	for (i = 0; loa_report_required_topics[i]; i++) {
		long long n = 0, ms = 0;

		for (j = 0; j < t->n; j++)
			if (!strcmp(t->rows[j].topic, loa_report_required_topics[i])) {
				n = t->rows[j].n[LOA_REPORT_AIRED] +
					t->rows[j].n[LOA_REPORT_REAIRED];
				ms = t->rows[j].aired_ms;
			}
		fputs("<tr><td>", out);
		text(out, loa_report_topic_title(loa_report_required_topics[i]));
		fprintf(out, "</td><td>%lld</td><td>", n);
		minutes(out, ms);
		fprintf(out, "</td><td%s</td></tr>\n", n ? ">Đã phát" :
			" class=\"warn\">CHƯA PHÁT trong kỳ");
	}
	fputs("</table>\n", out);
}

static void approvals(FILE *out, const struct loa_report *r)
{
	size_t i;

	fputs("<h2>Phê duyệt của các bản tin đã phát</h2>\n<table>\n<tr>"
	      "<th>Số</th><th>Xã</th><th>Kịch bản</th><th>Người duyệt</th>"
	      "<th>Thời điểm</th><th>Số lần phát</th></tr>\n", out);
	for (i = 0; i < r->n_approvals; i++) {
		const struct loa_report_approval *a = &r->approvals[i];
		const char *const cells[] = {
			a->commune, a->script_id, a->by, a->at
		};

		fprintf(out, "<tr><td>%lld</td><td>", a->id);
		text_cells(out, cells, sizeof(cells) / sizeof(cells[0]));
		fprintf(out, "</td><td>%lld</td></tr>\n", a->plays);
	}
	fputs("</table>\n", out);
}

static void heads(FILE *out, const struct loa_report *r)
{
	size_t i;

	fputs("<h2>Neo vào cơ sở dữ liệu</h2>\n<table class=\"hash\">\n<tr>"
	      "<th>Nguồn</th><th>Các xã</th><th>Mã băm đầu chuỗi phê duyệt</th>"
	      "<th>Mã băm đầu chuỗi nhật ký phát</th></tr>\n", out);
	for (i = 0; i < r->n_sources; i++) {
		const struct loa_report_source *s = &r->sources[i];
		const char *const cells[] = { s->path, s->communes };

		fputs("<tr><td>", out);
		text_cells(out, cells, sizeof(cells) / sizeof(cells[0]));
		fprintf(out, "</td><td><code>%s</code> (%lld dòng)</td><td>"
			"<code>%s</code> (%lld dòng)</td></tr>\n",
			s->approvals_head, s->approval_rows, s->asrun_head,
			s->asrun_rows);
	}
	fputs("</table>\n", out);
}

/* Where "planned" came from and what did not match (loa_report_note). */
static void notes(FILE *out, const struct loa_report *r)
{
	char note[512];
	size_t i;

	fputs("<h2>Ghi chú</h2>\n<ul>\n", out);
	for (i = 0; loa_report_note(r, i, note, sizeof(note)); i++) {
		fputs("<li>", out);
		text(out, note);
		fputs("</li>\n", out);
	}
	fputs("</ul>\n", out);
}

static void header(FILE *out, const struct loa_report *r)
{
	char period[64];
	size_t i;

	report_period_text(r, period, sizeof(period));
	fputs("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<title>Báo cáo phát thanh ", out);
	text(out, period);
	fputs("</title>\n<style>\nbody{font-family:sans-serif;font-size:11pt;"
	      "margin:1.5cm}\ntable{border-collapse:collapse;margin-bottom:1em}"
	      "\nth,td{border:1px solid #555;padding:2px 6px;text-align:right}"
	      "\nth:first-child,td:first-child{text-align:left}\n.warn{color:"
	      "#b00;font-weight:bold}\n.axis{font-size:10px}\n.legend span{"
	      "margin-right:1em}\n.hash code{font-size:8pt;word-break:break-all}"
	      "\nh2{font-size:13pt;page-break-after:avoid}\nsvg{page-break-"
	      "inside:avoid}\n</style>\n</head>\n<body>\n"
	      "<h1>Báo cáo phát thanh tuyên truyền</h1>\n<p>Kỳ báo cáo: ", out);
	text(out, period);
	fputs("<br>Đài/xã: ", out);
	for (i = 0; i < r->n_sources; i++) {
		fputs(i ? "; " : "", out);
		text(out, r->sources[i].communes);
	}
	fputs("</p>\n", out);
}

int report_write_html(const struct loa_report *r, FILE *out)
{
	struct loa_report_table total = { 1, 1, NULL, NULL, 0 };
	struct loa_report_row row = r->total;

	header(out, r);
	row.commune = (char *)"Tổng cộng";
	total.rows = &row;
	count_table(out, "Tổng cộng", &total, 0);
	coverage(out, r);
	if (week_chart(out, r))
		return -1;
	topic_pie(out, r);
	commune_bars(out, r);
	count_table(out, "Theo xã", &r->tables[LOA_REPORT_BY_COMMUNE], 0);
	count_table(out, "Theo chủ đề", &r->tables[LOA_REPORT_BY_TOPIC], 1);
	approvals(out, r);
	notes(out, r);
	heads(out, r);
	fputs("<p>Người lập báo cáo (ký, ghi rõ họ tên): ..................."
	      "</p>\n</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}
