/*
 * Reading back the small text files Loa writes: a whole file into
 * memory (manifests, the daemon's spool), and RFC 4180 CSV records.
 */
#ifndef LOA_CORE_CSVREAD_H
#define LOA_CORE_CSVREAD_H

#include <stddef.h>

/*
 * The whole file at path, NUL-terminated, its length into *len (may be
 * NULL); NULL when it cannot be read or is longer than max bytes.  The
 * caller frees it.
 */
char *csv_slurp(const char *path, long max, size_t *len);

/*
 * One RFC 4180 record from *p, unquoted in place: its fields into
 * col[0..n_col-1] (missing ones NULL), *p moved past it.  Returns the
 * number of fields the record has.
 */
int csv_record(char **p, char **col, int n_col);

#endif
