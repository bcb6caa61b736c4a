/* Output URLs taken apart and handed to their kind (air/output.h). */
#include "output_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Passed as an argument, not glued to the message: the message is
 * translated (loa_error_set looks it up), the list is not. */
#define KINDS "alsa:DEVICE, pulse:, icecast://source:PASSWORD@HOST:PORT/MOUNT, " \
	      "file:PATH, record:DIR, null:"

/* Copies len bytes of s into dst[size]; -1 when they do not fit. */
static int copy(char *dst, size_t size, const char *s, size_t len)
{
	if (len >= size)
		return -1;
	memcpy(dst, s, len);
	dst[len] = '\0';
	return 0;
}

/* 1 when s[0..len) holds only characters of set (letters and digits
 * always allowed). */
static int only(const char *s, size_t len, const char *set)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || (c && strchr(set, c))))
			return 0;
	}
	return 1;
}

static loa_status parse_port(const char *s, size_t len, int *port,
			     struct loa_error *err)
{
	size_t i;
	long v = 0;

	for (i = 0; i < len && i < 6; i++) {
		if (s[i] < '0' || s[i] > '9')
			break;
		v = v * 10 + (s[i] - '0');
	}
	if (len == 0 || i != len || v < 1 || v > 65535)
		return loa_error_set(err, LOA_EINPUT,
				     "Icecast port '%.*s' is not a number from 1 to 65535",
				     (int)(len < 16 ? len : 16), s);
	*port = (int)v;
	return LOA_OK;
}

/* "USER:PASSWORD@HOST[:PORT]/MOUNT", after "icecast://".  Messages never
 * show the password. */
static loa_status parse_icecast(const char *s, struct air_url *u,
				struct loa_error *err)
{
	const char *at = strrchr(s, '@'), *colon, *slash, *hp;
	size_t hlen;

	if (!at || !(colon = memchr(s, ':', (size_t)(at - s))) || colon + 1 == at)
		return loa_error_set(err, LOA_EINPUT,
				     "the Icecast address needs the source password: "
				     "icecast://source:PASSWORD@HOST:PORT/MOUNT");
	if (colon == s || copy(u->user, sizeof(u->user), s, (size_t)(colon - s)) ||
	    !only(u->user, strlen(u->user), "._-"))
		return loa_error_set(err, LOA_EINPUT,
				     "the Icecast user name is missing or not plain letters "
				     "(usually 'source')");
	/* FFmpeg splits its URL at these; the password goes apart but
	 * is joined into one again on the way to the server. */
	if (copy(u->password, sizeof(u->password), colon + 1,
		 (size_t)(at - colon - 1)) ||
	    strpbrk(u->password, "/?#% \t\r\n"))
		return loa_error_set(err, LOA_EINPUT,
				     "the Icecast password is too long or holds one of "
				     "/ ? # %% or a space");
	hp = at + 1;
	slash = strchr(hp, '/');
	if (!slash || !slash[1])
		return loa_error_set(err, LOA_EINPUT,
				     "the Icecast address has no mount point (.../MOUNT, e.g. /loa.mp3)");
	colon = memchr(hp, ':', (size_t)(slash - hp));
	hlen = (size_t)((colon ? colon : slash) - hp);
	if (!hlen || copy(u->host, sizeof(u->host), hp, hlen) ||
	    !only(u->host, hlen, ".-"))
		return loa_error_set(err, LOA_EINPUT,
				     "Icecast server name '%.*s' is not a host name or address",
				     (int)(hlen < 64 ? hlen : 64), hp);
	u->port = 8000;
	if (colon && parse_port(colon + 1, (size_t)(slash - colon - 1), &u->port, err))
		return LOA_EINPUT;
	if (copy(u->mount, sizeof(u->mount), slash, strlen(slash)) ||
	    !only(u->mount, strlen(u->mount), "._~/-") || strstr(u->mount, ".."))
		return loa_error_set(err, LOA_EINPUT,
				     "Icecast mount point '%.64s' may hold only letters, digits "
				     "and . _ ~ / -", slash);
	snprintf(u->name, sizeof(u->name), "icecast://%s@%s:%d%s", u->user,
		 u->host, u->port, u->mount);
	return LOA_OK;
}

/* The part after "file:" or "record:". */
static loa_status parse_path(const char *s, const char *scheme,
			     struct air_url *u, struct loa_error *err)
{
	if (!*s)
		return loa_error_set(err, LOA_EINPUT, "'%s:' needs a %s after the colon",
				     scheme, u->scheme == AIR_FILE ? "file name" : "folder");
	if (copy(u->path, sizeof(u->path), s, strlen(s)))
		return loa_error_set(err, LOA_EINPUT, "'%s:' path too long", scheme);
	snprintf(u->name, sizeof(u->name), "%s:%s", scheme, s);
	return LOA_OK;
}

/* The part after "alsa:" or "pulse:": a device name, no spaces. */
static loa_status parse_device(const char *s, const char *scheme,
			       struct air_url *u, struct loa_error *err)
{
	if (copy(u->device, sizeof(u->device), s, strlen(s)) ||
	    !only(s, strlen(s), ":,._=-@"))
		return loa_error_set(err, LOA_EINPUT,
				     "sound device name '%.64s' may hold only letters, digits "
				     "and : , . _ = - @", s);
	if (u->scheme == AIR_ALSA && !*s)
		snprintf(u->device, sizeof(u->device), "default");
	snprintf(u->name, sizeof(u->name), "%s:%s", scheme, u->device);
	return LOA_OK;
}

loa_status air_url_parse(const char *url, struct air_url *u,
			 struct loa_error *err)
{
	const char *colon = strchr(url, ':');

	memset(u, 0, sizeof(*u));
	if (!strncmp(url, "icecast://", 10)) {
		u->scheme = AIR_ICECAST;
		return parse_icecast(url + 10, u, err);
	}
	if (!strncmp(url, "alsa:", 5)) {
		u->scheme = AIR_ALSA;
		return parse_device(url + 5, "alsa", u, err);
	}
	if (!strncmp(url, "pulse:", 6)) {
		u->scheme = AIR_PULSE;
		return parse_device(url + 6, "pulse", u, err);
	}
	if (!strncmp(url, "file:", 5)) {
		u->scheme = AIR_FILE;
		return parse_path(url + 5, "file", u, err);
	}
	if (!strncmp(url, "record:", 7)) {
		u->scheme = AIR_RECORD;
		return parse_path(url + 7, "record", u, err);
	}
	if (!strcmp(url, "null:")) {
		u->scheme = AIR_NULL;
		snprintf(u->name, sizeof(u->name), "null:");
		return LOA_OK;
	}
	if (!strncmp(url, "null:", 5))
		return loa_error_set(err, LOA_EINPUT, "'null:' takes nothing after the colon");
	/* Only the scheme is shown: the rest may hold a password. */
	if (!colon)
		return loa_error_set(err, LOA_EINPUT,
				     "output '%.64s' is not an output address: "
				     "use one of %s", url, KINDS);
	return loa_error_set(err, LOA_EINPUT,
			     "unknown output kind '%.*s:': use one of %s",
			     (int)(colon - url < 32 ? colon - url : 32), url, KINDS);
}

void air_note(const struct air_output *o, const char *fmt, ...)
{
	struct air_ev_args args;
	va_list ap;
	int bad;

	if (!o->opts.note)
		return;
	va_start(ap, fmt);
	bad = air_ev_render(&args, fmt, ap);
	va_end(ap);
	if (!bad)
		o->opts.note(o->opts.note_ctx, fmt, &args);
}

loa_status air_output_open(struct air_output **out, const char *url,
			   const struct air_output_opts *opts,
			   struct loa_error *err)
{
	struct air_output *o = NULL;
	struct air_url *u = NULL;
	loa_status rc = LOA_ENOMEM;

	*out = NULL;
	if (!(o = calloc(1, sizeof(*o))) || !(u = malloc(sizeof(*u)))) {
		loa_error_set(err, rc, "out of memory");
		goto out;
	}
	if (opts)
		o->opts = *opts;
	if (o->opts.bitrate_kbps <= 0)
		o->opts.bitrate_kbps = 64;
	if ((rc = air_url_parse(url, u, err)))
		goto out;
	memcpy(o->name, u->name, sizeof(o->name));
	switch (u->scheme) {
	case AIR_NULL: rc = air_open_null(o, err); break;
	case AIR_FILE: rc = air_open_file(o, u, err); break;
	case AIR_RECORD: rc = air_open_record(o, u, err); break;
	case AIR_ICECAST: rc = air_open_icecast(o, u, err); break;
	default: rc = air_open_device(o, u, err); break;
	}
out:
	if (u)
		memset(u->password, 0, sizeof(u->password));
	free(u);
	if (rc)
		free(o);
	else
		*out = o;
	return rc;
}

loa_status air_output_write(struct air_output *o, const int16_t *pcm,
			    size_t frames, long long t_ms,
			    struct loa_error *err)
{
	return frames ? o->ops->write(o, pcm, frames, t_ms, err) : LOA_OK;
}

int air_output_realtime(const struct air_output *o)
{
	return o->realtime;
}

const char *air_output_name(const struct air_output *o)
{
	return o->name;
}

void air_output_close(struct air_output **o)
{
	if (!o || !*o)
		return;
	(*o)->ops->close(*o);
	free(*o);
	*o = NULL;
}
