/*
 * The page table: every URL the server answers, the method, the role it
 * needs and the menu label.  The pages that render or check a script
 * (they need eSpeak NG and FFmpeg) are forwarded to the worker process,
 * whose own table (worker.c) runs them; the checks above (session, CSRF
 * token, role) are made here first.
 */
#include "web_int.h"

#include <string.h>

#include "onair.h"
#include "week.h"
#include "text_vi.h"

struct web_static_file {
	const char *path, *type;
	const unsigned char *data;
	size_t len;
};

#include "web_static.h"

int web_static(struct web_req *r, struct web_resp *w)
{
	size_t i;

	for (i = 0; i < sizeof(web_static_files) / sizeof(*web_static_files);
	     i++) {
		if (strcmp(r->path, web_static_files[i].path))
			continue;
		w->type = web_static_files[i].type;
		w->data = (const char *)web_static_files[i].data;
		w->data_len = web_static_files[i].len;
		w->cache = 1;
		return 0;
	}
	web_error_page(r, w, 404, T_ERR_NOT_FOUND);
	return 0;
}

static int home(struct web_req *r, struct web_resp *w)
{
	web_redirect(w, r->has_session ? "/scripts" : "/login");
	return 0;
}

const struct web_page web_pages[] = {
	{ "GET", "/", WEB_PUBLIC, home, NULL },
	{ "GET", "/login", WEB_PUBLIC, web_login_page, NULL },
	{ "POST", "/login", WEB_PUBLIC, web_login, NULL },
	{ "POST", "/logout", WEB_ANY_ROLE, web_logout, NULL },
	{ "GET", "/static/", WEB_PUBLIC, web_static, NULL },
	{ "GET", "/scripts", WEB_ANY_ROLE, web_scripts_page, T_NAV_SCRIPTS },
	{ "GET", "/scripts/", WEB_ANY_ROLE, web_script_page, NULL },
	{ "POST", "/scripts/new", LOA_ROLE_EDITOR, web_script_new, NULL },
	{ "POST", "/api/check", WEB_ANY_ROLE, web_forward, NULL },
	{ "POST", "/api/listen", WEB_ANY_ROLE, web_forward, NULL },
	{ "POST", "/api/save", LOA_ROLE_EDITOR, web_forward, NULL },
	{ "GET", "/audio/", WEB_ANY_ROLE, web_audio, NULL },
	{ "GET", "/approve", WEB_ANY_ROLE, web_forward, T_NAV_APPROVE },
	{ "POST", "/approve", LOA_ROLE_APPROVER, web_forward, NULL },
	{ "GET", "/week", WEB_ANY_ROLE, web_week_page, T_NAV_WEEK },
	{ "POST", "/week/add", LOA_ROLE_EDITOR, web_week_add, NULL },
	{ "POST", "/week/remove", LOA_ROLE_EDITOR, web_week_remove, NULL },
	{ "GET", "/air", WEB_ANY_ROLE, web_air_page, T_NAV_AIR },
	{ "GET", "/air/now", WEB_ANY_ROLE, web_air_now, NULL },
	{ "POST", "/air/bulletin", LOA_ROLE_OPERATOR, web_forward, NULL },
	{ "GET", "/reports", WEB_ANY_ROLE, web_reports_page, T_NAV_REPORTS },
	{ "GET", "/reports/download", WEB_ANY_ROLE, web_report_download,
	  NULL },
	{ NULL, NULL, 0, NULL, NULL },
};
