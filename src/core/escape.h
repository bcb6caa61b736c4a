/*
 * Escaping text for the formats Loa writes: CSV fields (RFC 4180), JSON
 * strings (RFC 8259) and iCalendar TEXT values (RFC 5545, 3.3.11).
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
 * Text for HTML, in an element or a quoted attribute value: & < > " '
 * written as character references.
 */
void esc_html_text(esc_put_fn *put, void *out, const char *s);

#endif
