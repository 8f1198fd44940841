/* SIGINT ignored, SIGTERM handled: the ignored one must not cut the sleep. */
#include <signal.h>
#include <stdio.h>
#include <time.h>

static volatile sig_atomic_t term;

static void on_term(int sig)
{
	(void)sig;
	term = 1;
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	struct timespec d = { 1, 500000000 };
	long long t0;
	int r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, on_term);
	printf("sleeping\n");
	t0 = now_ms();
	r = nanosleep(&d, NULL);
	printf("first sleep r=%d ms=%lld\n", r, now_ms() - t0);
	while (!term) {
		d.tv_sec = 30;
		nanosleep(&d, NULL);
	}
	printf("terminated by handler\n");
	return 0;
}
