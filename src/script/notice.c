#include "notice.h"

#include <stdlib.h>
#include <string.h>

#include "text/norm_buf.h"
#include "text/norm_case.h"
#include "text/norm_nfc.h"

/* A sentence or two: the notice is short by design. */
#define NOTICE_MAX 400

static const char *const notice_keys[] = { "spoken", "reason", NULL };

/* The words that say the voice is synthetic, lower case and NFC. */
static const char *const notice_words[] = {
	"giọng đọc tổng hợp", "giọng nói tổng hợp", NULL
};

const char *loa_commune_notice(const struct loa_commune *p)
{
	return p && p->notice ? p->notice : LOA_NOTICE_DEFAULT;
}

const char *loa_commune_reminder(const struct loa_commune *p)
{
	return p && p->reminder ? p->reminder : LOA_REMINDER_DEFAULT;
}

int loa_script_speaks(const struct loa_script *s)
{
	size_t i;

	for (i = 0; i < s->n_parts; i++)
		if (s->parts[i].kind == LOA_PART_SAY)
			return 1;
	return s->repeat;
}

int notice_discloses(const char *text)
{
	struct norm_buf nfc, folded;
	size_t pos = 0, bad, i;
	uint32_t cp;
	int found = 0;

	norm_buf_init(&nfc, 4 * NOTICE_MAX);
	norm_buf_init(&folded, 4 * NOTICE_MAX);
	if (norm_nfc(text, strlen(text), &nfc, &bad) || nfc.failed || !nfc.p)
		goto out;
	/* Lower case, every run of spaces and line breaks as one space. */
	while (pos < nfc.len && !norm_utf8_next(nfc.p, nfc.len, &pos, &cp)) {
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
			if (folded.len && folded.p[folded.len - 1] != ' ')
				norm_buf_addc(&folded, ' ');
		} else {
			norm_buf_add_cp(&folded, norm_lower_cp(cp));
		}
	}
	for (i = 0; notice_words[i] && !folded.failed && folded.p; i++)
		if (strstr(folded.p, notice_words[i]))
			found = 1;
out:
	norm_buf_release(&nfc);
	norm_buf_release(&folded);
	return found;
}

/* One wording key of a profile: checked, copied into *out. */
static loa_status parse_wording(const struct yd_doc *doc,
				const struct yd_node *map, const char *key,
				char **out, struct loa_error *err)
{
	const struct yd_node *n = yd_map_get(map, key);
	loa_status rc;

	if (!n)
		return LOA_OK;
	if ((rc = yd_expect(doc, n, YD_SCALAR, key, err)))
		return rc;
	if (n->len == 0 || strspn(n->text, " \t\r\n") == n->len)
		return yd_error(doc, n, err, "'%s' has no text", key);
	if (n->len > NOTICE_MAX)
		return yd_error(doc, n, err,
				"'%s' is longer than %d bytes: keep it to a "
				"sentence", key, NOTICE_MAX);
	if (strstr(n->text, "{{"))
		return yd_error(doc, n, err,
				"'%s' is said as written, without {{variables}}: "
				"write the names out", key);
	if (!notice_discloses(n->text))
		return yd_error(doc, n, err,
				"'%s' must tell listeners the voice is synthetic: "
				"include the words \"giọng đọc tổng hợp\" or "
				"\"giọng nói tổng hợp\"", key);
	*out = strdup(n->text);
	return *out ? LOA_OK : loa_error_set(err, LOA_ENOMEM, "out of memory");
}

loa_status notice_parse_profile(const struct yd_doc *doc,
				const struct yd_node *map,
				struct loa_commune *p, struct loa_error *err)
{
	loa_status rc = parse_wording(doc, map, "synthetic_notice", &p->notice,
				      err);

	return rc ? rc : parse_wording(doc, map, "synthetic_reminder",
				       &p->reminder, err);
}

loa_status notice_parse_script(const struct yd_doc *doc,
			       const struct yd_node *node,
			       struct loa_script *s, struct loa_error *err)
{
	const struct yd_node *spoken, *reason;
	loa_status rc;
	int on;

	if (node->kind == YD_SCALAR)
		return yd_error(doc, node, err,
				"in a script, 'synthetic_notice' can only turn "
				"the notice off, with a reason: write "
				"'spoken: false' and 'reason:' under it (the "
				"wording belongs in the commune profile)");
	if ((rc = yd_expect(doc, node, YD_MAP, "synthetic_notice", err)) ||
	    (rc = yd_check_keys(doc, node, notice_keys, err)))
		return rc;
	spoken = yd_map_get(node, "spoken");
	reason = yd_map_get(node, "reason");
	if (!spoken)
		return yd_error(doc, node, err, "missing required key 'spoken'");
	if ((rc = yd_bool(doc, spoken, &on, err)))
		return rc;
	if (on)
		return reason ? yd_error(doc, reason, err,
					 "a reason is only needed with "
					 "'spoken: false'") : LOA_OK;
	if (!reason)
		return yd_error(doc, node, err,
				"turning the synthetic-voice notice off needs "
				"a 'reason:'");
	if ((rc = yd_expect(doc, reason, YD_SCALAR, "reason", err)))
		return rc;
	if (reason->len == 0 || strspn(reason->text, " \t\r\n") == reason->len)
		return yd_error(doc, reason, err, "'reason' has no text");
	s->notice_off_reason = strdup(reason->text);
	if (!s->notice_off_reason)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	s->notice_off = 1;
	s->notice_off_line = spoken->line;
	s->notice_off_column = spoken->column;
	return LOA_OK;
}
