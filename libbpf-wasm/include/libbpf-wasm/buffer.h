/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf's ring_buffer and perf_buffer on wasm_bpf_buffer_poll.
 *
 * The runtime opens one buffer per object, on the fd of the first poll, and
 * copies each event into a guest buffer before calling back. So the SDK:
 *  - checks the fd belongs to a loaded object and is a RINGBUF or
 *    PERF_EVENT_ARRAY map before the first poll (some runtimes crash on an
 *    unknown fd) and refuses a second buffer on the same object;
 *  - sizes the guest buffer for the largest event the map can carry, and
 *    clamps the size the runtime reports (it may pass the untruncated one);
 *  - counts deliveries itself, since runtimes disagree on what poll returns
 *    (a positive result means no error);
 *  - refreshes the object's .bss/.data view after every poll.
 */
#ifndef __LIBBPF_WASM_BUFFER_H
#define __LIBBPF_WASM_BUFFER_H

#include "object.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The perf buffer the runtimes open: 64 pages per CPU. */
#define LIBBPF_WASM_PERF_BUF_BYTES (64 * 4096)

struct libbpf_wasm_buffer {
	struct bpf_object *obj;
	int fd;
	ring_buffer_sample_fn ring_cb;
	perf_buffer_sample_fn perf_cb;
	void *ctx;
	void *data;		/* where the runtime copies each event */
	size_t data_sz;
	int delivered;		/* events delivered by the current poll */
	int cb_err;		/* a non-zero callback result stops the poll */
	/* events that arrived while the runtime's buffer was being opened */
	uint8_t *backlog;
	size_t backlog_len;
};

struct ring_buffer {
	struct libbpf_wasm_buffer b;
};

struct perf_buffer {
	struct libbpf_wasm_buffer b;
	perf_buffer_lost_fn lost_cb;
};

/* Called by the runtime, through the guest's function table. */
LIBBPF_API int libbpf_wasm__buffer_sample(void *ctx, void *data, size_t size)
{
	struct libbpf_wasm_buffer *b = (struct libbpf_wasm_buffer *)ctx;
	int ret = 0;

	if (size > b->data_sz)
		size = b->data_sz;
	b->delivered++;
	if (b->ring_cb)
		ret = b->ring_cb(b->ctx, data, size);
	else if (b->perf_cb)
		b->perf_cb(b->ctx, 0, data, (__u32)size); /* the ABI has no CPU */
	if (ret)
		b->cb_err = ret;
	return ret;
}

/* Keeps an event for the first real poll (records: u32 size, bytes). */
LIBBPF_API int libbpf_wasm__buffer_stash(void *ctx, void *data, size_t size)
{
	struct libbpf_wasm_buffer *b = (struct libbpf_wasm_buffer *)ctx;
	uint8_t *grown;
	uint32_t sz;

	if (size > b->data_sz)
		size = b->data_sz;
	sz = (uint32_t)size;
	grown = (uint8_t *)realloc(b->backlog, b->backlog_len + 4 + size);
	if (!grown)
		return 0; /* dropped, as a full buffer would */
	b->backlog = grown;
	memcpy(b->backlog + b->backlog_len, &sz, 4);
	memcpy(b->backlog + b->backlog_len + 4, data, size);
	b->backlog_len += 4 + size;
	return 0;
}

/* Hands the stashed events to the callback, in order. */
LIBBPF_API void libbpf_wasm__buffer_replay(struct libbpf_wasm_buffer *b)
{
	size_t off = 0;

	while (off + 4 <= b->backlog_len && !b->cb_err) {
		uint32_t sz;

		memcpy(&sz, b->backlog + off, 4);
		memcpy(b->data, b->backlog + off + 4, sz);
		libbpf_wasm__buffer_sample(b, b->data, sz);
		off += 4 + sz;
	}
	free(b->backlog);
	b->backlog = NULL;
	b->backlog_len = 0;
}

LIBBPF_API int libbpf_wasm__buffer_init(struct libbpf_wasm_buffer *b, int fd,
					enum bpf_map_type want, const char *api)
{
	struct bpf_map *map = NULL;
	struct bpf_object *obj = libbpf_wasm__object_of_fd(fd, &map);
	int ret;

	if (!obj || !map) {
		libbpf_wasm__pr_warn("%s: fd %d is not a map of a loaded object\n", api, fd);
		return -EBADF;
	}
	if (map->type != want) {
		libbpf_wasm__pr_warn("%s: map '%s' is not a %s map\n", api, map->name,
			want == BPF_MAP_TYPE_RINGBUF ? "ring buffer" : "perf event array");
		return -EINVAL;
	}
	if (obj->buffer_fd >= 0 && obj->buffer_fd != fd) {
		libbpf_wasm__pr_warn("%s: object '%s' already polls map fd %d; wasm-bpf runtimes poll one buffer per object (-EBUSY)\n",
			api, obj->name, obj->buffer_fd);
		return -EBUSY;
	}
	b->obj = obj;
	b->fd = fd;
	/* an event can be as large as the ring (or the per-CPU perf buffer) */
	b->data_sz = want == BPF_MAP_TYPE_RINGBUF ? map->max_entries
						  : LIBBPF_WASM_PERF_BUF_BYTES;
	b->data = malloc(b->data_sz ? b->data_sz : 1);
	if (!b->data)
		return -ENOMEM;
	obj->buffer_fd = fd;
	/*
	 * The runtime opens its buffer on the first poll, and a perf event
	 * array drops what the kernel writes before that. Open it now with a
	 * non-blocking poll whose events are kept for the caller's first poll.
	 */
	ret = wasm_bpf_buffer_poll(obj->handle, fd, libbpf_wasm__buffer_stash, b,
				   b->data, (int)b->data_sz, 0);
	if (ret < 0) {
		free(b->data);
		b->data = NULL;
		obj->buffer_fd = -1;
		ret = libbpf_wasm__host_err(ret);
		libbpf_wasm__pr_warn("%s: the runtime cannot poll map '%s': %s\n", api, map->name, strerror(-ret));
		return ret;
	}
	return 0;
}

LIBBPF_API int libbpf_wasm__buffer_poll(struct libbpf_wasm_buffer *b, int timeout_ms)
{
	int ret;

	if (!b->obj->loaded || !b->obj->handle)
		return -EINVAL;
	b->delivered = 0;
	b->cb_err = 0;
	if (b->backlog) {
		libbpf_wasm__buffer_replay(b);
		if (b->cb_err || timeout_ms == 0)
			return b->cb_err ? b->cb_err : b->delivered;
		timeout_ms = 0; /* events are waiting: do not block for more */
	}
	ret = wasm_bpf_buffer_poll(b->obj->handle, b->fd, libbpf_wasm__buffer_sample,
				   b, b->data, (int)b->data_sz, timeout_ms);
	libbpf_wasm__pull_globals(b->obj);
	if (b->cb_err)
		return b->cb_err;
	if (ret < 0)
		return libbpf_wasm__host_err(ret);
	/*
	 * A positive result is not a count of deliveries (libbpf counts ready
	 * perf buffers, which may hold only lost-event records), nor reliably an
	 * error (the wasmtime host's +codes come from cases checked above).
	 */
	return b->delivered;
}

LIBBPF_API void libbpf_wasm__buffer_free(struct libbpf_wasm_buffer *b)
{
	free(b->backlog);
	free(b->data);
	/* the runtime keeps its buffer until the object is closed */
}

LIBBPF_API struct ring_buffer *ring_buffer__new(int map_fd, ring_buffer_sample_fn sample_cb,
						void *ctx, const struct ring_buffer_opts *opts)
{
	struct ring_buffer *rb = (struct ring_buffer *)calloc(1, sizeof(*rb));
	int err;

	(void)opts;
	if (!rb)
		return (struct ring_buffer *)libbpf_wasm__err_ptr(-ENOMEM);
	err = libbpf_wasm__buffer_init(&rb->b, map_fd, BPF_MAP_TYPE_RINGBUF, "ring_buffer__new");
	if (err) {
		free(rb);
		return (struct ring_buffer *)libbpf_wasm__err_ptr(err);
	}
	rb->b.ring_cb = sample_cb;
	rb->b.ctx = ctx;
	return rb;
}

LIBBPF_API int ring_buffer__add(struct ring_buffer *rb, int map_fd,
				ring_buffer_sample_fn sample_cb, void *ctx)
{
	(void)sample_cb;
	(void)ctx;
	libbpf_wasm__pr_warn("ring_buffer__add: map fd %d: wasm-bpf runtimes poll one buffer per object (-EOPNOTSUPP)\n",
		map_fd);
	return libbpf_wasm__err(rb ? -EOPNOTSUPP : -EINVAL);
}

LIBBPF_API int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
{
	return rb ? libbpf_wasm__err(libbpf_wasm__buffer_poll(&rb->b, timeout_ms))
		  : libbpf_wasm__err(-EINVAL);
}

LIBBPF_API int ring_buffer__consume(struct ring_buffer *rb)
{
	return ring_buffer__poll(rb, 0);
}

LIBBPF_API void ring_buffer__free(struct ring_buffer *rb)
{
	if (!rb)
		return;
	libbpf_wasm__buffer_free(&rb->b);
	free(rb);
}

LIBBPF_API struct perf_buffer *perf_buffer__new(int map_fd, size_t page_cnt,
						perf_buffer_sample_fn sample_cb,
						perf_buffer_lost_fn lost_cb, void *ctx,
						const struct perf_buffer_opts *opts)
{
	struct perf_buffer *pb;
	int err;

	(void)opts;
	/* the runtime always maps 64 pages; page_cnt only has to be valid */
	if (page_cnt == 0 || (page_cnt & (page_cnt - 1))) {
		libbpf_wasm__pr_warn("perf_buffer__new: page count %zu is not a power of 2\n", page_cnt);
		return (struct perf_buffer *)libbpf_wasm__err_ptr(-EINVAL);
	}
	pb = (struct perf_buffer *)calloc(1, sizeof(*pb));
	if (!pb)
		return (struct perf_buffer *)libbpf_wasm__err_ptr(-ENOMEM);
	err = libbpf_wasm__buffer_init(&pb->b, map_fd, BPF_MAP_TYPE_PERF_EVENT_ARRAY,
				       "perf_buffer__new");
	if (err) {
		free(pb);
		return (struct perf_buffer *)libbpf_wasm__err_ptr(err);
	}
	pb->b.perf_cb = sample_cb;
	pb->lost_cb = lost_cb; /* never called: runtimes do not report losses */
	pb->b.ctx = ctx;
	return pb;
}

LIBBPF_API int perf_buffer__poll(struct perf_buffer *pb, int timeout_ms)
{
	return pb ? libbpf_wasm__err(libbpf_wasm__buffer_poll(&pb->b, timeout_ms))
		  : libbpf_wasm__err(-EINVAL);
}

LIBBPF_API int perf_buffer__consume(struct perf_buffer *pb)
{
	return perf_buffer__poll(pb, 0);
}

LIBBPF_API void perf_buffer__free(struct perf_buffer *pb)
{
	if (!pb)
		return;
	libbpf_wasm__buffer_free(&pb->b);
	free(pb);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_BUFFER_H */
