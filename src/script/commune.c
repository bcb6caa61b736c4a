#include "loa/commune.h"

#include <stdlib.h>
#include <string.h>

#include "commune_parse.h"

static const char *const profile_keys[] = {
	"id", "kind", "name", "city", "office", "police_phone", "hotline",
	"lexicon", "example_contacts", NULL
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

loa_status commune_parse(const struct yd_doc *doc, const struct yd_node *map,
			 struct loa_commune **out, struct loa_error *err)
{
	struct loa_commune *p;
	const struct yd_node *node;
	loa_status rc;
	size_t i;

	*out = NULL;
	rc = yd_expect(doc, map, YD_MAP, "commune profile", err);
	if (rc)
		return rc;
	rc = yd_check_keys(doc, map, profile_keys, err);
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
	if ((rc = copy_field(doc, map, "id", 1, &p->id, err)) ||
	    (rc = copy_field(doc, map, "kind", 1, &p->kind, err)) ||
	    (rc = copy_field(doc, map, "name", 1, &p->name, err)) ||
	    (rc = copy_field(doc, map, "city", 1, &p->city, err)) ||
	    (rc = copy_field(doc, map, "office", 1, &p->office, err)) ||
	    (rc = copy_field(doc, map, "police_phone", 1, &p->police_phone,
			     err)) ||
	    (rc = copy_field(doc, map, "hotline", 1, &p->hotline, err)) ||
	    (rc = copy_field(doc, map, "lexicon", 0, &p->lexicon, err)))
		goto out;
	if (!profile_id_valid(p->id)) {
		rc = yd_error(doc, yd_map_get(map, "id"), err,
			      "id '%s' may use only a-z, 0-9 and '-'", p->id);
		goto out;
	}
	for (i = 0; profile_kinds[i]; i++)
		if (!strcmp(p->kind, profile_kinds[i]))
			break;
	if (!profile_kinds[i]) {
		rc = yd_error(doc, yd_map_get(map, "kind"), err,
			      "kind '%s' must be xã, phường, thị trấn or đặc khu",
			      p->kind);
		goto out;
	}
	if (!phone_valid(p->police_phone)) {
		rc = yd_error(doc, yd_map_get(map, "police_phone"), err,
			      "'%s' is not a phone number", p->police_phone);
		goto out;
	}
	if (!phone_valid(p->hotline)) {
		rc = yd_error(doc, yd_map_get(map, "hotline"), err,
			      "'%s' is not a phone number", p->hotline);
		goto out;
	}
	node = yd_map_get(map, "example_contacts");
	if (node && (rc = yd_bool(doc, node, &p->example_contacts, err)))
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
	struct yd_doc doc;
	loa_status rc;

	*out = NULL;
	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
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
