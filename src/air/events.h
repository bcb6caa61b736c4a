/*
 * Inside the air layer: the daemon's event messages, stored untranslated
 * (their English format, the message id, and each argument already
 * written out as text) so that every reader shows them in its own
 * language (loa_air_event_text).
 */
#ifndef LOA_AIR_EVENTS_H
#define LOA_AIR_EVENTS_H

#include <stdarg.h>
#include <stddef.h>

#include "loa/asrun.h"

/* The most arguments an event message has. */
#define AIR_EV_ARGS LOA_AIR_EVENT_ARGS

/* A message's arguments as text: arg i is text + at[i]. */
struct air_ev_args {
	int n;
	unsigned short at[AIR_EV_ARGS];
	char text[1400];
};

/*
 * Writes each argument of fmt (a format of the program, never one read
 * from a file) out as its own conversion would; -1 when fmt has more
 * than AIR_EV_ARGS conversions or one this does not know ('*', '%n').
 */
int air_ev_render(struct air_ev_args *out, const char *fmt, va_list ap);

/* Pointers to the arguments of a, for air_ev_format. */
void air_ev_list(const struct air_ev_args *a, const char *list[AIR_EV_ARGS]);

/*
 * fmt with its conversions replaced by the texts args[0..n-1] (in order,
 * or by their n$ positions, as a translation may place them), never used
 * as a printf format itself.  -1 (buf then holds what fitted) when fmt's
 * conversions do not match the n arguments one for one.
 */
int air_ev_format(char *buf, size_t size, const char *fmt,
		  const char *const *args, int n);

/* The table's copy of msgid when it is one of the daemon's own event
 * messages, else NULL. */
const char *air_ev_known(const char *msgid);

/* table[i] equal to msgid (the table's copy), else NULL. */
const char *air_ev_find(const char *const *table, size_t n,
			const char *msgid);

/*
 * When msgid is an event message whose last argument is a reason
 * (air_reason's form: a bulletin not aired), list[n-1] is pointed at
 * that reason in words (loa_air_reason_text) written into buf.
 */
void air_ev_reason_arg(const char *msgid, const char **list, int n,
		       int translate, char *buf, size_t size);

/* The longest stored as-run reason air_reason writes, its end included. */
#define AIR_REASON_MAX 1600

/*
 * An as-run row's reason as it is stored (reasons.c): fmt, one of the
 * daemon's reasons there, then each argument written out, after a tab
 * (tabs and line breaks inside one become spaces), so that each reader
 * words it in its own language (loa_air_reason_text).  A format not in
 * the table is stored as its English text.  Returns buf.
 */
const char *air_reason(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
