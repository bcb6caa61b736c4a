#include "peaks.h"

#include <math.h>

#include "mastering.h"

static void end_window(struct peaks *p)
{
	if (p->in_window) {
		double db = p->peak > 0 ? 20.0 * log10(p->peak) : PEAKS_FLOOR_DB;
		long bin = lround((db - PEAKS_FLOOR_DB) * 10.0);

		if (bin < 0)
			bin = 0;
		if (bin >= PEAKS_BINS)
			bin = PEAKS_BINS - 1;
		p->energy[bin] += p->sum;
		p->total += p->sum;
	}
	p->peak = 0;
	p->sum = 0;
	p->in_window = 0;
}

void peaks_add(struct peaks *p, const float *x, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		float a = fabsf(x[i]);

		p->peak = a > p->peak ? a : p->peak;
		p->sum += (double)x[i] * x[i];
		if (++p->in_window == (size_t)mastering.gain_peak_window)
			end_window(p);
	}
}

void peaks_flush(struct peaks *p)
{
	end_window(p);
}

/* What a gain of gain_db, then a ceiling at limit_db, take off p (dB). */
static double loss_db(const struct peaks *p, double gain_db, double limit_db)
{
	double kept = 0;
	int i;

	if (p->total <= 0)
		return 0;
	for (i = 0; i < PEAKS_BINS; i++) {
		double over = PEAKS_FLOOR_DB + i / 10.0 + gain_db - limit_db;

		kept += over > 0 ? p->energy[i] * pow(10.0, -over / 10.0) :
				   p->energy[i];
	}
	return 10.0 * log10(p->total / kept);
}

double peaks_gain_db(const struct peaks *p, double want_db, double limit_db,
		     double offset_db)
{
	double lo = want_db + offset_db, hi = lo + 12;

	/* gain - loss(gain) never falls as the gain rises: bisect. */
	while (hi - lo > 0.001) {
		double mid = (lo + hi) / 2;

		if (mid - loss_db(p, mid, limit_db) - offset_db < want_db)
			lo = mid;
		else
			hi = mid;
	}
	return (lo + hi) / 2;
}
