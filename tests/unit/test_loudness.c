/* The BS.1770 meter against signals whose loudness is known exactly. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>

#include "loa/loudness.h"

#define RATE 44100

static float *sine(size_t n, double freq, double amp, double phase)
{
	float *x = malloc(n * sizeof(*x));
	size_t i;

	assert_non_null(x);
	for (i = 0; i < n; i++)
		x[i] = (float)(amp * sin(2 * M_PI * freq * i / RATE + phase));
	return x;
}

static void test_sine_loudness(void **state)
{
	struct loa_meter *m;
	float *x = sine(RATE * 10, 997, 0.1, 0);

	(void)state;
	assert_int_equal(loa_meter_new(&m, RATE, LOA_METER_TRUE_PEAK), LOA_OK);
	assert_int_equal(loa_meter_add(m, x, RATE * 10), LOA_OK);
	/* A 997 Hz sine at -20 dBFS peak reads -23.01 LUFS (EBU Tech 3341). */
	assert_true(fabs(loa_meter_integrated(m) - -23.01) < 0.1);
	loa_meter_free(&m);
	assert_null(m);
	free(x);
}

static void test_gating_ignores_silence(void **state)
{
	struct loa_meter *m;
	float *x = sine(RATE * 10, 997, 0.1, 0);
	float *quiet = calloc(RATE * 20, sizeof(float));

	(void)state;
	assert_int_equal(loa_meter_new(&m, RATE, LOA_METER_TRUE_PEAK), LOA_OK);
	loa_meter_add(m, x, RATE * 10);
	loa_meter_add(m, quiet, RATE * 20);
	assert_true(fabs(loa_meter_integrated(m) - -23.01) < 0.2);
	loa_meter_free(&m);
	free(x);
	free(quiet);
}

static void test_silence(void **state)
{
	struct loa_meter *m;
	float *quiet = calloc(RATE, sizeof(float));

	(void)state;
	assert_int_equal(loa_meter_new(&m, RATE, LOA_METER_TRUE_PEAK), LOA_OK);
	loa_meter_add(m, quiet, RATE);
	assert_true(isinf(loa_meter_integrated(m)));
	assert_true(isinf(loa_meter_true_peak(m)));
	loa_meter_free(&m);
	free(quiet);
}

static void test_true_peak_between_samples(void **state)
{
	struct loa_meter *m;
	/* fs/4 at 45 degrees: every sample is at 0.354, the wave peaks at 0.5. */
	float *x = sine(RATE, RATE / 4.0, 0.5, M_PI / 4);
	double tp;

	(void)state;
	assert_int_equal(loa_meter_new(&m, RATE, LOA_METER_TRUE_PEAK), LOA_OK);
	loa_meter_add(m, x, RATE);
	tp = loa_meter_true_peak(m);
	assert_true(tp > -6.6 && tp < -5.5);  /* -6.02 dBTP, not -9.03 */
	loa_meter_free(&m);
	free(x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sine_loudness),
		cmocka_unit_test(test_gating_ignores_silence),
		cmocka_unit_test(test_silence),
		cmocka_unit_test(test_true_peak_between_samples),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
