/*
 * Messages in the reader's language (gettext; libintl is part of glibc).
 * Every string a person reads is written in English in the source and
 * looked up in the "loa" catalogue: _("text") where it is printed,
 * N_("text") where it is only stored (a table) and _() is applied when
 * printed.  Strings passed as the format of cli_error, cli_usage,
 * loa_error_at, loa_error_set, loa_diag_add and yd_error are looked up by
 * those functions and need no mark (docs/translation.md).
 */
#ifndef LOA_CORE_I18N_H
#define LOA_CORE_I18N_H

#include <libintl.h>
#include <stddef.h>
#include <stdio.h>

#define LOA_TEXTDOMAIN "loa"

/* dgettext, not gettext: the library looks up its own domain whatever
 * the calling program's textdomain() is. */
#define _(s) dgettext(LOA_TEXTDOMAIN, s)
#define N_(s) s

/*
 * Takes the language from LC_ALL / LC_MESSAGES / LANG (messages and
 * character type only: numbers keep the C locale's decimal point) and
 * finds the catalogues: $LOA_LOCALEDIR, else the source tree's
 * build/locale when the program runs from a source tree, else
 * share/locale beside the program's bin/.  Call once, in main.
 */
void loa_i18n_init(void);

/* 1 when messages are read in Vietnamese (LC_ALL / LC_MESSAGES / LANG
 * name a vi locale), for what a catalogue cannot say, such as how a
 * time is written. */
int loa_i18n_vietnamese(void);

/* The translation of a format string ("" stays "": gettext would give
 * the catalogue's header). */
const char *loa_i18n_format(const char *fmt)
	__attribute__((format_arg(1)));

/* Terminal columns of UTF-8 text (code points less combining marks),
 * for tables whose headings are translated. */
size_t loa_text_width(const char *s);

/* Writes s and then spaces up to width columns (at least one space). */
void loa_text_pad(FILE *out, const char *s, size_t width);

#endif
