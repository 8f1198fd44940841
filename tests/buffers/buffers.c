// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * buffers MODE PID: libbpf's ring and perf buffers as a tool with several
 * of them uses them. The traced process's getpgid() calls are the events;
 * the test paces the steps by writing a line to stdin.
 *
 *   buffers rings PID N   ring_buffer__new(ring_a) + ring_buffer__add(ring_b),
 *                         each map with its own callback, until N events
 *   buffers two PID N     two ring buffers and a perf buffer on one object
 *                         (built with -DLIBBPF_WASM_EXT_BUFFERS), until N
 *                         events in each of the rings' union and the perf buffer
 *   buffers lost PID N    a one-page perf buffer left unpolled while events
 *                         arrive, then drained (consume, then poll) until
 *                         samples + lost = N. The kernel writes its lost
 *                         record when there is room again: at the first
 *                         event after the drain, which the test sends.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <bpf/libbpf.h>
#include "buffers.wasm.h"
#include "buffers.skel.h"

static int ring_events, perf_samples;
static unsigned long long perf_lost;

static int print_event(const char *ring, const void *data, size_t size)
{
	const struct event *e = data;

	if (size != sizeof(*e)) {
		fprintf(stderr, "%s: event of %zu bytes\n", ring, size);
		return -EINVAL;
	}
	printf("%s seq=%u pid=%d comm=%s\n", ring, e->seq, e->pid, e->comm);
	ring_events++;
	return 0;
}

static int on_a(void *ctx, void *data, size_t size)
{
	return print_event(ctx, data, size);
}

static int on_b(void *ctx, void *data, size_t size)
{
	return print_event(ctx, data, size);
}

static void on_perf(void *ctx, int cpu, void *data, __u32 size)
{
	const struct event *e = data;
	int quiet = *(int *)ctx;

	if (size < sizeof(*e))
		return;
	perf_samples++;
	if (!quiet)
		printf("perf seq=%u cpu=%s\n", e->seq, (unsigned)cpu == e->cpu ? "same" : "other");
}

static void on_lost(void *ctx, int cpu, __u64 cnt)
{
	(void)ctx;
	(void)cpu;
	perf_lost += cnt;
}

static void step(void)
{
	char line[16];

	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		exit(1);
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static int fail(const char *what, int err)
{
	fprintf(stderr, "%s: %s\n", what, strerror(-err));
	return 1;
}

static int rings(struct buffers_bpf *skel, int n)
{
	struct ring_buffer *rb = ring_buffer__new(bpf_map__fd(skel->maps.ring_a), on_a, "a", NULL);
	long long deadline;
	int err;

	if (!rb)
		return fail("ring_buffer__new", -errno);
	err = ring_buffer__add(rb, bpf_map__fd(skel->maps.ring_b), on_b, "b");
	if (err)
		return fail("ring_buffer__add", err);
	printf("attached\n");
	step();
	for (deadline = now_ms() + 10000; ring_events < n && now_ms() < deadline;)
		if ((err = ring_buffer__poll(rb, 100)) < 0)
			return fail("ring_buffer__poll", err);
	ring_buffer__free(rb);
	printf("events=%d\n", ring_events);
	return 0;
}

static int two(struct buffers_bpf *skel, int n)
{
	struct ring_buffer *ra, *rb;
	struct perf_buffer *pb;
	static int loud;
	long long deadline;

	ra = ring_buffer__new(bpf_map__fd(skel->maps.ring_a), on_a, "a", NULL);
	rb = ring_buffer__new(bpf_map__fd(skel->maps.ring_b), on_b, "b", NULL);
	pb = perf_buffer__new(bpf_map__fd(skel->maps.perf_events), 8, on_perf, on_lost, &loud, NULL);
	if (!ra || !rb || !pb)
		return fail("three buffers on one object", -errno);
	printf("attached\n");
	step();
	for (deadline = now_ms() + 10000; (ring_events < n || perf_samples < n) &&
					   now_ms() < deadline;) {
		ring_buffer__poll(ra, 30);
		ring_buffer__poll(rb, 30);
		perf_buffer__poll(pb, 30);
	}
	printf("events=%d perf=%d lost=%llu\n", ring_events, perf_samples, perf_lost);
	perf_buffer__free(pb);
	ring_buffer__free(rb);
	ring_buffer__free(ra);
	return 0;
}

static int lost(struct buffers_bpf *skel, int n)
{
	static int quiet = 1;
	struct perf_buffer *pb;
	long long deadline;
	int err;

	pb = perf_buffer__new(bpf_map__fd(skel->maps.perf_events), 1, on_perf, on_lost, &quiet, NULL);
	if (!pb)
		return fail("perf_buffer__new", -errno);
	printf("attached\n");
	step();	/* the events arrive, nothing polls */
	step();	/* they are all in */
	if ((err = perf_buffer__consume(pb)) < 0)
		return fail("perf_buffer__consume", err);
	printf("drained\n");
	for (deadline = now_ms() + 10000; perf_samples + perf_lost < (unsigned)n &&
					   now_ms() < deadline;)
		if ((err = perf_buffer__poll(pb, 100)) < 0)
			return fail("perf_buffer__poll", err);
	printf("samples=%d lost=%llu\n", perf_samples, perf_lost);
	perf_buffer__free(pb);
	return 0;
}

int main(int argc, char **argv)
{
	struct buffers_bpf *skel;
	int err, n;

	if (argc != 4) {
		fprintf(stderr, "usage: buffers rings|two|lost PID N\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = buffers_bpf__open();
	if (!skel)
		return fail("open", -errno);
	skel->rodata->target_pid = atoi(argv[2]);
	n = atoi(argv[3]);
	if ((err = buffers_bpf__load(skel)) || (err = buffers_bpf__attach(skel)))
		return fail("load and attach", err);
	if (!strcmp(argv[1], "rings"))
		err = rings(skel, n);
	else if (!strcmp(argv[1], "two"))
		err = two(skel, n);
	else if (!strcmp(argv[1], "lost"))
		err = lost(skel, n);
	else
		err = 2;
	buffers_bpf__destroy(skel);
	return err;
}
