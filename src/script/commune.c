#include "loa/commune.h"

#include <stdlib.h>
#include <string.h>

#include "commune_parse.h"
#include "notice.h"

static const char *const profile_keys[] = {
	"id", "kind", "name", "city", "office", "police_phone", "hotline",
	"lexicon", "example_contacts", "synthetic_notice", "synthetic_reminder",
	NULL
};

static const char *const profile_kinds[] = {
	"xã", "phường", "thị trấn", "đặc khu", NULL
};

int profile_id_valid(const char *id)
{
	size_t i, len = strlen(id);

	if (len == 0 || len > 64 || id[0] == '-')
		return 0;
	for (i = 0; i < len; i++) {
		char c = id[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-'))
			return 0;
	}
	return 1;
}

void loa_commune_free(struct loa_commune **profile)
{
	struct loa_commune *p = profile ? *profile : NULL;

	if (!p)
		return;
	free(p->file);
	free(p->id);
	free(p->kind);
	free(p->name);
	free(p->city);
	free(p->office);
	free(p->police_phone);
	free(p->hotline);
	free(p->lexicon);
	free(p->notice);
	free(p->reminder);
	free(p);
	*profile = NULL;
}

static loa_status copy_field(const struct yd_doc *doc,
			     const struct yd_node *map, const char *key,
			     int required, char **out, struct loa_error *err)
{
	const char *value;
	loa_status rc = yd_string(doc, map, key, required, &value, err);

	if (rc || !value)
		return rc;
	if (strcmp(key, "lexicon") && strlen(value) > LOA_COMMUNE_MAX_VALUE)
		return yd_error(doc, yd_map_get(map, key), err,
				"'%s' is longer than %d bytes", key,
				LOA_COMMUNE_MAX_VALUE);
	*out = strdup(value);
	return *out ? LOA_OK : loa_error_set(err, LOA_ENOMEM, "out of memory");
}

/* A phone number as written: digits, spaces, dots, dashes, a leading +. */
static int phone_valid(const char *s)
{
	int digits = 0;

	if (*s == '+')
		s++;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if (*s != ' ' && *s != '.' && *s != '-')
			return 0;
	}
	return digits >= 3 && digits <= 15;
}

/* The checks of values that parse_fields read. */
static loa_status check_values(const struct yd_doc *doc,
			       const struct yd_node *map,
			       const struct loa_commune *p,
			       struct yd_collect *all, struct loa_error *err)
{
	loa_status rc = LOA_OK;
	size_t i;

	if (p->id && !profile_id_valid(p->id) &&
	    yd_stop(doc, all, rc = yd_error(doc, yd_map_get(map, "id"), err,
					    "id '%s' may use only a-z, 0-9 and '-'",
					    p->id), err))
		return rc;
	for (i = 0; p->kind && profile_kinds[i]; i++)
		if (!strcmp(p->kind, profile_kinds[i]))
			break;
	if (p->kind && !profile_kinds[i] &&
	    yd_stop(doc, all, rc = yd_error(doc, yd_map_get(map, "kind"), err,
					    "kind '%s' must be xã, phường, thị trấn or đặc khu",
					    p->kind), err))
		return rc;
	if (p->police_phone && !phone_valid(p->police_phone) &&
	    yd_stop(doc, all, rc = yd_error(doc, yd_map_get(map, "police_phone"),
					    err, "'%s' is not a phone number",
					    p->police_phone), err))
		return rc;
	if (p->hotline && !phone_valid(p->hotline) &&
	    yd_stop(doc, all, rc = yd_error(doc, yd_map_get(map, "hotline"), err,
					    "'%s' is not a phone number",
					    p->hotline), err))
		return rc;
	return LOA_OK;
}

/* Each value reports its own error; with doc->diag, all of them. */
loa_status commune_parse(const struct yd_doc *doc, const struct yd_node *map,
			 struct loa_commune **out, struct loa_error *err)
{
	static const char *const required[] = {
		"id", "kind", "name", "city", "office", "police_phone",
		"hotline", NULL
	};
	struct yd_collect all = { LOA_OK, { { 0 }, { 0 } } };
	char **fields[8];
	struct loa_commune *p;
	const struct yd_node *node;
	loa_status rc;
	size_t i;

	*out = NULL;
	rc = yd_expect(doc, map, YD_MAP, "commune profile", err);
	if (rc)
		return rc;
	p = calloc(1, sizeof(*p));
	if (!p)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	p->file = strdup(doc->file);
	if (!p->file) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	if (yd_stop(doc, &all, rc = yd_check_keys(doc, map, profile_keys, err),
		    err))
		goto out;
	fields[0] = &p->id; fields[1] = &p->kind; fields[2] = &p->name;
	fields[3] = &p->city; fields[4] = &p->office;
	fields[5] = &p->police_phone; fields[6] = &p->hotline;
	fields[7] = &p->lexicon;
	for (i = 0; i < 8; i++)
		if (yd_stop(doc, &all, rc = copy_field(doc, map, i < 7 ?
						       required[i] : "lexicon",
						       i < 7, fields[i], err), err))
			goto out;
	if ((rc = check_values(doc, map, p, &all, err)))
		goto out;
	for (i = 0; profile_keys[i] && i < 9; i++)
		if ((node = yd_map_get(map, profile_keys[i]))) {
			p->key_line[i] = node->line;
			p->key_column[i] = node->column;
		}
	node = yd_map_get(map, "example_contacts");
	if (node && yd_stop(doc, &all, rc = yd_bool(doc, node,
						    &p->example_contacts, err),
			    err))
		goto out;
	rc = yd_collected(&all, err);
	/* With a diag, what did load goes on to the caller's other checks. */
	if (rc && !doc->diag)
		goto out;
	if ((rc = notice_parse_profile(doc, map, p, err)))
		goto out;
	*out = p;
	p = NULL;
out:
	loa_commune_free(&p);
	return rc;
}

loa_status loa_commune_load(struct loa_commune **out, const char *path,
			    struct loa_error *err)
{
	return loa_commune_load_all(out, path, NULL, err);
}

loa_status loa_commune_load_all(struct loa_commune **out, const char *path,
				struct loa_diag *diag, struct loa_error *err)
{
	struct yd_doc doc;
	loa_status rc;

	*out = NULL;
	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
	doc.diag = diag;
	if (!doc.root)
		rc = yd_error(&doc, NULL, err, "the profile is empty");
	else
		rc = commune_parse(&doc, doc.root, out, err);
	yd_release(&doc);
	return rc;
}

static const char *const profile_vars[] = {
	"commune.id", "commune.kind", "commune.name", "commune.city",
	"commune.office", "commune.police_phone", "commune.hotline", NULL
};

int loa_commune_var_known(const char *name)
{
	size_t i;

	for (i = 0; profile_vars[i]; i++)
		if (!strcmp(name, profile_vars[i]))
			return 1;
	return 0;
}

const char *loa_commune_var(const struct loa_commune *p, const char *name)
{
	if (!p || strncmp(name, "commune.", 8))
		return NULL;
	name += 8;
	if (!strcmp(name, "id")) return p->id;
	if (!strcmp(name, "kind")) return p->kind;
	if (!strcmp(name, "name")) return p->name;
	if (!strcmp(name, "city")) return p->city;
	if (!strcmp(name, "office")) return p->office;
	if (!strcmp(name, "police_phone")) return p->police_phone;
	if (!strcmp(name, "hotline")) return p->hotline;
	return NULL;
}

void loa_commune_where(const struct loa_commune *p, const char *key,
		       unsigned *line, unsigned *column)
{
	size_t i;

	*line = *column = 0;
	if (!p)
		return;
	if (!strncmp(key, "commune.", 8))
		key += 8;
	for (i = 0; profile_keys[i] && i < 9; i++)
		if (!strcmp(key, profile_keys[i])) {
			*line = p->key_line[i];
			*column = p->key_column[i];
		}
}
