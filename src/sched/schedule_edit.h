/*
 * Writing a schedule file's text (schedule_edit.c): one entry added to
 * a slot's play list, removed from it, or ended (its to: date set), the
 * comments and layout of the rest kept, for the web page's "Thêm vào
 * lịch" and "Bỏ khỏi lịch".  The caller loads the result with
 * loa_schedule_load_text before it replaces the file.
 */
#ifndef LOA_SCHED_SCHEDULE_EDIT_H
#define LOA_SCHED_SCHEDULE_EDIT_H

#include <stddef.h>

#include "loa/status.h"

/* Why an entry could not be added (besides a YAML error in err). */
enum sched_edit_result {
	SCHED_EDIT_OK,
	SCHED_EDIT_YAML,       /* the text is not YAML: err says where */
	SCHED_EDIT_CITY,       /* a city file (communes:): not done yet */
	SCHED_EDIT_NO_SLOT,    /* no slot with that id */
	SCHED_EDIT_FLOW,       /* play: written on one line ([a, b]) */
	SCHED_EDIT_NO_ENTRY,   /* no such single-script entry at that line */
	SCHED_EDIT_LAST,       /* the slot's only entry: a slot plays some */
	SCHED_EDIT_ODD,        /* the entry is written in a way this code
				* does not edit safely, or the edit, read
				* again, did not hold (nothing to write) */
	SCHED_EDIT_NO_MEMORY
};

struct sched_entry {
	const char *slot;      /* the slot's id */
	const char *script;    /* a script id, checked by the caller */
	int from, to;          /* to: LOA_DATE_MAX when open */
};

/*
 * The text (of file, named in messages) with "- script: ID", "from:" and
 * "to:" lines put after the last item of the slot's play list, with the
 * list's own indentation; nothing else changes.  *out is malloc'd (its
 * length *out_len); *line is the play list's line for a refusal.
 */
enum sched_edit_result sched_add_entry(const char *file, const char *text,
				       size_t len,
				       const struct sched_entry *e,
				       char **out, size_t *out_len,
				       unsigned *line, struct loa_error *err);

/*
 * The text with the slot's play-list entry written at line removed: a
 * single script, "- ID" or "- script: ID" (with its from:/to: lines),
 * whose id is script; a rotation is not removed.  The comments and blank
 * lines around it stay.  Results and out as sched_add_entry.
 */
enum sched_edit_result sched_remove_entry(const char *file, const char *text,
					  size_t len, const char *slot,
					  unsigned line, const char *script,
					  char **out, size_t *out_len,
					  unsigned *play_line,
					  struct loa_error *err);

/*
 * The text with the `to:` of the same entry as sched_remove_entry's set
 * to the date to: its value replaced where it has one (quotes and a
 * comment after it go), else "to: DATE" put below the entry's last line
 * at its keys' indentation; an entry written "- ID" becomes
 * "- script: ID" with the to: line below; a flow mapping, "- {script:
 * ID, from: DATE}", gets ", to: DATE" after its last value.  Every other
 * byte stays; the result is read again and must hold the date.  The
 * caller checks that to is not before the entry's from (the loader
 * would refuse it).  Results and out as sched_add_entry.
 */
enum sched_edit_result sched_end_entry(const char *file, const char *text,
				       size_t len, const char *slot,
				       unsigned line, const char *script,
				       int to, char **out, size_t *out_len,
				       unsigned *play_line,
				       struct loa_error *err);

#endif
