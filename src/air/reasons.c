/*
 * The as-run log's reasons in the reader's language, as the daemon's
 * events are (events.c).  The daemon stores a reason as its message id
 * (the English format below) and, when it has arguments, each argument
 * written out as text after a tab (docs/asrun.md, "Reasons"); a reason
 * without arguments is therefore stored as its English words, as
 * reasons were before ids were kept.  A reader words it in its own
 * language; the stored text is never used as a format.
 */
#include "events.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "loa/air.h"

/*
 * Every reason the daemon logs (air_reason formats); air_reasons.sh
 * checks that each format the air layer passes is here.
 */
static const char *const reasons[] = {
	N_("cut by an emergency bulletin"),
	N_("the daemon was stopped"),
	N_("the daemon stopped while it played (killed, crashed or power "
	   "lost)"),
	N_("its time passed %lld s ago (more than the grace time, %d s)"),
	N_("its file differs from its manifest (replaced or changed after "
	   "the build)"),
	N_("its approval cannot be read: %s"),
	N_("its audio is not the audio approved for this commune and script "
	   "(no approval in force)"),
	N_("it cannot be played: %s"),
	N_("it stopped decoding after %lld s: %s"),
	N_("it stopped decoding: %s"),
	N_("its audio does not play: %s"),
	N_("its audio is not approved for this commune"),
};

/* The event messages (events.c) whose last argument is a reason as
 * air_reason stores it. */
static const char *const with_reason[] = {
	"priority bulletin by %s not aired: %s",
	"emergency bulletin by %s not aired: %s",
};

void air_ev_reason_arg(const char *msgid, const char **list, int n,
		       int translate, char *buf, size_t size)
{
	if (n > 0 && air_ev_find(with_reason, sizeof(with_reason) /
				 sizeof(*with_reason), msgid))
		list[n - 1] = loa_air_reason_text(list[n - 1], translate, buf,
						  size);
}

const char *air_reason(char *buf, size_t size, const char *fmt, ...)
{
	struct air_ev_args args;
	size_t at, i;
	const char *f;
	va_list ap;
	int bad;

	va_start(ap, fmt);
	bad = air_ev_render(&args, fmt, ap);
	va_end(ap);
	if (bad || !air_ev_find(reasons, sizeof(reasons) / sizeof(*reasons),
				fmt)) {
		/* Not one of the table's: its English text only. */
		va_start(ap, fmt);
		vsnprintf(buf, size, fmt, ap);
		va_end(ap);
		return buf;
	}
	at = (size_t)snprintf(buf, size, "%s", fmt);
	for (i = 0; i < (size_t)args.n && at + 1 < size; i++) {
		buf[at++] = '\t';
		/* A tab or a line break inside an argument would split it. */
		for (f = args.text + args.at[i]; *f && at + 1 < size; f++)
			buf[at++] = *f == '\t' || *f == '\n' || *f == '\r' ?
				' ' : *f;
	}
	if (at >= size)
		at = size - 1;
	buf[at] = '\0';
	return buf;
}

const char *loa_air_reason_text(const char *reason, int translate,
				char *buf, size_t size)
{
	const char *args[AIR_EV_ARGS], *id = NULL;
	char copy[AIR_REASON_MAX], *p;
	int n = 0;

	if (!size)
		return "";
	buf[0] = '\0';
	if (!reason)
		return buf;
	snprintf(copy, sizeof(copy), "%s", reason);
	for (p = copy; n >= 0 && (p = strchr(p, '\t')); ) {
		*p++ = '\0';
		if (n < AIR_EV_ARGS)
			args[n++] = p;
		else
			n = -1;
	}
	if (n >= 0 && strlen(reason) < sizeof(copy))
		id = air_ev_find(reasons, sizeof(reasons) / sizeof(*reasons),
				 copy);
	/* The reader's words; English should a catalogue's conversions not
	 * match; else the text as stored, its tabs as spaces. */
	if (id && ((translate &&
		    !air_ev_format(buf, size, _(id), args, n)) ||
		   !air_ev_format(buf, size, id, args, n)))
		return buf;
	snprintf(buf, size, "%s", reason);
	for (p = buf; (p = strchr(p, '\t')); )
		*p = ' ';
	return buf;
}
