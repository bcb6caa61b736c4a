/*
 * The gain model of render/peaks: windows by peak, the limiter's loss
 * worked out by hand for signals made of two known levels, and pieces of
 * any size giving the same histogram.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "render/peaks.h"

#define WINDOW 256 /* mastering.gain_peak_window */

/* n windows of constant magnitude amp, alternating in sign. */
static void add_level(struct peaks *p, double amp, int windows)
{
	float x[WINDOW];
	int i, w;

	for (i = 0; i < WINDOW; i++)
		x[i] = (float)(i % 2 ? -amp : amp);
	for (w = 0; w < windows; w++)
		peaks_add(p, x, WINDOW);
}

/* Nothing reaches the ceiling: the gain is the one asked, plus offset. */
static void test_below_ceiling(void **state)
{
	static struct peaks p;

	(void)state;
	memset(&p, 0, sizeof(p));
	add_level(&p, 0.1, 40); /* -20 dBFS */
	peaks_flush(&p);
	assert_true(fabs(peaks_gain_db(&p, 5.0, -2.7, 0.13) - 5.13) < 0.002);
}

/*
 * One window at 0 dBFS among twenty at -10.5 dBFS, ceiling -6 dBFS: for a
 * gain under 4.5 dB only the loud window passes the ceiling, and loses
 * gain + 6 dB.  Asked for 2 dB, the model needs about 3.67 dB.
 */
static void test_loss_by_hand(void **state)
{
	static struct peaks p;
	double loud = WINDOW * 1.0, quiet = 20 * WINDOW * 0.3f * 0.3f, g, loss;

	(void)state;
	memset(&p, 0, sizeof(p));
	add_level(&p, 1.0, 1);
	add_level(&p, 0.3, 20);
	peaks_flush(&p);
	g = peaks_gain_db(&p, 2.0, -6.0, 0.0);
	loss = 10 * log10((loud + quiet) /
			  (loud * pow(10, -(g + 6) / 10) + quiet));
	assert_true(fabs(g - 3.666) < 0.01);
	assert_true(fabs(g - loss - 2.0) < 0.002);
	/* an offset adds straight on where nothing more reaches the ceiling */
	memset(&p, 0, sizeof(p));
	add_level(&p, 0.1, 10);
	peaks_flush(&p);
	assert_true(fabs(peaks_gain_db(&p, 3.0, -6.0, 1.0) - 4.0) < 0.002);
}

/* Pieces of any size make the same windows as one piece. */
static void test_pieces(void **state)
{
	static struct peaks whole, parts;
	static float x[WINDOW * 7 + 100];
	size_t i, at, step = 1;

	(void)state;
	memset(&whole, 0, sizeof(whole));
	memset(&parts, 0, sizeof(parts));
	for (i = 0; i < sizeof(x) / sizeof(x[0]); i++)
		x[i] = (float)(0.5 * sin(i * 0.05) * (1 + i % 300) / 300);
	peaks_add(&whole, x, sizeof(x) / sizeof(x[0]));
	peaks_flush(&whole);
	for (at = 0; at < sizeof(x) / sizeof(x[0]); at += step, step = step * 3 % 317 + 1) {
		size_t n = sizeof(x) / sizeof(x[0]) - at;

		peaks_add(&parts, x + at, n < step ? n : step);
	}
	peaks_flush(&parts);
	assert_memory_equal(whole.energy, parts.energy, sizeof(whole.energy));
	assert_true(whole.total > 0 && whole.total == parts.total);
}

/* A silent programme has nothing to lose. */
static void test_silence(void **state)
{
	static struct peaks p;

	(void)state;
	memset(&p, 0, sizeof(p));
	peaks_flush(&p);
	assert_true(fabs(peaks_gain_db(&p, 2.0, -2.7, 0.13) - 2.13) < 0.002);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_below_ceiling),
		cmocka_unit_test(test_loss_by_hand),
		cmocka_unit_test(test_pieces),
		cmocka_unit_test(test_silence),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
