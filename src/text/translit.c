/*
 * Letter-to-sound rules for foreign words (translit.h): the word is cut
 * into vowels and consonant graphemes by the longest patterns of
 * data/translit.tsv, each vowel is a syllable, consonants between two
 * vowels are shared out as the coda of one and the onset of the next,
 * and a consonant Vietnamese cannot put before another is said as its
 * own syllable with "ờ".  Vietnamese spelling then fixes the letters
 * ("ki", "ghi", "ích") and a stop coda takes the rising tone.
 */
#include "translit.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm_case.h"
#include "norm_dict.h"
#include "norm_nfc.h"
#include "norm_spell.h"
#include "translit_en.h"

struct tl_rule {
	const char *pattern, *reading;
};

/* Sorted by pattern (the data file's order), so searched in place: no
 * index to build. */
static const struct tl_rule rules[] = {
#define DATA_ROW(pattern, reading) { pattern, reading },
#include "translit.tsv.h"
#undef DATA_ROW
};

/* Words left as written (data/translit-keep.tsv), sorted. */
static const char *const keep[] = {
#define DATA_ROW(word, what) word,
#include "translit-keep.tsv.h"
#undef DATA_ROW
};

#define TL_UNITS 48
#define TL_SYL 24  /* bytes of one syllable */

/* A vowel or a consonant grapheme of the word. */
struct tl_unit {
	size_t at, n;      /* its letters in the word */
	int vowel;
	const char *magic; /* a vowel before a consonant and a final "e" */
	int tion;          /* the "io" of a final "-tion", "-sion" */
	int le;            /* the "e" of a final consonant + "le" */
};

struct tl_word {
	const char *w;
	size_t n;
	struct tl_unit u[TL_UNITS];
	size_t nu;
	char *out;
	size_t size, len;
	int failed;
};

static int rule_cmp(const void *key, const void *item)
{
	return strcmp(key, ((const struct tl_rule *)item)->pattern);
}

/* The reading of the pattern a + b + c, or NULL. */
static const char *lookup(const char *a, size_t an, const char *b,
			  const char *c, size_t cn)
{
	char key[16];
	size_t bn = strlen(b);
	const struct tl_rule *r;

	if (an + bn + cn >= sizeof(key))
		return NULL;
	memcpy(key, a, an);
	memcpy(key + an, b, bn);
	memcpy(key + an + bn, c, cn);
	key[an + bn + cn] = '\0';
	r = bsearch(key, rules, sizeof(rules) / sizeof(rules[0]),
		    sizeof(rules[0]), rule_cmp);
	return r ? r->reading : NULL;
}

static int plain_vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* "y" is a consonant before a vowel at the start of a syllable ("yoga"). */
static int vowel_at(const char *w, size_t n, size_t k)
{
	if (plain_vowel(w[k]))
		return 1;
	if (w[k] != 'y')
		return 0;
	return !(k + 1 < n && plain_vowel(w[k + 1]) &&
		 (k == 0 || !plain_vowel(w[k - 1])));
}

/* 1 when the word ends in "es" after a consonant ("Vinhomes"). */
static int silent_s(const struct tl_word *t)
{
	return t->n > 3 && !memcmp(t->w + t->n - 2, "es", 2) &&
	       !vowel_at(t->w, t->n, t->n - 3);
}

/* Cuts the word into units; 0 when it has too many. */
static int cut(struct tl_word *t)
{
	size_t k = 0, len;

	while (k < t->n) {
		struct tl_unit *u;

		if (t->nu == TL_UNITS)
			return 0;
		u = &t->u[t->nu++];
		memset(u, 0, sizeof(*u));
		u->at = k;
		u->vowel = vowel_at(t->w, t->n, k);
		/* "Notion", "Television": a final "-tion", "-sion" is
		 * "sần". */
		if (u->vowel && k && k + 3 == t->n && !memcmp(t->w + k, "ion", 3) &&
		    strchr("st", t->w[k - 1])) {
			u->n = 2;
			u->tion = 1;
			k += 2;
			continue;
		}
		/* "Drive", "Chrome": a vowel, one consonant, a silent "e". */
		if (u->vowel && k + 3 + silent_s(t) == t->n && t->w[k + 2] == 'e' &&
		    !vowel_at(t->w, t->n, k + 1) &&
		    (u->magic = lookup(t->w + k, 1, "_e", "", 0))) {
			u->n = 1;
			k++;
			continue;
		}
		for (len = 3; len > 1; len--) {
			const char *w = t->w + k;
			char last;

			if (k + len > t->n)
				continue;
			last = w[len - 1];
			if (u->vowel && lookup(w, len, "", "", 0) &&
			    !(strchr("rw", last) && k + len < t->n &&
			      vowel_at(t->w, t->n, k + len)))
				break;
			/* "Messenger", "Engerix": "n" then a soft "g". */
			if (!u->vowel && len == 2 && k && !memcmp(w, "ng", 2) &&
			    k + 2 < t->n && strchr("eiy", w[2]))
				continue;
			if (!u->vowel && (lookup(w, len, "-", "", 0) ||
					  lookup("-", 1, "", w, len)))
				break;
		}
		u->n = len;
		k += len;
	}
	/* "Apple", "Google": a final consonant + "le" is that consonant +
	 * "ồ" ("áp pồ", "gu gồ"). */
	if (t->nu > 3 && t->u[t->nu - 1].vowel && t->u[t->nu - 1].n == 1 &&
	    t->w[t->n - 1] == 'e' && t->u[t->nu - 2].n == 1 &&
	    t->w[t->n - 2] == 'l' && !t->u[t->nu - 3].vowel &&
	    t->w[t->u[t->nu - 3].at] != 'l') {
		t->u[t->nu - 2] = t->u[t->nu - 1];
		t->u[--t->nu - 1].le = 1;
	}
	/* "Finance", "Claude", "deepvoice": a final "e" after a consonant
	 * that no single vowel letter makes magic is not said. */
	if (t->nu > 2 && t->u[t->nu - 1].vowel && !t->u[t->nu - 1].le &&
	    t->u[t->nu - 1].n == 1 && t->w[t->n - 1] == 'e' &&
	    !t->u[t->nu - 2].vowel && !t->u[t->nu - 3].magic &&
	    (t->u[t->nu - 3].vowel ? t->u[t->nu - 3].n > 1 : 1))
		t->nu--;
	/* The silent "e" (and "s": "Airlines") of a magic vowel is no unit. */
	if (t->nu > 3 && t->u[t->nu - 4].magic)
		t->nu -= 2;
	else if (t->nu > 2 && t->u[t->nu - 3].magic)
		t->nu--;
	return 1;
}

static void add(struct tl_word *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->size) {
		t->failed = 1;
		return;
	}
	memcpy(t->out + t->len, s, n);
	t->len += n;
	t->out[t->len] = '\0';
}

static void add_syllable(struct tl_word *t, const char *s)
{
	if (t->len)
		add(t, " ", 1);
	add(t, s, strlen(s));
}

/* A consonant said as its own syllable: "p" of "Plaza" -> "pờ". */
static void epenthetic(struct tl_word *t, const struct tl_unit *c)
{
	char syl[TL_SYL];
	const char *r = lookup(t->w + c->at, c->n, "-", t->w + c->at + c->n, 1);

	/* Before the next letter ("ch-r": "Chrome" -> "cờ rôm"), else any. */
	if (!r)
		r = lookup(t->w + c->at, c->n, "-", "", 0);
	/* "w" of "Swap" is a glide, said with its vowel. */
	if (!r || !strcmp(r, "o"))
		return;
	snprintf(syl, sizeof(syl), "%sờ", r);
	add_syllable(t, syl);
}

/* The coda read from the consonants c[0, m) after a vowel: the first
 * nasal, else the first that is said ("nt" -> "n", "rt" -> "t"). */
static const char *coda(const struct tl_word *t, const struct tl_unit *c,
			size_t m)
{
	const char *first = NULL;
	size_t k;

	for (k = 0; k < m; k++) {
		const char *r = lookup("-", 1, "", t->w + c[k].at, c[k].n);

		/* "Threads", "Books": a final "s" after a consonant. */
		if (!r || !strcmp(r, "-") ||
		    (k > 0 && k + 1 == m && t->w[c[k].at] == 's'))
			continue;
		if (!strcmp(r, "m") || !strcmp(r, "n") || !strcmp(r, "ng") ||
		    !strcmp(r, "nh"))
			return r;
		if (!first)
			first = r;
	}
	return first;
}

/* "ao", "ây", "oi": a vowel ending in a glide takes no coda ("Brown" ->
 * "bờ rao"). */
static int glide_end(const char *v)
{
	size_t n = strlen(v);

	return n >= 2 && strchr("iouy", v[n - 1]) && strcmp(v, "uy");
}

/* v ends in one of the ASCII letters of set, or in "ê" when e_hat. */
static int ends_in(const char *v, const char *set, int e_hat)
{
	size_t n = strlen(v);

	if (n >= 2 && !strcmp(v + n - 2, "ê"))
		return e_hat;
	return n && (unsigned char)v[n - 1] < 0x80 && strchr(set, v[n - 1]);
}

const char *norm_translit_onset(const char *on, const char *nuc)
{
	if (!strcmp(on, "c") && (strchr("eiy", nuc[0]) || !strncmp(nuc, "ê", 2)))
		return "k";
	if ((!strcmp(on, "g") || !strcmp(on, "ng")) &&
	    (strchr("ei", nuc[0]) || !strncmp(nuc, "ê", 2)))
		return on[1] ? "ngh" : "gh";
	if (!strcmp(on, "gi") && nuc[0] == 'i')
		return "g";
	return on;
}

/* Writes onset + vowel + coda with Vietnamese spelling and the rising
 * tone of a stop coda. */
static void spell(struct tl_word *t, const char *on, int glide,
		  const char *v, const char *co)
{
	char nuc[TL_SYL], syl[3 * TL_SYL];
	size_t at = 0, last = 0, pos;
	uint32_t cp;
	struct norm_buf b;

	snprintf(nuc, sizeof(nuc), "%s", v);
	/* "w" before a vowel: "Watch" -> "oát", "Windows" -> "uyn". */
	if (glide || !strcmp(on, "o")) {
		snprintf(nuc, sizeof(nuc), "%s%s", v[0] == 'i' ? "uy" :
			 strchr("ou", v[0]) || !strncmp(v, "ô", 2) ? "" : "o",
			 v[0] == 'i' ? v + 1 : v);
		on = glide ? on : "";
	}
	if (co && glide_end(nuc))
		co = NULL;
	/* "ic", "êc" -> "ích", "ếch"; "ing", "uyng" -> "inh", "uynh"; "ung",
	 * not "unh". */
	if (co && (!strcmp(co, "c") || !strcmp(co, "ng")) && ends_in(nuc, "iy", 1)) {
		co = co[0] == 'c' ? "ch" : "nh";
	} else if (co && !strcmp(co, "nh") && !ends_in(nuc, "aiy", 1)) {
		co = "ng";
	} else if (co && !strcmp(co, "ch") && !ends_in(nuc, "ai", 1)) {
		co = "c";
	}
	on = norm_translit_onset(on, nuc);
	norm_buf_init(&b, sizeof(syl));
	norm_buf_adds(&b, on);
	pos = 0;
	while (pos < strlen(nuc)) {
		at = pos;
		if (norm_utf8_next(nuc, strlen(nuc), &pos, &cp))
			break;
		if (norm_with_acute(cp) != cp)
			last = at;
	}
	/* A stop coda: the rising tone on the last vowel. */
	for (pos = 0; pos < strlen(nuc);) {
		at = pos;
		if (norm_utf8_next(nuc, strlen(nuc), &pos, &cp))
			break;
		norm_buf_add_cp(&b, co && at == last && strchr("ptc", co[0]) ?
			       norm_with_acute(cp) : cp);
	}
	if (co)
		norm_buf_adds(&b, co);
	if (!b.failed && b.len < sizeof(syl)) {
		memcpy(syl, b.p, b.len);
		syl[b.len] = '\0';
		add_syllable(t, syl);
	} else {
		t->failed = 1;
	}
	norm_buf_release(&b);
}

/* The reading of vowel unit v before the coda co (NULL: none) written
 * wc (NULL: no consonant): the written coda first ("ai>l": "mail" ->
 * "meo", "a_e>t": "update" -> "đết"), then the coda as said. */
static const char *vowel_reading(const struct tl_word *t,
				 const struct tl_unit *v, const char *co,
				 const struct tl_unit *wc, size_t nv)
{
	const char *p = t->w + v->at, *r;

	/* "i_e>n+": in a word of three syllables or more, unstressed
	 * ("Betadine" -> "bê ta đin"), unless its onset letter has a
	 * pattern of its own ("li_e>n+": "vietnamairline" ends in "lai"). */
	if (wc && v->magic && nv > 2 && wc->n == 1) {
		const char end[2] = { t->w[wc->at], '+' };

		if ((v->at && (r = lookup(p - 1, v->n + 1, "_e>", end, 2))) ||
		    (r = lookup(p, v->n, "_e>", end, 2)))
			return r;
	}
	if (wc && (r = lookup(p, v->n, v->magic ? "_e>" : ">", t->w + wc->at,
			      wc->n)))
		return r;
	if (v->magic)
		return v->magic;
	if (v->tion)
		return "ầ";
	if (v->le && (r = lookup("_le", 3, "", "", 0)))
		return r;
	/* "Foundation": the vowel before "-tion" ("a_tion"). */
	if (v + 2 < t->u + t->nu && v[2].tion && !v[1].vowel && v[1].n == 1 &&
	    (r = lookup(p, v->n, "_tion", "", 0)))
		return r;
	/* "Sky": a lone final "y" is "ai"; "Galaxy" ends in "i". */
	if (nv == 1 && v->n == 1 && *p == 'y' && v->at + 1 == t->n)
		return "ai";
	if (co && (r = lookup(p, v->n, ">", co, strlen(co))))
		return r;
	if (!co && (r = lookup(p, v->n, ".", "", 0)))
		return r;
	return lookup(p, v->n, "", "", 0);
}

/* The onset read from consonant c before vowel v ("c" before "e": "x"). */
static const char *onset(const struct tl_word *t, const struct tl_unit *c,
			 const struct tl_unit *v)
{
	const char *r;

	if (!c)
		return "";
	if (v->tion)
		return "s";
	/* The "e" of "-gle" is no front vowel: "Google" -> "gu gồ". */
	r = v->le ? NULL : lookup(t->w + c->at, c->n, "-", t->w + v->at, 1);
	if (!r)
		r = lookup(t->w + c->at, c->n, "-", "", 0);
	return r ? r : "";
}

/* A consonant between vowels said twice, as coda and onset: "ss", "ck",
 * "x" ("massage" -> "mát xa", "Booking" -> "búc king"). */
static int shared(const struct tl_word *t, const struct tl_unit *c)
{
	const char *p = t->w + c->at;

	return (c->n == 2 && (p[0] == p[1] || !memcmp(p, "ck", 2))) ||
	       (c->n == 1 && *p == 'x');
}

/* "pl", "br", "fl": an onset Vietnamese has no cluster for. */
static int cluster(const struct tl_word *t, const struct tl_unit *a,
		   const struct tl_unit *b)
{
	char l = t->w[b->at];

	/* "tl", "dl" begin no English syllable: "hotline" -> "hót lai". */
	return b->n == 1 && (l == 'l' || l == 'r') &&
	       strchr(l == 'l' ? "bcfgkpv" : "bcdfgkptv", t->w[a->at]) &&
	       (a->n == 1 || t->w[a->at + 1] == 'h');
}

/* Reads the units as syllables into t->out. */
static int syllables(struct tl_word *t)
{
	size_t vi[TL_UNITS], nv = 0, j, k;
	const struct tl_unit *on = NULL;
	int glide = 0;

	for (k = 0; k < t->nu; k++)
		if (t->u[k].vowel)
			vi[nv++] = k;
	if (!nv)
		return 0;
	/* "Twitter" -> "tuýt tơ": "w" after a consonant is its glide. */
	glide = vi[0] > 1 && t->w[t->u[vi[0] - 1].at] == 'w' &&
		t->u[vi[0] - 1].n == 1;
	for (k = 0; k + 1 + glide < vi[0]; k++)
		epenthetic(t, &t->u[k]);
	if (vi[0])
		on = &t->u[vi[0] - 1 - glide];
	for (j = 0; j < nv; j++) {
		const struct tl_unit *v = &t->u[vi[j]], *c = v + 1, *next = NULL;
		size_t m = (j + 1 < nv ? vi[j + 1] : t->nu) - vi[j] - 1, split = 0;
		const char *co = NULL, *vr;

		if (j + 1 == nv) {
			co = coda(t, c, m);
		} else if (m == 1) {
			co = shared(t, c) ? coda(t, c, 1) : NULL;
			next = c;
		} else if (m > 1) {
			split = cluster(t, &c[m - 2], &c[m - 1]) ? m - 2 : m - 1;
			co = coda(t, c, split);
			next = &c[m - 1];
		}
		vr = vowel_reading(t, v, co, j + 1 == nv ? (m ? c : NULL) :
				   split || (m == 1 && co) ? c : NULL, nv);
		if (!vr)
			return 0;
		spell(t, onset(t, on, v), glide, vr, co);
		glide = 0;
		for (k = split; next && k + 1 < m; k++)
			epenthetic(t, &c[k]);
		on = next;
	}
	return !t->failed;
}

int norm_translit_rules(const char *p, size_t n, char *out, size_t size)
{
	struct tl_word t;
	char w[NORM_TRANSLIT_MAX + 1];
	size_t k;

	if (!n || n > NORM_TRANSLIT_MAX || !size)
		return 0;
	for (k = 0; k < n; k++) {
		if (!((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z')))
			return 0;
		w[k] = (char)(p[k] | 0x20);
	}
	w[n] = '\0';
	memset(&t, 0, sizeof(t));
	t.w = w;
	t.n = n;
	t.out = out;
	t.size = size;
	out[0] = '\0';
	if (!cut(&t) || !syllables(&t)) {
		out[0] = '\0';
		return 0;
	}
	return 1;
}

static int upper(char ch)
{
	return ch >= 'A' && ch <= 'Z';
}

/* The end of the part of p starting at k: "White|Hat", "BV|Bank",
 * "VN|coins", "i|Message". */
static size_t part_end(const char *p, size_t n, size_t k)
{
	size_t e = k + 1;

	if (upper(p[k]) && e < n && upper(p[e])) {
		while (e < n && upper(p[e]))
			e++;
		/* "BVBank": the last capital starts a word when a vowel
		 * follows it. */
		if (e < n && plain_vowel(p[e]))
			e--;
		return e;
	}
	while (e < n && !upper(p[e]))
		e++;
	return e;
}

/* Reads one part of a word into b; 0 when it cannot. */
static int read_part(struct norm_buf *b, const char *p, size_t n,
		     int southern, int whole)
{
	const struct norm_entry *e;
	char out[8 * NORM_TRANSLIT_MAX];
	size_t letters;

	if (n == 1 && (*p == 'i' || *p == 'e')) {
		/* "iPhone", "eBanking": the English letter names. */
		norm_buf_word(b, *p == 'i' ? "ai" : "i");
		return 1;
	}
	if (n == 1 || (norm_all_caps(p, n, &letters) && letters == n)) {
		norm_spell_code(b, p, n, southern);
		return 1;
	}
	if ((e = norm_dict_find(p, n)) && !e->place) {
		norm_buf_word(b, e->spoken);
		return 1;
	}
	if (norm_is_syllable(p, n)) {
		norm_buf_wordn(b, p, n);
		return 1;
	}
	/* "VnMedia", "VnEconomy": a short part without a vowel is letters
	 * ("Td", a vaccine, alone, is not). */
	for (letters = 0; letters < n && !plain_vowel((char)(p[letters] | 0x20)) &&
			  (p[letters] | 0x20) != 'y'; letters++)
		;
	if (letters == n && n <= 3 && !whole) {
		norm_spell_code(b, p, n, southern);
		return 1;
	}
	/* From its English sound when asked (translit_en.h). */
	if (!norm_translit_en(p, n, out, sizeof(out)) &&
	    !norm_translit_rules(p, n, out, sizeof(out)))
		return 0;
	norm_buf_word(b, out);
	return 1;
}

static int str_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

/* low[0, n) is Vietnamese syllables written together without marks
 * ("miligam", "vali"): the words Vietnamese borrowed long ago. */
static int toneless_run(const char *low, size_t n)
{
	unsigned char ok[NORM_TRANSLIT_MAX + 1] = { 1 };
	size_t e, b;

	for (e = 1; e <= n; e++)
		for (b = e > 7 ? e - 7 : 0; b < e && !ok[e]; b++)
			ok[e] = ok[b] && norm_is_toneless_syllable(low + b, e - b);
	return ok[n];
}

/*
 * 1 when p is Vietnamese or kept as written: one syllable with or
 * without its marks ("duoc"), syllables our texts use written together
 * ("Bualoi": eSpeak NG reads them with Vietnamese phonemes), Vietnamese
 * syllables in small letters ("miligam"), a Highland name ("KBang",
 * "Kbang"), or a word of data/translit-keep.tsv.
 */
static int not_foreign(const char *p, size_t n)
{
	char low[NORM_TRANSLIT_MAX + 1];
	struct norm_buf scratch;
	size_t k;
	int said;

	for (k = 0; k < n; k++)
		low[k] = (char)(p[k] | 0x20);
	low[n] = '\0';
	/* ASCII: a syllable with its marks is one without them too. */
	if (norm_is_toneless_syllable(low, n) ||
	    (upper(p[0]) && upper(p[1]) && n > 2 && !upper(p[2]) &&
	     norm_is_toneless_syllable(low + 1, n - 1)) ||
	    /* "Kbang", "Ia Hrung": a Highland name's cluster before a
	     * syllable, as "KBang" above. */
	    (upper(p[0]) && n > 2 && !upper(p[1]) &&
	     ((low[0] == 'k' && strchr("bdlnprst", low[1])) ||
	      (low[0] == 'h' && low[1] == 'r')) &&
	     norm_is_toneless_syllable(low + 1, n - 1)) ||
	    bsearch(low, keep, sizeof(keep) / sizeof(keep[0]), sizeof(keep[0]),
		    str_cmp) || (!memcmp(low, p, n) && toneless_run(low, n)))
		return 1;
	norm_buf_init(&scratch, 8 * n + 16);
	said = norm_say_toneless(&scratch, low, n);
	norm_buf_release(&scratch);
	return said;
}

int norm_translit(struct norm_buf *b, const char *p, size_t n, int southern)
{
	size_t k, small = 0, mark = b->len;

	/* Cheap tests first: most words reaching here are Vietnamese with
	 * marks. */
	if (n < 2 || n > NORM_TRANSLIT_MAX)
		return 0;
	for (k = 0; k < n; k++) {
		if (!((p[k] >= 'a' && p[k] <= 'z') || upper(p[k])))
			return 0;
		small += !upper(p[k]);
	}
	if (!small || not_foreign(p, n))
		return 0;
	for (k = 0; k < n;) {
		size_t e = part_end(p, n, k);

		if (!read_part(b, p + k, e - k, southern, e - k == n)) {
			norm_buf_truncate(b, mark);
			return 0;
		}
		k = e;
	}
	return 1;
}
