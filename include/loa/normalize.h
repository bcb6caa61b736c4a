/*
 * Vietnamese text normalisation: written text in, the words a Northern
 * announcer would speak out.  Runs on every say: part before synthesis.
 * Rules and their order: docs/normalisation.md.
 */
#ifndef LOA_NORMALIZE_H
#define LOA_NORMALIZE_H

#include <stddef.h>

#include "loa/status.h"

/* A user lexicon: written form -> spoken form, loaded from YAML. */
struct loa_lexicon;

/*
 * Lexicon files (docs/normalisation.md):
 *
 *     lexicon:
 *       - written: "Tiên Minh"      # one to eight words
 *         spoken: "Tiên Minh"       # Vietnamese words, no digits
 *         case: sensitive           # optional; or insensitive
 *
 * loa_lexicon_load() reports unknown keys, empty values, bad UTF-8 and
 * duplicates as "file:line:column: message" (LOA_EINPUT).  The caller
 * owns *out and frees it with loa_lexicon_free(), which accepts NULL and
 * sets the pointer to NULL.
 */

loa_status loa_lexicon_load(struct loa_lexicon **out, const char *path,
			    struct loa_error *err);
void loa_lexicon_free(struct loa_lexicon **lexicon);

struct loa_normalize_options {
	int southern;        /* "lẻ" instead of "linh" */
	/* User lexicons, later ones override earlier ones; may be empty. */
	const struct loa_lexicon *const *lexicons;
	size_t n_lexicons;
};

/*
 * Normalises len bytes of UTF-8 text.  opt may be NULL for defaults.
 * Invalid UTF-8 and NUL bytes are input errors (with line and column).
 * *out is freed with free().
 *
 * The output has as many lines as the input, keeps sentence punctuation
 * (commas mark the pauses in phone numbers and document codes), holds no
 * ASCII digit and is NFC.  It is at most 32 times longer than the input
 * plus 4 KiB; longer would be LOA_ENOMEM with a message.  On failure
 * *out is NULL.  Thread-safe: no global state.
 */
loa_status loa_normalize(const char *text, size_t len,
			 const struct loa_normalize_options *opt, char **out,
			 struct loa_error *err);

/* A telephone number found by loa_find_phones. */
struct loa_phone {
	size_t offset;         /* byte offset of its first digit (or '+') */
	unsigned line, column; /* 1-based, in text; columns count characters */
	/* Its digits as written, nothing else; '+' first when it was
	 * written with a country code ("+84912345678"). */
	char digits[24];
};

/*
 * The telephone numbers in text: exactly the tokens that loa_normalize
 * with the same options reads as telephone numbers (mobiles, landlines,
 * +84 and other country codes, 1900/1800 numbers, 111-116 and short codes
 * after "gọi", "tổng đài", "nhắn tin"...).  Years, money, dates, counts,
 * document codes and account, card or ID numbers are not telephone
 * numbers and are not listed.  Sets *out to an array of *n numbers in
 * the order they appear (NULL when none), freed with free().
 */
loa_status loa_find_phones(const char *text, size_t len,
			   const struct loa_normalize_options *opt,
			   struct loa_phone **out, size_t *n,
			   struct loa_error *err);

/* How the normaliser guessed a word no lexicon or rule knows. */
enum loa_foreign_kind {
	LOA_FOREIGN_READ = 0,  /* by the rules for foreign words */
	LOA_FOREIGN_SPELLED,   /* an abbreviation, spelled letter by letter */
	LOA_FOREIGN_NUMBER,    /* a number a reader takes two ways */
	LOA_FOREIGN_TONELESS   /* Vietnamese written without its marks */
};

/* A word read by the normaliser's rules for foreign words, or an
 * abbreviation it spells for want of knowing its words. */
struct loa_foreign {
	char written[64];  /* as written (cut to fit) */
	char spoken[256];  /* how it is read: "xan mô nen la" */
	enum loa_foreign_kind kind;
	/* LOA_FOREIGN_NUMBER: the other reading ("năm nghìn năm trăm năm
	 * mươi") and how to write it so ("5.550"); empty otherwise. */
	char other[256];
	char write[64];
};

/*
 * The Latin-script words of text that loa_normalize with the same
 * options reads by its letter-to-sound rules for foreign words, because
 * neither a lexicon, the dictionary nor Vietnamese spelling reads them
 * ("Salmonella" -> "xan mô nen la"), so that the officer can check the
 * guess; and, of kind LOA_FOREIGN_SPELLED, the abbreviations in capitals
 * that it spells only because nothing knows them and that likely stand
 * for words ("QLVHLDCT" -> "quy lờ vê hát ..."); and, of kind
 * LOA_FOREIGN_NUMBER, the numbers a reader takes two ways, read one way
 * ("5,550" read "năm phẩy năm năm không", perhaps 5550); and, of kind
 * LOA_FOREIGN_TONELESS, Vietnamese written without its marks, read as
 * written or with marks the rules guessed ("Bo Cong an", "ThonDong" ->
 * "thôn đông").  Sets *out to an array
 * of *n words in the order they appear, each once (NULL when none),
 * freed with free().
 */
loa_status loa_find_foreign(const char *text, size_t len,
			    const struct loa_normalize_options *opt,
			    struct loa_foreign **out, size_t *n,
			    struct loa_error *err);

/*
 * Where the normaliser gets the English phonemes of a foreign word, to
 * read it from its English sound ("Facebook" -> "phây búc") rather than
 * its spelling: fn writes the phonemes of word as eSpeak NG's ASCII
 * names separated by '|' into out[0, size), sets *known to 1 when they
 * come from a dictionary rather than rules, and returns 1 (0: none).
 * mode: LOA_ENGLISH_OFF (the default: spelling rules only),
 * LOA_ENGLISH_SOUND (the sound whenever fn gives phonemes),
 * LOA_ENGLISH_KNOWN (the sound only for words fn's dictionary knows).
 * Set once, before any loa_normalize; process-wide.  An experiment
 * (docs/normalisation.md, "Foreign words"): off unless asked for.
 */
typedef int (*loa_english_phonemes_fn)(const char *word, char *out,
				       size_t size, int *known);
enum { LOA_ENGLISH_OFF, LOA_ENGLISH_SOUND, LOA_ENGLISH_KNOWN };
void loa_normalize_set_english(loa_english_phonemes_fn fn, int mode);

#endif
