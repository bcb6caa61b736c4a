/*
 * The frames between loa-serve and its worker (web_int.h, "wire.c"): a
 * request as the page table's handlers see it (method, path, address,
 * the session's person, role and CSRF token, the query, the body) and
 * the response they fill.  The peer is our own child or parent, but a
 * worker that crashed mid-write must not become a server that reads
 * past a buffer: every length is checked against what is left.
 */
#include "web_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/pool.h"

#define WIRE_MAGIC "LOAW"
/* The largest payload: a page, with room for the other fields. */
#define WIRE_MAX (WEB_MAX_PAGE + 64 * 1024)

enum { Q_METHOD, Q_PATH, Q_ADDRESS, Q_SESSION, Q_USER, Q_CSRF, Q_ROLE,
       Q_ARGS, Q_BODY };
enum { A_STATUS, A_TYPE, A_COOKIE, A_LOCATION, A_DISPOSITION, A_CACHE,
       A_FILE, A_BODY };

static void put_u32(unsigned char *p, size_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static size_t get_u32(const unsigned char *p)
{
	return (size_t)p[0] << 24 | (size_t)p[1] << 16 | (size_t)p[2] << 8 |
		(size_t)p[3];
}

static void put(struct norm_buf *b, const char *p, size_t n)
{
	unsigned char len[4];

	put_u32(len, n);
	norm_buf_add(b, (const char *)len, 4);
	if (n)
		norm_buf_add(b, p, n);
}

static void puts_(struct norm_buf *b, const char *s)
{
	put(b, s ? s : "", s ? strlen(s) : 0);
}

static void putn(struct norm_buf *b, long long v)
{
	char n[24];

	snprintf(n, sizeof(n), "%lld", v);
	puts_(b, n);
}

void web_wire_request(const struct web_req *r, struct norm_buf *out)
{
	puts_(out, r->method);
	puts_(out, r->path);
	puts_(out, r->address);
	putn(out, r->has_session);
	puts_(out, r->has_session ? r->session.user : "");
	puts_(out, r->has_session ? r->session.csrf : "");
	putn(out, r->has_session ? (long long)r->session.role : 0);
	put(out, r->args, r->args ? r->args_len : 0);
	put(out, r->body.p, r->body.p ? r->body.len : 0);
}

void web_wire_response(const struct web_resp *w, struct norm_buf *out)
{
	putn(out, w->status);
	puts_(out, w->type);
	puts_(out, w->cookie);
	puts_(out, w->location);
	puts_(out, w->disposition);
	putn(out, w->cache);
	puts_(out, w->file);
	if (w->data)
		put(out, w->data, w->data_len);
	else
		put(out, w->body.p, w->body.p ? w->body.len : 0);
}

int web_wire_send(int fd, const struct norm_buf *payload)
{
	unsigned char head[8];

	if (payload->failed || payload->len > WIRE_MAX)
		return -1;
	memcpy(head, WIRE_MAGIC, 4);
	put_u32(head + 4, payload->len);
	return pool_send_all(fd, head, 8) ||
		pool_send_all(fd, payload->p ? payload->p : "", payload->len) ?
		-1 : 0;
}

/* n bytes into p: 0, 1 at the end before any byte, -1 otherwise. */
static int recv_all(int fd, int timeout_ms, char *p, size_t n)
{
	int got = pool_recv_all(fd, p, n, timeout_ms);

	return got == 1 ? 0 : got == 0 ? 1 : -1;
}

/* Splits the payload into n fields, copied with their NULs into m. */
static int split(const unsigned char *p, size_t len, size_t n,
		 struct web_wire *m)
{
	size_t i, at = 0, o = 0;

	if (!(m->data = malloc(len + n)))
		return -1;
	for (i = 0; i < n; i++) {
		size_t flen;

		if (len - at < 4)
			return -1;
		flen = get_u32(p + at);
		at += 4;
		if (flen > len - at)
			return -1;
		memcpy(m->data + o, p + at, flen);
		m->data[o + flen] = '\0';
		m->f[i] = m->data + o;
		m->len[i] = flen;
		at += flen;
		o += flen + 1;
	}
	return at == len ? 0 : -1;
}

int web_wire_recv(int fd, int timeout_ms, size_t n, struct web_wire *m)
{
	char head[8], *payload = NULL;
	size_t len;
	int rc;

	memset(m, 0, sizeof(*m));
	if (n > WEB_WIRE_FIELDS)
		return -1;
	if ((rc = recv_all(fd, timeout_ms, head, 8)))
		return rc;
	len = get_u32((const unsigned char *)head + 4);
	if (memcmp(head, WIRE_MAGIC, 4) || len > WIRE_MAX ||
	    !(payload = malloc(len ? len : 1)))
		return -1;
	rc = recv_all(fd, timeout_ms, payload, len) ? -1 :
		split((const unsigned char *)payload, len, n, m);
	free(payload);
	if (rc)
		web_wire_release(m);
	return rc;
}

void web_wire_release(struct web_wire *m)
{
	free(m->data);
	memset(m, 0, sizeof(*m));
}

/* A whole number from lo to hi; -1 when the field is not one. */
static long long number(const struct web_wire *m, int i, long long lo,
			long long hi)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(m->f[i], &end, 10);
	return !m->len[i] || *end || errno || v < lo || v > hi ? -1 : v;
}

/* Field i as a C string: it holds no NUL. */
static int text(const struct web_wire *m, int i)
{
	return strlen(m->f[i]) == m->len[i];
}

int web_wire_read_request(const struct web_wire *m, struct web_req *r)
{
	long long session = number(m, Q_SESSION, 0, 1);
	long long role = number(m, Q_ROLE, LOA_ROLE_EDITOR, LOA_ROLE_ADMIN);
	int i;

	for (i = Q_METHOD; i <= Q_ROLE; i++)
		if (!text(m, i))
			return -1;
	if (session < 0 || role < 0 || m->len[Q_ADDRESS] >= sizeof(r->address) ||
	    m->len[Q_USER] >= sizeof(r->session.user) ||
	    m->len[Q_CSRF] >= sizeof(r->session.csrf) ||
	    (m->len[Q_ARGS] && m->f[Q_ARGS][m->len[Q_ARGS] - 1]))
		return -1;
	r->method = m->f[Q_METHOD];
	r->path = m->f[Q_PATH];
	memcpy(r->address, m->f[Q_ADDRESS], m->len[Q_ADDRESS] + 1);
	r->has_session = (int)session;
	memcpy(r->session.user, m->f[Q_USER], m->len[Q_USER] + 1);
	memcpy(r->session.csrf, m->f[Q_CSRF], m->len[Q_CSRF] + 1);
	r->session.role = (enum loa_role)role;
	r->args = m->f[Q_ARGS];
	r->args_len = m->len[Q_ARGS];
	norm_buf_add(&r->body, m->f[Q_BODY], m->len[Q_BODY]);
	return r->body.failed ? -1 : 0;
}

/* Copies field i into out, a string of size bytes; -1 when it does not
 * fit or is not text. */
static int copy(const struct web_wire *m, int i, char *out, size_t size)
{
	if (!text(m, i) || m->len[i] >= size)
		return -1;
	memcpy(out, m->f[i], m->len[i] + 1);
	return 0;
}

int web_wire_read_response(const struct web_wire *m, struct web_resp *w)
{
	long long status = number(m, A_STATUS, 100, 599);
	long long cache = number(m, A_CACHE, 0, 1);

	if (status < 0 || cache < 0 ||
	    copy(m, A_TYPE, w->type_buf, sizeof(w->type_buf)) ||
	    copy(m, A_COOKIE, w->cookie, sizeof(w->cookie)) ||
	    copy(m, A_LOCATION, w->location, sizeof(w->location)) ||
	    copy(m, A_DISPOSITION, w->disposition, sizeof(w->disposition)) ||
	    !text(m, A_FILE))
		return -1;
	w->status = (unsigned)status;
	w->type = w->type_buf[0] ? w->type_buf : NULL;
	w->cache = (int)cache;
	if (m->len[A_FILE] && !(w->file = strdup(m->f[A_FILE])))
		return -1;
	norm_buf_reset(&w->body);
	norm_buf_add(&w->body, m->f[A_BODY], m->len[A_BODY]);
	return w->body.failed ? -1 : 0;
}
