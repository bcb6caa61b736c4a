/*
 * A small builder over libavfilter for mono float graphs: abuffer inputs,
 * filters created and configured through the API (never a filter-graph
 * string, so no text from a script can reach the graph syntax), one
 * aformat + abuffersink output.  Option values are numbers formatted here.
 */
#ifndef LOA_FGRAPH_H
#define LOA_FGRAPH_H

#include <stddef.h>

#include "loa/status.h"

struct AVFilterContext;
struct fg;

#define FG_MAX_INPUTS 4

/* Inputs at in_rate; the output is converted to out_rate. */
loa_status fg_new(struct fg **out, int in_rate, int out_rate, int n_inputs,
		  struct loa_error *err);
void fg_free(struct fg **graph);

/* The abuffer source of input i, to link from. */
struct AVFilterContext *fg_input(struct fg *g, int i);

/*
 * Creates filter `name` with options given as "key", "value" pairs ending
 * in NULL, e.g. fg_add(g, "highpass", &f, err, "f", "180", NULL).
 */
loa_status fg_add(struct fg *g, const char *name, struct AVFilterContext **out,
		  struct loa_error *err, ...)
	__attribute__((sentinel));

loa_status fg_link(struct fg *g, struct AVFilterContext *src, unsigned src_pad,
		   struct AVFilterContext *dst, unsigned dst_pad,
		   struct loa_error *err);

/* Links last to the output and configures the graph. */
loa_status fg_finish(struct fg *g, struct AVFilterContext *last,
		     struct loa_error *err);

/* Called with each piece of output. */
typedef loa_status (*fg_sink_fn)(void *user, const float *samples, size_t n,
				  struct loa_error *err);

/* Feeds n samples to input i (samples NULL: end of that input). */
loa_status fg_push(struct fg *g, int i, const float *samples, size_t n,
		   struct loa_error *err);
/* Hands every sample that is ready to sink. */
loa_status fg_pull(struct fg *g, fg_sink_fn sink, void *user,
		   struct loa_error *err);

/* Formats a number for an option value. */
const char *fg_num(char buf[32], double value);

#endif
