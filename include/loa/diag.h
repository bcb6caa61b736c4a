/*
 * Diagnostics: every finding of a check, not just the first.  A loader
 * or a check appends findings (an error or a warning at file:line:column)
 * to a list the caller owns; the library still returns the first error
 * as a loa_status and loa_error to callers that want only that.
 */
#ifndef LOA_DIAG_H
#define LOA_DIAG_H

#include <stdio.h>

#include "loa/status.h"

enum loa_severity { LOA_SEV_ERROR, LOA_SEV_WARNING };

struct loa_finding {
	enum loa_severity severity;
	char *file;            /* may be NULL: then no position */
	unsigned line, column; /* 0 when the finding is about the whole file */
	char *message;         /* plain words, no position, no full stop */
	size_t order;          /* when it was added: sorting keeps ties */
};

/* A growable list; zero it (or loa_diag_init) before the first use. */
struct loa_diag {
	struct loa_finding *items;
	size_t n, cap;
	int failed;            /* a finding was lost for want of memory */
};

void loa_diag_init(struct loa_diag *d);
/* Frees every finding; d may be reused after. */
void loa_diag_release(struct loa_diag *d);

/*
 * Appends a finding; d may be NULL (then nothing happens).  Returns
 * LOA_ENOMEM (and sets d->failed) when it could not be stored.
 */
loa_status loa_diag_add(struct loa_diag *d, enum loa_severity severity,
			const char *file, unsigned line, unsigned column,
			const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/*
 * Appends the message of a failed call (err->msg, "file:line:column:
 * message" or plain words) as a finding, with its position taken apart.
 */
loa_status loa_diag_add_error(struct loa_diag *d, enum loa_severity severity,
			      const struct loa_error *err);

/*
 * After a check that may have listed its own findings: when status is
 * LOA_EINPUT and no error was added since there were errors_before,
 * appends err as one (a failure the check did not list itself).
 * Returns status.
 */
loa_status loa_diag_keep(struct loa_diag *d, size_t errors_before,
			 loa_status status, const struct loa_error *err);

/* The number of findings of one severity. */
size_t loa_diag_count(const struct loa_diag *d, enum loa_severity severity);

/* Errors first, then warnings; each in file, line, column order. */
void loa_diag_sort(struct loa_diag *d);

/*
 * Writes "PREFIXfile:line:column: error|warning: message\n" for each
 * finding; prefix may be NULL (the CLI passes "loa: ").
 */
void loa_diag_print(const struct loa_diag *d, const char *prefix, FILE *out);

#endif
