/*
 * The spoken synthetic-voice notice (AI Law 134/2025/QH15, Article 11;
 * Decree 142/2026/NĐ-CP lets the notice be spoken): its wording in a
 * commune profile, and the script setting that turns it off with a
 * reason.  The render layer says it (src/render/timeline.c).
 */
#ifndef LOA_SCRIPT_NOTICE_H
#define LOA_SCRIPT_NOTICE_H

#include "loa/commune.h"
#include "loa/script.h"
#include "core/yamldoc.h"

/*
 * Reads the profile keys synthetic_notice and synthetic_reminder of map
 * into p->notice and p->reminder (left NULL when absent).  A wording must
 * say that the voice is synthetic (notice_discloses), else an error at
 * its file:line:column.
 */
loa_status notice_parse_profile(const struct yd_doc *doc,
				const struct yd_node *map,
				struct loa_commune *p, struct loa_error *err);

/*
 * Reads a script's synthetic_notice: node ({spoken: false, reason: ...})
 * into s->notice_off and s->notice_off_reason.
 */
loa_status notice_parse_script(const struct yd_doc *doc,
			       const struct yd_node *node,
			       struct loa_script *s, struct loa_error *err);

/*
 * 1 when text contains "giọng đọc tổng hợp" or "giọng nói tổng hợp",
 * in any letter case, composed or decomposed, across line breaks.
 */
int notice_discloses(const char *text);

#endif
