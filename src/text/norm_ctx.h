/*
 * State shared by the normaliser's rules over one line (normalize.c,
 * norm_numeric.c, norm_datetime.c, norm_phone.c, norm_words.c,
 * norm_named.c): the cleaned line, its tokens and the output.  Rules see
 * the tokens around them through the helpers below; each returns how many
 * tokens it read.
 */
#ifndef LOA_NORM_CTX_H
#define LOA_NORM_CTX_H

#include <stddef.h>

#include "loa/normalize.h"
#include "norm_buf.h"

/* A whitespace-separated chunk; its core drops surrounding punctuation. */
struct norm_tok {
	size_t s, n;     /* chunk: line[s, s + n) */
	size_t b, e;     /* core: line[b, e) */
	size_t lc, lcn;  /* lower-case core: low.p[lc, lc + lcn) */
};

struct norm_ctx {
	const struct loa_normalize_options *opt;
	int southern;
	const char *line;
	struct norm_tok *t;
	size_t nt, cap;
	struct norm_buf low;
	struct norm_buf *out;
	int ate_dot;     /* the rule used the '.' after the core */
	/* The built-in dictionary by first byte (case-folded), for speed:
	 * entries first_at[b] .. first_at[b + 1] - 1 of by_first. */
	const struct norm_entry **by_first;
	size_t first_at[257];
};

/* Core of token i. */
const char *norm_core(const struct norm_ctx *c, size_t i, size_t *n);
/* Token i exists and its lower-case core is word. */
int norm_lc_is(const struct norm_ctx *c, size_t i, const char *word);
/* Token i has punctuation after its core. */
int norm_has_trail(const struct norm_ctx *c, size_t i);
/* The token before i is word (and nothing separates them). */
int norm_prev_is(const struct norm_ctx *c, size_t i, const char *word);
/* The token before i is one of the NULL-terminated words. */
int norm_prev_in(const struct norm_ctx *c, size_t i, const char *const *words);
/* The token after i is one of the words. */
int norm_next_in(const struct norm_ctx *c, size_t i, const char *const *words);

/* Appends a word to the output (the rules' shorthand). */
#define NORM_OUT(c, s) norm_buf_word((c)->out, (s))

/* Phone numbers, hotlines and short codes at token i, possibly spread
 * over several tokens (norm_phone.c); returns the tokens used. */
size_t norm_phone_rule(struct norm_ctx *c, size_t i);
/* Keypad codes with '*' and '#' ("*101#"), key by key. */
size_t norm_keypad_rule(struct norm_ctx *c, size_t i);

/*
 * Numbers, dates, times, phone numbers, money, measures, document codes
 * for the tokens at i (norm_numeric.c).  Returns the tokens used, 0 if
 * the rule does not apply.
 */
size_t norm_rule_numeric(struct norm_ctx *c, size_t i);
/*
 * Word rules (norm_words.c), each returning the tokens used or 0: a Roman
 * heading ("II." at the start of a line or sentence), Roman numerals after
 * trigger words, a letter after "điểm", an e-mail or web address; and
 * norm_rule_word, the last rule, which always reads the token.
 */
size_t norm_rule_heading(struct norm_ctx *c, size_t i);
size_t norm_rule_roman(struct norm_ctx *c, size_t i);
size_t norm_rule_letter(struct norm_ctx *c, size_t i);
/*
 * Named numbers (norm_named.c): "T2-T6", "sáng T7", "CN ngày 15/3"
 * (weekdays in timetables); "ĐT.391", "BĐ2", "PM2.5", "Km12+500",
 * "Q. CHỦ TỊCH" (roads, flood alarms, dust, chainages, acting officials).
 */
size_t norm_rule_weekday(struct norm_ctx *c, size_t i);
size_t norm_rule_numbered(struct norm_ctx *c, size_t i);
/* Flats and rooms: "P.1205", "căn hộ 2306" (floor and number). */
size_t norm_rule_flat(struct norm_ctx *c, size_t i);
/* Boats "QN-90123-TS", coordinates "20°15'N", tours "3N2Đ". */
size_t norm_rule_sea(struct norm_ctx *c, size_t i);
size_t norm_rule_address(struct norm_ctx *c, size_t i);
size_t norm_rule_word(struct norm_ctx *c, size_t i);

#endif
