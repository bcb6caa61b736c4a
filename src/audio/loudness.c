#include "loa/loudness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TP_FACTOR 4          /* oversampling for true peak */
#define TP_TAPS_PER_PHASE 12
#define TP_BLOCK 1024
#define TP_GROUP 32          /* outputs skipped or computed together */
#define MAX_SUBBLOCKS (24 * 3600 * 10)

struct biquad {
	double b0, b1, b2, a1, a2;
	double z1, z2;
};

struct loa_meter {
	struct biquad shelf, highpass;
	size_t subblock_len;      /* samples in 100 ms */
	size_t in_subblock;
	double subblock_sum;
	double *subblocks;        /* mean square of each 100 ms */
	size_t n_subblocks, cap_subblocks;
	/* The last TP_TAPS_PER_PHASE - 1 inputs, then the current block:
	 * one contiguous run, so the interpolation loops vectorise. */
	float tp_buf[TP_TAPS_PER_PHASE - 1 + TP_BLOCK];
	float tp_out[TP_GROUP];
	float taps[TP_FACTOR][TP_TAPS_PER_PHASE];
	float tp_gain;            /* bound: |output| <= tp_gain * max |input| */
	double peak;              /* linear true peak */
	int flags;
};

static double biquad_run(struct biquad *f, double x)
{
	/* Transposed direct form II. */
	double y = f->b0 * x + f->z1;

	f->z1 = f->b1 * x - f->a1 * y + f->z2;
	f->z2 = f->b2 * x - f->a2 * y;
	return y;
}

/* BS.1770 K-weighting (pre-filter shelf + RLB high-pass) at any rate. */
static void k_weighting(struct loa_meter *m, int rate)
{
	double f0 = 1681.974450955533, G = 3.999843853973347;
	double Q = 0.7071752369554196;
	double K = tan(M_PI * f0 / rate);
	double Vh = pow(10.0, G / 20.0);
	double Vb = pow(Vh, 0.4996667741545416);
	double a0 = 1.0 + K / Q + K * K;

	m->shelf.b0 = (Vh + Vb * K / Q + K * K) / a0;
	m->shelf.b1 = 2.0 * (K * K - Vh) / a0;
	m->shelf.b2 = (Vh - Vb * K / Q + K * K) / a0;
	m->shelf.a1 = 2.0 * (K * K - 1.0) / a0;
	m->shelf.a2 = (1.0 - K / Q + K * K) / a0;

	f0 = 38.13547087602444;
	Q = 0.5003270373238773;
	K = tan(M_PI * f0 / rate);
	a0 = 1.0 + K / Q + K * K;
	m->highpass.b0 = 1.0;
	m->highpass.b1 = -2.0;
	m->highpass.b2 = 1.0;
	m->highpass.a1 = 2.0 * (K * K - 1.0) / a0;
	m->highpass.a2 = (1.0 - K / Q + K * K) / a0;
}

/* A Hann-windowed sinc interpolator split into TP_FACTOR phases. */
static void true_peak_filter(struct loa_meter *m)
{
	const int len = TP_FACTOR * TP_TAPS_PER_PHASE;
	int i;

	for (i = 0; i < len; i++) {
		double t = (i - (len - 1) / 2.0) / TP_FACTOR;
		double sinc = t == 0 ? 1.0 : sin(M_PI * t) / (M_PI * t);
		double w = 0.5 - 0.5 * cos(2.0 * M_PI * (i + 0.5) / len);

		m->taps[i % TP_FACTOR][i / TP_FACTOR] = (float)(sinc * w);
	}
	/* The largest sum of |taps| of a phase, with room for the rounding
	 * of twelve float products and sums (a few parts in 10^7). */
	m->tp_gain = 0;
	for (i = 0; i < TP_FACTOR; i++) {
		float sum = 0;
		int j;

		for (j = 0; j < TP_TAPS_PER_PHASE; j++)
			sum += fabsf(m->taps[i][j]);
		if (sum > m->tp_gain)
			m->tp_gain = sum;
	}
	m->tp_gain *= 1.001f;
}

loa_status loa_meter_new(struct loa_meter **out, int rate, int flags)
{
	struct loa_meter *m;

	*out = NULL;
	if (rate < 8000 || rate > 384000)
		return LOA_EINTERNAL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return LOA_ENOMEM;
	m->flags = flags;
	k_weighting(m, rate);
	true_peak_filter(m);
	m->subblock_len = (size_t)rate / 10;
	*out = m;
	return LOA_OK;
}

void loa_meter_free(struct loa_meter **meter)
{
	if (!meter || !*meter)
		return;
	free((*meter)->subblocks);
	free(*meter);
	*meter = NULL;
}

static loa_status end_subblock(struct loa_meter *m)
{
	if (m->n_subblocks == m->cap_subblocks) {
		size_t ncap = m->cap_subblocks ? 2 * m->cap_subblocks : 1024;
		double *p;

		if (ncap > MAX_SUBBLOCKS)
			return LOA_ENOMEM;
		p = realloc(m->subblocks, ncap * sizeof(*p));
		if (!p)
			return LOA_ENOMEM;
		m->subblocks = p;
		m->cap_subblocks = ncap;
	}
	m->subblocks[m->n_subblocks++] = m->subblock_sum / m->subblock_len;
	m->subblock_sum = 0;
	m->in_subblock = 0;
	return LOA_OK;
}

/* The largest magnitude in x, or floor; written to vectorise. */
static float block_peak(const float *x, size_t n, float floor)
{
	float peak = floor;
	size_t i;

	for (i = 0; i < n; i++) {
		float a = fabsf(x[i]);

		peak = a > peak ? a : peak;
	}
	return peak;
}

/*
 * Interpolates n (<= TP_BLOCK) new samples 4x and tracks the peak.  Each
 * output is summed in a register, tap by tap in the same order as a
 * plain convolution (so the peak is bit for bit the same), instead of
 * sweeping the block once per tap through memory.  A group of outputs
 * whose inputs are too small to beat the peak so far, even with every
 * tap adding up (tp_gain), is skipped: it could not change the maximum,
 * so the result is the same bits, and most of speech is skipped.
 */
static void track_true_peak(struct loa_meter *m, const float *x, size_t n)
{
	const size_t hist = TP_TAPS_PER_PHASE - 1;
	float *buf = m->tp_buf;
	float *restrict y = m->tp_out;
	float peak;
	size_t i, at;
	int phase, j;

	memcpy(buf + hist, x, n * sizeof(*x));
	peak = block_peak(x, n, (float)m->peak);
	for (at = 0; at < n; at += TP_GROUP) {
		size_t len = n - at < TP_GROUP ? n - at : TP_GROUP;

		if (block_peak(buf + at, hist + len, 0) * m->tp_gain <= peak)
			continue;
		for (phase = 0; phase < TP_FACTOR; phase++) {
			const float *tap = m->taps[phase];

			for (i = 0; i < len; i++) {
				const float *src = buf + hist + at + i;
				float acc = 0;

				for (j = 0; j < TP_TAPS_PER_PHASE; j++)
					acc += tap[j] * src[-j];
				y[i] = acc;
			}
			peak = block_peak(y, len, peak);
		}
	}
	m->peak = peak;
	memmove(buf, buf + n, hist * sizeof(*buf));
}

loa_status loa_meter_add(struct loa_meter *m, const float *x, size_t n)
{
	size_t i;
	loa_status rc;

	for (i = 0; i < n; i++) {
		double y = biquad_run(&m->highpass,
				      biquad_run(&m->shelf, x[i]));

		m->subblock_sum += y * y;
		if (++m->in_subblock == m->subblock_len &&
		    (rc = end_subblock(m)))
			return rc;
	}
	if (m->flags & LOA_METER_TRUE_PEAK)
		for (i = 0; i < n; i += TP_BLOCK)
			track_true_peak(m, x + i,
					n - i < TP_BLOCK ? n - i : TP_BLOCK);
	return LOA_OK;
}

static double to_lufs(double mean_square)
{
	return -0.691 + 10.0 * log10(mean_square);
}

double loa_meter_integrated(const struct loa_meter *m)
{
	double abs_gate = pow(10.0, (-70.0 + 0.691) / 10.0);
	double sum = 0, rel_gate;
	size_t i, count = 0;

	if (m->n_subblocks < 4)
		return -HUGE_VAL;
	/* 400 ms blocks overlapping by 75%: four 100 ms sub-blocks each. */
	for (i = 3; i < m->n_subblocks; i++) {
		double e = (m->subblocks[i] + m->subblocks[i - 1] +
			    m->subblocks[i - 2] + m->subblocks[i - 3]) / 4;
		if (e > abs_gate) {
			sum += e;
			count++;
		}
	}
	if (!count)
		return -HUGE_VAL;
	rel_gate = sum / count * pow(10.0, -10.0 / 10.0);
	sum = 0;
	count = 0;
	for (i = 3; i < m->n_subblocks; i++) {
		double e = (m->subblocks[i] + m->subblocks[i - 1] +
			    m->subblocks[i - 2] + m->subblocks[i - 3]) / 4;
		if (e > abs_gate && e > rel_gate) {
			sum += e;
			count++;
		}
	}
	return count ? to_lufs(sum / count) : -HUGE_VAL;
}

double loa_meter_true_peak(const struct loa_meter *m)
{
	return m->peak > 0 ? 20.0 * log10(m->peak) : -HUGE_VAL;
}
