/*
 * Accounts, sessions and the log of who did what.
 *
 * Passwords are kept as libcrypt yescrypt hashes.  Sessions live in the
 * server's memory only: no token is ever at rest on disk, and a restart
 * (a new program, a crash) logs everyone out, which a station can live
 * with.  Failed logins are slowed down per account and per address:
 * past a few failures, the next try must wait, longer each time.
 */
#include "web_int.h"

#include <crypt.h>
#include <microhttpd.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "store/db.h"
#include "text_vi.h"
#include "trust/trust.h"

/* Failures allowed before the waits start, and the longest wait. */
#define WEB_FREE_FAILURES 5
#define WEB_ADDRESS_FAILURES 20
#define WEB_FIRST_WAIT 60
#define WEB_LONGEST_WAIT 900
/* A session ends 12 hours after login, or after 2 hours unused. */
#define WEB_SESSION_LIFE (12 * 3600)
#define WEB_SESSION_IDLE (2 * 3600)
/* Accounts and addresses whose failures are remembered. */
#define WEB_MAX_THROTTLES 1024

struct web_throttle {
	char key[80];              /* "u:NAME" or "a:ADDRESS" */
	int failures;
	long long last;            /* Unix time of the last failure */
};

static const char *const role_names[] = {
	"editor", "approver", "operator", "admin"
};

const char *loa_role_name(enum loa_role role)
{
	return (unsigned)role < 4 ? role_names[role] : NULL;
}

int loa_role_parse(const char *name, enum loa_role *out)
{
	int i;

	for (i = 0; i < 4; i++)
		if (!strcmp(name, role_names[i])) {
			*out = (enum loa_role)i;
			return 0;
		}
	return -1;
}

static int name_ok(const char *name)
{
	size_t n = strlen(name), i;

	if (!n || n > 64)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f)
			return 0;
	return 1;
}

static loa_status hash_password(const char *password, char out[CRYPT_OUTPUT_SIZE],
				struct loa_error *err)
{
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	struct crypt_data *cd = calloc(1, sizeof(*cd));
	loa_status status = LOA_OK;

	if (!cd)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	if (!crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof(salt)) ||
	    !crypt_rn(password, salt, cd, sizeof(*cd)) || cd->output[0] == '*')
		status = loa_error_set(err, LOA_EINTERNAL, "libcrypt cannot "
				       "make a yescrypt hash");
	else
		snprintf(out, CRYPT_OUTPUT_SIZE, "%s", cd->output);
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
	return status;
}

loa_status loa_user_add(struct loa_db *db, const char *name,
			enum loa_role role, const char *password,
			struct loa_error *err)
{
	sqlite3 *sql = db_sqlite(db);
	sqlite3_stmt *st = NULL;
	char hash[CRYPT_OUTPUT_SIZE], *at = NULL;
	loa_status status;
	int rc;

	if (!name_ok(name))
		return loa_error_set(err, LOA_EINPUT, "a user name is 1 to 64 "
				     "bytes, without control characters");
	if (!loa_role_name(role))
		return loa_error_set(err, LOA_EINPUT, "no such role");
	if (strlen(password) < 8 || strlen(password) > 1024)
		return loa_error_set(err, LOA_EINPUT, "a password is 8 to 1024 "
				     "bytes long");
	if ((status = hash_password(password, hash, err)) ||
	    (status = trust_now_iso(&at, err)))
		goto out;
	if (sqlite3_prepare_v2(sql, "INSERT INTO users (name, role, "
			       "password_hash, created_at) VALUES (?, ?, ?, ?)",
			       -1, &st, NULL) != SQLITE_OK) {
		status = db_error(sql, loa_db_path(db), err);
		goto out;
	}
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, loa_role_name(role), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, at, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_CONSTRAINT)
		status = loa_error_set(err, LOA_EINPUT, "there is already a "
				       "user '%s'", name);
	else if (rc != SQLITE_DONE)
		status = db_error(sql, loa_db_path(db), err);
out:
	sqlite3_finalize(st);
	explicit_bzero(hash, sizeof(hash));
	free(at);
	return status;
}

loa_status web_db_open(struct web_req *r, struct loa_db **db,
		       struct loa_error *err)
{
	return loa_db_open(db, r->st->db_path, err);
}

void web_log_action(struct web_req *r, const char *action,
		    const char *target, const char *detail)
{
	struct loa_db *db = NULL;
	struct loa_error err;
	sqlite3_stmt *st = NULL;
	char *at = NULL;

	loa_error_clear(&err);
	if (web_db_open(r, &db, &err) || trust_now_iso(&at, &err))
		goto out;
	if (sqlite3_prepare_v2(db_sqlite(db), "INSERT INTO web_actions (at, "
			       "user, address, action, target, detail) VALUES "
			       "(?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->has_session ? r->session.user : "", -1,
			  SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->address, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, target, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, detail, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		db_error(db_sqlite(db), loa_db_path(db), &err);
out:
	if (err.msg[0])
		fprintf(stderr, "loa: web log: %s\n", err.msg);
	sqlite3_finalize(st);
	free(at);
	loa_db_close(&db);
}

void web_random_hex(char *out, size_t hex_digits)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char bytes[64];
	size_t i, n = hex_digits / 2;

	/* getrandom blocks only before the kernel's pool is ready. */
	if (n > sizeof(bytes) || getrandom(bytes, n, 0) != (ssize_t)n)
		abort();
	for (i = 0; i < n; i++) {
		out[2 * i] = hex[bytes[i] >> 4];
		out[2 * i + 1] = hex[bytes[i] & 15];
	}
	out[2 * n] = '\0';
}

/* Compares without stopping at the first difference. */
static int same_secret(const char *a, const char *b)
{
	size_t n = strlen(a), i;
	unsigned char d = 0;

	if (n != strlen(b))
		return 0;
	for (i = 0; i < n; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

int web_session_find(struct web_state *st, const char *id,
		     struct web_session *out)
{
	long long now = (long long)time(NULL);
	int i, found = 0;

	if (strlen(id) != WEB_TOKEN_HEX)
		return 0;
	pthread_mutex_lock(&st->lock);
	for (i = 0; i < WEB_MAX_SESSIONS; i++) {
		struct web_session *s = &st->sessions[i];

		if (!s->id[0] || !same_secret(s->id, id))
			continue;
		if (now - s->created > WEB_SESSION_LIFE ||
		    now - s->seen > WEB_SESSION_IDLE) {
			memset(s, 0, sizeof(*s));
			break;
		}
		s->seen = now;
		*out = *s;
		found = 1;
		break;
	}
	pthread_mutex_unlock(&st->lock);
	return found;
}

int web_csrf_ok(const struct web_req *r, const char *given)
{
	return r->has_session && given && same_secret(r->session.csrf, given);
}

static void session_new(struct web_state *st, const char *user,
			enum loa_role role, struct web_session *out)
{
	long long now = (long long)time(NULL);
	int i, slot = 0;

	pthread_mutex_lock(&st->lock);
	for (i = 0; i < WEB_MAX_SESSIONS; i++) {
		if (!st->sessions[i].id[0]) {
			slot = i;
			break;
		}
		if (st->sessions[i].seen < st->sessions[slot].seen)
			slot = i;
	}
	memset(&st->sessions[slot], 0, sizeof(st->sessions[slot]));
	web_random_hex(st->sessions[slot].id, WEB_TOKEN_HEX);
	web_random_hex(st->sessions[slot].csrf, WEB_TOKEN_HEX);
	snprintf(st->sessions[slot].user, sizeof(st->sessions[slot].user),
		 "%s", user);
	st->sessions[slot].role = role;
	st->sessions[slot].created = st->sessions[slot].seen = now;
	*out = st->sessions[slot];
	pthread_mutex_unlock(&st->lock);
}

static void session_drop(struct web_state *st, const char *id)
{
	int i;

	pthread_mutex_lock(&st->lock);
	for (i = 0; i < WEB_MAX_SESSIONS; i++)
		if (st->sessions[i].id[0] && same_secret(st->sessions[i].id, id))
			memset(&st->sessions[i], 0, sizeof(st->sessions[i]));
	pthread_mutex_unlock(&st->lock);
}

/* The throttle entry of key (created when add), under the lock. */
static struct web_throttle *throttle(struct web_state *st, const char *key,
				     int add)
{
	size_t i, oldest = 0;
	struct web_throttle *t;

	for (i = 0; i < st->n_throttles; i++) {
		if (!strcmp(st->throttles[i].key, key))
			return &st->throttles[i];
		if (st->throttles[i].last < st->throttles[oldest].last)
			oldest = i;
	}
	if (!add)
		return NULL;
	if (!st->throttles &&
	    !(st->throttles = calloc(WEB_MAX_THROTTLES, sizeof(*t))))
		return NULL;
	t = &st->throttles[st->n_throttles < WEB_MAX_THROTTLES ?
			   st->n_throttles++ : oldest];
	memset(t, 0, sizeof(*t));
	snprintf(t->key, sizeof(t->key), "%s", key);
	return t;
}

/* Seconds to wait before key may try again (0: now). */
static long long wait_for(struct web_state *st, const char *key, int free)
{
	struct web_throttle *t = throttle(st, key, 0);
	long long wait, left;
	int over;

	if (!t || t->failures < free)
		return 0;
	over = t->failures - free;
	wait = over > 4 ? WEB_LONGEST_WAIT : (long long)WEB_FIRST_WAIT << over;
	if (wait > WEB_LONGEST_WAIT)
		wait = WEB_LONGEST_WAIT;
	left = t->last + wait - (long long)time(NULL);
	return left > 0 ? left : 0;
}

static void keys(const struct web_req *r, const char *user, char ukey[80],
		 char akey[80])
{
	snprintf(ukey, 80, "u:%s", user);
	snprintf(akey, 80, "a:%s", r->address);
}

/* 0 when user may try now; else the seconds to wait. */
static long long login_wait(struct web_req *r, const char *user)
{
	char ukey[80], akey[80];
	long long a, b;

	keys(r, user, ukey, akey);
	pthread_mutex_lock(&r->st->lock);
	a = wait_for(r->st, ukey, WEB_FREE_FAILURES);
	b = wait_for(r->st, akey, WEB_ADDRESS_FAILURES);
	pthread_mutex_unlock(&r->st->lock);
	return a > b ? a : b;
}

static void login_result(struct web_req *r, const char *user, int ok)
{
	char ukey[80], akey[80];
	struct web_throttle *t;

	keys(r, user, ukey, akey);
	pthread_mutex_lock(&r->st->lock);
	if (ok) {
		if ((t = throttle(r->st, ukey, 0)))
			t->failures = 0;
	} else {
		if ((t = throttle(r->st, ukey, 1)))
			t->failures++, t->last = (long long)time(NULL);
		if ((t = throttle(r->st, akey, 1)))
			t->failures++, t->last = (long long)time(NULL);
	}
	pthread_mutex_unlock(&r->st->lock);
}

/*
 * 1 when password is user's, with the role into *role.  An unknown
 * user costs a hash too, so the time taken does not tell who exists.
 */
static int password_ok(struct web_req *r, const char *user,
		       const char *password, enum loa_role *role)
{
	static const char dummy[] = "$y$j9T$1HxFEmAidxOL4XX9aFybG0$"
		"MFXxKjaHY7hiaPqOoHwKNEI.WoPybT75Q/iTDf7bML5";
	struct loa_db *db = NULL;
	struct loa_error err;
	sqlite3_stmt *st = NULL;
	struct crypt_data *cd = calloc(1, sizeof(*cd));
	char stored[CRYPT_OUTPUT_SIZE];
	int ok = 0, known = 0;

	snprintf(stored, sizeof(stored), "%s", dummy);
	if (!cd || web_db_open(r, &db, &err))
		goto out;
	if (sqlite3_prepare_v2(db_sqlite(db), "SELECT password_hash, role "
			       "FROM users WHERE name = ?", -1, &st,
			       NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, user, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(stored, sizeof(stored), "%s",
			 (const char *)sqlite3_column_text(st, 0));
		known = !loa_role_parse((const char *)sqlite3_column_text(st, 1),
					role);
	}
	ok = crypt_rn(password, stored, cd, sizeof(*cd)) &&
		same_secret(cd->output, stored) && known;
out:
	if (cd)
		explicit_bzero(cd, sizeof(*cd));
	free(cd);
	sqlite3_finalize(st);
	loa_db_close(&db);
	return ok;
}

int web_login_page(struct web_req *r, struct web_resp *w)
{
	char token[WEB_TOKEN_HEX + 1];
	const char *msg = web_query(r, "m");

	/* Double submit: the form's token must match this cookie's. */
	web_random_hex(token, WEB_TOKEN_HEX);
	snprintf(w->cookie, sizeof(w->cookie), "loa_login=%s; Path=/login; "
		 "HttpOnly; Secure; SameSite=Strict; Max-Age=3600", token);
	r->has_session = 0;
	web_begin(r, w, T_LOGIN);
	if (*msg) {
		web_html(w, "<p class=\"error\" role=\"alert\">");
		web_text(w, msg);
		web_html(w, "</p>");
	}
	web_html(w, "<form method=\"post\" action=\"/login\" class=\"login\">"
		 "<input type=\"hidden\" name=\"token\" value=\"");
	web_text(w, token);
	web_html(w, "\"><label>" T_USER " <input name=\"user\" id=\"user\" "
		 "autocomplete=\"username\" required maxlength=\"64\"></label>"
		 "<label>" T_PASSWORD " <input name=\"password\" id=\"password\" "
		 "type=\"password\" autocomplete=\"current-password\" required "
		 "maxlength=\"1024\"></label><button id=\"login\">" T_LOGIN
		 "</button></form>");
	web_end(w);
	return 0;
}

static int login_refused(struct web_req *r, struct web_resp *w,
			 unsigned status, const char *msg)
{
	int code = web_login_page(r, w);

	w->status = status;
	norm_buf_reset(&w->body);
	web_begin(r, w, T_LOGIN);
	web_html(w, "<p class=\"error\" role=\"alert\">");
	web_text(w, msg);
	web_html(w, "</p><p><a href=\"/login\">" T_LOGIN "</a></p>");
	web_end(w);
	return code;
}

int web_login(struct web_req *r, struct web_resp *w)
{
	const char *cookie = MHD_lookup_connection_value(r->conn,
							 MHD_COOKIE_KIND,
							 "loa_login");
	char user[65], token[WEB_TOKEN_HEX + 8], msg[160];
	char *password = web_form_dup(r, "password");
	struct web_session s;
	enum loa_role role = LOA_ROLE_EDITOR;
	long long wait;
	int code = 0;

	web_form(r, "user", user, sizeof(user));
	web_form(r, "token", token, sizeof(token));
	if (!cookie || !same_secret(cookie, token)) {
		code = login_refused(r, w, 403, T_LOGIN_EXPIRED);
	} else if ((wait = login_wait(r, user))) {
		snprintf(msg, sizeof(msg), T_LOGIN_WAIT, wait);
		code = login_refused(r, w, 429, msg);
	} else if (!password || !password_ok(r, user, password, &role)) {
		login_result(r, user, 0);
		web_log_action(r, "login-failed", user, NULL);
		code = login_refused(r, w, 403, T_LOGIN_BAD);
	} else {
		login_result(r, user, 1);
		session_new(r->st, user, role, &s);
		r->has_session = 1;
		r->session = s;
		web_log_action(r, "login", user, NULL);
		snprintf(w->cookie, sizeof(w->cookie), "loa_session=%s; Path=/; "
			 "HttpOnly; Secure; SameSite=Strict", s.id);
		web_redirect(w, "/scripts");
	}
	if (password)
		explicit_bzero(password, strlen(password));
	free(password);
	return code;
}

int web_logout(struct web_req *r, struct web_resp *w)
{
	web_log_action(r, "logout", r->session.user, NULL);
	session_drop(r->st, r->session.id);
	snprintf(w->cookie, sizeof(w->cookie), "loa_session=; Path=/; HttpOnly; "
		 "Secure; SameSite=Strict; Max-Age=0");
	web_redirect(w, "/login");
	return 0;
}
