// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * WASI checks for the host: wasi_guest MODE [ARGS...]
 *   args     print argc and each argument
 *   exit N   return N from main
 *   streams  one line to stdout, one to stderr
 *   clock    monotonic clock moves across a 200 ms sleep; realtime is sane
 *   sleep    sleep 30 s; print how the sleep ended (Ctrl-C test)
 *   random   two random_get calls differ
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long ns(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(mode, "args")) {
		printf("argc=%d\n", argc);
		for (int i = 0; i < argc; i++)
			printf("argv[%d]=%s\n", i, argv[i]);
		printf("environ=%s\n", getenv("HOME") ? "yes" : "empty");
	} else if (!strcmp(mode, "exit") && argc > 2) {
		return atoi(argv[2]);
	} else if (!strcmp(mode, "streams")) {
		printf("to stdout\n");
		fprintf(stderr, "to stderr\n");
	} else if (!strcmp(mode, "clock")) {
		long long t0 = ns(CLOCK_MONOTONIC), real = ns(CLOCK_REALTIME) / 1000000000LL;
		struct timespec d = { 0, 200 * 1000 * 1000 };

		nanosleep(&d, NULL);
		printf("slept_ms=%lld\n", (ns(CLOCK_MONOTONIC) - t0) / 1000000);
		printf("realtime_ok=%d\n", real > 1700000000LL);
	} else if (!strcmp(mode, "sleep")) {
		struct timespec d = { 30, 0 };
		long long t0 = ns(CLOCK_MONOTONIC);
		int r;

		printf("sleeping\n");
		r = nanosleep(&d, NULL);
		printf("nanosleep=%d errno_is_EINTR=%d after_ms=%lld\n", r, r && errno == EINTR,
		       (ns(CLOCK_MONOTONIC) - t0) / 1000000);
	} else if (!strcmp(mode, "random")) {
		unsigned char a[16], b[16];

		getentropy(a, sizeof(a));
		getentropy(b, sizeof(b));
		printf("random_differs=%d\n", memcmp(a, b, sizeof(a)) != 0);
	} else {
		fprintf(stderr, "usage: wasi_guest args|exit N|streams|clock|sleep|random\n");
		return 2;
	}
	return 0;
}
