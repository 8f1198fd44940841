// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Ring-buffer benchmark consumer: the same source is built natively against
 * Debian's libbpf and as a Wasm guest against libbpf-wasm.
 *
*   bench drain SIZE COUNT   wait until COUNT events of SIZE bytes are
 *                               queued, then time draining them
*   bench live SECONDS       count events delivered while a producer runs
*   bench attach             print CLOCK_REALTIME once attached, exit
 *
 * It prints READY once attached; the bench script then runs the producer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "bench.skel.h"

static unsigned long long consumed, bytes;

static int on_event(void *ctx, void *data, size_t size)
{
	(void)ctx;
	(void)data;
	consumed++;
	bytes += size;
	return 0;
}

static long long now_ns(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* .bss is mmap'ed natively; a guest refreshes its copy explicitly. */
static unsigned long long produced(struct bench_bpf *skel)
{
#ifdef __wasm__
	bpf_object__read_globals(skel->obj);
#endif
	return skel->bss->produced;
}

static int drain(struct bench_bpf *skel, struct ring_buffer *rb, unsigned long long count)
{
	long long t0, t1, deadline = now_ns(CLOCK_MONOTONIC) + 30000000000LL;

	while (produced(skel) < count && now_ns(CLOCK_MONOTONIC) < deadline) {
		struct timespec ms = { 0, 1000000 };

		nanosleep(&ms, NULL);
	}
	if (produced(skel) < count) {
		fprintf(stderr, "only %llu of %llu events produced\n", produced(skel), count);
		return 1;
	}
	t0 = now_ns(CLOCK_MONOTONIC);
	while (consumed < count) {
		int err = ring_buffer__consume(rb);

		if (err == 0 && now_ns(CLOCK_MONOTONIC) - t0 > 30000000000LL) {
			fprintf(stderr, "only %llu of %llu events consumed\n", consumed, count);
			return 1;
		}

		if (err < 0) {
			fprintf(stderr, "consume: %d\n", err);
			return 1;
		}
	}
	t1 = now_ns(CLOCK_MONOTONIC);
	printf("drain events=%llu bytes=%llu ns=%lld events_per_s=%.0f\n", consumed, bytes,
	       t1 - t0, consumed * 1e9 / (double)(t1 - t0));
	return 0;
}

static int live(struct bench_bpf *skel, struct ring_buffer *rb, int seconds)
{
	long long t0 = now_ns(CLOCK_MONOTONIC), end = t0 + seconds * 1000000000LL;

	while (now_ns(CLOCK_MONOTONIC) < end) {
		int err = ring_buffer__poll(rb, 10);

		if (err < 0 && err != -EINTR) {
			fprintf(stderr, "poll: %d\n", err);
			return 1;
		}
	}
#ifdef __wasm__
	bpf_object__read_globals(skel->obj);
#endif
	printf("live seconds=%d received=%llu produced=%llu dropped=%llu events_per_s=%.0f\n", seconds,
	       consumed, skel->bss->produced, skel->bss->dropped, consumed / (double)seconds);
	return 0;
}

int main(int argc, char **argv)
{
	struct ring_buffer *rb = NULL;
	struct bench_bpf *skel;
	const char *mode = argc > 1 ? argv[1] : "";
	int ret = 1;

	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = bench_bpf__open();
	if (!skel) {
		fprintf(stderr, "open failed\n");
		return 1;
	}
	if (!strcmp(mode, "drain") && argc == 4) {
		skel->rodata->event_size = (unsigned int)atoi(argv[2]);
		skel->rodata->fill_count = (unsigned int)atoi(argv[3]);
	}
	if (bench_bpf__load(skel) || bench_bpf__attach(skel)) {
		fprintf(stderr, "load/attach failed\n");
		goto out;
	}
	if (!strcmp(mode, "attach")) {
		printf("attached_realtime_ns=%lld\n", now_ns(CLOCK_REALTIME));
		ret = 0;
		goto out;
	}
	rb = ring_buffer__new(bpf_map__fd(skel->maps.rb), on_event, NULL, NULL);
	if (!rb) {
		fprintf(stderr, "ring_buffer__new failed\n");
		goto out;
	}
	printf("READY\n");
	if (!strcmp(mode, "drain") && argc == 4)
		ret = drain(skel, rb, (unsigned long long)atoll(argv[3]));
	else if (!strcmp(mode, "live") && argc == 3)
		ret = live(skel, rb, atoi(argv[2]));
	else
		fprintf(stderr, "usage: bench drain SIZE COUNT | live SECONDS | attach\n");
out:
	ring_buffer__free(rb);
	bench_bpf__destroy(skel);
	return ret;
}
