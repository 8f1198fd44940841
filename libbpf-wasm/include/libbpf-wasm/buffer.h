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
 * What the six imports cannot do goes through the extension (ext_buffer.h):
 * ring_buffer__add() always; and every buffer in a module built with
 * -DLIBBPF_WASM_EXT_BUFFERS (several per object, the CPU of each perf
 * event, the lost-event callback, the page count asked for).
 */
#ifndef __LIBBPF_WASM_BUFFER_H
#define __LIBBPF_WASM_BUFFER_H

#include "object.h"
#include "ext_imports.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The perf buffer the six imports' runtimes open: 64 pages per CPU. */
#define LIBBPF_WASM_PERF_PAGES 64

struct libbpf_wasm_buffer;

/* One map of a ring buffer (a perf buffer has one): its callback. */
struct libbpf_wasm_ring {
	struct libbpf_wasm_buffer *b;
	ring_buffer_sample_fn cb;
	void *ctx;
};

/* How a buffer in the extension polls and frees (ext_buffer.h). */
struct libbpf_wasm_buffer_ops {
	int (*poll)(struct libbpf_wasm_buffer *b, int timeout_ms);
	int (*consume)(struct libbpf_wasm_buffer *b);
	void (*free)(struct libbpf_wasm_buffer *b);
};

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
	/* in the extension: its buffer id, and the maps' callbacks */
	const struct libbpf_wasm_buffer_ops *ext;
	int ext_id;
	struct libbpf_wasm_ring **rings;
	int ring_cnt;
	perf_buffer_lost_fn lost_cb;
};

struct ring_buffer {
	struct libbpf_wasm_buffer b;
};

struct perf_buffer {
	struct libbpf_wasm_buffer b;
};

/*
 * One event to its callback: a ring buffer map's (cb, ctx), or else the perf
 * buffer's, with the event's CPU. As in libbpf, a negative result of a ring
 * callback ends the poll with it.
 */
LIBBPF_API int libbpf_wasm__buffer_deliver(struct libbpf_wasm_buffer *b, ring_buffer_sample_fn cb,
					   void *ctx, int cpu, void *data, size_t size)
{
	int ret = 0;

	if (size > b->data_sz)
		size = b->data_sz;
	b->delivered++;
	if (cb)
		ret = cb(ctx, data, size);
	else if (b->perf_cb)
		b->perf_cb(b->ctx, cpu, data, (__u32)size);
	if (ret < 0)
		b->cb_err = ret;
	return ret;
}

/* Called by the runtime, through the guest's function table. */
LIBBPF_API int libbpf_wasm__buffer_sample(void *ctx, void *data, size_t size)
{
	struct libbpf_wasm_buffer *b = (struct libbpf_wasm_buffer *)ctx;

	/* the six imports' ABI has no CPU */
	return libbpf_wasm__buffer_deliver(b, b->ring_cb, b->ctx, 0, data, size);
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

/* The loaded map behind fd, of the type wanted, or NULL with *err set. */
LIBBPF_API struct bpf_map *libbpf_wasm__buffer_map(int fd, enum bpf_map_type want,
						   const char *api, int *err)
{
	struct bpf_map *map = NULL;

	if (!libbpf_wasm__object_of_fd(fd, &map) || !map) {
		libbpf_wasm__pr_warn("%s: fd %d is not a map of a loaded object\n", api, fd);
		*err = -EBADF;
		return NULL;
	}
	if (map->type != want) {
		libbpf_wasm__pr_warn("%s: map '%s' is not a %s map\n", api, map->name,
			want == BPF_MAP_TYPE_RINGBUF ? "ring buffer" : "perf event array");
		*err = -EINVAL;
		return NULL;
	}
	return map;
}

/*
 * Starts a poll: hands over the events kept since the buffer was opened.
 * Returns true when the poll is over already (a callback failed, or the
 * caller would not wait); *timeout_ms becomes 0 when events were waiting.
 */
LIBBPF_API bool libbpf_wasm__buffer_begin(struct libbpf_wasm_buffer *b, int *timeout_ms)
{
	b->delivered = 0;
	b->cb_err = 0;
	if (!b->backlog)
		return false;
	libbpf_wasm__buffer_replay(b);
	if (b->cb_err || *timeout_ms == 0)
		return true;
	*timeout_ms = 0; /* events are waiting: do not block for more */
	return false;
}

/* Ends a poll whose runtime call returned ret: what libbpf's poll returns. */
LIBBPF_API int libbpf_wasm__buffer_end(struct libbpf_wasm_buffer *b, int ret)
{
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

/* The six imports' buffer: one per object, opened on its first poll. */
LIBBPF_API int libbpf_wasm__buffer_open(struct libbpf_wasm_buffer *b, const struct bpf_map *map,
					const char *api)
{
	struct bpf_object *obj = b->obj;
	int ret;

	if (obj->buffer_fd >= 0 && obj->buffer_fd != b->fd) {
		libbpf_wasm__pr_warn("%s: object '%s' already polls map fd %d; wasm-bpf runtimes poll one buffer per object (-EBUSY)\n",
			api, obj->name, obj->buffer_fd);
		return -EBUSY;
	}
	obj->buffer_fd = b->fd;
	/*
	 * The runtime opens its buffer on the first poll, and a perf event
	 * array drops what the kernel writes before that. Open it now with a
	 * non-blocking poll whose events are kept for the caller's first poll.
	 */
	ret = wasm_bpf_buffer_poll(obj->handle, b->fd, libbpf_wasm__buffer_stash, b,
				   b->data, (int)b->data_sz, 0);
	if (ret < 0) {
		obj->buffer_fd = -1;
		ret = libbpf_wasm__host_err(ret);
		libbpf_wasm__pr_warn("%s: the runtime cannot poll map '%s': %s\n", api, map->name,
				     strerror(-ret));
		return ret;
	}
	return 0;
}

#include "ext_buffer.h"

#if defined(LIBBPF_WASM_EXT_BUFFERS) && !defined(LIBBPF_WASM_NO_EXT)
#define LIBBPF_WASM_BUFFER_OPEN(b, map, page_cnt, api) libbpf_wasm__ext_buffer_open(b, page_cnt, api)
#else
#define LIBBPF_WASM_BUFFER_OPEN(b, map, page_cnt, api) libbpf_wasm__buffer_open(b, map, api)
#endif

/* page_cnt: a perf buffer's pages per CPU (0 for a ring buffer). */
LIBBPF_API int libbpf_wasm__buffer_init(struct libbpf_wasm_buffer *b, int fd,
					enum bpf_map_type want, size_t page_cnt,
					const char *api)
{
	struct bpf_map *map;
	int ret;

	if (!(map = libbpf_wasm__buffer_map(fd, want, api, &ret)))
		return ret;
	b->obj = libbpf_wasm__object_of_fd(fd, NULL);
	b->fd = fd;
	/* an event can be as large as the ring (or the per-CPU perf buffer) */
	b->data_sz = want == BPF_MAP_TYPE_RINGBUF ? map->max_entries : page_cnt * 4096;
	b->data = malloc(b->data_sz ? b->data_sz : 1);
	if (!b->data)
		return -ENOMEM;
	ret = LIBBPF_WASM_BUFFER_OPEN(b, map, page_cnt, api);
	if (ret) {
		free(b->data);
		b->data = NULL;
	}
	return ret;
}

LIBBPF_API int libbpf_wasm__buffer_poll(struct libbpf_wasm_buffer *b, int timeout_ms)
{
	if (!b->obj->loaded || !b->obj->handle)
		return -EINVAL;
	if (b->ext)
		return b->ext->poll(b, timeout_ms);
	if (libbpf_wasm__buffer_begin(b, &timeout_ms))
		return b->cb_err ? b->cb_err : b->delivered;
	return libbpf_wasm__buffer_end(b, wasm_bpf_buffer_poll(b->obj->handle, b->fd,
				       libbpf_wasm__buffer_sample, b, b->data, (int)b->data_sz,
				       timeout_ms));
}

LIBBPF_API int libbpf_wasm__buffer_consume(struct libbpf_wasm_buffer *b)
{
	if (b->ext && b->obj->loaded && b->obj->handle)
		return b->ext->consume(b);
	return libbpf_wasm__buffer_poll(b, 0);
}

LIBBPF_API void libbpf_wasm__buffer_free(struct libbpf_wasm_buffer *b)
{
	if (b->ext)
		b->ext->free(b);
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
	rb->b.ring_cb = sample_cb;
	rb->b.ctx = ctx;
	err = libbpf_wasm__buffer_init(&rb->b, map_fd, BPF_MAP_TYPE_RINGBUF, 0, "ring_buffer__new");
	if (err) {
		free(rb);
		return (struct ring_buffer *)libbpf_wasm__err_ptr(err);
	}
	return rb;
}

LIBBPF_API int ring_buffer__add(struct ring_buffer *rb, int map_fd,
				ring_buffer_sample_fn sample_cb, void *ctx)
{
	if (!rb)
		return libbpf_wasm__err(-EINVAL);
#ifdef LIBBPF_WASM_NO_EXT
	(void)sample_cb;
	(void)ctx;
	libbpf_wasm__pr_warn("ring_buffer__add: map fd %d: the six imports poll one buffer per object; built with LIBBPF_WASM_NO_EXT (-EOPNOTSUPP)\n",
		map_fd);
	return libbpf_wasm__err(-EOPNOTSUPP);
#else
	return libbpf_wasm__err(libbpf_wasm__ext_ring_add(&rb->b, map_fd, sample_cb, ctx));
#endif
}

LIBBPF_API int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
{
	return rb ? libbpf_wasm__err(libbpf_wasm__buffer_poll(&rb->b, timeout_ms))
		  : libbpf_wasm__err(-EINVAL);
}

LIBBPF_API int ring_buffer__consume(struct ring_buffer *rb)
{
	return rb ? libbpf_wasm__err(libbpf_wasm__buffer_consume(&rb->b))
		  : libbpf_wasm__err(-EINVAL);
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
	if (page_cnt == 0 || (page_cnt & (page_cnt - 1))) {
		libbpf_wasm__pr_warn("perf_buffer__new: page count %zu is not a power of 2\n", page_cnt);
		return (struct perf_buffer *)libbpf_wasm__err_ptr(-EINVAL);
	}
	pb = (struct perf_buffer *)calloc(1, sizeof(*pb));
	if (!pb)
		return (struct perf_buffer *)libbpf_wasm__err_ptr(-ENOMEM);
	pb->b.perf_cb = sample_cb;
	pb->b.lost_cb = lost_cb; /* called only in the extension: the six imports have no losses */
	pb->b.ctx = ctx;
#if !defined(LIBBPF_WASM_EXT_BUFFERS) || defined(LIBBPF_WASM_NO_EXT)
	page_cnt = LIBBPF_WASM_PERF_PAGES; /* what the six imports' runtimes map */
#endif
	err = libbpf_wasm__buffer_init(&pb->b, map_fd, BPF_MAP_TYPE_PERF_EVENT_ARRAY, page_cnt,
				       "perf_buffer__new");
	if (err) {
		free(pb);
		return (struct perf_buffer *)libbpf_wasm__err_ptr(err);
	}
	return pb;
}

LIBBPF_API int perf_buffer__poll(struct perf_buffer *pb, int timeout_ms)
{
	return pb ? libbpf_wasm__err(libbpf_wasm__buffer_poll(&pb->b, timeout_ms))
		  : libbpf_wasm__err(-EINVAL);
}

LIBBPF_API int perf_buffer__consume(struct perf_buffer *pb)
{
	return pb ? libbpf_wasm__err(libbpf_wasm__buffer_consume(&pb->b))
		  : libbpf_wasm__err(-EINVAL);
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
