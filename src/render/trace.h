/*
 * LOA_TRACE=1 prints where a render spends its time, on stderr, for
 * benchmarks.
 */
#ifndef LOA_RENDER_TRACE_H
#define LOA_RENDER_TRACE_H

/* Whether LOA_TRACE is set. */
int trace_on(void);

/* Prints the time since the last call under stage; NULL starts the clock. */
void trace_stage(const char *stage);

#endif
