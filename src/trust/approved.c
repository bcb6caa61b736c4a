/*
 * The render an approval binds, kept in ROOT/.loa/approved/ under its
 * dateless fingerprint so that the same content approved again (for
 * another commune with the same values, or after a revocation) is not
 * rendered twice.  Each render is sealed by FINGERPRINT.meta (its length
 * and SHA-256, core/sealed.h) and re-hashed before it is reused.
 */
#include "trust.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/hash.h"
#include "core/sealed.h"

/*
 * Reuses the sealed render at out (file and record whole, bytes matching
 * the record) or renders it there, then seals it: the record is written
 * last, so a render without one is never trusted.
 */
static loa_status render_sealed(const struct loa_script *script,
				const struct loa_commune *commune,
				const struct loa_render_options *o,
				const char *dir, const char *out,
				const char *fp, enum loa_approved_render *how,
				struct loa_error *err)
{
	struct loa_render_result result;
	char record[PATH_MAX], name[128], sha[65];
	double seconds;
	enum sealed_state state;
	loa_status status;

	snprintf(name, sizeof(name), "%s.meta", fp);
	if (snprintf(record, sizeof(record), "%s/%s", dir, name) >=
	    (int)sizeof(record))
		return loa_error_set(err, LOA_EINPUT, "'%s': path too long", dir);
	state = sealed_check(out, record, &seconds, sha);
	if (how)
		*how = state == SEALED_OK ? LOA_APPROVED_REUSED :
			state == SEALED_ABSENT ? LOA_APPROVED_RENDERED :
			LOA_APPROVED_DAMAGED;
	if (state == SEALED_OK)
		return LOA_OK;
	/* A damaged render is never approved: its record goes first. */
	if (unlink(record) && errno != ENOENT)
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot remove '%s': %s",
				     record, strerror(errno));
	if ((status = loa_render_script(script, commune, o, out, &result,
					err)) ||
	    (status = hash_file_sha256(out, sha, err)))
		return status;
	return sealed_write(dir, name, result.seconds, sha, err);
}

loa_status loa_approval_render(struct loa_approval *a,
			       const struct loa_script *script,
			       const struct loa_commune *commune,
			       const struct loa_render_options *opt,
			       const char *state, char *path,
			       enum loa_approved_render *how,
			       struct loa_error *err)
{
	struct loa_render_options o = *opt;
	char dir[PATH_MAX], out[PATH_MAX];
	const char *root = state ? state : opt->root ? opt->root : ".";
	loa_status status;

	o.date = NULL; /* approvals bind content, not the week */
	if ((status = loa_approval_describe(a, script, commune, &o, err)))
		return status;
	snprintf(dir, sizeof(dir), "%s/.loa", root);
	if (atomic_make_dir(dir))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     dir, strerror(errno));
	snprintf(dir, sizeof(dir), "%s/.loa/approved", root);
	if (atomic_make_dir(dir))
		return loa_error_set(err, loa_status_errno(errno),
				     "cannot create '%s': %s",
				     dir, strerror(errno));
	if (snprintf(out, sizeof(out), "%s/%s.%s", dir, a->fingerprint,
		     o.output ? o.output->extension : "mp3") >= (int)sizeof(out))
		return loa_error_set(err, LOA_EINPUT, "'%s': path too long", dir);
	if ((status = render_sealed(script, commune, &o, dir, out,
				    a->fingerprint, how, err)) ||
	    (status = loa_approval_set_audio(a, out, err)))
		return status;
	if (path)
		snprintf(path, PATH_MAX, "%s", out);
	return LOA_OK;
}
