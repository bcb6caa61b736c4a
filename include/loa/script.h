/*
 * Campaign scripts (the YAML files under scripts/): the announcement text, jingles and
 * voice, written once and rendered for any commune.  The format is
 * documented in docs/script-format.md.
 *
 * Scripts are shared between communes and treated as untrusted: every
 * audio path must stay inside the project's audio/ folder.
 */
#ifndef LOA_SCRIPT_H
#define LOA_SCRIPT_H

#include <stddef.h>

#include "loa/commune.h"
#include "loa/diag.h"
#include "loa/status.h"

enum loa_part_kind { LOA_PART_SAY, LOA_PART_PAUSE, LOA_PART_PLAY };

struct loa_part {
	enum loa_part_kind kind;
	char *text;          /* say: the text as written, with {{variables}} */
	long pause_ms;       /* pause: its length */
	char *path;          /* play: resolved path of the clip */
	unsigned line, column; /* where the part's value starts */
};

struct loa_voice {
	char *name;          /* eSpeak NG voice, default "vi" */
	int rate;            /* words per minute, default 150 */
	int pitch;           /* 0-100, default 45 */
};

/*
 * The longest say: text, in bytes, as written and once its {{variables}}
 * are filled in; and the longest it may take to speak, in seconds, as
 * loa check estimates it (eSpeak NG stops at an hour).
 */
#define LOA_SCRIPT_MAX_SAY 65536
#define LOA_SCRIPT_MAX_SAY_SECONDS 1800

struct loa_script {
	char *file;
	char *id;
	char *title;
	char *topic;         /* deepfake, online-fraud, personal-data, ... */
	struct loa_voice voice;
	char *intro;         /* resolved paths, or NULL */
	char *outro;
	char *bed;
	/* Where intro, outro and bed are named, for messages. */
	struct loa_script_at {
		unsigned line, column;
	} intro_at, outro_at, bed_at;
	double bed_gain_db;  /* level of the bed under speech, default -20 */
	int repeat;          /* read the parts again after "Xin nhắc lại" */
	/*
	 * The spoken synthetic-voice notice (and its reminder in long
	 * renders) is on unless the script says
	 *     synthetic_notice: {spoken: false, reason: "..."}
	 * Then notice_off is 1 and notice_off_reason holds the reason, the
	 * line and column those of 'spoken': `loa check` warns with them,
	 * and an approval records them.  The ID3 marks stay in any case.
	 */
	int notice_off;
	char *notice_off_reason;
	unsigned notice_off_line, notice_off_column;
	size_t n_parts;
	struct loa_part *parts;
};

/* The topics a script may name, NULL-terminated. */
extern const char *const loa_script_topics[];

/*
 * Loads a script.  root is the project folder: audio paths in the script
 * are relative to it and must resolve inside root/audio.
 */
loa_status loa_script_load(struct loa_script **out, const char *path,
			   const char *root, struct loa_error *err);
/*
 * The same, but an input error does not stop the loader: every one is
 * appended to diag (loa check), and the first is returned in err.  On
 * LOA_EINPUT, *out is still set to what did load, for the caller's other
 * checks (a part that failed may have no text); free it as usual.
 */
loa_status loa_script_load_all(struct loa_script **out, const char *path,
			       const char *root, struct loa_diag *diag,
			       struct loa_error *err);
void loa_script_free(struct loa_script **script);

/*
 * Substitutes {{variables}} in text written at file:line:column.  An
 * undefined variable is an input error at its position.  profile may be
 * NULL: then every variable is undefined.  *out is freed with free().
 */
loa_status loa_template_expand(const char *text, const char *file,
			       unsigned line, unsigned column,
			       const struct loa_commune *profile, char **out,
			       struct loa_error *err);

/*
 * Checks that every variable the script uses is one a profile defines,
 * and that no say: text would be too long for a render with any profile
 * (LOA_SCRIPT_MAX_SAY bytes with every variable at its longest, about
 * LOA_SCRIPT_MAX_SAY_SECONDS of speech), without needing a profile.
 */
loa_status loa_script_check_vars(const struct loa_script *script,
				 struct loa_error *err);
/* The same, appending every undefined variable to diag. */
loa_status loa_script_check_vars_all(const struct loa_script *script,
				     struct loa_diag *diag,
				     struct loa_error *err);

/*
 * 1 when a render of script has synthetic speech (a say: part, or the
 * spoken cue of repeat:), and so begins with the synthetic-voice notice
 * unless the script turns it off.
 */
int loa_script_speaks(const struct loa_script *script);

/*
 * Decodes every audio file the script names (intro, outro, bed, play:)
 * to its end: one that is not plain audio in a container Loa reads, or
 * that does not decode cleanly, is an input error at the line and column
 * that names it.  loa check runs it; a render would refuse the same file.
 */
loa_status loa_script_check_assets(const struct loa_script *script,
				   struct loa_error *err);

/*
 * A quick estimate of the rendered length in seconds (speech from the
 * syllable count and rate, plus pauses and the real length of every
 * audio file, and the synthetic-voice notice and reminder in their
 * default wording), for schedules that must check a slot's scripts fit.
 */
double loa_script_estimate_seconds(const struct loa_script *script);

#endif
