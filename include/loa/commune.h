/*
 * Commune profiles (schedules/communes/<id>.yaml): who is speaking and
 * which numbers residents should call.  Campaign scripts refer to these
 * values as template variables, e.g. {{commune.name}}.
 */
#ifndef LOA_COMMUNE_H
#define LOA_COMMUNE_H

#include "loa/status.h"

/* The longest value a profile field holds, in bytes (bounds what a
 * {{variable}} adds to a script). */
#define LOA_COMMUNE_MAX_VALUE 128

struct loa_commune {
	char *file;          /* path it was loaded from */
	char *id;            /* e.g. "tien-minh" (lower case, digits, '-') */
	char *kind;          /* "xã", "phường" or "thị trấn" */
	char *name;          /* e.g. "xã Tiên Minh" */
	char *city;          /* e.g. "thành phố Hải Phòng" */
	char *office;        /* e.g. "Phòng Văn hóa - Xã hội xã Tiên Minh" */
	char *police_phone;  /* as written, e.g. "0225 3876 113" */
	char *hotline;       /* e.g. "113" */
	char *lexicon;       /* optional user lexicon path, or NULL */
	int example_contacts; /* the numbers are placeholders, not real */
};

/* Loads a profile; *out is freed with loa_commune_free. */
loa_status loa_commune_load(struct loa_commune **out, const char *path,
			    struct loa_error *err);
void loa_commune_free(struct loa_commune **profile);

/*
 * The value of a template variable such as "commune.name", or NULL when
 * the name is unknown.  profile may be NULL (then every name is unknown).
 */
const char *loa_commune_var(const struct loa_commune *profile,
			    const char *name);

/* 1 when name is a variable a profile defines, whatever its value. */
int loa_commune_var_known(const char *name);

#endif
