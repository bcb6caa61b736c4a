/*
 * A small, strict YAML document tree on top of libyaml, shared by every
 * loader (scripts, commune profiles, schedules, lexicons).
 *
 * Each node remembers where it starts so that loaders can report
 * "file:line:column: message".  Scripts are shared between communes and
 * treated as untrusted: aliases, tags other than the defaults, duplicate
 * keys, files over 4 MiB and documents nested deeper than 64 levels are
 * rejected.  libyaml itself rejects invalid UTF-8.
 */
#ifndef LOA_YAMLDOC_H
#define LOA_YAMLDOC_H

#include <stddef.h>

#include "loa/diag.h"
#include "loa/status.h"

enum yd_kind { YD_SCALAR, YD_SEQ, YD_MAP };

struct yd_node {
	enum yd_kind kind;
	unsigned line, column; /* 1-based, where the node starts */
	int plain;             /* a scalar written without quotes */
	char *text;            /* scalar text, NUL-terminated */
	size_t len;
	size_t n;              /* sequence items, or map pairs */
	struct yd_node **items; /* seq: n items; map: key, value, key, ... */
	size_t n_items;        /* entries in items, for freeing */
};

struct yd_doc {
	char *file;            /* as given, for messages */
	struct yd_node *root;  /* NULL for an empty document */
	/* Set by a loader after loading (not owned): every yd_error is also
	 * appended here, and yd_stop lets the loader go on (loa check). */
	struct loa_diag *diag;
};

/* Loads and parses a file; on failure doc is left empty. */
loa_status yd_load_file(struct yd_doc *doc, const char *path,
			struct loa_error *err);
/* Parses text held in memory; name is used in messages. */
loa_status yd_load_string(struct yd_doc *doc, const char *name,
			  const char *text, size_t len, struct loa_error *err);
void yd_release(struct yd_doc *doc);

/* Reports an input error at node (at 1:1 when node is NULL: an empty
 * document). */
loa_status yd_error(const struct yd_doc *doc, const struct yd_node *node,
		    struct loa_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/*
 * Loaders that report every input error (loa check) go on after one when
 * doc->diag is set; callers without a diag still get only the first.
 * Start with a zeroed yd_collect; after each step, yd_stop(doc, &c, rc,
 * err) says whether to stop (rc is not an input error, or there is no
 * diag); yd_collected(&c, err) at the end returns the first error and
 * puts its message back in err.
 */
struct yd_collect {
	loa_status rc;
	struct loa_error first;
};
int yd_stop(const struct yd_doc *doc, struct yd_collect *c, loa_status rc,
	    const struct loa_error *err);
loa_status yd_collected(const struct yd_collect *c, struct loa_error *err);

/* Map helpers: key i of a map is items[2i], its value items[2i+1]. */
const struct yd_node *yd_map_get(const struct yd_node *map, const char *key);
/* Fails on the first key not in allowed (a NULL-terminated list). */
loa_status yd_check_keys(const struct yd_doc *doc, const struct yd_node *map,
			 const char *const *allowed, struct loa_error *err);
/* Fails unless node has the given kind; what names it in the message. */
loa_status yd_expect(const struct yd_doc *doc, const struct yd_node *node,
		     enum yd_kind kind, const char *what,
		     struct loa_error *err);
/* The string value of key in map; a missing required key is an error. */
loa_status yd_string(const struct yd_doc *doc, const struct yd_node *map,
		     const char *key, int required, const char **out,
		     struct loa_error *err);
/* A whole number in [min, max]; strict: no trailing garbage. */
loa_status yd_long(const struct yd_doc *doc, const struct yd_node *node,
		   long min, long max, long *out, struct loa_error *err);
/* A real number in [min, max]. */
loa_status yd_double(const struct yd_doc *doc, const struct yd_node *node,
		     double min, double max, double *out,
		     struct loa_error *err);
/* true/false (also yes/no). */
loa_status yd_bool(const struct yd_doc *doc, const struct yd_node *node,
		   int *out, struct loa_error *err);
/* Parses "800ms", "2s", "1.5s" into milliseconds, up to max_ms. */
loa_status yd_duration_ms(const struct yd_doc *doc, const struct yd_node *node,
			  long max_ms, long *out, struct loa_error *err);

#endif
