#include "loa/script.h"

#include <stdlib.h>
#include <string.h>

#include "loa/audio.h"
#include "loa/paths.h"
#include "commune_parse.h"
#include "script_int.h"
#include "core/yamldoc.h"
#include "notice.h"
#include "core/i18n.h"

#define SCRIPT_MAX_PARTS 1000
#define SCRIPT_MAX_PAUSE_MS 10000

const char *const loa_script_topics[] = {
	"deepfake", "online-fraud", "personal-data", "ai-law", "fake-news",
	"other", NULL
};

static const char *const script_keys[] = {
	"id", "title", "topic", "voice", "intro", "outro", "bed", "repeat",
	"synthetic_notice", "parts", NULL
};
static const char *const voice_keys[] = { "name", "rate", "pitch", NULL };
static const char *const bed_keys[] = { "file", "level_db", NULL };
static const char *const part_keys[] = { "say", "pause", "play", NULL };

/* The eSpeak NG voices a script may ask for. */
static const char *const script_voices[] = {
	"vi", "vi-VN-x-central", "vi-VN-x-south", NULL
};

static void free_parts(struct loa_part *parts, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(parts[i].text);
		free(parts[i].path);
	}
	free(parts);
}

void loa_script_free(struct loa_script **script)
{
	struct loa_script *s = script ? *script : NULL;

	if (!s)
		return;
	free(s->file);
	free(s->id);
	free(s->title);
	free(s->topic);
	free(s->voice.name);
	free(s->intro);
	free(s->outro);
	free(s->bed);
	free(s->notice_off_reason);
	free_parts(s->parts, s->n_parts);
	free(s);
	*script = NULL;
}

static loa_status dup_string(const struct yd_doc *doc, const struct yd_node *map,
			     const char *key, int required, char **out,
			     struct loa_error *err)
{
	const char *v;
	loa_status rc = yd_string(doc, map, key, required, &v, err);

	if (rc || !v)
		return rc;
	*out = strdup(v);
	return *out ? LOA_OK : loa_error_set(err, LOA_ENOMEM, "out of memory");
}

/*
 * Resolves an audio path named at node, noting where in *at (may be
 * NULL); errors point at the node.
 */
static loa_status resolve_audio(const struct yd_doc *doc,
				const struct yd_node *node, const char *root,
				char **out, struct loa_script_at *at,
				struct loa_error *err)
{
	struct loa_error why;
	loa_status rc;

	rc = yd_expect(doc, node, YD_SCALAR, _("audio path"), err);
	if (rc)
		return rc;
	if (at) {
		at->line = node->line;
		at->column = node->column;
	}
	rc = loa_path_resolve(root, "audio", node->text, out, &why);
	if (rc)
		return yd_error(doc, node, err, "%s", why.msg);
	return LOA_OK;
}

static loa_status load_voice(const struct yd_doc *doc,
			     const struct yd_node *node, struct loa_voice *v,
			     struct loa_error *err)
{
	const struct yd_node *n;
	loa_status rc;
	long value;
	size_t i;

	if ((rc = yd_expect(doc, node, YD_MAP, "voice", err)) ||
	    (rc = yd_check_keys(doc, node, voice_keys, err)))
		return rc;
	n = yd_map_get(node, "name");
	if (n) {
		if ((rc = yd_expect(doc, n, YD_SCALAR, "name", err)))
			return rc;
		for (i = 0; script_voices[i]; i++)
			if (!strcmp(n->text, script_voices[i]))
				break;
		if (!script_voices[i])
			return yd_error(doc, n, err,
					"voice '%s' is not a Vietnamese eSpeak NG "
					"voice (vi, vi-VN-x-central, vi-VN-x-south)",
					n->text);
		free(v->name);
		v->name = strdup(n->text);
		if (!v->name)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	n = yd_map_get(node, "rate");
	if (n) {
		if ((rc = yd_long(doc, n, 80, 300, &value, err)))
			return rc;
		v->rate = (int)value;
	}
	n = yd_map_get(node, "pitch");
	if (n) {
		if ((rc = yd_long(doc, n, 0, 100, &value, err)))
			return rc;
		v->pitch = (int)value;
	}
	return LOA_OK;
}

static loa_status load_bed(const struct yd_doc *doc, const struct yd_node *node,
			   const char *root, struct loa_script *s,
			   struct loa_error *err)
{
	const struct yd_node *n;
	loa_status rc;

	if (node->kind == YD_SCALAR)
		return resolve_audio(doc, node, root, &s->bed, &s->bed_at, err);
	if ((rc = yd_expect(doc, node, YD_MAP, "bed", err)) ||
	    (rc = yd_check_keys(doc, node, bed_keys, err)))
		return rc;
	n = yd_map_get(node, "file");
	if (!n)
		return yd_error(doc, node, err, "missing required key 'file'");
	if ((rc = resolve_audio(doc, n, root, &s->bed, &s->bed_at, err)))
		return rc;
	n = yd_map_get(node, "level_db");
	if (n && (rc = yd_double(doc, n, -40, 0, &s->bed_gain_db, err)))
		return rc;
	return LOA_OK;
}

static loa_status load_part(const struct yd_doc *doc,
			    const struct yd_node *node, const char *root,
			    struct loa_part *part, struct loa_error *err)
{
	const struct yd_node *key, *value;
	loa_status rc;

	if ((rc = yd_expect(doc, node, YD_MAP, "part", err)) ||
	    (rc = yd_check_keys(doc, node, part_keys, err)))
		return rc;
	if (node->n != 1)
		return yd_error(doc, node, err,
				"a part is exactly one of say:, pause: or play:");
	key = node->items[0];
	value = node->items[1];
	part->line = value->line;
	part->column = value->column;
	if (!strcmp(key->text, "say")) {
		part->kind = LOA_PART_SAY;
		if ((rc = yd_expect(doc, value, YD_SCALAR, "say", err)))
			return rc;
		if (value->len == 0 || strspn(value->text, " \t\r\n") == value->len)
			return yd_error(doc, value, err, "'say' has no text");
		if (value->len > LOA_SCRIPT_MAX_SAY)
			return yd_error(doc, value, err,
					"'say' is longer than %d bytes; split it",
					LOA_SCRIPT_MAX_SAY);
		part->text = strdup(value->text);
		return part->text ? LOA_OK :
			loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	if (!strcmp(key->text, "pause")) {
		part->kind = LOA_PART_PAUSE;
		return yd_duration_ms(doc, value, SCRIPT_MAX_PAUSE_MS,
				      &part->pause_ms, err);
	}
	part->kind = LOA_PART_PLAY;
	return resolve_audio(doc, value, root, &part->path, NULL, err);
}

static loa_status load_parts(const struct yd_doc *doc,
			     const struct yd_node *node, const char *root,
			     struct loa_script *s, struct loa_error *err)
{
	struct yd_collect all = { LOA_OK, { { 0 }, { 0 } } };
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, node, YD_SEQ, "parts", err)))
		return rc;
	if (node->n == 0)
		return yd_error(doc, node, err, "'parts' is empty");
	if (node->n > SCRIPT_MAX_PARTS)
		return yd_error(doc, node, err, "more than %d parts",
				SCRIPT_MAX_PARTS);
	s->parts = calloc(node->n, sizeof(*s->parts));
	if (!s->parts)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	for (i = 0; i < node->n; i++) {
		rc = load_part(doc, node->items[i], root, &s->parts[i], err);
		s->n_parts = i + 1;
		if (yd_stop(doc, &all, rc, err))
			return rc;
	}
	if ((rc = yd_collected(&all, err)))
		return rc;
	for (i = 0; i < s->n_parts; i++)
		if (s->parts[i].kind != LOA_PART_PAUSE)
			return LOA_OK;
	return yd_error(doc, node, err, "'parts' has only pauses");
}

/* id, title and topic: the script's names. */
static loa_status load_names(const struct yd_doc *doc,
			     const struct yd_node *map, struct loa_script *s,
			     struct loa_error *err)
{
	loa_status rc;
	size_t i;

	if ((rc = dup_string(doc, map, "id", 1, &s->id, err)) ||
	    (rc = dup_string(doc, map, "title", 1, &s->title, err)) ||
	    (rc = dup_string(doc, map, "topic", 1, &s->topic, err)))
		return rc;
	if (!profile_id_valid(s->id))
		return yd_error(doc, yd_map_get(map, "id"), err,
				"id '%s' may use only a-z, 0-9 and '-'", s->id);
	for (i = 0; loa_script_topics[i]; i++)
		if (!strcmp(s->topic, loa_script_topics[i]))
			return LOA_OK;
	return yd_error(doc, yd_map_get(map, "topic"), err,
			"topic '%s' must be one of deepfake, online-fraud, "
			"personal-data, ai-law, fake-news, other", s->topic);
}

/* Each step reports its own errors; with doc->diag, the next step runs
 * after a failed one (loa check lists them all). */
static loa_status load_script(const struct yd_doc *doc, const char *root,
			      struct loa_script *s, struct loa_error *err)
{
	const struct yd_node *map = doc->root, *n;
	struct yd_collect all = { LOA_OK, { { 0 }, { 0 } } };
	loa_status rc;

	if (!map)
		return yd_error(doc, NULL, err, "the script is empty");
	if ((rc = yd_expect(doc, map, YD_MAP, "script", err)))
		return rc;
	if (yd_stop(doc, &all, rc = yd_check_keys(doc, map, script_keys, err), err) ||
	    yd_stop(doc, &all, rc = load_names(doc, map, s, err), err))
		return rc;
	if ((n = yd_map_get(map, "voice")) &&
	    yd_stop(doc, &all, rc = load_voice(doc, n, &s->voice, err), err))
		return rc;
	if ((n = yd_map_get(map, "intro")) &&
	    yd_stop(doc, &all, rc = resolve_audio(doc, n, root, &s->intro, &s->intro_at, err), err))
		return rc;
	if ((n = yd_map_get(map, "outro")) &&
	    yd_stop(doc, &all, rc = resolve_audio(doc, n, root, &s->outro, &s->outro_at, err), err))
		return rc;
	if ((n = yd_map_get(map, "bed")) &&
	    yd_stop(doc, &all, rc = load_bed(doc, n, root, s, err), err))
		return rc;
	if ((n = yd_map_get(map, "repeat")) &&
	    yd_stop(doc, &all, rc = yd_bool(doc, n, &s->repeat, err), err))
		return rc;
	if ((n = yd_map_get(map, "synthetic_notice")) &&
	    (rc = notice_parse_script(doc, n, s, err)))
		return rc;
	n = yd_map_get(map, "parts");
	rc = n ? load_parts(doc, n, root, s, err) :
		 yd_error(doc, map, err, "missing required key 'parts'");
	if (yd_stop(doc, &all, rc, err))
		return rc;
	return yd_collected(&all, err);
}

loa_status loa_script_load(struct loa_script **out, const char *path,
			   const char *root, struct loa_error *err)
{
	return loa_script_load_all(out, path, root, NULL, err);
}

loa_status loa_script_load_all(struct loa_script **out, const char *path,
			       const char *root, struct loa_diag *diag,
			       struct loa_error *err)
{
	struct loa_script *s;
	struct yd_doc doc;
	loa_status rc;

	*out = NULL;
	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
	doc.diag = diag;
	s = calloc(1, sizeof(*s));
	if (!s) {
		yd_release(&doc);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	s->voice.name = strdup("vi");
	s->voice.rate = 150;
	s->voice.pitch = 45;
	s->bed_gain_db = -20;
	s->file = strdup(path);
	if (!s->voice.name || !s->file)
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
	else
		rc = load_script(&doc, root ? root : ".", s, err);
	yd_release(&doc);
	/* With a diag, what did load goes on to the caller's other checks. */
	if (rc && !(rc == LOA_EINPUT && diag)) {
		loa_script_free(&s);
		return rc;
	}
	*out = s;
	return rc;
}

size_t script_words(const char *text)
{
	size_t words = 0;
	int in_word = 0;

	for (; *text; text++) {
		int space = *text == ' ' || *text == '\n' || *text == '\t';

		if (!space && !in_word)
			words++;
		in_word = !space;
	}
	return words;
}

double loa_script_estimate_seconds(const struct loa_script *script)
{
	const double sentence_gap = 0.4; /* eSpeak's end-of-part pause */
	double body = 0, total = 0, d;
	size_t i;

	for (i = 0; i < script->n_parts; i++) {
		const struct loa_part *p = &script->parts[i];

		switch (p->kind) {
		case LOA_PART_SAY:
			body += script_words(p->text) * 60.0 /
				script->voice.rate + sentence_gap;
			break;
		case LOA_PART_PAUSE:
			body += p->pause_ms / 1000.0;
			break;
		case LOA_PART_PLAY:
			d = loa_audio_duration(p->path);
			body += d > 0 ? d : 0;
			break;
		}
	}
	total = script->repeat ? 2 * body + 2.0 : body;
	if (script->intro && (d = loa_audio_duration(script->intro)) > 0)
		total += d;
	if (script->outro && (d = loa_audio_duration(script->outro)) > 0)
		total += d;
	if (script->notice_off || !loa_script_speaks(script))
		return total;
	/* The notice and its gap; the reminder and its gap past 5 minutes. */
	total += script_words(LOA_NOTICE_DEFAULT) * 60.0 / script->voice.rate +
		 sentence_gap + 0.5;
	if (total > 300)
		total += script_words(LOA_REMINDER_DEFAULT) * 60.0 /
			 script->voice.rate + sentence_gap + 0.7;
	return total;
}
