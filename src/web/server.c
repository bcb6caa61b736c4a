/*
 * loa serve's HTTP side: libmicrohttpd in a thread per connection, a
 * body limit, a request rate per address, the security headers on every
 * answer, the session and CSRF checks, then the page table (pages.c).
 */
#include "web_int.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/csvread.h"
#include "text_vi.h"

/* Addresses whose request rate is tracked at once. */
#define WEB_MAX_BUCKETS 1024

struct web_bucket {
	char address[64];
	double tokens;
	double at;                 /* when tokens was last topped up */
};

struct loa_server {
	struct MHD_Daemon *mhd;
	struct web_state st;
	struct loa_serve_options opt;
	unsigned port;
	char *tls_cert, *tls_key;   /* PEM, kept while serving */
};

/* The per-request state libmicrohttpd keeps for us between calls. */
struct web_conn {
	struct web_req req;
	int too_big;
	int answered;              /* a response is queued: drop the rest */
};

static const char *const security_headers[][2] = {
	{ "Content-Security-Policy", "default-src 'none'; script-src 'self'; "
	  "style-src 'self'; img-src 'self'; media-src 'self'; "
	  "connect-src 'self'; form-action 'self'; base-uri 'none'; "
	  "frame-ancestors 'none'" },
	{ "X-Content-Type-Options", "nosniff" },
	{ "Referrer-Policy", "no-referrer" },
	{ "X-Frame-Options", "DENY" },
	{ "Cross-Origin-Opener-Policy", "same-origin" },
	{ "Cross-Origin-Resource-Policy", "same-origin" },
};

void loa_serve_options_init(struct loa_serve_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->root = ".";
	opt->db_path = "loa.db";
	opt->address = "127.0.0.1";
	opt->port = 8080;
	opt->max_rate = 1200;
	opt->worker = "loa";
	opt->worker_idle_s = 180;
}

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A token bucket per address: 1 when this request may go on. */
static int rate_ok(struct web_state *st, const char *address)
{
	double now = now_seconds(), cap = st->opt->max_rate;
	struct web_bucket *b = NULL;
	size_t i, oldest = 0;
	int ok;

	pthread_mutex_lock(&st->lock);
	for (i = 0; i < st->n_buckets; i++) {
		if (!strcmp(st->buckets[i].address, address)) {
			b = &st->buckets[i];
			break;
		}
		if (st->buckets[i].at < st->buckets[oldest].at)
			oldest = i;
	}
	if (!b) {
		b = &st->buckets[st->n_buckets < WEB_MAX_BUCKETS ?
				 st->n_buckets++ : oldest];
		snprintf(b->address, sizeof(b->address), "%s", address);
		b->tokens = cap;
		b->at = now;
	}
	b->tokens += (now - b->at) * cap / 60.0;
	if (b->tokens > cap)
		b->tokens = cap;
	b->at = now;
	ok = b->tokens >= 1.0;
	if (ok)
		b->tokens -= 1.0;
	pthread_mutex_unlock(&st->lock);
	return ok;
}

const char *web_query(struct web_req *r, const char *key)
{
	const char *v = NULL, *p, *end;

	if (r->conn)
		v = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND,
						key);
	/* In the worker: the pairs the server sent, each NUL-ended. */
	for (p = r->args, end = p + r->args_len; !r->conn && p && p < end;) {
		const char *value = p + strlen(p) + 1;

		if (value >= end)
			break;
		if (!strcmp(p, key)) {
			v = value;
			break;
		}
		p = value + strlen(value) + 1;
	}
	return v ? v : "";
}

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes n bytes of an urlencoded value into a new string. */
static char *form_decode(const char *s, size_t n)
{
	char *out = malloc(n + 1);
	size_t i, j = 0;

	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == '+') {
			out[j++] = ' ';
		} else if (s[i] == '%' && i + 2 < n &&
			   hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
			out[j++] = (char)(hex_value(s[i + 1]) * 16 +
					  hex_value(s[i + 2]));
			i += 2;
		} else {
			out[j++] = s[i];
		}
	}
	out[j] = '\0';
	/* A NUL inside a field would cut it short later: refuse it. */
	if (strlen(out) != j) {
		free(out);
		return NULL;
	}
	return out;
}

char *web_form_dup(struct web_req *r, const char *key)
{
	const char *p = r->body.p, *end;
	size_t klen = strlen(key);

	if (!p)
		return NULL;
	end = p + r->body.len;
	while (p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;

		if ((size_t)(stop - p) > klen && !memcmp(p, key, klen) &&
		    p[klen] == '=')
			return form_decode(p + klen + 1,
					   (size_t)(stop - p - klen - 1));
		p = stop + 1;
	}
	return NULL;
}

const char *web_form(struct web_req *r, const char *key, char *buf,
		     size_t size)
{
	char *v = web_form_dup(r, key);

	snprintf(buf, size, "%s", v ? v : "");
	free(v);
	return buf;
}

/* A path with "..", "//", a backslash or a control character: refused. */
static int path_ok(const char *path)
{
	const unsigned char *p;

	if (path[0] != '/' || strstr(path, "//") || strchr(path, '\\'))
		return 0;
	for (p = (const unsigned char *)path; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 0;
	for (p = (const unsigned char *)path; (p = (const unsigned char *)
		     strstr((const char *)p, "/.")); p++)
		if (p[2] == '.' || p[2] == '/' || p[2] == '\0')
			return 0;
	return 1;
}

static const struct web_page *find_page(const char *method, const char *path,
					int *wrong_method)
{
	const struct web_page *p;

	*wrong_method = 0;
	for (p = web_pages; p->method; p++) {
		size_t n = strlen(p->path);
		int match = p->path[n - 1] == '/' && n > 1 ?
			!strncmp(path, p->path, n) && path[n] :
			!strcmp(path, p->path);

		if (!match)
			continue;
		if (!strcmp(p->method, method))
			return p;
		*wrong_method = 1;
	}
	return NULL;
}

static void load_session(struct web_req *r)
{
	const char *id = MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND,
						     "loa_session");

	r->has_session = id && web_session_find(r->st, id, &r->session);
}

/* 1 when a POST carries the session's CSRF token (field or header). */
static int csrf_given(struct web_req *r)
{
	char token[WEB_TOKEN_HEX + 8];
	const char *given = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
							"X-CSRF-Token");

	if (!given)
		given = web_form(r, "csrf", token, sizeof(token));
	return web_csrf_ok(r, given);
}

/* Runs the page; fills w.  Everything refused is refused here. */
static void dispatch(struct web_req *r, struct web_resp *w)
{
	const struct web_page *page = NULL;
	const char *why = NULL;
	unsigned status = 0;
	int wrong_method;

	if (!path_ok(r->path)) {
		status = 400, why = T_ERR_PATH;
	} else if (!rate_ok(r->st, r->address)) {
		status = 429, why = T_ERR_RATE;
	} else {
		load_session(r);
		page = find_page(r->method, r->path, &wrong_method);
	}
	if (status) {
		/* refused above */
	} else if (!page) {
		status = wrong_method ? 405 : 404;
		why = wrong_method ? T_ERR_METHOD : T_ERR_NOT_FOUND;
	} else if (page->role != WEB_PUBLIC && !r->has_session) {
		if (!strcmp(r->method, "GET")) {
			web_redirect(w, "/login");
			return;
		}
		status = 401, why = T_ERR_LOGIN;
	} else if (page->role != WEB_PUBLIC && !strcmp(r->method, "POST") &&
		   !csrf_given(r)) {
		/* Every POST but the login form (which has its own token). */
		status = 403, why = T_ERR_CSRF;
	} else if (page->role != WEB_PUBLIC && page->role != WEB_ANY_ROLE &&
		   (int)r->session.role != page->role &&
		   r->session.role != LOA_ROLE_ADMIN) {
		status = 403, why = T_ERR_ROLE;
	}
	if (status)
		web_error_page(r, w, status, why);
	else
		page->handle(r, w);
}

static struct MHD_Response *make_response(struct web_resp *w)
{
	struct MHD_Response *resp = NULL;
	size_t i;

	if (w->file) {
		struct stat sb;
		int fd = open(w->file, O_RDONLY | O_CLOEXEC);

		if (fd >= 0 && !fstat(fd, &sb) && S_ISREG(sb.st_mode))
			resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
		else if (fd >= 0)
			close(fd);
		if (!resp)
			return NULL;
	} else if (w->data) {
		resp = MHD_create_response_from_buffer(w->data_len,
						       (void *)w->data,
						       MHD_RESPMEM_PERSISTENT);
	} else {
		size_t n = w->body.len;
		char *p = norm_buf_detach(&w->body);

		resp = MHD_create_response_from_buffer(n, p ? p : (char *)"",
						       p ? MHD_RESPMEM_MUST_FREE :
						       MHD_RESPMEM_PERSISTENT);
		if (!resp)
			free(p);
	}
	if (!resp)
		return NULL;
	for (i = 0; i < sizeof(security_headers) / sizeof(*security_headers); i++)
		MHD_add_response_header(resp, security_headers[i][0],
					security_headers[i][1]);
	MHD_add_response_header(resp, "Content-Type", w->type ? w->type :
				"text/html; charset=utf-8");
	MHD_add_response_header(resp, "Cache-Control", w->cache ?
				"max-age=3600" : "no-store");
	if (w->cookie[0])
		MHD_add_response_header(resp, "Set-Cookie", w->cookie);
	if (w->location[0])
		MHD_add_response_header(resp, "Location", w->location);
	if (w->disposition[0])
		MHD_add_response_header(resp, "Content-Disposition",
					w->disposition);
	return resp;
}

static enum MHD_Result send_resp(struct MHD_Connection *conn, struct web_resp *w)
{
	struct MHD_Response *resp = make_response(w);
	enum MHD_Result ok;

	if (!resp)
		return MHD_NO;
	ok = MHD_queue_response(conn, w->status, resp);
	MHD_destroy_response(resp);
	return ok;
}

static void client_address(struct MHD_Connection *conn, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(
		conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	snprintf(out, n, "?");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr,
			  out, (socklen_t)n);
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr,
			  out, (socklen_t)n);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn,
				  const char *url, const char *method,
				  const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct web_conn *c = *con_cls;
	struct web_state *st = cls;
	struct web_resp w;
	enum MHD_Result ok;

	(void)version;
	/* The library's findings and messages this thread makes, shown on
	 * the page, in the page's language whatever the service's locale. */
	if (st->messages)
		uselocale(st->messages);
	if (!c) {
		const char *len = MHD_lookup_connection_value(
			conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);

		if (!(c = calloc(1, sizeof(*c))))
			return MHD_NO;
		c->req.st = cls;
		c->req.conn = conn;
		norm_buf_init(&c->req.body, WEB_MAX_BODY);
		/* Refused before a byte of an oversized body is read. */
		c->too_big = len && strtoull(len, NULL, 10) > WEB_MAX_BODY;
		*con_cls = c;
		if (!c->too_big)
			return MHD_YES;
	}
	if (c->answered) {
		*upload_size = 0;
		return MHD_YES;
	}
	if (*upload_size && !c->too_big) {
		norm_buf_add(&c->req.body, upload, *upload_size);
		c->too_big = c->req.body.failed != 0;
		*upload_size = 0;
		if (!c->too_big)
			return MHD_YES;
	}
	memset(&w, 0, sizeof(w));
	w.status = 200;
	norm_buf_init(&w.body, WEB_MAX_PAGE);
	c->req.method = method;
	c->req.path = url;
	client_address(conn, c->req.address, sizeof(c->req.address));
	if (c->too_big)
		web_error_page(&c->req, &w, 413, T_ERR_TOO_BIG);
	else if (strcmp(method, "GET") && strcmp(method, "POST"))
		web_error_page(&c->req, &w, 405, T_ERR_METHOD);
	else
		dispatch(&c->req, &w);
	if (w.body.failed)
		web_error_page(&c->req, &w, 500, T_ERR_INTERNAL);
	ok = send_resp(conn, &w);
	c->answered = 1;
	norm_buf_release(&w.body);
	free(w.file);
	return ok;
}

static void on_done(void *cls, struct MHD_Connection *conn, void **con_cls,
		    enum MHD_RequestTerminationCode code)
{
	struct web_conn *c = *con_cls;

	(void)cls;
	(void)conn;
	(void)code;
	if (c) {
		norm_buf_release(&c->req.body);
		free(c);
		*con_cls = NULL;
	}
}

/* The certificate and key (PEM) for HTTPS, when given. */
static loa_status read_tls(struct loa_server *s, struct loa_error *err)
{
	if (!s->opt.tls_cert && !s->opt.tls_key)
		return LOA_OK;
	if (!s->opt.tls_cert || !s->opt.tls_key)
		return loa_error_set(err, LOA_EINPUT, "HTTPS needs both a "
				     "certificate and its key");
	if (!(s->tls_cert = csv_slurp(s->opt.tls_cert, 1L << 20, NULL)))
		return loa_error_set(err, LOA_EINPUT, "cannot read the TLS "
				     "certificate '%s'", s->opt.tls_cert);
	if (!(s->tls_key = csv_slurp(s->opt.tls_key, 1L << 20, NULL)))
		return loa_error_set(err, LOA_EINPUT, "cannot read the TLS "
				     "key '%s'", s->opt.tls_key);
	return LOA_OK;
}

static loa_status start_daemon(struct loa_server *s, struct loa_error *err)
{
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *info;
	struct MHD_OptionItem tls[] = {
		{ MHD_OPTION_HTTPS_MEM_KEY, 0, s->tls_key },
		{ MHD_OPTION_HTTPS_MEM_CERT, 0, s->tls_cert },
		{ MHD_OPTION_END, 0, NULL },
	};

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)s->opt.port);
	if (inet_pton(AF_INET, s->opt.address, &sa.sin_addr) != 1)
		return loa_error_set(err, LOA_EINPUT, "'%s' is not an IPv4 "
				     "address", s->opt.address);
	s->mhd = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
		(s->tls_cert ? MHD_USE_TLS : 0),
		(uint16_t)s->opt.port, NULL, NULL, on_request, &s->st,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_NOTIFY_COMPLETED, on_done, NULL,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)16,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536,
		MHD_OPTION_ARRAY, s->tls_cert ? tls : tls + 2,
		MHD_OPTION_END);
	if (!s->mhd && s->tls_cert)
		return loa_error_set(err, LOA_EIO, "cannot serve HTTPS on %s:%u "
				     "(the address in use or not this machine's, "
				     "or the certificate '%s' and key '%s' are "
				     "not a matching PEM pair)", s->opt.address,
				     s->opt.port, s->opt.tls_cert, s->opt.tls_key);
	if (!s->mhd)
		return loa_error_set(err, LOA_EIO, "cannot listen on %s:%u "
				     "(in use, or not this machine's address)",
				     s->opt.address, s->opt.port);
	info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : s->opt.port;
	return LOA_OK;
}

/*
 * The process's locale with Vietnamese messages (tools/deps.sh makes
 * vi_VN.UTF-8), or (locale_t)0 when the system lacks it: the page's own
 * words are Vietnamese either way (text_vi.h), the findings then English.
 */
locale_t web_vietnamese_messages(void)
{
	locale_t base = duplocale(LC_GLOBAL_LOCALE), vi;

	if (!base)
		return (locale_t)0;
	if (!(vi = newlocale(LC_MESSAGES_MASK, "vi_VN.UTF-8", base))) {
		freelocale(base);
		fputs("loa: the vi_VN.UTF-8 locale is missing: the page shows "
		      "findings in English\n", stderr);
	}
	return vi;
}

loa_status loa_server_start(struct loa_server **out,
			    const struct loa_serve_options *opt,
			    struct loa_error *err)
{
	struct loa_server *s = calloc(1, sizeof(*s));
	struct web_req probe;
	struct loa_db *db = NULL;
	loa_status status = LOA_ENOMEM;

	*out = NULL;
	if (!s)
		return loa_error_set(err, status, "out of memory");
	if (strlen(opt->root) >= sizeof(s->st.root)) {
		loa_error_set(err, LOA_EINPUT, "'%s': path too long", opt->root);
		free(s);
		return LOA_EINPUT;
	}
	s->opt = *opt;
	s->st.opt = &s->opt;
	snprintf(s->st.root, sizeof(s->st.root), "%s", opt->root);
	snprintf(s->st.db_path, sizeof(s->st.db_path), "%s", opt->db_path);
	s->st.buckets = calloc(WEB_MAX_BUCKETS, sizeof(*s->st.buckets));
	pthread_mutex_init(&s->st.lock, NULL);
	memset(&probe, 0, sizeof(probe));
	probe.st = &s->st;
	if (!s->st.buckets) {
		loa_error_set(err, status, "out of memory");
		goto out;
	}
	s->st.messages = web_vietnamese_messages();
	if ((status = read_tls(s, err)) ||
	    (status = web_worker_init(&s->st, err)) ||
	    (status = web_db_open(&probe, &db, err)) ||
	    (status = start_daemon(s, err)))
		goto out;
	*out = s;
	s = NULL;
out:
	loa_db_close(&db);
	loa_server_stop(&s);
	return status;
}

unsigned loa_server_port(const struct loa_server *server)
{
	return server->port;
}

void loa_server_stop(struct loa_server **server)
{
	struct loa_server *s = *server;

	if (!s)
		return;
	if (s->mhd)
		MHD_stop_daemon(s->mhd);
	web_worker_free(&s->st);
	if (s->st.messages)
		freelocale(s->st.messages);
	web_week_sets_free(&s->st.week_sets);
	pthread_mutex_destroy(&s->st.lock);
	free(s->tls_cert);
	free(s->tls_key);
	free(s->st.buckets);
	free(s->st.throttles);
	free(s);
	*server = NULL;
}
