/*
 * Numbers a reader takes two ways (loa_find_foreign, kind
 * LOA_FOREIGN_NUMBER): looked for in what a rule read, never changing it.
 */
#ifndef LOA_NORM_DOUBT_H
#define LOA_NORM_DOUBT_H

#include <stddef.h>

struct norm_ctx;

/* Tokens ti .. ti + used - 1 were read as c->out->p[from, len): reports
 * each number among them read one of two ways a reader could take it.
 * Does nothing unless c->foreign is set. */
void norm_doubt_check(struct norm_ctx *c, size_t ti, size_t used,
		      size_t from);

#endif
