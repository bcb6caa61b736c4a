/*
 * Commune profiles (schedules/communes/<id>.yaml): who is speaking and
 * which numbers residents should call.  Campaign scripts refer to these
 * values as template variables, e.g. {{commune.name}}.
 */
#ifndef LOA_COMMUNE_H
#define LOA_COMMUNE_H

#include "loa/diag.h"
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
	/* The synthetic-voice notice and reminder reworded; NULL: default. */
	char *notice;        /* key synthetic_notice */
	char *reminder;      /* key synthetic_reminder */
	/* Where each key's value is written (loa_commune_where). */
	unsigned key_line[9], key_column[9];
};

/*
 * The notice said after the opening chime of every render with synthetic
 * speech, and the reminder said before the closing chime of a render
 * longer than five minutes (AI Law 134/2025/QH15, Article 11).  A profile
 * may reword them; its wording must keep "giọng đọc tổng hợp" or "giọng
 * nói tổng hợp".
 */
#define LOA_NOTICE_DEFAULT \
	"Bản tin sau đây được đọc bằng giọng đọc tổng hợp."
#define LOA_REMINDER_DEFAULT \
	"Xin nhắc lại, bản tin vừa rồi được đọc bằng giọng đọc tổng hợp."

/* The profile's wording or the default; profile may be NULL. */
const char *loa_commune_notice(const struct loa_commune *profile);
const char *loa_commune_reminder(const struct loa_commune *profile);

/* Loads a profile; *out is freed with loa_commune_free. */
loa_status loa_commune_load(struct loa_commune **out, const char *path,
			    struct loa_error *err);
/* The same, every input error appended to diag (loa check); the first
 * is returned in err and *out is still set to what did load (fields
 * that failed are NULL); free it as usual. */
loa_status loa_commune_load_all(struct loa_commune **out, const char *path,
				struct loa_diag *diag, struct loa_error *err);
void loa_commune_free(struct loa_commune **profile);

/*
 * The value of a template variable such as "commune.name", or NULL when
 * the name is unknown.  profile may be NULL (then every name is unknown).
 */
const char *loa_commune_var(const struct loa_commune *profile,
			    const char *name);

/*
 * Where the value of key ("office", "police_phone", "example_contacts"...,
 * or a variable such as "commune.office") is written in profile->file:
 * sets *line and *column, 0 when unknown (then messages name the file).
 */
void loa_commune_where(const struct loa_commune *profile, const char *key,
		       unsigned *line, unsigned *column);

/* 1 when name is a variable a profile defines, whatever its value. */
int loa_commune_var_known(const char *name);

#endif
