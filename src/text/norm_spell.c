/* Letter names, codes, addresses, Roman numerals, syllables (norm_spell.h). */
#include "norm_spell.h"

#include <stdio.h>
#include <string.h>

#include "norm_case.h"
#include "norm_dict.h"
#include "norm_lists.h"
#include "norm_nfc.h"
#include "norm_number.h"
#include "translit.h"

struct letter {
	uint32_t cp;
	const char *name;
};

/* Northern letter names as announcers spell codes (RULES.md, rule 13). */
static const struct letter letters[] = {
	{ 'a', "a" }, { 'b', "bê" }, { 'c', "xê" }, { 'd', "đê" },
	{ 'e', "e" }, { 'f', "ép" }, { 'g', "gờ" }, { 'h', "hát" },
	{ 'i', "i" }, { 'j', "gi" }, { 'k', "ca" }, { 'l', "lờ" },
	{ 'm', "mờ" }, { 'n', "nờ" }, { 'o', "o" }, { 'p', "pê" },
	{ 'q', "quy" }, { 'r', "rờ" }, { 's', "ét" }, { 't', "tê" },
	{ 'u', "u" }, { 'v', "vê" }, { 'w', "vê kép" }, { 'x', "ích" },
	{ 'y', "i" }, { 'z', "dét" },
	{ 0x0103, "á" }, { 0x00E2, "ớ" }, { 0x0111, "đê" }, { 0x00EA, "ê" },
	{ 0x00F4, "ô" }, { 0x01A1, "ơ" }, { 0x01B0, "ư" },
};

const char *norm_letter_name(uint32_t cp)
{
	size_t i;

	cp = norm_lower_cp(cp);
	for (i = 0; i < sizeof(letters) / sizeof(letters[0]); i++)
		if (letters[i].cp == cp)
			return letters[i].name;
	return NULL;
}

void norm_spell_code(struct norm_buf *b, const char *s, size_t n,
		     int southern)
{
	size_t pos = 0;
	uint32_t cp;

	while (pos < n) {
		const char *name;

		if (norm_is_digit(s[pos])) {
			size_t k = pos;

			while (k < n && norm_is_digit(s[k]))
				k++;
			norm_code_digits(b, s + pos, k - pos, southern);
			pos = k;
			/* "7.9B": a decimal point inside a code. */
			if (k + 1 < n && s[k] == '.' && norm_is_digit(s[k + 1])) {
				norm_buf_word(b, "chấm");
				pos++;
			}
			continue;
		}
		if (norm_utf8_next(s, n, &pos, &cp)) {
			pos++;
			continue;
		}
		if (cp == '&')
			norm_buf_word(b, "và");
		else if (cp == '+')
			norm_buf_word(b, "cộng");
		else if ((name = norm_letter_name(cp)))
			norm_buf_word(b, name);
		else if (norm_is_letter_cp(cp)) {
			int tone;
			uint32_t base = norm_strip_tone(cp, &tone);

			name = norm_letter_name(base);
			if (name)
				norm_buf_word(b, name);
		}
	}
}

/* Parts of addresses that are read as words, not spelled
 * (data/address-words.tsv). */
static const char *const address_words[][2] = {
#define DATA_ROW(written, spoken) { written, spoken },
#include "address-words.tsv.h"
#undef DATA_ROW
};

static int syllable(const char *s, size_t n, int toneless,
		    struct norm_buf *marked);

/* Marks for Vietnamese written without them, sorted by the bare form:
 * data/toneless-pairs.tsv, data/toneless-words.tsv (make toneless). */
#define DATA_ROW(bare, marked) { bare, marked },
static const char *const toneless_pairs[][2] = {
#include "toneless-pairs.tsv.h"
};
static const char *const toneless_words[][2] = {
#include "toneless-words.tsv.h"
};
#undef DATA_ROW

#define N_PAIRS (sizeof(toneless_pairs) / sizeof(toneless_pairs[0]))
#define N_WORDS (sizeof(toneless_words) / sizeof(toneless_words[0]))

/* The marked form of the bare syllable a (and b after a space, if b is
 * not NULL) in a sorted table, or NULL. */
static const char *toneless_lookup(const char *const (*table)[2], size_t n,
				   const char *a, size_t an, const char *b,
				   size_t bn)
{
	char key[32];
	size_t lo = 0, hi = n, kn = an + (b ? 1 + bn : 0);

	if (kn >= sizeof(key))
		return NULL;
	memcpy(key, a, an);
	if (b) {
		key[an] = ' ';
		memcpy(key + an + 1, b, bn);
	}
	key[kn] = '\0';
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(key, table[mid][0]);

		if (!cmp)
			return table[mid][1];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Common syllables that need no mark ("minh", "sinh", "thi"). */
static int known_bare(const char *s, size_t n)
{
	return norm_word_in(s, n, norm_list_spell_known_bare);
}

/* A bare syllable our own texts use, with marks or without. */
static int known_syllable(const char *s, size_t n)
{
	return toneless_lookup(toneless_words, N_WORDS, s, n, NULL, 0) ||
	       known_bare(s, n);
}

/* The pairs at i and at the syllable after it overlap and agree on their
 * shared syllable: "ve may bay" is "vé máy" and "máy bay", so "vé" alone
 * is written here and the next pair follows.  Returns the length of
 * "vé" in pair, 0 if not so. */
static size_t chained_pair(const char *s, size_t n, size_t i,
			   const unsigned char *len, const char *pair)
{
	size_t b = i + len[i], c = b + len[b];
	const char *next, *sp = strchr(pair, ' ');

	if (!sp || c >= n ||
	    !(next = toneless_lookup(toneless_pairs, N_PAIRS, s + b, len[b], s + c,
				     len[c])))
		return 0;
	/* "máy" ends the first pair and starts the second. */
	return strncmp(sp + 1, next, strlen(sp + 1)) ||
	       next[strlen(sp + 1)] != ' ' ? 0 : (size_t)(sp - pair);
}

/* Writes s[0, n), cut into syllables of len[] (len[i] for the one at
 * i), with the marks our own texts give each pair, or each syllable;
 * returns the syllables written.  later: see below. */
static size_t write_cut(struct norm_buf *b, const char *s, size_t n,
			const unsigned char *len, int later)
{
	size_t i, words = 0;

	for (i = 0; i < n; words++) {
		const char *marked;
		size_t next = i + len[i];

		if (b->len && b->p[b->len - 1] != ' ')
			norm_buf_addc(b, ' ');
		/* The marks our own texts give the pair, or the syllable. */
		if (next < n && (marked = toneless_lookup(toneless_pairs, N_PAIRS,
							  s + i, len[i], s + next,
							  len[next]))) {
			size_t first = chained_pair(s, n, i, len, marked);

			/* later: when the next pair disagrees, the next pair
			 * wins ("ký tại" and "tài khoản": "ký tài khoản"). */
			if (!first && later && next + len[next] < n &&
			    toneless_lookup(toneless_pairs, N_PAIRS, s + next, len[next],
					    s + next + len[next], len[next + len[next]]))
				first = (size_t)(strchr(marked, ' ') - marked);
			if (first) {
				norm_buf_add(b, marked, first);
				i = next;
				continue;
			}
			norm_buf_adds(b, marked);
			i = next + len[next];
			words++;
			continue;
		}
		if ((marked = toneless_lookup(toneless_words, N_WORDS, s + i, len[i],
					      NULL, 0)))
			norm_buf_adds(b, marked);
		else
			syllable(s + i, len[i], 1, b);
		i = next;
	}
	return words;
}

/*
 * Splits a lower-case ASCII run into Vietnamese syllables written without
 * marks, and writes them; 0 if it cannot.  Without marks the cut is
 * ambiguous, so: a syllable that starts with a vowel costs more
 * ("van hoa", not "vanh oa"), splitting "tr" costs more ("ho tro"), and
 * among equals the earlier syllable is the longer ("quoc hoi").
 */
static int say_toneless_words(struct norm_buf *b, const char *s, size_t n,
			      int strict)
{
	enum { MAXN = 40, MAXSYL = 7 };
	unsigned cost[MAXN + 1];
	unsigned char len[MAXN + 1] = { 0 };
	size_t i, k;

	if (n > MAXN)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	/* cost[i]: the cheapest cut of s[i, n). */
	cost[n] = 0;
	for (i = n; i-- > 0;) {
		unsigned step = (norm_ascii_vowel(s[i]) ? 3 : 1) +
				(i > 0 && s[i - 1] == 't' && s[i] == 'r');

		cost[i] = ~0u;
		for (k = MAXSYL; k >= 1; k--) {
			unsigned c;

			if (i + k > n || cost[i + k] == ~0u ||
			    (cost[i] != ~0u && cost[i + k] + step >= cost[i] + 2))
				continue;
			/* A syllable our texts use costs less: "hoi phu nu",
			 * not "hoip hu nu"; a pair they use less again:
			 * "phan anh", not "pha nanh". */
			c = cost[i + k] + step + !known_syllable(s + i, k);
			if (i + k < n && toneless_lookup(toneless_pairs, N_PAIRS,
							 s + i, k, s + i + k,
							 len[i + k]))
				c = c > 2 ? c - 2 : 0;
			if (c >= cost[i] || !syllable(s + i, k, 1, NULL))
				continue;
			cost[i] = c;
			len[i] = (unsigned char)k;
		}
	}
	if (cost[0] == ~0u || len[0] == n)
		return 0;
	/* strict: only when every syllable is one our texts use. */
	for (i = 0; strict && i < n; i += len[i])
		if (!known_syllable(s + i, len[i]))
			return 0;
	return write_cut(b, s, n, len, 0) > 1;
}

/* say_toneless_words on a run in any case ("DichVuCong"), 5 to 40 bytes. */
static int say_toneless_run(struct norm_buf *b, const char *s, size_t n,
			    int strict)
{
	char low[41];
	size_t i;

	if (n < 5 || n > 40)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
	return say_toneless_words(b, low, n, strict);
}

int norm_say_toneless(struct norm_buf *b, const char *s, size_t n)
{
	return say_toneless_run(b, s, n, 1);
}

int norm_toneless_pair(const char *a, size_t an, const char *b, size_t bn)
{
	return toneless_lookup(toneless_pairs, N_PAIRS, a, an, b, bn) != NULL;
}

int norm_toneless_kind(const char *s, size_t n)
{
	if (!n || n > 7 || !syllable(s, n, 1, NULL))
		return 0;
	return known_syllable(s, n) ? 2 : 1;
}

int norm_say_toneless_phrase(struct norm_buf *b, const char *s, size_t n)
{
	enum { MAXN = 240 };
	char joined[MAXN + 1];
	unsigned char len[MAXN + 1] = { 0 };
	size_t i = 0, j = 0, start = 0;

	if (n > MAXN)
		return 0;
	for (; i <= n; i++) {
		if (i < n && s[i] != ' ') {
			if (s[i] < 'a' || s[i] > 'z')
				return 0;
			joined[j++] = s[i];
			continue;
		}
		if (j == start || j - start > 7)
			return 0;
		len[start] = (unsigned char)(j - start);
		start = j;
	}
	return write_cut(b, joined, j, len, 1) > 0;
}

/* Some byte of s[0, n) is an ASCII vowel. */
static int has_vowel(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (norm_ascii_vowel(s[i]))
			return 1;
	return 0;
}

/* The longest run of consonants in s: "evnspc" has one of five letters,
 * which no word says. */
static size_t consonant_run(const char *s, size_t n)
{
	size_t i, run = 0, best = 0;

	for (i = 0; i < n; i++) {
		run = norm_ascii_vowel(s[i]) ? 0 : run + 1;
		if (run > best)
			best = run;
	}
	return best;
}

/* How a part of an address is read when it is a word of its own
 * (address-words.tsv) or a brand in the dictionary ("vietcombank",
 * "zalo", "VnExpress"); NULL if neither. */
static const char *address_lookup(const char *s, size_t n)
{
	const struct norm_entry *e;
	size_t i;

	/* The first letter first: address_cut() asks for every piece. */
	for (i = 0; i < sizeof(address_words) / sizeof(address_words[0]); i++)
		if (n && (address_words[i][0][0] | 0x20) == (s[0] | 0x20) &&
		    norm_eq_fold(s, n, address_words[i][0],
				 strlen(address_words[i][0])))
			return address_words[i][1];
	e = norm_dict_find(s, n);
	return e && !e->sensitive ? e->spoken : NULL;
}

/* address_lookup, written; 0 if the part is no such word. */
static int address_word(struct norm_buf *b, const char *s, size_t n)
{
	const char *w = address_lookup(s, n);

	if (w)
		norm_buf_word(b, w);
	return w != NULL;
}

/* "vietteltelecom", "zalopay": two such words written together, the
 * longest first part that leaves a word.  Returns 1 when it read s. */
static int compound_run(struct norm_buf *b, const char *s, size_t n)
{
	const char *first, *second;
	size_t k;

	for (k = n - 3; k >= 3; k--)
		if ((first = address_lookup(s, k)) &&
		    (second = address_lookup(s + k, n - k))) {
			norm_buf_word(b, first);
			norm_buf_word(b, second);
			return 1;
		}
	return 0;
}

/* s[k] doubles the letter before it, a consonant or the "a" Vietnamese
 * never writes twice: "vietcomm", "vietnamaairlines". */
static int doubled(const char *s, size_t k)
{
	return k > 0 && (s[k] | 0x20) == (s[k - 1] | 0x20) &&
	       norm_in_set("abcdfghklmnpqrstvxz", (char)(s[k] | 0x20));
}

/* "vaytienonline", "hotrovaybank": Vietnamese without marks, then a
 * known word of four letters or more; a doubled letter is a fake
 * domain's, read by undoubled_run().  Returns 1 when it read s. */
static int toneless_then_word(struct norm_buf *b, const char *s, size_t n)
{
	const char *word;
	size_t k, mark = b->len;

	for (k = 1; k < n; k++)
		if (doubled(s, k))
			return 0;
	for (k = n - 5; k >= 4 && k + 5 <= n; k--) {
		size_t at = 0;
		uint32_t cp;

		/* A proper name ("vietnam": "Việt Nam") is Vietnamese, which
		 * the syllable cut reads. */
		if (!(word = address_lookup(s + n - k, k)) ||
		    norm_utf8_next(word, strlen(word), &at, &cp) || norm_is_upper_cp(cp))
			continue;
		if (say_toneless_run(b, s, n - k, 0)) {
			norm_buf_word(b, word);
			return 1;
		}
		norm_buf_truncate(b, mark);
	}
	return 0;
}

/*
 * Fake domains double a letter of the name they copy ("vietcomm.top",
 * "vietnamaairlines.com"): the run with its doubled letters made single,
 * when that is a known word or Vietnamese without marks.  0 if not.
 */
static int undoubled_run(struct norm_buf *b, const char *s, size_t n)
{
	char one[41];
	size_t k, m = 0;

	if (n > 40)
		return 0;
	for (k = 0; k < n; k++) {
		if ((unsigned char)s[k] >= 0x80)
			return 0;
		if (!doubled(s, k))
			one[m++] = s[k];
	}
	return m < n && (address_word(b, one, m) || say_toneless_run(b, one, m, 0));
}

/* The words written since mark in b. */
static size_t words_since(const struct norm_buf *b, size_t mark)
{
	size_t k, words = 0;

	for (k = mark; k < b->len; k++)
		words += b->p[k] != ' ' && (k == mark || b->p[k - 1] == ' ');
	return words;
}

/* How many letters (2 to 4) end s[0, n) as initials after Vietnamese
 * words, the cut with the fewest syllables first; 0 if none.  Writes
 * nothing. */
static size_t initials_cut(struct norm_buf *b, const char *s, size_t n)
{
	size_t i, best = 0, fewest = (size_t)-1, mark = b->len;

	/* "dichvucongg", "dichvucongs": a fake domain's stray last letter
	 * after words our texts use is spelled, as judged ("dịch vụ công
	 * gờ"; "canhsatpccc" keeps its initials: "pc" is no syllable). */
	if (n > 5 && !norm_ascii_vowel(s[n - 1]) && s[n - 2] != 'h' &&
	    !norm_is_syllable(s + n - 3, 3) && say_toneless_run(b, s, n - 1, 1)) {
		norm_buf_truncate(b, mark);
		return 1;
	}
	for (i = 2; i <= 4 && i + 3 <= n; i++) {
		size_t head = n - i, words;

		if (norm_is_syllable(s + head, i) || doubled(s, head + 1) ||
		    (i == 4 && has_vowel(s + head + 1, i - 1)))
			continue;
		if (toneless_lookup(toneless_words, N_WORDS, s, head, NULL, 0))
			words = 1;
		else if (say_toneless_run(b, s, head, 1))
			words = words_since(b, mark);
		else
			continue;
		norm_buf_truncate(b, mark);
		if (words < fewest) {
			fewest = words;
			best = i;
		}
	}
	return best;
}

/* s[0, n) is in capitals. */
static int caps(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

/* A group spelled in address_cut(): one to four consonants, one letter,
 * or at the end a vowel and two or three consonants ("dienlucevn": the
 * initials of "EVN"). */
static int spelled_group(const char *s, size_t k, int end)
{
	return k == 1 || (k <= 4 && !has_vowel(s, k)) ||
	       (end && k >= 3 && k <= 4 && !has_vowel(s + 1, k - 1));
}

/*
 * "thnguyenbinhkhiem", "pnvnonline", "quanlyskcd", "ibanking": a run
 * that cuts wholly into Vietnamese syllables our texts use and known
 * words, with initials spelled at its start or end ("th", "pnvn",
 * "skcd", "i").  Of the cuts, the one with the fewest pieces, a spelled
 * group costing more.  Only a cut with initials or a known word that is
 * no syllable is taken: plain toneless runs are read below.  Returns 1
 * when it read s.
 */
static int address_cut(struct norm_buf *b, const char *s, size_t n,
		       int southern)
{
	enum { MAXN = 40, MAXW = 20, SYL = 1, WORD = 2, GROUP = 3 };
	unsigned cost[MAXN + 1];
	unsigned char len[MAXN + 1] = { 0 }, kind[MAXN + 1] = { 0 };
	char low[MAXN];
	size_t i, k, words = 0, unknown = 0, pieces = 0;
	int other = 0, long_word = 0, small = 0;

	if (n < 4 || n > MAXN)
		return 0;
	/* A doubled letter is a fake domain's ("vietcomm"): undoubled_run(). */
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) ||
		    doubled(s, i))
			return 0;
		low[i] = (char)(s[i] | 0x20);
		small |= s[i] >= 'a';
	}
	cost[n] = 0;
	for (i = n; i-- > 0;) {
		cost[i] = ~0u;
		for (k = 1; k <= MAXW && i + k <= n; k++) {
			unsigned c = ~0u;
			int t = 0;
			const char *w;
			size_t at = 0;
			uint32_t cp;

			if (cost[i + k] == ~0u)
				continue;
			if (k <= 7 && syllable(low + i, k, 1, NULL)) {
				/* "nguyen" has no one mark: a syllable our
				 * texts do not use costs more. */
				c = 2 + norm_ascii_vowel(low[i]) +
				    !known_syllable(low + i, k);
				t = SYL;
			} else if (k >= 3 && (w = address_lookup(low + i, k)) &&
				   /* "vietnam" is syllables, as below. */
				   !(norm_utf8_next(w, strlen(w), &at, &cp) ||
				     norm_is_upper_cp(cp))) {
				c = 2;
				t = WORD;
			} else if ((i == 0 || i + k == n) &&
				   (spelled_group(low + i, k, i + k == n) ||
				    /* "govSOC": initials in capitals. */
				    (small && k <= 4 && caps(s + i, k)))) {
				/* The longer a group, the less likely:
				 * "khiem sg", not "khie msg". */
				c = 8 + (unsigned)k;
				t = GROUP;
			}
			/* Of equals the longer piece: "nhanh s". */
			if (!t || cost[i + k] + c > cost[i])
				continue;
			cost[i] = cost[i + k] + c;
			len[i] = (unsigned char)k;
			kind[i] = (unsigned char)t;
		}
	}
	if (cost[0] == ~0u || len[0] == n)
		return 0;
	/* A short known word among syllables our texts do not use is a
	 * guess ("soft o nic"): the foreign-word rules read such a name
	 * better. */
	for (i = 0; i < n; i += len[i]) {
		other |= kind[i] == GROUP ||
			 (kind[i] == WORD && !norm_is_toneless_syllable(low + i, len[i]));
		words += kind[i] == WORD && len[i] < 5;
		pieces += kind[i] != GROUP;
		long_word |= kind[i] == WORD && len[i] >= 4;
		unknown += kind[i] == SYL && !known_syllable(low + i, len[i]);
		/* "govSOC": a part in capitals is initials, spelled. */
		if (small && kind[i] != GROUP && len[i] > 1 &&
		    s[i] <= 'Z' && s[i + len[i] - 1] <= 'Z')
			return 0;
		/* "colab": one letter after words is no initial. */
		if (kind[i] == GROUP && len[i] == 1 && i > 0 && i + 1 == n &&
		    pieces < 3)
			return 0;
	}
	/* "bidv", "vnta", "govvvn": one short piece beside initials is no
	 * cut, the whole is spelled below. */
	if (!other || (words && unknown) || (pieces < 2 && !long_word))
		return 0;
	for (i = 0; i < n;) {
		if (kind[i] == SYL) {
			size_t z = i;

			while (z < n && kind[z] == SYL)
				z += len[z];
			write_cut(b, low + i, z - i, len + i, 0);
			i = z;
			continue;
		}
		if (kind[i] == WORD)
			address_word(b, low + i, len[i]);
		else if (len[i] < 2 || !address_word(b, low + i, len[i]))
			norm_spell_code(b, s + i, len[i], southern);
		i += len[i];
	}
	return 1;
}

/* A run of letters: a known word, a pronounceable lower-case chunk read
 * as is, or spelled letter by letter ("nchmf": no vowel).  Adds to
 * *guessed what it read by a guess (NORM_ADDR_*). */
static void address_run(struct norm_buf *b, const char *s, size_t n,
			 int southern, unsigned *guessed)
{
	size_t i;
	const char *marked;

	if (address_word(b, s, n))
		return;
	/* One syllable our texts write with marks: "bang", "luong" in
	 * "Bang_luong_T3.xlsx".  A guess: alone, nothing around it tells
	 * which of its marked forms it is ("bong88" is no "bóng"). */
	if (n >= 3 && n <= 7 && (marked = toneless_lookup(toneless_words, N_WORDS,
							 s, n, NULL, 0))) {
		norm_buf_word(b, marked);
		*guessed |= NORM_ADDR_TONELESS;
		return;
	}
	if (address_cut(b, s, n, southern))
		return;
	if (n >= 9 && toneless_then_word(b, s, n))
		return;
	/* Vietnamese written without marks: "tienminh" -> "tiên minh",
	 * also in capitals or CamelCase ("DichVuCong"). */
	if (say_toneless_run(b, s, n, 0))
		return;
	/* "phonghc", "vanphongubnd": words, then the initials of a
	 * department, spelled; of two such cuts the one with fewer
	 * syllables, the earlier on a tie ("dienlucvietnamevn": "việt nam"
	 * and "evn", not "việt na mê" and "vn"). */
	if ((i = initials_cut(b, s, n))) {
		size_t head = n - i;

		if ((marked = toneless_lookup(toneless_words, N_WORDS, s, head,
					      NULL, 0)))
			norm_buf_word(b, marked);
		else
			say_toneless_run(b, s, head, 1);
		/* "hanoivn": "vn" reads as the domain does, "vi en". */
		if (!address_word(b, s + head, i))
			norm_spell_code(b, s + head, i, southern);
		return;
	}
	if (n >= 6 && compound_run(b, s, n))
		return;
	/* "bvgov", "lgov": initials, then "gov", a fake government domain. */
	if (n >= 4 && n <= 6 && !memcmp(s + n - 3, "gov", 3) &&
	    !has_vowel(s, n - 3)) {
		norm_spell_code(b, s, n - 3, southern);
		norm_buf_word(b, "gov");
		return;
	}
	/* "lvminh": the initials of a name, then the name. */
	for (i = 2; i <= 3 && i + 3 <= n; i++) {
		size_t mark = b->len;

		if (has_vowel(s, i))
			break;
		norm_spell_code(b, s, i, southern);
		if ((marked = toneless_lookup(toneless_words, N_WORDS, s + i, n - i,
					      NULL, 0)) || known_bare(s + i, n - i)) {
			if (marked)
				norm_buf_word(b, marked);
			else
				norm_buf_wordn(b, s + i, n - i);
			return;
		}
		if (say_toneless_run(b, s + i, n - i, 1))
			return;
		norm_buf_truncate(b, mark);
	}
	/* ".govvvn.com": a known word, then letters without a vowel,
	 * spelled. */
	for (i = n - 2; n >= 5 && i >= 3 && n - i <= 4; i--)
		if (!has_vowel(s + i, n - i) && address_word(b, s, i)) {
			norm_spell_code(b, s + i, n - i, southern);
			return;
		}
	if (undoubled_run(b, s, n))
		return;
	/* Vietnamese syllables and long names are read as words, a name
	 * the Vietnamese way ("rikvip" -> "rích víp", as the foreign words of
	 * the text); short groups ("vn", "fpt", "docs") and names with three
	 * consonants together ("kisvni", "sgxex") are spelled, as judges do
	 * and because eSpeak would switch to English for them. */
	if (norm_is_syllable(s, n) ||
	    (n > 4 && has_vowel(s, n) &&
	     consonant_run(s, n) < (n <= 7 ? 3 : 4))) {
		char low[NORM_TRANSLIT_MAX];
		size_t k;

		if (b->len && b->p[b->len - 1] != ' ')
			norm_buf_addc(b, ' ');
		for (k = 0; k < n && n <= sizeof(low); k++)
			low[k] = (char)(s[k] | 0x20);
		if (norm_is_syllable(s, n) || n > sizeof(low) ||
		    !norm_translit(b, low, n, southern))
			norm_lower(b, s, n);
		else
			*guessed |= NORM_ADDR_FOREIGN;
		return;
	}
	norm_spell_code(b, s, n, southern);
}

void norm_spell_address(struct norm_buf *b, const char *s, size_t n,
			int southern)
{
	unsigned guessed;

	norm_spell_address_noted(b, s, n, southern, &guessed);
}

/*
 * "lai-chau-thiet-hai-nang-ne-do-mua-da": a page's slug, three syllables
 * or more without marks joined by dashes, is a Vietnamese phrase; its
 * marks are chosen pair by pair as in running text ("thiệt hại", "mưa
 * đá"), each dash said.  Returns the bytes read, 0 if s starts no slug.
 */
static size_t slug(struct norm_buf *b, const char *s, size_t n,
		   unsigned *guessed)
{
	enum { MAXN = 240 };
	char phrase[MAXN];
	size_t k = 0, m = 0, syl = 0, mark = b->len, from, w;
	struct norm_buf said;

	while (k < n) {
		size_t e = k;

		while (e < n && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e == k || e - k > 7 || !norm_is_toneless_syllable(s + k, e - k) ||
		    m + (e - k) + 1 > MAXN)
			break;
		if (m)
			phrase[m++] = ' ';
		memcpy(phrase + m, s + k, e - k);
		m += e - k;
		syl++;
		k = e;
		if (k + 1 < n && s[k] == '-' && s[k + 1] >= 'a' && s[k + 1] <= 'z')
			k++;
		else
			break;
	}
	/* The slug ends at a separator, not inside a word. */
	if (syl < 3 || (k < n && ((s[k] >= 'a' && s[k] <= 'z') ||
				  (s[k] >= 'A' && s[k] <= 'Z') ||
				  norm_is_digit(s[k]) || (unsigned char)s[k] >= 0x80)))
		return 0;
	norm_buf_init(&said, 4 * MAXN);
	if (!norm_say_toneless_phrase(&said, phrase, m) || said.failed) {
		norm_buf_release(&said);
		return 0;
	}
	/* One word a syllable, a dash between. */
	for (from = 0, w = 0; from < said.len; w++) {
		size_t e = from;

		while (e < said.len && said.p[e] != ' ')
			e++;
		if (w)
			norm_buf_word(b, "gạch ngang");
		norm_buf_wordn(b, said.p + from, e - from);
		from = e + (e < said.len);
	}
	norm_buf_release(&said);
	if (w != syl) {
		norm_buf_truncate(b, mark);
		return 0;
	}
	*guessed |= NORM_ADDR_TONELESS;
	return k;
}

void norm_spell_address_noted(struct norm_buf *b, const char *s, size_t n,
			      int southern, unsigned *guessed)
{
	size_t i = 0, k;

	*guessed = 0;
	/* Announcers do not read "https://": the site name is enough. */
	if (n > 8 && !memcmp(s, "https://", 8))
		i = 8;
	else if (n > 7 && !memcmp(s, "http://", 7))
		i = 7;

	while (i < n) {
		char c = s[i];

		if (norm_is_digit(c)) {
			size_t k = i;

			while (k < n && norm_is_digit(s[k]))
				k++;
			/* "Fun88.com", "vn84app", "thpl199@": two or three
			 * digits after letters are a number (judging.md, b24
			 * and b25); longer runs and "pc02" are digits. */
			if (k - i >= 2 && k - i <= 3 && c != '0' && i > 0 &&
			    ((s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
			     (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))
				norm_cardinal(b, s + i, k - i, southern);
			else
				norm_digits(b, s + i, k - i);
			i = k;
		} else if ((k = slug(b, s + i, n - i, guessed))) {
			i += k;
		} else if ((unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z') ||
			   (c >= 'A' && c <= 'Z')) {
			size_t k = i;

			while (k < n && ((unsigned char)s[k] >= 0x80 ||
					 (s[k] >= 'a' && s[k] <= 'z') ||
					 (s[k] >= 'A' && s[k] <= 'Z')))
				k++;
			address_run(b, s + i, k - i, southern, guessed);
			i = k;
		} else {
			const char *w = NULL;

			switch (c) {
			case '@': w = "a còng"; break;
			case '.': w = "chấm"; break;
			case '/': w = "gạch chéo"; break;
			case '-': w = "gạch ngang"; break;
			case '_': w = "gạch dưới"; break;
			case ':': w = "hai chấm"; break;
			case '?': w = "hỏi"; break;
			case '=': w = "bằng"; break;
			case '&': w = "và"; break;
			case '+': w = "cộng"; break;
			case '#': w = "thăng"; break;
			}
			/* "dichvucong.gov.vn/": a closing slash is not read. */
			if (c == '/' && i + 1 == n) {
				i++;
				continue;
			}
			/* "https://" reads as "hát tê tê pê ét" alone. */
			if (c == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/') {
				i += 3;
				continue;
			}
			if (w)
				norm_buf_word(b, w);
			i++;
		}
	}
}

static int roman_digit(char c)
{
	switch (c) {
	case 'I': return 1;
	case 'V': return 5;
	case 'X': return 10;
	case 'L': return 50;
	case 'C': return 100;
	case 'D': return 500;
	case 'M': return 1000;
	}
	return 0;
}

int norm_roman_value(const char *s, size_t n, int lower)
{
	static const char *const ones[] = { "", "I", "II", "III", "IV", "V",
		"VI", "VII", "VIII", "IX" };
	static const char *const tens[] = { "", "X", "XX", "XXX", "XL", "L",
		"LX", "LXX", "LXXX", "XC" };
	static const char *const hundreds[] = { "", "C", "CC", "CCC", "CD",
		"D", "DC", "DCC", "DCCC", "CM" };
	static const char *const thousands[] = { "", "M", "MM", "MMM" };
	char up[16], back[32];
	size_t i;
	int v = 0;

	if (!n || n >= sizeof(up))
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (lower && c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		if (!roman_digit(c))
			return 0;
		up[i] = c;
	}
	up[n] = '\0';
	for (i = 0; i < n; i++) {
		int d = roman_digit(up[i]);

		if (i + 1 < n && roman_digit(up[i + 1]) > d)
			v -= d;
		else
			v += d;
	}
	if (v <= 0 || v > 3999)
		return 0;
	/* Only the canonical spelling counts: "IIII" and "VX" do not. */
	snprintf(back, sizeof(back), "%s%s%s%s", thousands[v / 1000],
		 hundreds[v / 100 % 10], tens[v / 10 % 10], ones[v % 10]);
	return strcmp(back, up) ? 0 : v;
}

static int is_vowel(uint32_t c)
{
	switch (c) {
	case 'a': case 0x0103: case 0x00E2: case 'e': case 0x00EA: case 'i':
	case 'o': case 0x00F4: case 0x01A1: case 'u': case 0x01B0: case 'y':
		return 1;
	}
	return 0;
}

/* Vowel groups of Vietnamese syllables, toneless. */
static const char *const nuclei[] = {
	"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
	"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê",
	"iêu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê",
	"ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "uya", "uyê", "yê",
	"oai", "oay", "uôi", "ươi", "ươu", "yêu", "oao", "uây", "uyu", "uôu",
	"oeo", "ưô",
};

/* A nucleus that ends in a glide ("ai", "ao", "uôi") or is "ia", "ua",
 * "ưa": no final consonant follows it. */
static int open_only(const char *nucleus)
{
	static const char *const open[] = { "ai", "ao", "au", "ay", "âu", "ây",
		"eo", "êu", "ia", "iu", "iêu", "oi", "ôi", "ơi", "ua", "ui", "ưa",
		"ưi", "ưu", "uya", "oai", "oay", "uôi", "ươi", "ươu", "yêu",
		"oao", "uây", "uyu", "uôu", "oeo" };
	size_t k;

	for (k = 0; k < sizeof(open) / sizeof(open[0]); k++)
		if (!strcmp(nucleus, open[k]))
			return 1;
	return 0;
}

/* ASCII text against a nucleus with its vowel marks dropped: "uye" is
 * "uyê", "uo" is "uô", "ươ". */
static int bare_vowels_eq(const char *ascii, const char *nucleus)
{
	size_t pos = 0, n = strlen(nucleus);
	uint32_t cp;

	while (pos < n) {
		if (norm_utf8_next(nucleus, n, &pos, &cp))
			return 0;
		switch (cp) {
		case 0x0103: case 0x00E2: cp = 'a'; break;  /* ă â */
		case 0x00EA: cp = 'e'; break;               /* ê */
		case 0x00F4: case 0x01A1: cp = 'o'; break;  /* ô ơ */
		case 0x01B0: cp = 'u'; break;               /* ư */
		}
		if (cp >= 0x80 || *ascii++ != (char)cp)
			return 0;
	}
	return *ascii == '\0';
}

int norm_is_syllable(const char *s, size_t n)
{
	return syllable(s, n, 0, NULL);
}

int norm_is_toneless_syllable(const char *s, size_t n)
{
	return syllable(s, n, 1, NULL);
}

uint32_t norm_with_acute(uint32_t v)
{
	static const uint32_t map[][2] = { { 'a', 0xE1 }, { 0x103, 0x1EAF },
		{ 0xE2, 0x1EA5 }, { 'e', 0xE9 }, { 0xEA, 0x1EBF }, { 'i', 0xED },
		{ 'o', 0xF3 }, { 0xF4, 0x1ED1 }, { 0x1A1, 0x1EDB }, { 'u', 0xFA },
		{ 0x1B0, 0x1EE9 }, { 'y', 0xFD } };
	size_t k;

	for (k = 0; k < sizeof(map) / sizeof(map[0]); k++)
		if (map[k][0] == v)
			return map[k][1];
	return v;
}

/* Writes the syllable low (vowels at vs..ve, their nucleus v) with the
 * vowel marks of v, and a sắc tone before a final p, t or c if it has
 * none. */
static void write_marked(struct norm_buf *marked, const struct norm_buf *low,
			 size_t vs, size_t ve, const char *v, int tones)
{
	size_t vn = strlen(v), at = 0, last = 0;
	int stop = low->len > ve && norm_in_set("ptc", low->p[ve]);
	uint32_t cp;

	while (at < vn) {
		last = at;
		norm_utf8_next(v, vn, &at, &cp);
	}
	norm_buf_add(marked, low->p, vs);
	norm_buf_add(marked, v, last);
	at = last;
	norm_utf8_next(v, vn, &at, &cp);
	norm_buf_add_cp(marked, stop && !tones ? norm_with_acute(cp) : cp);
	norm_buf_adds(marked, low->p + ve);
}

/*
 * toneless: the text lost its marks ("tienminh" in an address), so a
 * final p, t, c or ch needs no tone.  marked, if not NULL, gets the
 * syllable with the vowel marks that a Vietnamese spelling needs ("tien"
 * -> "tiên") and a sắc tone before p, t, c, ch ("dich" -> "dích"): eSpeak
 * reads the bare forms as English.
 */
static int syllable(const char *s, size_t n, int toneless,
		    struct norm_buf *marked)
{
	static const char *const initials[] = { "ngh", "ng", "gh", "gi", "kh",
		"nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "đ", "g", "h",
		"k", "l", "m", "n", "p", "r", "s", "t", "v", "x" };
	static const char *const finals[] = { "", "c", "ch", "m", "n", "ng",
		"nh", "p", "t" };
	struct norm_buf low, vow;
	size_t pos, i, vs, ve;
	const char *nucleus;
	int ok = 0, tones = 0;
	uint32_t cp;

	if (!n || n > 40)
		return 0;
	norm_buf_init(&low, 256);
	norm_buf_init(&vow, 256);
	/* Lower case and toneless. */
	pos = 0;
	while (pos < n) {
		int t;

		if (norm_utf8_next(s, n, &pos, &cp))
			goto out;
		cp = norm_strip_tone(norm_lower_cp(cp), &t);
		tones += t;
		if (!norm_is_letter_cp(cp))
			goto out;
		norm_buf_add_cp(&low, cp);
	}
	if (tones > 1 || low.failed)
		goto out;
	/* Initial consonant (longest match). */
	vs = 0;
	for (i = 0; i < sizeof(initials) / sizeof(initials[0]); i++) {
		size_t k = strlen(initials[i]);

		if (k <= low.len && !memcmp(low.p, initials[i], k)) {
			vs = k;
			break;
		}
	}
	/* "gi" and "qu" may be followed by no further vowel ("gì", "gin"). */
	ve = vs;
	pos = vs;
	while (pos < low.len) {
		size_t at = pos;

		if (norm_utf8_next(low.p, low.len, &pos, &cp) || !is_vowel(cp)) {
			pos = at;
			break;
		}
		ve = pos;
	}
	if (ve == vs) {
		if (vs == 2 && !memcmp(low.p, "gi", 2))
			vs = 1;
		else
			goto out;
	}
	norm_buf_add(&vow, low.p + vs, ve - vs);
	/* The first nucleus that fits, with the final it may take: "laic"
	 * is no syllable, "tuan" is "tuân" and not "tua" + n. */
	nucleus = NULL;
	for (i = 0; i < sizeof(nuclei) / sizeof(nuclei[0]) && !ok; i++) {
		size_t f;

		if (strcmp(vow.p, nuclei[i]) &&
		    !(toneless && bare_vowels_eq(vow.p, nuclei[i])))
			continue;
		if (!nucleus)
			nucleus = nuclei[i];
		/* "oo" only closes with "ng" or "c" ("xoong", "moóc"):
		 * "room" is English. */
		for (f = 0; f < sizeof(finals) / sizeof(finals[0]); f++)
			if (!strcmp(low.p + ve, finals[f]) &&
			    (!f || !open_only(nuclei[i])) &&
			    (strcmp(nuclei[i], "oo") || !strcmp(finals[f], "ng") ||
			     !strcmp(finals[f], "c"))) {
				nucleus = nuclei[i];
				ok = 1;
			}
	}
	if (!nucleus)
		goto out;
	if (ok && marked)
		write_marked(marked, &low, vs, ve, nucleus, tones);
	/* A syllable ending in p, t, c or ch carries a sắc or nặng tone:
	 * "IP", "TOP", "ACH" are letters, "ÍT" is a word. */
	if (ok && !tones && !toneless && low.len > ve &&
	    (norm_in_set("ptc", low.p[low.len - 1]) ||
	     !strcmp(low.p + ve, "ch")))
		ok = 0;
out:
	norm_buf_release(&low);
	norm_buf_release(&vow);
	return ok;
}
