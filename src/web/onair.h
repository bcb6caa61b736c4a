/* The On air page and its Bulletin form (air_page.c, bulletin.c). */
#ifndef LOA_WEB_ONAIR_H
#define LOA_WEB_ONAIR_H

#include "loa/schedule.h"
#include "station.h"

#define AIR_MAX_ZONES 64
/* The longest typed bulletin, in bytes. */
#define BULLETIN_TEXT_MAX 8000
/*
 * Typed text becomes a script whose text starts on this line, indented
 * so (bulletin.c writes it, bulletin_form.c maps findings back).
 */
#define TYPED_HEAD_LINES 5
#define TYPED_INDENT 6

/* The station the running daemon plays for, read from its spool. */
struct air_station {
	char commune[128], schedule[4096];
	struct loa_schedule_set *set;
	const struct loa_schedule *sched;
	char *const *zones;           /* sched's zone names (zone i: bit i) */
	size_t n_zones;               /* at most AIR_MAX_ZONES */
};

/*
 * Reads the spool's station (loa_air_station), loads its schedule as
 * `loa bulletin` does; its zones are the schedule's.  LOA_EINPUT when no
 * daemon has used the spool yet.
 */
loa_status web_air_station(struct web_req *r, struct air_station *a,
			   struct loa_error *err);
void web_air_station_release(struct air_station *a);

/* A Bulletin form as sent, and what came of it. */
struct bulletin {
	char *text;                   /* typed, cleaned; NULL: none */
	char script[256];             /* a script picked, or "" */
	char tier[16], act[16];       /* "emergency"|"priority"; "listen"|"send" */
	int repeat, every_min, confirm, example;
	unsigned long long zones;     /* bit i: the station's zone i */
	int bad_field;                /* a field out of range */
	/* Results. */
	struct web_station st;
	char *file;                   /* the script file checked */
	struct loa_script *script_obj; /* loaded when it has no error */
	struct loa_diag diag;
	char url[200];                /* the rendered draft, or "" */
	char failure[1100];           /* what went wrong, or "" */
	int ask_confirm;              /* an emergency not yet confirmed */
};

/* The form (for operators), filled with b's values when not NULL. */
void web_bulletin_form(struct web_req *r, struct web_resp *w,
		       const struct air_station *a, const struct bulletin *b);

/* air_page.c: the live part of the page, refreshed by air.js. */
void web_air_now_block(struct web_req *r, struct web_resp *w);
/* The whole page; a is NULL when the daemon's station is unknown. */
void web_air_page_show(struct web_req *r, struct web_resp *w,
		       const struct air_station *a, const struct bulletin *b);
int web_air_page(struct web_req *r, struct web_resp *w);
int web_air_now(struct web_req *r, struct web_resp *w);
/* bulletin.c: POST /air/bulletin (operators). */
int web_bulletin(struct web_req *r, struct web_resp *w);

#endif
