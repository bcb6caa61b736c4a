/*
 * Escaping text for the formats Loa writes: CSV fields (RFC 4180), JSON
 * strings (RFC 8259), iCalendar TEXT values (RFC 5545, 3.3.11) and HTML.
 *
 * The escaped bytes go to a put function, so that one escaper serves a
 * FILE (esc_put_file) and a caller's growable buffer alike.  Input is
 * UTF-8 and passes through unchanged apart from the escapes below.
 */
#ifndef LOA_CORE_ESCAPE_H
#define LOA_CORE_ESCAPE_H

#include <stddef.h>

/* Receives n bytes of escaped output; out is the caller's sink. */
typedef void esc_put_fn(void *out, const char *s, size_t n);

/* put for a FILE *: fwrite (the caller checks ferror). */
void esc_put_file(void *file, const char *s, size_t n);

/*
 * One CSV field, then "," or, for the row's last field, "\r\n".  A field
 * holding a comma, a quote, CR or LF is quoted, its quotes doubled.
 */
void esc_csv_field(esc_put_fn *put, void *out, const char *s, int last);
/* The same with sep for the comma (';' for Vietnamese-locale Excel). */
void esc_csv_field_sep(esc_put_fn *put, void *out, const char *s, char sep,
		       int last);

/*
 * A text cell of a CSV a person opens in a spreadsheet (a title, a
 * name, a reason): as esc_csv_field, but a field starting with = + - @,
 * tab or CR gets a leading ' so that the spreadsheet shows it as text
 * instead of running it as a formula (OWASP, CSV injection).  Numbers,
 * dates and machine-read files (manifests) keep esc_csv_field, so that
 * -16.0 stays a number.
 */
void esc_csv_text(esc_put_fn *put, void *out, const char *s, int last);
void esc_csv_text_sep(esc_put_fn *put, void *out, const char *s, char sep,
		      int last);

/*
 * A JSON string with its quotes: '"' and '\' escaped, the controls
 * \b \f \n \r \t by their short forms and the others as \u00XX.
 */
void esc_json_string(esc_put_fn *put, void *out, const char *s);

/*
 * An iCalendar TEXT value (no quotes): '\', ';' and ',' escaped, a line
 * break (LF, CR LF or CR) written "\n", other controls but tab dropped
 * (TSAFE-CHAR has none).  Folding long lines is the writer's job.
 */
void esc_ics_text(esc_put_fn *put, void *out, const char *s);

/*
 * HTML text or a quoted attribute value: & < > " ' as entities, so that
 * no text can open a tag or leave an attribute.
 */
void esc_html_text(esc_put_fn *put, void *out, const char *s);

#endif
