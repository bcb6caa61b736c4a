/*
 * The daemon's clock (real or test) and the kernel's time-sync status.
 */
#include <stdio.h>
#include <sys/timex.h>
#include <time.h>

#include "air_int.h"

static long long mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

long long air_mono_ms(void)
{
	return mono_ns() / 1000000;
}

static long long real_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void air_clock_init(struct air_clock *c, long long start_ms, int speed)
{
	c->simulated = start_ms != 0 || speed != 1;
	c->base_ms = start_ms ? start_ms : real_ms();
	c->mono0_ns = mono_ns();
	c->speed = speed > 0 ? speed : 1;
}

long long air_clock_now(const struct air_clock *c)
{
	if (!c->simulated)
		return real_ms();
	if (c->speed > 1)
		return c->base_ms; /* moves only by air_clock_sleep_until */
	return c->base_ms + (mono_ns() - c->mono0_ns) / 1000000;
}

void air_clock_sleep_until(struct air_clock *c, long long ms,
			   long long max_real_ms)
{
	long long wait_ns = (ms - air_clock_now(c)) * 1000000 / c->speed;
	struct timespec ts;

	if (wait_ns > max_real_ms * 1000000)
		wait_ns = max_real_ms * 1000000;
	if (wait_ns <= 0)
		return;
	/* A fast test clock skips sleeps too short for the kernel. */
	if (c->speed == 1 || wait_ns >= 100000) {
		ts.tv_sec = wait_ns / 1000000000;
		ts.tv_nsec = wait_ns % 1000000000;
		nanosleep(&ts, NULL);
	}
	if (c->speed > 1)
		c->base_ms += wait_ns * c->speed / 1000000;
}

int air_clock_sync(long *error_ms)
{
	struct timex tx = { 0 };
	int state = adjtimex(&tx);

	if (state < 0)
		return -1;
	*error_ms = tx.esterror / 1000;
	return state != TIME_ERROR && !(tx.status & STA_UNSYNC);
}
