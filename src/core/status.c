#include "loa/status.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

const char *loa_strerror(loa_status status)
{
	switch (status) {
	case LOA_OK: return _("success");
	case LOA_EINPUT: return _("bad input");
	case LOA_EIO: return _("input/output error");
	case LOA_ENOMEM: return _("out of memory");
	case LOA_ETTS: return _("speech synthesis failed");
	case LOA_EAUDIO: return _("audio processing failed");
	case LOA_EINTERNAL: return _("internal error");
	case LOA_EINTERRUPTED: return _("interrupted");
	case LOA_ESYSTEM: return _("the system refused: disk full, no "
				   "permission or a read-only disk");
	}
	return _("unknown error");
}

void loa_error_clear(struct loa_error *err)
{
	if (err)
		err->msg[0] = err->detail[0] = '\0';
}

loa_status loa_error_at(struct loa_error *err, loa_status status,
			const char *file, unsigned line, unsigned column,
			const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (!err)
		return status;
	err->detail[0] = '\0';
	if (file && line)
		n = snprintf(err->msg, sizeof(err->msg), "%s:%u:%u: ",
			     file, line, column);
	else if (file)
		n = snprintf(err->msg, sizeof(err->msg), "%s: ", file);
	if (n < 0 || (size_t)n >= sizeof(err->msg))
		n = 0;
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof(err->msg) - (size_t)n,
		  loa_i18n_format(fmt), ap);
	va_end(ap);
	return status;
}

loa_status loa_error_set(struct loa_error *err, loa_status status,
			 const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return status;
	err->detail[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), loa_i18n_format(fmt), ap);
	va_end(ap);
	return status;
}

int loa_exit_code(loa_status status)
{
	switch (status) {
	case LOA_OK: return 0;
	case LOA_EINPUT: return 1;
	case LOA_EINTERRUPTED: return 130;
	case LOA_ESYSTEM: return 4;
	default: return 3;
	}
}

loa_status loa_status_errno(int errnum)
{
	switch (errnum) {
	case ENOSPC: case EDQUOT: case EFBIG: case EROFS: case EACCES:
	case EPERM:
		return LOA_ESYSTEM;
	case ENOMEM:
		return LOA_ENOMEM;
	default:
		return LOA_EIO;
	}
}
