/*
 * Numbers a reader takes two ways and web addresses with a part left as
 * written (loa_find_foreign, kinds LOA_FOREIGN_NUMBER and
 * LOA_FOREIGN_ADDRESS): looked for in what a rule read, never changing
 * it.
 */
#ifndef LOA_NORM_DOUBT_H
#define LOA_NORM_DOUBT_H

#include <stddef.h>

struct norm_ctx;

/* Tokens ti .. ti + used - 1 were read as c->out->p[from, len), by the
 * address rule when address: reports each number among them read one of
 * two ways a reader could take it, and an address with a part left as
 * written.  Does nothing unless c->foreign is set. */
void norm_doubt_check(struct norm_ctx *c, size_t ti, size_t used,
		      size_t from, int address);

#endif
