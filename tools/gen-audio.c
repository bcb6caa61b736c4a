/*
 * gen-audio: synthesises Loa's bundled jingles and music bed.
 *
 * usage: gen-audio OUTDIR
 *
 * Writes OUTDIR/chime-in.flac, OUTDIR/chime-out.flac and
 * OUTDIR/bed-soft.flac (mono, 44100 Hz, 16-bit FLAC).  The output depends
 * only on the constants below: no randomness, no clock, so running it
 * again gives the same samples.  Every setting is described in
 * audio/README.md; keep the two in step.
 *
 * Each file is written to a temporary name in OUTDIR and renamed into
 * place, so an interrupted run never leaves a partial asset behind.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sndfile.h>

#define RATE 44100
#define PEAK_DBFS (-3.0)
#define HORN_TOP_HZ 7000.0	/* partials above this are left out */

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* Equal-tempered pitches used below, A4 = 440 Hz. */
#define B3 246.94
#define C4 261.63
#define D4 293.66
#define E4 329.63
#define F4 349.23
#define G4 392.00
#define A4 440.00
#define C5 523.25
#define D5 587.33
#define E5 659.26
#define G5 783.99
#define C6 1046.50

/*
 * The struck-bar tone of the chimes: a few partials, each an exponentially
 * decaying sine.  The ratios 1, 3, 4 and 10 are close to a tuned
 * vibraphone bar; the 10th partial is short and gives the mallet's "tick".
 */
static const struct {
	double ratio, amp, decay;	/* decay: time constant as a share of the note's */
} bar_partials[] = {
	{ 1.0, 1.00, 1.00 },
	{ 3.0, 0.10, 0.45 },
	{ 4.0, 0.30, 0.30 },
	{ 10.0, 0.06, 0.06 },
};

#define ATTACK_S 0.004		/* raised-cosine onset, avoids a click */

struct note {
	double start_s, freq, amp, tau_s;
};

/* Chime in: rising C major arpeggio, C5 E5 G5 C6, the last note longest. */
static const struct note chime_in[] = {
	{ 0.00, C5, 0.80, 0.90 },
	{ 0.28, E5, 0.80, 0.90 },
	{ 0.56, G5, 0.85, 0.90 },
	{ 0.84, C6, 1.00, 1.40 },
};

/* Chime out: the same bar falling, C6 G5 E5 C5, ending on the low note. */
static const struct note chime_out[] = {
	{ 0.00, C6, 0.80, 0.90 },
	{ 0.28, G5, 0.80, 0.90 },
	{ 0.56, E5, 0.85, 0.90 },
	{ 0.84, C5, 1.00, 1.50 },
};

#define CHIME_S 2.8		/* length of each chime file */
#define CHIME_FADE_S 0.30	/* cosine fade to silence at the end */

/*
 * The bed: four chords of 5 s (C, Am/C, F/C, G/B), 20 s in all, then it
 * loops.  Every frequency is rounded to a multiple of 1/20 Hz so each
 * sine completes a whole number of cycles in the loop and the seam is
 * sample-continuous.  Each note is a soft organ-like tone (harmonics
 * 1-3) doubled by a quieter copy BED_DETUNE_CENTS sharp for a slow chorus
 * shimmer; every sine starts at its own phase, so the beats of the
 * different notes do not line up into a pulse.
 */
#define BED_CHORD_S 5.0
#define BED_N_CHORDS 4
#define BED_S (BED_CHORD_S * BED_N_CHORDS)
#define BED_XFADE_S 2.0		/* chord-to-chord crossfade */
#define BED_DETUNE_CENTS 6.0	/* the doubling voice, a little sharp */
#define BED_DOUBLE_AMP 0.5	/* its level against the main voice */
#define BED_SWELL_HZ (1.0 / BED_CHORD_S)	/* gentle swell, 4 per loop */
#define BED_SWELL_DEPTH 0.15
#define BED_VOICES 4
#define PHASE_STEP 0.618034	/* golden-ratio phase spread, in cycles */

static const double bed_chords[BED_N_CHORDS][BED_VOICES] = {
	{ C4, E4, G4, C5 },	/* C */
	{ C4, E4, A4, C5 },	/* Am/C */
	{ C4, F4, A4, C5 },	/* F/C */
	{ B3, D4, G4, D5 },	/* G/B */
};

static const double bed_harmonics[] = { 1.0, 0.30, 0.10 };

static double attack(double t)
{
	if (t >= ATTACK_S)
		return 1.0;
	return 0.5 - 0.5 * cos(M_PI * t / ATTACK_S);
}

static void render_chime(float *buf, size_t n, const struct note *notes,
			 size_t n_notes)
{
	size_t i, k, p, fade = (size_t)(CHIME_FADE_S * RATE);

	for (i = 0; i < n; i++)
		buf[i] = 0;
	for (k = 0; k < n_notes; k++) {
		const struct note *nt = &notes[k];
		size_t first = (size_t)lround(nt->start_s * RATE);

		for (p = 0; p < sizeof(bar_partials) / sizeof(bar_partials[0]); p++) {
			double f = nt->freq * bar_partials[p].ratio;
			double tau = nt->tau_s * bar_partials[p].decay;
			double a = nt->amp * bar_partials[p].amp;

			if (f > HORN_TOP_HZ)
				continue;
			for (i = first; i < n; i++) {
				double t = (double)(i - first) / RATE;

				buf[i] += (float)(a * attack(t) * exp(-t / tau) *
						  sin(2 * M_PI * f * t));
			}
		}
	}
	for (i = n - fade; i < n; i++) {
		double x = (double)(i - (n - fade)) / (double)fade;

		buf[i] *= (float)(0.5 + 0.5 * cos(M_PI * x));
	}
}

/* Snaps f to the bed's loop grid: a whole number of cycles per loop. */
static double loop_freq(double f)
{
	return round(f * BED_S) / BED_S;
}

/*
 * Weight of chord c at time t: 1 while it sounds, a sin^2 crossfade of
 * BED_XFADE_S centred on each chord change, periodic over the loop.  The
 * weights of all chords sum to 1 at every instant, so a note shared by
 * neighbouring chords holds steady through the change.
 */
static double chord_weight(int c, double t)
{
	double start = c * BED_CHORD_S, u, h = BED_XFADE_S / 2;

	u = fmod(t - start + h + BED_S, BED_S);	/* 0 at the fade-in start */
	if (u < BED_XFADE_S)
		return pow(sin(M_PI / 2 * u / BED_XFADE_S), 2);
	if (u < BED_CHORD_S)
		return 1.0;
	if (u < BED_CHORD_S + BED_XFADE_S)
		return pow(cos(M_PI / 2 * (u - BED_CHORD_S) / BED_XFADE_S), 2);
	return 0.0;
}

static void render_bed(float *buf, size_t n)
{
	double notes[BED_N_CHORDS * BED_VOICES];
	size_t n_notes = 0, i, k, h;
	int c, v;

	/* The distinct pitches of all chords. */
	for (c = 0; c < BED_N_CHORDS; c++)
		for (v = 0; v < BED_VOICES; v++) {
			double f = bed_chords[c][v];

			for (k = 0; k < n_notes && notes[k] != f; k++)
				;
			if (k == n_notes)
				notes[n_notes++] = f;
		}

	for (i = 0; i < n; i++) {
		double t = (double)i / RATE, s = 0;

		for (k = 0; k < n_notes; k++) {
			double g = 0;

			for (c = 0; c < BED_N_CHORDS; c++)
				for (v = 0; v < BED_VOICES; v++)
					if (bed_chords[c][v] == notes[k])
						g += chord_weight(c, t);
			if (g == 0)
				continue;
			for (h = 0; h < sizeof(bed_harmonics) / sizeof(bed_harmonics[0]); h++) {
				double f = notes[k] * (double)(h + 1);
				double f1 = loop_freq(f);
				double f2 = loop_freq(f * pow(2, BED_DETUNE_CENTS / 1200));
				double ph = 2 * M_PI * PHASE_STEP * (double)(k * 4 + h);

				/*
				 * Phases from the integer sample index keep
				 * sin() arguments exact over the whole loop.
				 */
				s += g * bed_harmonics[h] *
				     (sin(2 * M_PI * fmod(f1 * (double)i, RATE) / RATE + ph) +
				      BED_DOUBLE_AMP *
				      sin(2 * M_PI * fmod(f2 * (double)i, RATE) / RATE + 2 * ph));
			}
		}
		s *= 1.0 - BED_SWELL_DEPTH +
		     BED_SWELL_DEPTH * cos(2 * M_PI * BED_SWELL_HZ * t);
		buf[i] = (float)s;
	}
}

/* Scales buf so its peak sits at PEAK_DBFS, then rounds to 16 bits. */
static void to_pcm16(const float *buf, short *out, size_t n)
{
	double peak = 0, gain;
	size_t i;

	for (i = 0; i < n; i++)
		if (fabs(buf[i]) > peak)
			peak = fabs(buf[i]);
	gain = peak > 0 ? pow(10.0, PEAK_DBFS / 20.0) * 32767.0 / peak : 0;
	for (i = 0; i < n; i++) {
		long v = lround(buf[i] * gain);

		if (v > 32767)
			v = 32767;
		if (v < -32768)
			v = -32768;
		out[i] = (short)v;
	}
}

/* Writes samples as OUTDIR/name through a temporary file and rename(). */
static int write_flac(const char *dir, const char *name, const float *buf,
		      size_t n)
{
	char path[4096], tmp[4096];
	SF_INFO info;
	SNDFILE *sf = NULL;
	short *pcm = NULL;
	double level = 1.0;
	int ret = -1, len;

	len = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (len < 0 || (size_t)len >= sizeof(path)) {
		fprintf(stderr, "gen-audio: path too long: '%s/%s'\n", dir, name);
		return -1;
	}
	len = snprintf(tmp, sizeof(tmp), "%s/.%s.tmp", dir, name);
	if (len < 0 || (size_t)len >= sizeof(tmp)) {
		fprintf(stderr, "gen-audio: path too long: '%s/%s'\n", dir, name);
		return -1;
	}
	if (!(pcm = malloc(n * sizeof(*pcm)))) {
		fprintf(stderr, "gen-audio: out of memory\n");
		goto out;
	}
	to_pcm16(buf, pcm, n);

	memset(&info, 0, sizeof(info));
	info.samplerate = RATE;
	info.channels = 1;
	info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
	if (!(sf = sf_open(tmp, SFM_WRITE, &info))) {
		fprintf(stderr, "gen-audio: cannot create '%s': %s\n", tmp,
			sf_strerror(NULL));
		goto out;
	}
	/* Highest FLAC compression: the assets are committed. */
	sf_command(sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof(level));
	if (sf_write_short(sf, pcm, (sf_count_t)n) != (sf_count_t)n) {
		fprintf(stderr, "gen-audio: cannot write '%s': %s\n", tmp,
			sf_strerror(sf));
		goto out;
	}
	if (sf_close(sf)) {
		sf = NULL;
		fprintf(stderr, "gen-audio: cannot finish '%s'\n", tmp);
		goto out;
	}
	sf = NULL;
	if (rename(tmp, path)) {
		fprintf(stderr, "gen-audio: cannot rename '%s' to '%s': %s\n",
			tmp, path, strerror(errno));
		goto out;
	}
	printf("%s: %.2f s\n", path, (double)n / RATE);
	ret = 0;
out:
	if (sf)
		sf_close(sf);
	if (ret)
		unlink(tmp);
	free(pcm);
	return ret;
}

int main(int argc, char **argv)
{
	size_t n_chime = (size_t)lround(CHIME_S * RATE);
	size_t n_bed = (size_t)lround(BED_S * RATE);
	float *buf = NULL;
	int ret = 1;

	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: gen-audio OUTDIR\n");
		return 2;
	}
	if (!(buf = malloc((n_bed > n_chime ? n_bed : n_chime) * sizeof(*buf)))) {
		fprintf(stderr, "gen-audio: out of memory\n");
		return 3;
	}
	render_chime(buf, n_chime, chime_in, sizeof(chime_in) / sizeof(chime_in[0]));
	if (write_flac(argv[1], "chime-in.flac", buf, n_chime))
		goto out;
	render_chime(buf, n_chime, chime_out,
		     sizeof(chime_out) / sizeof(chime_out[0]));
	if (write_flac(argv[1], "chime-out.flac", buf, n_chime))
		goto out;
	render_bed(buf, n_bed);
	if (write_flac(argv[1], "bed-soft.flac", buf, n_bed))
		goto out;
	ret = 0;
out:
	free(buf);
	return ret;
}
