/*
 * The phone-number guard: no stray telephone number reaches the air.
 *
 * Scripts are shared between communes, so the natural attack on a
 * scam-awareness system is a shared script whose police number has been
 * swapped for a scammer's.  Every telephone number in what will be
 * spoken, after {{variables}} are expanded, must be one of:
 *   - the commune profile's own numbers (police_phone, hotline);
 *   - the national list of official numbers shipped with Loa
 *     (data/official-numbers.tsv: 111, 112, 113, 114, 115, 5656...,
 *     each with the body and document that assign it);
 *   - the project's allowlist (schedules/allowlist.yaml), in which every
 *     entry says who added it and why.
 * Numbers are compared by their digits, whatever the spaces, dots,
 * dashes or brackets, and "+84 24 ..." equals "024 ...".  What counts as
 * a telephone number is what the normaliser reads as one
 * (loa_find_phones): years, money, dates, counts, document codes and
 * account or ID numbers are not.  Format: docs/script-format.md,
 * "Telephone numbers".
 */
#ifndef LOA_GUARD_H
#define LOA_GUARD_H

#include <stddef.h>

#include "loa/commune.h"
#include "loa/diag.h"
#include "loa/normalize.h"
#include "loa/script.h"
#include "loa/status.h"

/* The project's allowlist of telephone numbers. */
struct loa_allowlist;

/*
 * Loads an allowlist file:
 *
 *     allowlist:
 *       - number: "1900 1234"         # as written; compared by digits
 *         name: "Tổng đài ..."        # optional: what it is
 *         added_by: "Nguyễn Văn A"    # required: who vouches for it
 *         reason: "..."               # required: why it may be aired
 *
 * Bad entries are "file:line:column: message" (LOA_EINPUT).  *out is
 * freed with loa_allowlist_free (accepts NULL, sets the pointer to NULL).
 */
loa_status loa_allowlist_load(struct loa_allowlist **out, const char *path,
			      struct loa_error *err);
/* ROOT/schedules/allowlist.yaml when it exists, else an empty list. */
loa_status loa_allowlist_load_project(struct loa_allowlist **out,
				      const char *root, struct loa_error *err);
void loa_allowlist_free(struct loa_allowlist **list);

/*
 * The digits by which a written number is compared ("+84 24 3825 1234"
 * and "(024) 3825-1234" both give "02438251234"; another country code
 * keeps its '+').  Returns 0 when written has something other than
 * digits, spaces, dots, dashes, brackets and a leading '+', or no digit.
 */
int loa_phone_key(const char *written, char *out, size_t size);

/*
 * Checks every say: part of script, expanded for profile (which may be
 * NULL: then there are no commune numbers and {{variables}} are not
 * expanded), read with the normaliser options norm (may be NULL; pass
 * the render's, since lexicons change what is read).  allow may be NULL
 * (no allowlist).
 *
 * Each number not allowed is an error at its file:line:column in the
 * script, or at the profile value it came from.  Returns LOA_OK when all
 * are allowed; otherwise LOA_EINPUT with the first error in err, and
 * every one appended to diag (which may be NULL).  approve and build
 * call this before recording or placing anything.
 */
loa_status loa_guard_script(const struct loa_script *script,
			    const struct loa_commune *profile,
			    const struct loa_allowlist *allow,
			    const struct loa_normalize_options *norm,
			    struct loa_diag *diag, struct loa_error *err);

/* The same for one text (loa say); name stands for its file in messages. */
loa_status loa_guard_text(const char *text, const char *name,
			  const struct loa_commune *profile,
			  const struct loa_allowlist *allow,
			  const struct loa_normalize_options *norm,
			  struct loa_diag *diag, struct loa_error *err);

/*
 * Words the voice cannot read in Vietnamese: every word of what script
 * (expanded for profile, which may be NULL) will speak, read with norm,
 * that eSpeak NG would read with another language's phonemes (an English
 * word it switches to English for) or spell letter by letter, as
 * loa_tts_readings tells.  Each is a warning in diag at its
 * file:line:column in the script (or at the profile value it came from,
 * or at its say: part when the normaliser wrote it), naming the word and
 * suggesting a lexicon entry (loa-lexicon(5)).  Returns the number of
 * warnings; when the check cannot run (eSpeak NG missing, memory), err
 * says why and the warnings found so far stand.
 */
size_t loa_guard_unreadable(const struct loa_script *script,
			    const struct loa_commune *profile,
			    const struct loa_normalize_options *norm,
			    struct loa_diag *diag, struct loa_error *err);

/*
 * loa_guard_unreadable for the commands that report findings: a check
 * that cannot run becomes one warning instead of an error.
 */
void loa_guard_unreadable_findings(const struct loa_script *script,
				   const struct loa_commune *profile,
				   const struct loa_normalize_options *norm,
				   struct loa_diag *diag);
/* The same for a text of its own (name is the file name in findings;
 * voice NULL is "vi"). */
size_t loa_guard_unreadable_text(const char *text, const char *name,
				 const struct loa_normalize_options *norm,
				 const char *voice, struct loa_diag *diag,
				 struct loa_error *err);

/*
 * A profile marked example_contacts: true holds placeholder numbers.
 * Returns 1 and appends a warning at the key to diag (may be NULL) when
 * it is; 0 otherwise.  check and render warn; approve and build refuse
 * such a profile unless given --examples.
 */
int loa_guard_examples(const struct loa_commune *profile,
		       struct loa_diag *diag);

/*
 * Every check of `loa check` on one campaign script, each finding
 * appended to diag: the loader's errors, the synthetic-voice notice
 * turned off (a warning), variables, audio files that do not decode and
 * telephone numbers (loa_guard_script with profile, allow and norm, any
 * of which may be NULL).  Returns LOA_OK, LOA_EINPUT when there are
 * errors (the first in err), or another status when a check could not
 * run.  loa check and the web page's check-as-you-type both call it.
 */
loa_status loa_script_check_file(const char *path, const char *root,
				 const struct loa_commune *profile,
				 const struct loa_allowlist *allow,
				 const struct loa_normalize_options *norm,
				 struct loa_diag *diag, struct loa_error *err);

#endif
