/*
 * State shared by the normaliser's rules over one line (the driver in
 * normalize.c, the rules in rules/ and the helpers they call): the
 * cleaned line, its tokens and the output.  Rules see the tokens around
 * them through the helpers below (norm_ctx.c).
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
	/* The built-in dictionary by the bucket of each entry's first word,
	 * for speed: bucket b is entries dict_at[b] .. dict_at[b + 1] - 1 of
	 * dict (norm_dict_index, built once for the process). */
	const struct norm_entry *const *dict;
	const size_t *dict_at;
	/* loa_find_phones: where the phone rule reports what it read as a
	 * telephone number; NULL when only normalising. */
	struct norm_phone_sink *phones;
	/* loa_find_foreign: the words read by the rules for foreign words;
	 * NULL when only normalising. */
	struct norm_foreign_sink *foreign;
};

/* What loa_find_foreign collects. */
struct norm_foreign_sink {
	struct loa_foreign *hits;
	size_t n, cap;
	int failed;                /* out of memory */
};

/* The foreign word p[0, n) was read as out->p[from, out->len), by the
 * rules for foreign words or spelled (kind).  Does nothing unless
 * c->foreign is set. */
void norm_foreign_found(struct norm_ctx *c, const char *p, size_t n,
			size_t from, enum loa_foreign_kind kind);

/* What loa_find_phones collects, line by line of the caller's text. */
struct norm_phone_sink {
	const char *text;          /* the caller's text, before NFC */
	size_t line_start, line_end; /* the current line: text[start, end) */
	unsigned line;             /* its number, from 1 */
	struct loa_phone *hits;
	size_t n, cap;
	int failed;                /* out of memory */
};

/*
 * The phone rule read a telephone number whose first digit is at first
 * (inside c->line) and whose digits are digits[0, n), with a '+' first
 * for an international number.  Does nothing unless c->phones is set:
 * the spoken output never depends on it.
 */
void norm_phone_found(struct norm_ctx *c, const char *first,
		      const char *digits, size_t n);

/* Core of token i. */
const char *norm_core(const struct norm_ctx *c, size_t i, size_t *n);
/* Token i exists and its lower-case core is word. */
int norm_lc_is(const struct norm_ctx *c, size_t i, const char *word);
/* Token i exists and its lower-case core is one of the NULL-terminated
 * words. */
int norm_lc_in(const struct norm_ctx *c, size_t i, const char *const *words);
/* Token i has punctuation after its core. */
int norm_has_trail(const struct norm_ctx *c, size_t i);
/* The token before i is word (and nothing separates them). */
int norm_prev_is(const struct norm_ctx *c, size_t i, const char *word);
/* The token before i is one of the NULL-terminated words. */
int norm_prev_in(const struct norm_ctx *c, size_t i, const char *const *words);
/* The token after i is one of the words. */
int norm_next_in(const struct norm_ctx *c, size_t i, const char *const *words);
/* Tokens i and i + 1, nothing between them, are one of the pairs: a
 * NULL-terminated list of two words separated by one space ("học sinh"). */
int norm_pair_in(const struct norm_ctx *c, size_t i, const char *const *pairs);
/* Token i is a pH value: "pH 7.5", "độ pH từ 5.5–6.5" (a decimal, not a
 * date). */
int norm_after_ph(const struct norm_ctx *c, size_t i);
/* Token i follows a UV index named earlier in the sentence: "chỉ số tia
 * UV ... là 8.6" (a decimal, not a date). */
int norm_after_uv(const struct norm_ctx *c, size_t i);
/* Token i is an earthquake's magnitude: after "độ lớn" or "động đất",
 * with only values and "từ", "đến", "lần lượt là", "và" between. */
int norm_after_magnitude(const struct norm_ctx *c, size_t i);
/* Token i exists and its core starts with a capital. */
int norm_capitalised(const struct norm_ctx *c, size_t i);
/* Token i is a given name of ASCII letters after a capitalised family
 * name and the middle name "Thị" or "Văn" ("Giàng Thị Pay"): a person's,
 * said as written, neither a dictionary word nor English. */
int norm_given_name(const struct norm_ctx *c, size_t i);
/* Token i is a word of a street's name: a capital, then small letters
 * ("Lê", "Đôn"), not a code ("QĐ", "UBND"). */
int norm_street_name_at(const struct norm_ctx *c, size_t i);

/* Appends a word to the output (the rules' shorthand). */
#define NORM_OUT(c, s) norm_buf_word((c)->out, (s))

/*
 * A rule of the table in normalize.c: reads the tokens from i on and
 * returns how many it used, 0 when it does not apply.  Rules live in
 * rules/, one header each; they call the helpers below them, never each
 * other (docs/normalisation.md, tests/e2e/text_deps.sh).
 */
typedef size_t norm_rule_fn(struct norm_ctx *c, size_t i);

#endif
