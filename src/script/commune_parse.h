/*
 * Parsing a commune profile from a YAML mapping, shared by the profile
 * loader and by city schedule files that list communes inline.
 */
#ifndef LOA_COMMUNE_PARSE_H
#define LOA_COMMUNE_PARSE_H

#include "loa/commune.h"
#include "core/yamldoc.h"

/* Parses map (the keys of a profile file) into *out. */
loa_status commune_parse(const struct yd_doc *doc, const struct yd_node *map,
			 struct loa_commune **out, struct loa_error *err);

/* 1 when id is 1-64 characters of a-z, 0-9 and '-' (safe as a folder). */
int profile_id_valid(const char *id);

#endif
