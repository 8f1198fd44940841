// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <stdlib.h>

#include <bpf/libbpf.h>

#include "compat.h"

#define PERF_BUFFER_PAGES 64

struct bpf_buffer *bpf_buffer__new(struct bpf_map *events, struct bpf_map *heap)
{
	struct bpf_buffer *buffer;
	enum bpf_map_type type;

	(void)heap;	/* libbpf-tools pass their heap map; the buffer needs none */
	if (!events) {
		errno = EINVAL;
		return NULL;
	}
	type = bpf_map__type(events);
	if (type != BPF_MAP_TYPE_RINGBUF && type != BPF_MAP_TYPE_PERF_EVENT_ARRAY) {
		errno = EINVAL;
		return NULL;
	}
	buffer = (struct bpf_buffer *)calloc(1, sizeof(*buffer));
	if (!buffer)
		return NULL;
	buffer->events = events;
	buffer->type = type;
	return buffer;
}

static void perf_sample(void *ctx, int cpu, void *data, __u32 size)
{
	struct bpf_buffer *buffer = (struct bpf_buffer *)ctx;

	(void)cpu;
	buffer->sample_cb(buffer->ctx, data, size);
}

static void perf_lost(void *ctx, int cpu, __u64 cnt)
{
	struct bpf_buffer *buffer = (struct bpf_buffer *)ctx;

	if (buffer->lost_cb)
		buffer->lost_cb(buffer->ctx, cpu, cnt);
}

int bpf_buffer__open(struct bpf_buffer *buffer, bpf_buffer_sample_fn sample_cb,
		     bpf_buffer_lost_fn lost_cb, void *ctx)
{
	int fd = bpf_map__fd(buffer->events);

	buffer->sample_cb = sample_cb;
	buffer->lost_cb = lost_cb;
	buffer->ctx = ctx;
	if (buffer->type == BPF_MAP_TYPE_RINGBUF) {
		LIBBPF_OPTS(ring_buffer_opts, ropts);

		buffer->inner = ring_buffer__new(fd, (ring_buffer_sample_fn)sample_cb, ctx, &ropts);
	} else {
		LIBBPF_OPTS(perf_buffer_opts, popts);

		buffer->inner = perf_buffer__new(fd, PERF_BUFFER_PAGES, perf_sample, perf_lost,
						 buffer, &popts);
	}
	if (!buffer->inner)
		return errno ? -errno : -EINVAL;
	return 0;
}

int bpf_buffer__poll(struct bpf_buffer *buffer, int timeout_ms)
{
	if (buffer->type == BPF_MAP_TYPE_RINGBUF)
		return ring_buffer__poll((struct ring_buffer *)buffer->inner, timeout_ms);
	return perf_buffer__poll((struct perf_buffer *)buffer->inner, timeout_ms);
}

const char *bpf_buffer__kind(const struct bpf_buffer *buffer)
{
	return buffer->type == BPF_MAP_TYPE_RINGBUF ? "ring buffer" : "perf buffer";
}

void bpf_buffer__free(struct bpf_buffer *buffer)
{
	if (!buffer)
		return;
	if (buffer->type == BPF_MAP_TYPE_RINGBUF)
		ring_buffer__free((struct ring_buffer *)buffer->inner);
	else
		perf_buffer__free((struct perf_buffer *)buffer->inner);
	free(buffer);
}
