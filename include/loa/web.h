/*
 * The web page (loa serve): a small HTTP server inside Loa, on
 * libmicrohttpd, over the project folder and the station database.
 *
 * Everything it serves is inside the program (pages, style sheet,
 * script; no CDN, no web font).  People log in with an account made by
 * `loa user add`; the password is kept only as its yescrypt hash.  A
 * session lives in the server's memory (a restart logs everyone out, and
 * no session token is ever written to disk) and travels in a Secure,
 * HttpOnly, SameSite=Strict cookie; every state-changing request also
 * carries the session's CSRF token.  What a person does through the page
 * is recorded in the database's append-only web_actions table, and an
 * approval made there is the same row as `loa approve` writes, with the
 * person as approver.
 */
#ifndef LOA_WEB_H
#define LOA_WEB_H

#include "loa/db.h"
#include "loa/status.h"

/* What an account may do; an admin may do everything. */
enum loa_role {
	LOA_ROLE_EDITOR,    /* writes and saves scripts */
	LOA_ROLE_APPROVER,  /* approves */
	LOA_ROLE_OPERATOR,  /* sends bulletins */
	LOA_ROLE_ADMIN      /* accounts, and all of the above */
};

/* "editor", "approver", "operator", "admin"; NULL when out of range. */
const char *loa_role_name(enum loa_role role);
/* The role named name into *out: 0, or -1 when there is none. */
int loa_role_parse(const char *name, enum loa_role *out);

/*
 * Adds an account: name (1 to 64 bytes of UTF-8, no control
 * character), role, and the yescrypt hash of password (8 to 1024 bytes).
 * An account of that name already there is an input error.
 */
loa_status loa_user_add(struct loa_db *db, const char *name,
			enum loa_role role, const char *password,
			struct loa_error *err);

struct loa_serve_options {
	const char *root;       /* the project folder ("." after chdir) */
	const char *db_path;    /* the station database */
	const char *address;    /* IPv4 address to listen on: "127.0.0.1" */
	unsigned port;          /* 0: a free port (loa_server_port) */
	unsigned max_rate;      /* requests per minute per address */
	const char *spool;      /* the daemon's bulletin spool (loa/air.h) */
	/* HTTPS (GnuTLS through libmicrohttpd): PEM files, both or none. */
	const char *tls_cert, *tls_key;
	/*
	 * The pages that render or check a script (they need eSpeak NG and
	 * FFmpeg) run in a worker process, "WORKER serve-worker --db PATH
	 * --spool DIR" in the server's folder, started at the first such
	 * request and stopped after worker_idle_s seconds without one.
	 * WORKER is looked up in PATH when it has no slash.
	 */
	const char *worker;
	unsigned worker_idle_s;
};

/* Sets the defaults: 127.0.0.1:8080, 1200 requests a minute, the worker
 * "loa", kept 180 seconds after its last request. */
void loa_serve_options_init(struct loa_serve_options *opt);

struct loa_server;

/*
 * Starts serving in threads of its own and returns; *out is stopped and
 * freed with loa_server_stop.  The database is opened (and migrated)
 * once here, so that a bad path fails now rather than at the first page.
 */
loa_status loa_server_start(struct loa_server **out,
			    const struct loa_serve_options *opt,
			    struct loa_error *err);
/* The port the server listens on (the one chosen when opt->port was 0). */
unsigned loa_server_port(const struct loa_server *server);
/* Stops the server, waits for its requests to end, frees it; NULL ok. */
void loa_server_stop(struct loa_server **server);

/*
 * The worker's side: answers the requests a server writes on the socket
 * fd, one at a time, until the server closes it (LOA_OK).  opt->root is
 * the project folder (the server's); a damaged request ends it with
 * LOA_EIO.
 */
loa_status loa_serve_worker(int fd, const struct loa_serve_options *opt,
			    struct loa_error *err);

#endif
