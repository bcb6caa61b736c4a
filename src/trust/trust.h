/*
 * Inside the trust layer: text built piece by piece, and the hash that
 * chains the rows of the approvals table (docs/approvals.md).
 */
#ifndef LOA_TRUST_H
#define LOA_TRUST_H

#include <stddef.h>

#include "loa/approval.h"

/* The first row's prev_hash. */
#define TRUST_ZERO_HASH \
	"0000000000000000000000000000000000000000000000000000000000000000"

/* The format tag that starts every row's hashed fields. */
#define TRUST_ROW_TAG "loa-approval 1"

/* A growing string; p is NULL until the first append. */
struct tbuf {
	char *p;
	size_t len;
};

/* Appends printf-style text; LOA_ENOMEM when out of memory. */
loa_status tbuf_printf(struct tbuf *b, struct loa_error *err,
		       const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The row hash of a (its prev_hash and every field but row_hash). */
loa_status trust_row_hash(const struct loa_approval *a, char hex[65],
			  struct loa_error *err);

#endif
