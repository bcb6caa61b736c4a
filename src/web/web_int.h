/*
 * Inside the web layer: a request as the handlers see it, the response
 * they fill, the page table, sessions and the HTML helpers.
 */
#ifndef LOA_WEB_INT_H
#define LOA_WEB_INT_H

#include <locale.h>
#include <pthread.h>
#include <stddef.h>

#include "loa/web.h"
#include "text/norm_buf.h"

/* The largest request body accepted (a script is far smaller). */
#define WEB_MAX_BODY (256 * 1024)
/* The largest response built in memory. */
#define WEB_MAX_PAGE (4 * 1024 * 1024)
/* Sessions held at once; the oldest is dropped past this. */
#define WEB_MAX_SESSIONS 256
/* Hex digits of a session id or CSRF token (128 random bits). */
#define WEB_TOKEN_HEX 32

struct web_session {
	char id[WEB_TOKEN_HEX + 1];
	char csrf[WEB_TOKEN_HEX + 1];
	char user[65];
	enum loa_role role;
	long long created, seen;   /* Unix time */
};

/* The server's state, shared by every request thread. */
struct web_state {
	const struct loa_serve_options *opt;
	char root[1024];           /* short, so that paths under it fit */
	char db_path[4096];
	pthread_mutex_t lock;      /* sessions, throttles, rate buckets */
	struct web_session sessions[WEB_MAX_SESSIONS];
	struct web_throttle *throttles;   /* failed logins */
	size_t n_throttles;
	struct web_bucket *buckets;       /* request rate per address */
	size_t n_buckets;
	struct web_week_sets *week_sets;  /* the Week's schedules, shared */
	struct web_worker *worker; /* the pages that render (forward.c) */
	locale_t messages;         /* Vietnamese messages, or (locale_t)0 */
};

struct web_req {
	struct web_state *st;
	const char *method;        /* "GET", "POST" */
	const char *path;          /* decoded, without the query */
	char address[64];          /* the client's IP address */
	struct norm_buf body;      /* a POST's body */
	struct MHD_Connection *conn;   /* NULL in the worker, which reads */
	const char *args;          /* the query from args: "key\0value\0"... */
	size_t args_len;
	int has_session;
	struct web_session session; /* a copy, when has_session */
};

struct web_resp {
	unsigned status;
	const char *type;          /* Content-Type */
	struct norm_buf body;
	const char *data;          /* static bytes instead of body */
	size_t data_len;
	char *file;                /* a file to send instead (freed) */
	char cookie[256];          /* Set-Cookie, or "" */
	char location[2048];        /* a redirect's target, or "" */
	char disposition[512];     /* Content-Disposition, or "" */
	int cache;                 /* static: may be cached */
	char type_buf[96];         /* a type read from the worker */
};

/* A page's role when anyone may see it, or any logged-in person. */
#define WEB_PUBLIC (-1)
#define WEB_ANY_ROLE 99

/* One page or action, and the role it needs (an admin passes). */
struct web_page {
	const char *method;
	const char *path;          /* exact, or a prefix ending in '/' */
	int role;                  /* enum loa_role, WEB_PUBLIC, WEB_ANY_ROLE */
	int (*handle)(struct web_req *r, struct web_resp *w);
	const char *nav;           /* the menu's label, or NULL */
};

/* The page table (pages.c); ends with a NULL method. */
extern const struct web_page web_pages[];

/* server.c: a query or form field of the request ("" when absent). */
const char *web_query(struct web_req *r, const char *key);
/* A field of an urlencoded POST body, decoded into buf ("" absent). */
const char *web_form(struct web_req *r, const char *key, char *buf,
		     size_t size);
/* A form field of any length, decoded and malloc'd (NULL: absent). */
char *web_form_dup(struct web_req *r, const char *key);

/* auth.c */
void web_random_hex(char *out, size_t hex_digits);
int web_session_find(struct web_state *st, const char *id,
		     struct web_session *out);
int web_csrf_ok(const struct web_req *r, const char *given);
int web_login(struct web_req *r, struct web_resp *w);
int web_logout(struct web_req *r, struct web_resp *w);
int web_login_page(struct web_req *r, struct web_resp *w);
/* Appends a row to web_actions; failures are only logged to stderr. */
void web_log_action(struct web_req *r, const char *action,
		    const char *target, const char *detail);
/* Opens the station database for one request. */
loa_status web_db_open(struct web_req *r, struct loa_db **db,
		       struct loa_error *err);

/* html.c */
void web_html(struct web_resp *w, const char *s);        /* as is */
void web_text(struct web_resp *w, const char *s);        /* escaped */
void web_printf(struct web_resp *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void web_begin(struct web_req *r, struct web_resp *w, const char *title);
void web_end(struct web_resp *w);
void web_error_page(struct web_req *r, struct web_resp *w, unsigned status,
		    const char *message);
void web_redirect(struct web_resp *w, const char *to);
/*
 * A failure that is not the person's input (eSpeak NG, FFmpeg, a file
 * the system would not read or write): writes the detail, err, to the
 * server's log in one line naming the request (method, path, person,
 * address, script, commune), and returns the plain Vietnamese text to
 * show in its place.
 */
const char *web_failure(struct web_req *r, loa_status status,
			const struct loa_error *err);
/* The same line for an error of the person's input whose words came
 * from a library below (err->detail, English): the page shows err->msg
 * in Vietnamese, the journal keeps what the library said.  Nothing when
 * err has no detail. */
void web_log_detail(struct web_req *r, const struct loa_error *err);
/* A JSON string value, with its quotes. */
void web_json(struct web_resp *w, const char *s);
/* Percent-encodes s for a URL's path or query. */
void web_url(struct web_resp *w, const char *s);

/* scripts.c: the project's scripts and communes. */
/* 1 when name is a plain file name to look for under a project folder. */
int web_name_ok(const char *name);
int web_scripts_page(struct web_req *r, struct web_resp *w);
int web_script_page(struct web_req *r, struct web_resp *w);
int web_check(struct web_req *r, struct web_resp *w);
int web_save(struct web_req *r, struct web_resp *w);
/* POST /scripts/new (script_new.c): a new script, then its editor. */
int web_script_new(struct web_req *r, struct web_resp *w);
int web_listen(struct web_req *r, struct web_resp *w);
int web_audio(struct web_req *r, struct web_resp *w);
/* The <option>s of the communes, selected marked. */
void web_commune_options(struct web_req *r, struct web_resp *w,
			 const char *selected);
/* The <option>s of the NAMEs of dir/NAME.yaml ("scripts"), selected marked. */
void web_name_options(struct web_req *r, struct web_resp *w, const char *dir,
		      const char *selected);

/* approve.c */
int web_approve_page(struct web_req *r, struct web_resp *w);
int web_approve(struct web_req *r, struct web_resp *w);

/* week_page.c, reports.c, week_sets.c */
void web_week_sets_free(struct web_week_sets **sets);
int web_week_page(struct web_req *r, struct web_resp *w);
int web_reports_page(struct web_req *r, struct web_resp *w);
int web_report_download(struct web_req *r, struct web_resp *w);

/* assets.c: the style sheet and the script, built into the program. */
int web_static(struct web_req *r, struct web_resp *w);

/* server.c: the process's locale with Vietnamese messages, or 0. */
locale_t web_vietnamese_messages(void);

/*
 * forward.c: a page that renders or checks a script, run by the worker
 * process (worker.c): started when needed, one request at a time,
 * stopped after opt->worker_idle_s idle seconds; when it dies or hangs,
 * the person gets a plain error and the next request starts a new one.
 */
int web_forward(struct web_req *r, struct web_resp *w);
loa_status web_worker_init(struct web_state *st, struct loa_error *err);
/* Starts a worker ahead, in the background, when none runs (a page that
 * will soon need one); never waits.  Nothing in the worker itself. */
void web_worker_warm(struct web_state *st);
void web_worker_free(struct web_state *st);

/*
 * wire.c: the server and its worker write frames on their socket:
 * "LOAW", the payload's length, then fields, each its length and bytes
 * (lengths are 4 bytes, big-endian, checked before use).
 */
#define WEB_WIRE_FIELDS 10
#define WEB_WIRE_REQUEST 9            /* fields of a request */
#define WEB_WIRE_RESPONSE 8           /* fields of a response */
struct web_wire {
	char *data;                   /* the fields, each NUL-terminated */
	const char *f[WEB_WIRE_FIELDS];
	size_t len[WEB_WIRE_FIELDS];
};
/* Fills out with the frame's payload for a request, for a response. */
void web_wire_request(const struct web_req *r, struct norm_buf *out);
void web_wire_response(const struct web_resp *w, struct norm_buf *out);
/* Writes a payload's frame; 0, or -1. */
int web_wire_send(int fd, const struct norm_buf *payload);
/*
 * Reads a frame of n fields, waiting at most timeout_ms between bytes
 * (-1: forever): 0, 1 when the peer closed before a frame, -1 when the
 * frame is damaged, late or cut short.
 */
int web_wire_recv(int fd, int timeout_ms, size_t n, struct web_wire *m);
void web_wire_release(struct web_wire *m);
/* The request or response a frame holds (pointing into m); 0, or -1. */
int web_wire_read_request(const struct web_wire *m, struct web_req *r);
int web_wire_read_response(const struct web_wire *m, struct web_resp *w);

#endif
