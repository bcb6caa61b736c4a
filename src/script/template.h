/*
 * Template expansion that also says where each variable's value went,
 * for the phone-number guard (guard.c): a number found in the expanded
 * text is traced back to the script or to the profile value it came from.
 */
#ifndef LOA_SCRIPT_TEMPLATE_H
#define LOA_SCRIPT_TEMPLATE_H

#include "loa/script.h"

/* One {{variable}}: text[raw_start, raw_end) became out[out_start, out_end). */
struct template_span {
	size_t raw_start, raw_end;
	size_t out_start, out_end;
	char name[64];
};

/* A growable list of spans, zeroed before use; the caller frees v. */
struct template_spans {
	struct template_span *v;
	size_t n, cap;
};

/* loa_template_expand, appending a span per variable to spans (or NULL). */
loa_status template_expand(const char *text, const char *file,
			   unsigned line, unsigned column,
			   const struct loa_commune *profile, char **out,
			   struct template_spans *spans, struct loa_error *err);

#endif
