/*
 * Approvals: who approved which content for which commune, kept as
 * evidence in the station database (loa/db.h).
 *
 * An approval binds content, not a week: the script file's bytes, every
 * audio file it uses, the commune values it speaks, the voice, normaliser
 * and mastering settings, the spoken text, the render fingerprint taken
 * without the date tag, and the rendered audio.  Rows are only ever
 * added: a revocation is a row of its own, and the database refuses
 * UPDATE and DELETE.  Each row carries the SHA-256 of its own fields and
 * of the previous row's hash (docs/approvals.md has the byte layout), so
 * loa_approvals_verify finds a row changed behind Loa's back.
 */
#ifndef LOA_APPROVAL_H
#define LOA_APPROVAL_H

#include <stddef.h>

#include "loa/db.h"
#include "loa/render.h"
#include "loa/status.h"

/* One row; every string is owned and freed by loa_approval_release. */
struct loa_approval {
	long long id;           /* 1, 2, 3 ... in the order of the chain */
	char *kind;             /* "approve" or "revoke" */
	char *at;               /* "2026-12-03T16:20:05+07:00" */
	char *by;               /* the person who approved or revoked */
	char *note;             /* approve: --note; revoke: the reason */
	long long revokes;      /* revoke: the approval withdrawn; else 0 */
	int example;            /* approved with --examples */
	char *script_id, *script_file, *script_sha;
	char *commune_id;
	char *commune_values;   /* "commune.name=xã Tiên Minh\n" ... */
	char *assets;           /* "SHA-256 path\n" for each audio file */
	char *settings;         /* voice, normaliser, format, mastering */
	char *spoken_sha;       /* SHA-256 of the spoken text */
	char *fingerprint;      /* loa_render_fingerprint without a date */
	char *audio_sha;        /* SHA-256 of the rendered file */
	char *frames_sha;       /* SHA-256 of its audio after the ID3 tag */
	char prev_hash[65], row_hash[65];
};

void loa_approval_release(struct loa_approval *a);

/*
 * Fills a's content fields (script, commune, assets, settings, spoken
 * text, fingerprint) for script rendered for commune with opt; opt's
 * date is ignored.  a must start zeroed.
 */
loa_status loa_approval_describe(struct loa_approval *a,
				 const struct loa_script *script,
				 const struct loa_commune *commune,
				 const struct loa_render_options *opt,
				 struct loa_error *err);

/* Sets a's audio_sha and frames_sha from the rendered file at path. */
loa_status loa_approval_set_audio(struct loa_approval *a, const char *path,
				  struct loa_error *err);

/*
 * loa_approval_describe, then the render the approval binds: reuses
 * STATE/.loa/approved/FINGERPRINT.EXT or renders it there (STATE is
 * state, or opt->root when NULL: an installed, read-only project keeps
 * its state elsewhere)
 * (whole or not at all), and sets a's audio hashes from it; its path
 * into path (PATH_MAX bytes) when not NULL.  opt's date is ignored.
 * A saved render is reused only when its bytes still match the SHA-256
 * recorded beside it; else it is rendered again, and *how (when not
 * NULL) says which happened.  loa approve and the web page's Approve
 * button both call it.
 */
enum loa_approved_render {
	LOA_APPROVED_RENDERED,  /* none saved: rendered */
	LOA_APPROVED_REUSED,    /* the saved render, re-hashed */
	LOA_APPROVED_DAMAGED    /* the saved one was damaged: rendered again */
};
loa_status loa_approval_render(struct loa_approval *a,
			       const struct loa_script *script,
			       const struct loa_commune *commune,
			       const struct loa_render_options *opt,
			       const char *state, char *path,
			       enum loa_approved_render *how,
			       struct loa_error *err);

/*
 * The SHA-256 of an audio file's bytes after a leading ID3v2 tag (the
 * whole file when it has none): the MPEG frames, which the date tag and
 * other tags do not touch.
 */
loa_status loa_audio_frames_sha256(const char *path, char hex[65],
				   struct loa_error *err);

/*
 * Appends rows[0..n-1] in one transaction (all or none), stamping each
 * with the time now (at, when NULL), its id and its hashes.
 */
loa_status loa_approvals_append(struct loa_db *db, struct loa_approval *rows,
				size_t n, struct loa_error *err);

/*
 * Withdraws approval id: appends a revocation by "by" with reason into
 * *out.  An unknown id, a revocation or an approval already withdrawn is
 * an input error.
 */
loa_status loa_approval_revoke(struct loa_db *db, long long id,
			       const char *by, const char *reason,
			       struct loa_approval *out,
			       struct loa_error *err);

/*
 * Calls fn for every row in order (revocations too), or only the
 * approvals of commune_id and/or script_id when not NULL; revoked is the
 * id of the revocation that withdrew an approval, else 0.  A non-zero
 * return from fn stops the walk and is returned.
 */
typedef int (*loa_approval_fn)(void *ctx, const struct loa_approval *a,
			       long long revoked);
loa_status loa_approvals_each(struct loa_db *db, const char *commune_id,
			      const char *script_id, loa_approval_fn fn,
			      void *ctx, struct loa_error *err);

/*
 * The approval in force for commune_id with this dateless fingerprint:
 * its id into *id, or 0 when there is none (withdrawn ones do not count).
 */
loa_status loa_approval_find(struct loa_db *db, const char *commune_id,
			     const char *fingerprint, long long *id,
			     struct loa_error *err);

/*
 * The approval in force for commune_id and script_id whose audio frames
 * (loa_audio_frames_sha256) are frames_sha, or 0: a built file carries
 * its week's date tag, so it is matched by its frames.
 */
loa_status loa_approval_find_audio(struct loa_db *db, const char *commune_id,
				   const char *script_id,
				   const char *frames_sha, long long *id,
				   struct loa_error *err);

/*
 * The latest approval in force for commune_id and script_id (whatever
 * its content) into *out, zeroed first; out->id is 0 when there is none.
 */
loa_status loa_approval_latest(struct loa_db *db, const char *commune_id,
			       const char *script_id, struct loa_approval *out,
			       struct loa_error *err);

/*
 * Why script for commune (with opt) is not approved: which inputs differ
 * from the latest approval in force of that script for that commune
 * (the script file, an audio file, a commune value, the voice or
 * settings, the spoken text), or "never approved for this commune".
 */
loa_status loa_approval_changes(struct loa_db *db,
				const struct loa_script *script,
				const struct loa_commune *commune,
				const struct loa_render_options *opt,
				char *why, size_t size, struct loa_error *err);

/* The outcome of loa_approvals_verify. */
struct loa_chain_report {
	long long rows;         /* rows checked */
	long long bad_id;       /* the first row that does not match, or 0 */
	char why[200];          /* what is wrong with it */
	char head[65];          /* the last row's hash (64 '0' when empty) */
};

/*
 * Walks the chain from the first row: every id follows the one before,
 * every prev_hash is the previous row_hash and every row_hash is the hash
 * of the row's fields.  LOA_OK with report->bad_id 0 when all match.
 */
loa_status loa_approvals_verify(struct loa_db *db,
				struct loa_chain_report *report,
				struct loa_error *err);

#endif
