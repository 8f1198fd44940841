/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The umbrella header of libbpf-wasm, for code written against the upstream
 * wasm-bpf SDK: libbpf's API plus the bpf_buffer__* calls of upstream
 * examples. (bcc's libbpf-tools define their own bpf_buffer__* in compat.h,
 * so these live here and never in <bpf/libbpf.h>.)
 */
#ifndef __LIBBPF_WASM_H
#define __LIBBPF_WASM_H

#include "bpf/libbpf.h"
#include "bpf/bpf.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef int (*bpf_buffer_sample_fn)(void *ctx, void *data, size_t size);

/* A ring buffer or a perf event array, whichever the events map is. */
struct bpf_buffer {
	struct bpf_map *events;
	struct ring_buffer *rb;
	struct perf_buffer *pb;
	bpf_buffer_sample_fn sample_cb;
	void *ctx;
};

/* `heap` is accepted for source compatibility and not used. */
LIBBPF_API struct bpf_buffer *bpf_buffer__new(struct bpf_map *events,
					      struct bpf_map *heap)
{
	struct bpf_buffer *buf;

	(void)heap;
	if (!events)
		return (struct bpf_buffer *)libbpf_wasm__err_ptr(-EINVAL);
	if (events->type != BPF_MAP_TYPE_RINGBUF &&
	    events->type != BPF_MAP_TYPE_PERF_EVENT_ARRAY) {
		libbpf_wasm__pr_warn("bpf_buffer__new: map '%s' is neither a ring buffer nor a perf event array\n",
			events->name);
		return (struct bpf_buffer *)libbpf_wasm__err_ptr(-EINVAL);
	}
	buf = (struct bpf_buffer *)calloc(1, sizeof(*buf));
	if (!buf)
		return (struct bpf_buffer *)libbpf_wasm__err_ptr(-ENOMEM);
	buf->events = events;
	return buf;
}

LIBBPF_API void libbpf_wasm__bpf_buffer_perf_sample(void *ctx, int cpu, void *data,
						    __u32 size)
{
	struct bpf_buffer *buf = (struct bpf_buffer *)ctx;

	(void)cpu;
	buf->sample_cb(buf->ctx, data, size);
}

LIBBPF_API int bpf_buffer__open(struct bpf_buffer *buf,
				bpf_buffer_sample_fn sample_cb, void *ctx)
{
	int fd;

	if (!buf || !sample_cb)
		return libbpf_wasm__err(-EINVAL);
	fd = bpf_map__fd(buf->events);
	if (fd < 0)
		return fd;
	buf->sample_cb = sample_cb;
	buf->ctx = ctx;
	if (buf->events->type == BPF_MAP_TYPE_RINGBUF)
		buf->rb = ring_buffer__new(fd, sample_cb, ctx, NULL);
	else
		buf->pb = perf_buffer__new(fd, 64, libbpf_wasm__bpf_buffer_perf_sample,
					   NULL, buf, NULL);
	return buf->rb || buf->pb ? 0 : libbpf_wasm__err(-errno);
}

LIBBPF_API int bpf_buffer__poll(struct bpf_buffer *buf, int timeout_ms)
{
	if (!buf)
		return libbpf_wasm__err(-EINVAL);
	if (buf->rb)
		return ring_buffer__poll(buf->rb, timeout_ms);
	if (buf->pb)
		return perf_buffer__poll(buf->pb, timeout_ms);
	return libbpf_wasm__err(-EINVAL);
}

LIBBPF_API void bpf_buffer__free(struct bpf_buffer *buf)
{
	if (!buf)
		return;
	ring_buffer__free(buf->rb);
	perf_buffer__free(buf->pb);
	free(buf);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_H */
