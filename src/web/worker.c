/*
 * The worker's side (loa/web.h, loa_serve_worker): the pages of the
 * server that render or check a script, run in 'loa serve-worker', a
 * process of the full program.  The server has already checked the
 * session, the CSRF token and the role (server.c) and sends the request
 * with the person's name, role and token; the worker runs the page's own
 * handler and sends back what it filled.
 */

#include "station.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "onair.h"
#include "text_vi.h"

/*
 * GET /warm, from the server only (forward.c: a worker started ahead of
 * a page's first check): the blank script is checked for the first
 * commune, as the editor's first check does, so that eSpeak NG, the
 * catalogues and the normaliser's tables are loaded before the person's
 * own check arrives.  The answer is not used.
 */
static int warm(struct web_req *r, struct web_resp *w)
{
	struct web_resp tmp;
	struct norm_buf text;
	size_t n;
	char **communes = web_list_names(r, "schedules/communes", &n);

	memset(&tmp, 0, sizeof(tmp));
	norm_buf_init(&text, WEB_MAX_BODY);
	norm_buf_init(&tmp.body, WEB_MAX_BODY);
	web_script_skeleton(r, &text, "warm", "Loa");
	norm_buf_addc(&text, '\0');
	web_html(&tmp, "name=warm&commune=");
	web_url(&tmp, n ? communes[0] : "");
	web_html(&tmp, "&text=");
	web_url(&tmp, text.p ? text.p : "");
	norm_buf_release(&r->body);
	r->body = tmp.body;
	web_check(r, w);
	web_names_free(communes, n);
	norm_buf_release(&text);
	return 0;
}

/* The pages forwarded to the worker (web_forward in pages.c), and the
 * server's own warm-up. */
static const struct web_page worker_pages[] = {
	{ "GET", "/warm", WEB_PUBLIC, warm, NULL },
	{ "POST", "/api/check", WEB_ANY_ROLE, web_check, NULL },
	{ "POST", "/api/listen", WEB_ANY_ROLE, web_listen, NULL },
	{ "POST", "/api/save", LOA_ROLE_EDITOR, web_save, NULL },
	{ "GET", "/approve", WEB_ANY_ROLE, web_approve_page, NULL },
	{ "POST", "/approve", LOA_ROLE_APPROVER, web_approve, NULL },
	{ "POST", "/air/bulletin", LOA_ROLE_OPERATOR, web_bulletin, NULL },
};

static void run(struct web_req *r, struct web_resp *w)
{
	size_t i;

	for (i = 0; i < sizeof(worker_pages) / sizeof(*worker_pages); i++)
		if (!strcmp(worker_pages[i].method, r->method) &&
		    !strcmp(worker_pages[i].path, r->path)) {
			worker_pages[i].handle(r, w);
			return;
		}
	web_error_page(r, w, 404, T_ERR_NOT_FOUND);
}

/* One request read from fd and answered: 0, 1 at the end, -1. */
static int answer(int fd, struct web_state *st)
{
	struct web_wire m;
	struct web_req r;
	struct web_resp w;
	struct norm_buf out;
	int rc;

	if ((rc = web_wire_recv(fd, -1, WEB_WIRE_REQUEST, &m)))
		return rc;
	memset(&r, 0, sizeof(r));
	memset(&w, 0, sizeof(w));
	r.st = st;
	w.status = 200;
	norm_buf_init(&r.body, WEB_MAX_BODY);
	norm_buf_init(&w.body, WEB_MAX_PAGE);
	norm_buf_init(&out, WEB_MAX_PAGE + 64 * 1024);
	rc = web_wire_read_request(&m, &r);
	if (!rc) {
		run(&r, &w);
		if (w.body.failed)
			web_error_page(&r, &w, 500, T_ERR_INTERNAL);
		web_wire_response(&w, &out);
		rc = web_wire_send(fd, &out);
	}
	norm_buf_release(&out);
	norm_buf_release(&w.body);
	norm_buf_release(&r.body);
	free(w.file);
	web_wire_release(&m);
	return rc;
}

loa_status loa_serve_worker(int fd, const struct loa_serve_options *opt,
			    struct loa_error *err)
{
	struct web_state *st = calloc(1, sizeof(*st));
	loa_status status = LOA_OK;
	int rc;

	if (!st)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	st->opt = opt;
	snprintf(st->root, sizeof(st->root), "%s", opt->root);
	snprintf(st->db_path, sizeof(st->db_path), "%s", opt->db_path);
	pthread_mutex_init(&st->lock, NULL);
	/* The findings in Vietnamese, as the server's own threads make them. */
	if ((st->messages = web_vietnamese_messages()))
		uselocale(st->messages);
	while (!(rc = answer(fd, st)))
		;
	/* The terminal's message in the terminal's language. */
	uselocale(LC_GLOBAL_LOCALE);
	if (rc < 0)
		status = loa_error_set(err, LOA_EIO, "the web server's request "
				       "was damaged or could not be answered");
	if (st->messages)
		freelocale(st->messages);
	web_week_sets_free(&st->week_sets);
	pthread_mutex_destroy(&st->lock);
	free(st);
	return status;
}
