/*
 * A handler that counts: after the first SIGINT, sleeps are full length
 * again (the signal is delivered once, not forever).
 */
#include <signal.h>
#include <stdio.h>
#include <time.h>

static volatile sig_atomic_t hits;

static void on_int(int sig)
{
	(void)sig;
	hits++;
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, on_int);
	printf("ready\n");
	while (hits < 2) {
		struct timespec d = { 0, 300000000 };
		long long t0 = now_ms();
		int r = nanosleep(&d, NULL);

		printf("sleep r=%d ms=%lld hits=%d\n", r, now_ms() - t0, (int)hits);
	}
	printf("done hits=%d\n", (int)hits);
	return 0;
}
