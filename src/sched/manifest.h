/*
 * The columns of a week folder's manifest.csv, in order: build_out.c
 * writes them, and loa verify (src/cli/cmd_verify.c) and loa air
 * (src/air/week.c) read them by these indexes.  A UTF-8 BOM, then this
 * header line, then one CRLF-ended RFC 4180 record per placed segment.
 */
#ifndef LOA_SCHED_MANIFEST_H
#define LOA_SCHED_MANIFEST_H

enum manifest_col {
	MANIFEST_FILE,          /* the segment's file name in the folder */
	MANIFEST_COMMUNE,       /* commune id */
	MANIFEST_COMMUNE_NAME,
	MANIFEST_ZONES,
	MANIFEST_SLOT,          /* slot id */
	MANIFEST_SLOT_NAME,
	MANIFEST_START,         /* local ISO 8601 start, +07:00 */
	MANIFEST_DURATION,      /* seconds, three decimals */
	MANIFEST_SCRIPT,        /* script id */
	MANIFEST_TITLE,
	MANIFEST_TOPIC,
	MANIFEST_SHA,           /* SHA-256 of the file */
	MANIFEST_N_COL
};

#define MANIFEST_CSV_HEADER "file,commune,commune_name,zones,slot," \
	"slot_name,start,duration_s,script,title,topic,sha256"

#endif
