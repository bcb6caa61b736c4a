/*
 * The daemon's event messages in the reader's language.  The daemon
 * stores each event's English format (its message id) and its arguments
 * already written out as text; a reader (loa status, the On air page)
 * translates the id in its own locale and puts the texts in.  A stored
 * string is never used as a printf format: only an id found in the table
 * below is translated, and only a format whose conversions match the
 * stored arguments one for one is filled in, by plain substitution.
 */
#include "events.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "loa/air.h"
#include "loa/asrun.h"

/*
 * Every event message of the daemon (air_event and air_note formats).
 * tests/e2e/air_events.sh checks that each format the air layer passes
 * to them is here.
 */
static const char *const known[] = {
	N_("%d more output messages lost"),
	N_("the clock's sync status cannot be read"),
	N_("the system clock is NOT synchronised (no NTP): slots may drift; "
	   "estimated error %ld ms"),
	N_("the system clock is synchronised (estimated error %ld ms)"),
	N_("the station logged nothing since %s: what was planned since then "
	   "is logged as missed"),
	N_("the fallback plays for %lld s instead of %s"),
	N_("week %s is not built for %s ('loa build --week %s -o %s' builds "
	   "it)"),
	N_("not re-aired: %s"),
	N_("output left out: %s"),
	N_("%s failed and is closed: %s"),
	N_("%d s of silence sent while an item played"),
	N_("priority bulletin by %s was airing when the daemon stopped: not "
	   "aired again"),
	N_("emergency bulletin by %s was airing when the daemon stopped: not "
	   "aired again"),
	N_("a bulletin request that does not read was set aside: %s"),
	N_("priority bulletin by %s not aired: %s"),
	N_("emergency bulletin by %s not aired: %s"),
	N_("%lld item(s) left open by the last run closed as interrupted"),
	N_("on air for %s to %s"),
	N_("on air for %s to %s (test clock)"),
	N_("stopped by a signal"),
	N_("stopped: out of memory"),
	N_("stopped at the end of its test clock"),
	N_("%s: the sound device stopped working"),
	N_("%s: the recording was not kept: %s"),
	N_("%s: removed the recording of %s (kept %d days)"),
	N_("%s: %s"),
	N_("%s: lost the connection (%s); reconnecting"),
	N_("%s: cannot connect (%s); retrying"),
	N_("%s: reconnected after %lld s"),
	N_("%s: connected after %lld s of retrying"),
	N_("priority bulletin by %s, cut by an emergency, airs again from "
	   "its start"),
	N_("priority bulletin by %s, cut by an emergency, not aired again: "
	   "its approval is no longer in force"),
	N_("priority bulletin by %s, cut by an emergency, not aired again: "
	   "it was already aired again once"),
	N_("priority bulletin by %s, cut by an emergency at %s, not aired "
	   "again: more than an hour has passed, or another day has begun"),
};

/* The kinds of event (loa_air_event), in the reader's words. */
static const char *const kinds[] = {
	N_("clock"), N_("output"), N_("silence"), N_("fallback"),
	N_("bulletin"), N_("daemon"), N_("week"),
};

/* One printf conversion as parse_conv reads it. */
struct conv {
	int pos;       /* its n$ position, or 0 */
	char len;      /* length modifier: 0, 'H' (hh), 'h', 'l', 'q' (ll),
			  'j', 'z', 't', 'L' */
	char conv;     /* the letter; '%' for "%%" */
};

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static const char *parse_length(const char *q, struct conv *c)
{
	if ((q[0] == 'h' || q[0] == 'l') && q[1] == q[0]) {
		c->len = q[0] == 'h' ? 'H' : 'q';
		return q + 2;
	}
	if (*q && strchr("hljztL", *q))
		c->len = *q++;
	return q;
}

/* The conversion starting at p ('%'): past its end, or NULL when it is
 * one this module refuses ('*' widths, %n, wide strings, unknown). */
static const char *parse_conv(const char *p, struct conv *c)
{
	const char *q = p + 1, *d = q;

	memset(c, 0, sizeof(*c));
	if (*q == '%') {
		c->conv = '%';
		return q + 1;
	}
	while (is_digit(*d))
		d++;
	if (*d == '$') {
		if (d - q != 1 || *q == '0')
			return NULL;
		c->pos = *q - '0';
		q = d + 1;
	}
	while (*q && strchr("-+ #0'", *q))
		q++;
	while (is_digit(*q))
		q++;
	if (*q == '.')
		for (q++; is_digit(*q); q++)
			;
	q = parse_length(q, c);
	if (!*q || !strchr("diouxXcsfFeEgGaAp", *q))
		return NULL;
	c->conv = *q;
	if (strchr("csp", *q) && c->len)
		return NULL;
	if (strchr("fFeEgGaA", *q) && c->len && c->len != 'l' && c->len != 'L')
		return NULL;
	return q + 1;
}

/* One argument of ap written as spec would; snprintf's count. */
static int put_arg(char *buf, size_t room, const char *spec, char len,
		   char conv, va_list *ap)
{
	if (conv == 'd' || conv == 'i')
		switch (len) {
		case 'l': return snprintf(buf, room, spec, va_arg(*ap, long));
		case 'q': return snprintf(buf, room, spec,
					  va_arg(*ap, long long));
		case 'j': return snprintf(buf, room, spec,
					  va_arg(*ap, intmax_t));
		case 'z': return snprintf(buf, room, spec, va_arg(*ap, size_t));
		case 't': return snprintf(buf, room, spec,
					  va_arg(*ap, ptrdiff_t));
		default: return snprintf(buf, room, spec, va_arg(*ap, int));
		}
	if (strchr("ouxX", conv))
		switch (len) {
		case 'l': return snprintf(buf, room, spec,
					  va_arg(*ap, unsigned long));
		case 'q': return snprintf(buf, room, spec,
					  va_arg(*ap, unsigned long long));
		case 'j': return snprintf(buf, room, spec,
					  va_arg(*ap, uintmax_t));
		case 'z': return snprintf(buf, room, spec, va_arg(*ap, size_t));
		case 't': return snprintf(buf, room, spec,
					  va_arg(*ap, ptrdiff_t));
		default: return snprintf(buf, room, spec,
					 va_arg(*ap, unsigned));
		}
	if (conv == 'c')
		return snprintf(buf, room, spec, va_arg(*ap, int));
	if (conv == 's')
		return snprintf(buf, room, spec, va_arg(*ap, const char *));
	if (conv == 'p')
		return snprintf(buf, room, spec, va_arg(*ap, void *));
	if (len == 'L')
		return snprintf(buf, room, spec, va_arg(*ap, long double));
	return snprintf(buf, room, spec, va_arg(*ap, double));
}

int air_ev_render(struct air_ev_args *out, const char *fmt, va_list ap)
{
	size_t used = 0, room;
	const char *p, *end = fmt;
	struct conv c;
	char spec[32];
	va_list aq;
	int k, rc = 0;

	out->n = 0;
	out->text[0] = '\0';
	va_copy(aq, ap);
	for (p = strchr(end, '%'); p && !rc; p = strchr(end, '%')) {
		if (!(end = parse_conv(p, &c)) || c.pos ||
		    (size_t)(end - p) >= sizeof(spec) ||
		    (c.conv != '%' && out->n == AIR_EV_ARGS)) {
			rc = -1;
			break;
		}
		if (c.conv == '%')
			continue;
		memcpy(spec, p, (size_t)(end - p));
		spec[end - p] = '\0';
		room = sizeof(out->text) - used;
		k = put_arg(out->text + used, room, spec, c.len, c.conv, &aq);
		out->at[out->n++] = (unsigned short)used;
		/* Truncated to what fits, and always terminated. */
		used += k < 0 ? 0 : (size_t)k < room ? (size_t)k : room - 1;
		out->text[used] = '\0';
		if (used + 1 < sizeof(out->text))
			used++;
	}
	va_end(aq);
	return rc;
}

void air_ev_list(const struct air_ev_args *a, const char *list[AIR_EV_ARGS])
{
	for (int i = 0; i < a->n; i++)
		list[i] = a->text + a->at[i];
}

static void put(char *buf, size_t size, size_t *at, const char *s, size_t n)
{
	if (n > size - 1 - *at)
		n = size - 1 - *at;
	memcpy(buf + *at, s, n);
	*at += n;
	buf[*at] = '\0';
}

int air_ev_format(char *buf, size_t size, const char *fmt,
		  const char *const *args, int n)
{
	const char *p = fmt, *pc, *arg;
	unsigned used = 0;
	int seq = 0, positional = -1, count = 0, i;
	size_t at = 0;
	struct conv c;

	if (!size)
		return -1;
	buf[0] = '\0';
	if (n < 0 || n > AIR_EV_ARGS)
		return -1;
	for (; (pc = strchr(p, '%')); p = pc) {
		put(buf, size, &at, p, (size_t)(pc - p));
		if (!(pc = parse_conv(pc, &c)))
			return -1;
		if (c.conv == '%') {
			put(buf, size, &at, "%", 1);
			continue;
		}
		/* All positional (%1$s) or none, each argument once. */
		if (positional >= 0 && positional != (c.pos > 0))
			return -1;
		positional = c.pos > 0;
		i = c.pos ? c.pos - 1 : seq++;
		if (i >= n || (used & (1u << i)))
			return -1;
		used |= 1u << i;
		count++;
		arg = args[i] ? args[i] : "";
		put(buf, size, &at, arg, strlen(arg));
	}
	put(buf, size, &at, p, strlen(p));
	return count == n ? 0 : -1;
}

const char *air_ev_find(const char *const *table, size_t n,
			const char *msgid)
{
	for (size_t i = 0; msgid && i < n; i++)
		if (!strcmp(table[i], msgid))
			return table[i];
	return NULL;
}

const char *air_ev_known(const char *msgid)
{
	return air_ev_find(known, sizeof(known) / sizeof(*known), msgid);
}

const char *loa_air_event_text(const struct loa_air_event *e, char *buf,
			       size_t size)
{
	const char *id = air_ev_known(e->msgid), *list[AIR_EV_ARGS];
	char why[AIR_REASON_MAX];
	int n = e->n_args;

	if (!size)
		return "";
	if (n > AIR_EV_ARGS)
		n = -1;
	for (int i = 0; i < n; i++)
		list[i] = e->args[i];
	air_ev_reason_arg(id, list, n, 1, why, sizeof(why));
	/* The reader's translation; the English one should a catalogue's
	 * conversions not match; else the text the daemon stored. */
	if (id && (!air_ev_format(buf, size, _(id), list, n) ||
		   !air_ev_format(buf, size, id, list, n)))
		return buf;
	snprintf(buf, size, "%s", e->message ? e->message : "");
	return buf;
}

const char *loa_air_event_kind(const char *kind)
{
	for (size_t i = 0; kind && i < sizeof(kinds) / sizeof(*kinds); i++)
		if (!strcmp(kinds[i], kind))
			return _(kinds[i]);
	return kind ? kind : "";
}
