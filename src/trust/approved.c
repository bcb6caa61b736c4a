/*
 * The render an approval binds, kept in ROOT/.loa/approved/ under its
 * dateless fingerprint so that the same content approved again (for
 * another commune with the same values, or after a revocation) is not
 * rendered twice.
 */
#include "trust.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/atomic.h"

loa_status loa_approval_render(struct loa_approval *a,
			       const struct loa_script *script,
			       const struct loa_commune *commune,
			       const struct loa_render_options *opt,
			       const char *state, char *path,
			       struct loa_error *err)
{
	struct loa_render_options o = *opt;
	struct loa_render_result result;
	char dir[PATH_MAX], out[PATH_MAX];
	const char *root = state ? state : opt->root ? opt->root : ".";
	struct stat st;
	loa_status status;

	o.date = NULL; /* approvals bind content, not the week */
	if ((status = loa_approval_describe(a, script, commune, &o, err)))
		return status;
	snprintf(dir, sizeof(dir), "%s/.loa", root);
	if (atomic_make_dir(dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s': %s",
				     dir, strerror(errno));
	snprintf(dir, sizeof(dir), "%s/.loa/approved", root);
	if (atomic_make_dir(dir))
		return loa_error_set(err, LOA_EIO, "cannot create '%s': %s",
				     dir, strerror(errno));
	if (snprintf(out, sizeof(out), "%s/%s.%s", dir, a->fingerprint,
		     o.output ? o.output->extension : "mp3") >= (int)sizeof(out))
		return loa_error_set(err, LOA_EINPUT, "'%s': path too long", dir);
	if (stat(out, &st) &&
	    (status = loa_render_script(script, commune, &o, out, &result, err)))
		return status;
	if ((status = loa_approval_set_audio(a, out, err)))
		return status;
	if (path)
		snprintf(path, PATH_MAX, "%s", out);
	return LOA_OK;
}
