/* Writing a plan as a table, CSV, JSON or iCalendar. */
#include "loa/plan.h"

#include <string.h>

#include "core/clock.h"
#include "core/escape.h"
#include "core/i18n.h"
#include "loa/version.h"

/* English, as CSV and JSON values; the table says them translated. */
static const char *const weekday_abbr[7] = {
	N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"),
	N_("Sun")
};

int loa_plan_format_parse(const char *name, enum loa_plan_format *out)
{
	static const char *const names[] = { "table", "csv", "json", "ics" };
	int i;

	for (i = 0; i < 4; i++) {
		if (!strcmp(name, names[i])) {
			*out = (enum loa_plan_format)i;
			return 0;
		}
	}
	return -1;
}

static void hms(int s, char buf[16])
{
	snprintf(buf, 16, "%02d:%02d:%02d", s / 3600 % 100, s / 60 % 60, s % 60);
}

static void hm(int s, char buf[16])
{
	snprintf(buf, 16, "%02d:%02d", s / 3600 % 100, s / 60 % 60);
}

static int whole_seconds(double s)
{
	return (int)(s + 0.5);
}

/* ---- table ---- */

static void pad(FILE *out, const char *s, size_t width, int last)
{
	size_t w = loa_text_width(s);

	fputs(s, out);
	if (last)
		return;
	for (; w < width + 2; w++)
		fputc(' ', out);
}

#define N_COLS 6

static void table_cells(const struct loa_broadcast *b, char cells[N_COLS][64],
			const char **zone, const char **slot)
{
	char d[11];

	loa_date_format(b->date, d);
	snprintf(cells[0], 64, "%s %s",
		 _(weekday_abbr[loa_date_weekday(b->date)]), d);
	hm(b->start, cells[1]);
	if (b->start % 60) /* seconds only when the segment is mid-minute */
		hms(b->start, cells[1]);
	*slot = b->slot->name;
	*zone = b->slot->zones;
	snprintf(cells[4], 64, "%s", b->script->id);
	snprintf(cells[5], 64, "%d:%02d", whole_seconds(b->seconds) / 60,
		 whole_seconds(b->seconds) % 60);
}

static void write_table(const struct loa_plan *plan, FILE *out)
{
	const char *const head[N_COLS] = {
		_("day"), _("time"), _("slot"), _("zone"), _("script"),
		_("duration")
	};
	size_t i = 0, j, c;

	while (i < plan->n) {
		const struct loa_schedule *s = plan->items[i].schedule;
		size_t end = i, width[N_COLS];
		char from[11], to[11];

		while (end < plan->n && plan->items[end].schedule == s)
			end++;
		for (c = 0; c < N_COLS; c++)
			width[c] = loa_text_width(head[c]);
		for (j = i; j < end; j++) {
			char cells[N_COLS][64];
			const char *zone, *slot;
			size_t w[N_COLS];

			table_cells(&plan->items[j], cells, &zone, &slot);
			w[0] = loa_text_width(cells[0]);
			w[1] = loa_text_width(cells[1]);
			w[2] = loa_text_width(slot);
			w[3] = loa_text_width(zone);
			w[4] = loa_text_width(cells[4]);
			w[5] = loa_text_width(cells[5]);
			for (c = 0; c < N_COLS; c++)
				if (w[c] > width[c])
					width[c] = w[c];
		}
		loa_date_format(plan->from, from);
		loa_date_format(plan->to, to);
		if (i)
			fputc('\n', out);
		fprintf(out, _("%s (%s), %s to %s\n"), s->commune->name,
			s->commune->id, from, to);
		for (c = 0; c < N_COLS; c++)
			pad(out, head[c], width[c], c == N_COLS - 1);
		fputc('\n', out);
		for (j = i; j < end; j++) {
			char cells[N_COLS][64];
			const char *zone, *slot;
			int same_day = j > i && plan->items[j - 1].date ==
				plan->items[j].date;

			table_cells(&plan->items[j], cells, &zone, &slot);
			/* The day once per day keeps the table readable. */
			pad(out, same_day ? "" : cells[0], width[0], 0);
			pad(out, cells[1], width[1], 0);
			pad(out, slot, width[2], 0);
			pad(out, zone, width[3], 0);
			pad(out, cells[4], width[4], 0);
			pad(out, cells[5], width[5], 1);
			fputc('\n', out);
		}
		i = end;
	}
}

/* ---- CSV ---- */

static void csv_field(FILE *out, const char *s, int last)
{
	esc_csv_field(esc_put_file, out, s, last);
}

/* Names and titles: defused for the spreadsheet (core/escape.h). */
static void csv_text(FILE *out, const char *s)
{
	esc_csv_text(esc_put_file, out, s ? s : "", 0);
}

static void write_csv(const struct loa_plan *plan, FILE *out)
{
	size_t i;

	/* The byte-order mark makes Excel read the file as UTF-8. */
	fputs("\xEF\xBB\xBF", out);
	fputs("commune,commune_name,date,weekday,start,end,slot,slot_name,"
	      "zones,position,script,title,topic,duration_s\r\n", out);
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		char d[11], t0[16], t1[16], pos[16], dur[16];

		loa_date_format(b->date, d);
		hms(b->start, t0);
		hms(b->start + whole_seconds(b->seconds), t1);
		snprintf(pos, sizeof(pos), "%d", b->position);
		snprintf(dur, sizeof(dur), "%d", whole_seconds(b->seconds));
		csv_text(out, b->schedule->commune->id);
		csv_text(out, b->schedule->commune->name);
		csv_field(out, d, 0);
		csv_field(out, weekday_abbr[loa_date_weekday(b->date)], 0);
		csv_field(out, t0, 0);
		csv_field(out, t1, 0);
		csv_text(out, b->slot->id);
		csv_text(out, b->slot->name);
		csv_text(out, b->slot->zones);
		csv_field(out, pos, 0);
		csv_text(out, b->script->id);
		csv_text(out, b->script->title);
		csv_text(out, b->script->topic);
		csv_field(out, dur, 1);
	}
}

/* ---- JSON ---- */

static void json_string(FILE *out, const char *s)
{
	esc_json_string(esc_put_file, out, s);
}

static void write_json(const struct loa_plan *plan, FILE *out)
{
	char from[11], to[11];
	size_t i;

	loa_date_format(plan->from, from);
	loa_date_format(plan->to, to);
	fprintf(out, "{\n  \"from\": \"%s\",\n  \"to\": \"%s\",\n"
		"  \"timezone\": \"" LOA_TIMEZONE "\",\n  \"broadcasts\": [",
		from, to);
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		char d[11], t0[16];

		loa_date_format(b->date, d);
		hms(b->start, t0);
		fputs(i ? ",\n    {" : "\n    {", out);
		fputs("\"commune\": ", out);
		json_string(out, b->schedule->commune->id);
		fputs(", \"commune_name\": ", out);
		json_string(out, b->schedule->commune->name);
		fprintf(out, ", \"date\": \"%s\", \"weekday\": \"%s\", "
			"\"start\": \"%s\", \"slot\": ", d,
			weekday_abbr[loa_date_weekday(b->date)], t0);
		json_string(out, b->slot->id);
		fputs(", \"slot_name\": ", out);
		json_string(out, b->slot->name);
		fputs(", \"zones\": ", out);
		json_string(out, b->slot->zones);
		fprintf(out, ", \"position\": %d, \"script\": ", b->position);
		json_string(out, b->script->id);
		fputs(", \"title\": ", out);
		json_string(out, b->script->title);
		fputs(", \"topic\": ", out);
		json_string(out, b->script->topic);
		fprintf(out, ", \"duration_s\": %d}", whole_seconds(b->seconds));
	}
	fputs(plan->n ? "\n  ]\n}\n" : "]\n}\n", out);
}

/* ---- iCalendar (RFC 5545) ---- */

/* Content lines are CRLF-terminated and folded at 75 octets (3.1). */
static void ics_line(FILE *out, const char *line)
{
	size_t len = strlen(line), at = 0, room = 75;

	while (len - at > room) {
		size_t cut = at + room;

		/* Never split a UTF-8 sequence. */
		while (cut > at && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		fwrite(line + at, 1, cut - at, out);
		fputs("\r\n ", out);
		at = cut;
		room = 74; /* the leading space counts */
	}
	fputs(line + at, out);
	fputs("\r\n", out);
}

/* A content line being built; longer ones are cut (never in practice). */
struct ics_buf {
	char text[2048];
	size_t len;
};

static void ics_put(void *out, const char *s, size_t n)
{
	struct ics_buf *b = out;

	if (n > sizeof(b->text) - 1 - b->len)
		n = sizeof(b->text) - 1 - b->len;
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len] = '\0';
}

/* NAME:a, or NAME:a<sep>b, with a and b escaped as TEXT values. */
static void ics_prop(FILE *out, const char *name, const char *a,
		     const char *sep, const char *b)
{
	struct ics_buf buf = { "", 0 };

	ics_put(&buf, name, strlen(name));
	ics_put(&buf, ":", 1);
	esc_ics_text(ics_put, &buf, a);
	if (sep) {
		ics_put(&buf, sep, strlen(sep));
		esc_ics_text(ics_put, &buf, b);
	}
	ics_line(out, buf.text);
}

static void write_ics(const struct loa_plan *plan, long long dtstamp,
		      FILE *out)
{
	char stamp[17], off[8], buf[512];
	size_t i;

	if (dtstamp < 0) /* the period's first local midnight */
		dtstamp = clock_unix_time(plan->from, 0);
	clock_ics_utc(dtstamp, stamp);
	ics_line(out, "BEGIN:VCALENDAR");
	ics_line(out, "VERSION:2.0");
	ics_line(out, "PRODID:-//Loa//loa plan " LOA_VERSION "//VI");
	ics_line(out, "CALSCALE:GREGORIAN");
	ics_line(out, "METHOD:PUBLISH");
	/* Vietnam has kept UTC+7 without daylight saving since 1975. */
	ics_line(out, "BEGIN:VTIMEZONE");
	ics_line(out, "TZID:" LOA_TIMEZONE);
	ics_line(out, "BEGIN:STANDARD");
	ics_line(out, "DTSTART:19700101T000000");
	snprintf(off, sizeof(off), "%+03d%02d", LOA_UTC_OFFSET / 3600,
		 LOA_UTC_OFFSET / 60 % 60);
	snprintf(buf, sizeof(buf), "TZOFFSETFROM:%s", off);
	ics_line(out, buf);
	snprintf(buf, sizeof(buf), "TZOFFSETTO:%s", off);
	ics_line(out, buf);
	ics_line(out, "TZNAME:ICT");
	ics_line(out, "END:STANDARD");
	ics_line(out, "END:VTIMEZONE");
	for (i = 0; i < plan->n; i++) {
		const struct loa_broadcast *b = &plan->items[i];
		int dur = whole_seconds(b->seconds);
		char t0[16], day[11], where[600] = "";

		clock_ics_local(b->date, b->start, t0);
		ics_line(out, "BEGIN:VEVENT");
		/*
		 * The UID names the broadcast by its day, commune, slot and
		 * place in the slot, never by its estimated time: after an edit
		 * that moves it, a calendar re-import updates the event rather
		 * than adding a second one.
		 */
		loa_date_format(b->date, day);
		snprintf(buf, sizeof(buf), "UID:%.4s%.2s%.2s-%s-%s-%d@loa", day,
			 day + 5, day + 8, b->schedule->commune->id,
			 b->slot->id, b->position);
		ics_line(out, buf);
		snprintf(buf, sizeof(buf), "DTSTAMP:%s", stamp);
		ics_line(out, buf);
		snprintf(buf, sizeof(buf), "DTSTART;TZID=" LOA_TIMEZONE ":%s", t0);
		ics_line(out, buf);
		snprintf(buf, sizeof(buf), "DURATION:PT%dM%dS", dur / 60, dur % 60);
		ics_line(out, buf);
		ics_prop(out, "SUMMARY", b->slot->name, ": ", b->script->title);
		snprintf(where, sizeof(where), "%s", b->schedule->commune->name);
		ics_prop(out, "LOCATION", where, " - ", b->slot->zones);
		snprintf(buf, sizeof(buf), _("script %s, topic %s, slot %s, part %d"),
			 b->script->id, b->script->topic, b->slot->id,
			 b->position);
		ics_prop(out, "DESCRIPTION", buf, NULL, NULL);
		ics_prop(out, "CATEGORIES", b->script->topic, NULL, NULL);
		ics_line(out, "TRANSP:TRANSPARENT");
		ics_line(out, "END:VEVENT");
	}
	ics_line(out, "END:VCALENDAR");
}

loa_status loa_plan_write(const struct loa_plan *plan,
			  enum loa_plan_format format, long long dtstamp,
			  FILE *out, struct loa_error *err)
{
	switch (format) {
	case LOA_PLAN_TABLE:
		write_table(plan, out);
		break;
	case LOA_PLAN_CSV:
		write_csv(plan, out);
		break;
	case LOA_PLAN_JSON:
		write_json(plan, out);
		break;
	case LOA_PLAN_ICS:
		write_ics(plan, dtstamp, out);
		break;
	default:
		return loa_error_set(err, LOA_EINTERNAL, "unknown plan format");
	}
	if (ferror(out))
		return loa_error_set(err, LOA_EIO, "cannot write the plan");
	return LOA_OK;
}
