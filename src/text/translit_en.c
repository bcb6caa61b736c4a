/*
 * Foreign words read from their English sound (translit_en.h): the
 * phonemes of eSpeak NG's "en" voice are cut into syllables, one a vowel,
 * as the spelling rules cut letters (translit.c): consonants between two
 * vowels are shared out, one the next onset, the first of two or more a
 * coda; a consonant Vietnamese cannot put before another is its own
 * syllable with "ờ".  data/translit-en.tsv gives each phoneme's
 * Vietnamese onset, vowel and coda.
 */
#include "translit_en.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm_buf.h"
#include "norm_nfc.h"
#include "norm_spell.h"
#include "translit.h"

struct en_row {
	const char *phoneme, *onset, *open, *closed, *coda;
};

/* Sorted by phoneme (the data file's order). */
static const struct en_row rows[] = {
#define DATA_ROW(ph, on, op, cl, co) { ph, on, op, cl, co },
#include "translit-en.tsv.h"
#undef DATA_ROW
};

static loa_english_phonemes_fn source;
static int source_mode;

void loa_normalize_set_english(loa_english_phonemes_fn fn, int mode)
{
	source = fn;
	source_mode = fn ? mode : LOA_ENGLISH_OFF;
}

#define EN_UNITS 64
#define EN_SYL 32

struct en_unit {
	const struct en_row *r;
	int stress;
};

struct en_word {
	struct en_unit u[EN_UNITS];
	size_t nu;
	struct norm_buf out;
};

static int row_cmp(const void *key, const void *item)
{
	return strcmp(key, ((const struct en_row *)item)->phoneme);
}

static const struct en_row *find(const char *name)
{
	return bsearch(name, rows, sizeof(rows) / sizeof(rows[0]),
		       sizeof(rows[0]), row_cmp);
}

static int is_vowel(const struct en_unit *u)
{
	return strcmp(u->r->open, "-") != 0;
}

static int said(const char *s)
{
	return s && strcmp(s, "-") != 0;
}

static int named(const struct en_unit *u, const char *name)
{
	return !strcmp(u->r->phoneme, name);
}

/* Cuts "f|'eI|s b" into units; 0 on a name the table lacks. */
static int cut(struct en_word *t, const char *ph)
{
	while (*ph) {
		char name[8];
		size_t n = strcspn(ph, "| ");
		int stress = 0;
		const char *p = ph;

		ph += n;
		if (*ph)
			ph++;
		/* Stress marks, and "%" / "=" of unstressed syllables. */
		while (n && strchr("',%=", *p)) {
			stress |= *p == '\'';
			p++;
			n--;
		}
		/* ";" (a pause between vowels) and "_" (a word gap). */
		if (!n || (n == 1 && strchr(";_:", *p)))
			continue;
		if (n >= sizeof(name) || t->nu == EN_UNITS)
			return 0;
		memcpy(name, p, n);
		name[n] = '\0';
		if (!(t->u[t->nu].r = find(name)))
			return 0;
		t->u[t->nu++].stress = stress;
	}
	return 1;
}

/* The vowel of a Vietnamese nucleus that takes the tone: one with a
 * circumflex, breve or horn; the second after a glide ("oái", "uý");
 * the last before a coda; else the first ("ía", "ái"). */
static size_t tone_at(const char *v, int glide, int coda)
{
	size_t pos = 0, at, marked = SIZE_MAX, first = SIZE_MAX, second =
		SIZE_MAX, last = 0;
	uint32_t cp;

	while (pos < strlen(v)) {
		at = pos;
		if (norm_utf8_next(v, strlen(v), &pos, &cp))
			break;
		if (cp == 0xE2 || cp == 0xEA || cp == 0xF4 || cp == 0x103 ||
		    cp == 0x1A1 || cp == 0x1B0)
			marked = at;
		if (first == SIZE_MAX)
			first = at;
		else if (second == SIZE_MAX)
			second = at;
		last = at;
	}
	if (marked != SIZE_MAX)
		return marked;
	if (glide && second != SIZE_MAX)
		return second;
	return coda ? last : first;
}

/* Writes one syllable: onset, nucleus with w-glide, coda, Vietnamese
 * spelling, and the rising tone of a stop coda. */
static void syllable(struct en_word *t, const char *on, int glide,
		     int yglide, const char *v, const char *co)
{
	glide = glide == 1;
	char nuc[EN_SYL];
	size_t pos = 0, at, tone;
	uint32_t cp;
	struct norm_buf *b = &t->out;

	if (!strcmp(on, "o")) {
		on = "";
		glide = 1;
	}
	/* "cute" -> "kiu"; "y" before other vowels is not said. */
	snprintf(nuc, sizeof(nuc), "%s%s", yglide && v[0] == 'u' ? "i" : "", v);
	if (glide) {
		int q = !strcmp(on, "c");

		snprintf(nuc, sizeof(nuc), "%s%s", v[0] == 'i' ? (q ? "y" : "uy") :
			 strchr("ou", v[0]) || !strncmp(v, "ô", 2) ? "" :
			 q ? "u" : "o", v[0] == 'i' ? v + 1 : v);
		if (q)
			on = "qu";
	}
	if (co && strlen(nuc) >= 2 && strchr("iouy", nuc[strlen(nuc) - 1]) &&
	    strcmp(nuc, "uy"))
		co = NULL;
	/* "-ol" of drug names: "Panadol" -> "pa na đôn". */
	if (co && !strcmp(co, "n") && !strcmp(nuc, "o"))
		snprintf(nuc, sizeof(nuc), "ô");
	if (co && !strcmp(co, "c") && !strcmp(nuc, "e"))
		snprintf(nuc, sizeof(nuc), "ê");
	/* "ích", "ếch", "inh", "uynh", "anh" (announcers' "Bank": "banh"). */
	if (co && (!strcmp(co, "c") || !strcmp(co, "ng")) &&
	    (strchr("iy", nuc[strlen(nuc) - 1]) || !strcmp(nuc, "ê") ||
	     (co[0] == 'n' && !strcmp(nuc, "a"))))
		co = co[0] == 'c' ? "ch" : "nh";
	on = norm_translit_onset(on, nuc);
	tone = co && strchr("ptc", co[0]) ? tone_at(nuc, glide, 1) : SIZE_MAX;
	if (b->len)
		norm_buf_addc(b, ' ');
	norm_buf_adds(b, on);
	while (pos < strlen(nuc)) {
		at = pos;
		if (norm_utf8_next(nuc, strlen(nuc), &pos, &cp))
			break;
		norm_buf_add_cp(b, at == tone ? norm_with_acute(cp) : cp);
	}
	if (co)
		norm_buf_adds(b, co);
}

/* A consonant said as its own syllable: "s" of "Skype" -> "xờ". */
static void epenthetic(struct en_word *t, const struct en_unit *c)
{
	if (!said(c->r->onset) || !strcmp(c->r->onset, "o"))
		return;
	if (t->out.len)
		norm_buf_addc(&t->out, ' ');
	norm_buf_adds(&t->out, c->r->onset);
	norm_buf_adds(&t->out, "ờ");
}

/* The coda of the consonants c[0, m) after a vowel: the first nasal,
 * else the first said there ("nd" -> "n", "ks" -> "c"). */
static const char *coda(const struct en_unit *c, size_t m)
{
	const char *first = NULL;
	size_t k;

	for (k = 0; k < m; k++) {
		const char *r = c[k].r->coda;

		if (!said(r))
			continue;
		if (!strcmp(r, "m") || !strcmp(r, "n") || !strcmp(r, "ng"))
			return r;
		if (!first)
			first = r;
	}
	return first;
}


/* A short stressed vowel before "p" or "k" keeps it as its coda too, as
 * announcers say "Apple" "áp pồ" and "Booking" "búc kinh". */
static int doubled(const struct en_unit *v, const struct en_unit *c)
{
	static const char *const checked[] = { "I", "E", "a", "0", "V", "U" };
	size_t k;

	if (!v->stress || !(named(c, "p") || named(c, "k")))
		return 0;
	for (k = 0; k < sizeof(checked) / sizeof(checked[0]); k++)
		if (named(v, checked[k]))
			return 1;
	return 0;
}

/* c[m-2] c[m-1] is a stop or "f" and "l" or "r" ("gr", "fl", "bl"). */
static int liquid_cluster(const struct en_unit *c, size_t m)
{
	static const char *const first[] = { "b", "d", "f", "g", "k", "p", "T", "v" };
	size_t k;

	if (m < 2 || !(named(&c[m - 1], "l") || named(&c[m - 1], "r")))
		return 0;
	for (k = 0; k < sizeof(first) / sizeof(first[0]); k++)
		if (named(&c[m - 2], first[k]))
			return 1;
	return 0;
}

/* The glide after the onset c[k-1] at c[k] ("sw", "kj"): 1 for "w", 2
 * for "j", 0 when none. */
static int glide_of(const struct en_unit *u)
{
	return named(u, "w") ? 1 : named(u, "j") ? 2 : 0;
}

/* The onset of consonants c[0, m) before a vowel, their last ("tr" for
 * "t r": Vietnamese has it); sets *says to how many before it are said
 * with "ờ" and *glide. */
static const char *onset_of(const struct en_unit *c, size_t m, size_t *says,
			    int *glide)
{
	*glide = 0;
	*says = 0;
	if (!m)
		return "";
	if (m > 1 && glide_of(&c[m - 1])) {
		*glide = glide_of(&c[m - 1]);
		m--;
	}
	if (m > 1 && named(&c[m - 2], "t") && named(&c[m - 1], "r")) {
		*says = m - 2;
		return "tr";
	}
	*says = m - 1;
	return said(c[m - 1].r->onset) ? c[m - 1].r->onset : "";
}

static int syllables(struct en_word *t)
{
	size_t vi[EN_UNITS], nv = 0, j, k, says;
	const char *on;
	int glide;

	for (k = 0; k < t->nu; k++)
		if (is_vowel(&t->u[k]))
			vi[nv++] = k;
	if (!nv)
		return 0;
	on = onset_of(t->u, vi[0], &says, &glide);
	for (k = 0; k < says; k++)
		epenthetic(t, &t->u[k]);
	for (j = 0; j < nv; j++) {
		const struct en_unit *v = &t->u[vi[j]], *c = v + 1, *mid = NULL;
		size_t m = (j + 1 < nv ? vi[j + 1] : t->nu) - vi[j] - 1;
		const char *co = NULL, *non = "";
		int nglide = 0;

		says = 0;
		if (j + 1 == nv) {
			co = coda(c, m);
		} else if (m == 1) {
			co = doubled(v, c) ? coda(c, 1) : NULL;
			non = onset_of(c, 1, &says, &nglide);
		} else if (m > 1) {
			/* "Agribank" -> "a gờ ri": a stop or "f" before "l"
			 * or "r" starts the next syllable with "ờ". */
			size_t cut = liquid_cluster(c, m) ? m - 2 : 1;

			co = coda(c, cut);
			mid = c + cut;
			non = onset_of(mid, m - cut, &says, &nglide);
		}
		syllable(t, on, glide, glide == 2, co ? v->r->closed : v->r->open,
			 co);
		/* Middle consonants: "ờ" syllables, but a middle "s" is not
		 * said ("Express" -> "ếch pờ rét"). */
		for (k = 0; mid && k < says; k++)
			if (!named(&mid[k], "s") && !named(&mid[k], "z"))
				epenthetic(t, &mid[k]);
		on = non;
		glide = nglide;
	}
	return !t->out.failed;
}

int norm_translit_en_map(const char *ph, char *out, size_t size)
{
	struct en_word t;
	int ok;

	if (!size)
		return 0;
	out[0] = '\0';
	memset(&t, 0, sizeof(t));
	norm_buf_init(&t.out, size);
	ok = cut(&t, ph) && syllables(&t) && t.out.len < size;
	if (ok) {
		memcpy(out, t.out.p ? t.out.p : "", t.out.len);
		out[t.out.len] = '\0';
	}
	norm_buf_release(&t.out);
	return ok;
}

int norm_translit_en(const char *p, size_t n, char *out, size_t size)
{
	char word[NORM_TRANSLIT_MAX + 1], ph[16 * NORM_TRANSLIT_MAX];
	int known = 0;
	size_t len;

	if (source_mode == LOA_ENGLISH_OFF || !n || n > NORM_TRANSLIT_MAX)
		return 0;
	memcpy(word, p, n);
	word[n] = '\0';
	if (!source(word, ph, sizeof(ph), &known) ||
	    (source_mode == LOA_ENGLISH_KNOWN && !known))
		return 0;
	if (!norm_translit_en_map(ph, out, size))
		return 0;
	/* A final "a" said as a schwa is "a", as announcers read the letter:
	 * "Lazada" -> "la da đa", not "đơ". */
	len = strlen(out);
	if ((p[n - 1] | 0x20) == 'a' && len >= 2 && !strcmp(out + len - 2, "ơ"))
		memcpy(out + len - 2, "a", 2);
	return 1;
}
