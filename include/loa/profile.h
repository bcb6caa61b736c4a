/*
 * Commune profiles (schedules/communes/<id>.yaml): who is speaking and
 * which numbers residents should call.  Campaign scripts refer to these
 * values as template variables, e.g. {{commune.name}}.
 */
#ifndef LOA_PROFILE_H
#define LOA_PROFILE_H

#include "loa/status.h"

struct loa_profile {
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

/* Loads a profile; *out is freed with loa_profile_free. */
loa_status loa_profile_load(struct loa_profile **out, const char *path,
			    struct loa_error *err);
void loa_profile_free(struct loa_profile **profile);

/*
 * The value of a template variable such as "commune.name", or NULL when
 * the name is unknown.  profile may be NULL (then every name is unknown).
 */
const char *loa_profile_var(const struct loa_profile *profile,
			    const char *name);

/* 1 when name is a variable a profile defines, whatever its value. */
int loa_profile_var_known(const char *name);

#endif
