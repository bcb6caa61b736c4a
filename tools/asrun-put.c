/*
 * asrun-put DB COMMUNE DATE HH:MM SLOT SCRIPT OUTCOME [TIER [RETRY_OF
 * [REASON]]]:
 * appends one as-run item to a station database through loa/asrun.h,
 * as the daemon logs it (a start row then an end row; missed and failed
 * as one row; interrupted left open, then closed), so that tests can
 * give a week known outcomes without playing it.  SLOT "-" is a
 * bulletin (no plan time, no slot).  REASON (default "thử") is stored
 * as given, as an older daemon wrote it.  Prints the item's id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loa/asrun.h"
#include "loa/date.h"

/* "DATE" "HH:MM" plus seconds into an ISO time, with or without ms. */
static void stamp(const char *date, const char *hhmm, int plus, int millis,
		  char *buf, size_t n)
{
	int h = (hhmm[0] - '0') * 10 + hhmm[1] - '0';
	int m = (hhmm[3] - '0') * 10 + hhmm[4] - '0';
	int s = h * 3600 + m * 60 + plus;

	snprintf(buf, n, "%sT%02d:%02d:%02d%s+07:00", date, s / 3600 % 24,
		 s / 60 % 60, s % 60, millis ? ".000" : "");
}

static int usage(void)
{
	fprintf(stderr, "usage: asrun-put DB COMMUNE DATE HH:MM SLOT SCRIPT "
		"OUTCOME [TIER [RETRY_OF [REASON]]]\n");
	return 2;
}

int main(int argc, char **argv)
{
	char scheduled[40], started[40], ended[40];
	struct loa_db *db = NULL;
	struct loa_error err;
	struct loa_asrun a;
	const char *why = argc > 10 ? argv[10] : "thử";
	int day, outcome, rc = 1;
	loa_status st;

	if (argc < 8 || argc > 11 || loa_date_parse(argv[3], &day) ||
	    strlen(argv[4]) != 5 || argv[4][2] != ':' ||
	    (outcome = loa_asrun_outcome_parse(argv[7])) < 0)
		return usage();
	loa_error_clear(&err);
	memset(&a, 0, sizeof(a));
	stamp(argv[3], argv[4], 0, 0, scheduled, sizeof(scheduled));
	stamp(argv[3], argv[4], 2, 1, started, sizeof(started));
	stamp(argv[3], argv[4], 62, 1, ended, sizeof(ended));
	a.commune_id = argv[2];
	a.scheduled = strcmp(argv[5], "-") ? scheduled : NULL;
	a.slot = strcmp(argv[5], "-") ? argv[5] : NULL;
	a.zones = (char *)"toàn xã";
	a.file = argv[6];
	a.script_id = argv[6];
	a.topic = (char *)"other";
	a.title = argv[6];
	a.length_ms = 60000;
	a.tier = argc > 8 ? argv[8] : (char *)"normal";
	a.retry_of = argc > 9 ? strtoll(argv[9], NULL, 10) : 0;
	a.simulated = 1;
	if ((st = loa_db_open(&db, argv[1], &err)))
		goto out;
	if (outcome == LOA_ASRUN_MISSED || outcome == LOA_ASRUN_FAILED) {
		a.outcome = (enum loa_asrun_outcome)outcome;
		a.reason = (char *)why;
		st = loa_asrun_record(db, &a, &err);
	} else {
		a.started = started;
		a.outcome = LOA_ASRUN_OPEN;
		if (!(st = loa_asrun_begin(db, &a, &err)) &&
		    outcome == LOA_ASRUN_INTERRUPTED)
			st = loa_asrun_close_open(db, "dừng đột ngột (thử)", NULL,
						  &err);
		else if (!st && outcome != LOA_ASRUN_OPEN)
			st = loa_asrun_end(db, a.id, ended,
					   (enum loa_asrun_outcome)outcome,
					   outcome == LOA_ASRUN_AIRED ? NULL :
					   why, &err);
	}
	if (!st) {
		printf("%lld\n", a.id);
		rc = 0;
	}
out:
	if (rc)
		fprintf(stderr, "asrun-put: %s\n", err.msg);
	loa_db_close(&db);
	return rc;
}
