/*
 * The checks of one campaign script, shared by `loa check` and the web
 * page (loa/guard.h): every finding, not only the first.
 */
#include "loa/audio.h"
#include "loa/guard.h"

#include <string.h>

void loa_guard_unreadable_findings(const struct loa_script *script,
				   const struct loa_commune *profile,
				   const struct loa_normalize_options *norm,
				   struct loa_diag *diag)
{
	struct loa_error err;

	loa_error_clear(&err);
	loa_guard_unreadable(script, profile, norm, diag, &err);
	/* A check that cannot run is no reason to stop a render. */
	if (err.msg[0])
		loa_diag_add(diag, LOA_SEV_WARNING, script->file, 1, 1,
			     "cannot check the words eSpeak NG reads: %s",
			     err.msg);
}

loa_status loa_script_check_file(const char *path, const char *root,
				 const struct loa_commune *profile,
				 const struct loa_allowlist *allow,
				 const struct loa_normalize_options *norm,
				 struct loa_diag *diag, struct loa_error *err)
{
	struct loa_script *script = NULL;
	size_t before = loa_diag_count(diag, LOA_SEV_ERROR);
	loa_status status, worst;

	status = loa_script_load_all(&script, path, root, diag, err);
	if (!script)
		return loa_diag_keep(diag, before, status, err);
	worst = status;
	if (script->notice_off)
		loa_diag_add(diag, LOA_SEV_WARNING, path, script->notice_off_line,
			     script->notice_off_column, "the spoken synthetic-voice "
			     "notice is turned off (reason: %s)",
			     script->notice_off_reason);
	loa_guard_examples(profile, diag);
	status = loa_script_check_vars_all(script, diag, err);
	worst = worst ? worst : status;
	/* Every audio file decodes to its end, so no glitch is aired. */
	before = loa_diag_count(diag, LOA_SEV_ERROR);
	status = loa_diag_keep(diag, before, loa_script_check_assets(script, err),
			       err);
	worst = worst ? worst : status;
	before = loa_diag_count(diag, LOA_SEV_ERROR);
	status = loa_diag_keep(diag, before,
			       loa_guard_script(script, profile, allow, norm,
						diag, err), err);
	loa_guard_unreadable_findings(script, profile, norm, diag);
	loa_script_free(&script);
	return status && status != LOA_EINPUT ? status : worst ? worst : status;
}

/* Decodes path fully; a failure is reported at line:column of file. */
static loa_status check_asset(const char *file, const char *path,
			      unsigned line, unsigned column,
			      struct loa_error *err)
{
	struct loa_pcm pcm = { 0 };
	struct loa_error why;
	loa_status rc;

	loa_error_clear(&why);
	rc = loa_audio_load(path, 44100, &pcm, &why);
	loa_pcm_release(&pcm);
	if (!rc)
		return LOA_OK;
	if (rc != LOA_EINPUT && rc != LOA_EAUDIO)
		loa_error_set(err, rc, "%s", why.msg);
	else
		rc = loa_error_at(err, LOA_EINPUT, file, line, column, "%s",
				  why.msg);
	if (err)
		memcpy(err->detail, why.detail, sizeof(err->detail));
	return rc;
}

loa_status loa_script_check_assets(const struct loa_script *script,
				   struct loa_error *err)
{
	const struct {
		const char *path;
		const struct loa_script_at *at;
	} named[] = {
		{ script->intro, &script->intro_at },
		{ script->outro, &script->outro_at },
		{ script->bed, &script->bed_at },
	};
	loa_status rc;
	size_t i;

	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (named[i].path &&
		    (rc = check_asset(script->file, named[i].path,
				      named[i].at->line, named[i].at->column,
				      err)))
			return rc;
	for (i = 0; i < script->n_parts; i++) {
		const struct loa_part *p = &script->parts[i];

		if (p->kind == LOA_PART_PLAY &&
		    (rc = check_asset(script->file, p->path, p->line, p->column,
				      err)))
			return rc;
	}
	return LOA_OK;
}
