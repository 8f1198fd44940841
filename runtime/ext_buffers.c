// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The extension's buffers (buffer_new/add/poll/consume/free, docs/abi.md):
 * libbpf's ring_buffer and perf_buffer as libbpf has them, where the six
 * imports give one buffer per object, no CPU and no lost records. A buffer
 * is libbpf's own, here; each event is copied into the guest's buffer and
 * handed to the guest's callback with the ctx of its ring (a ring buffer
 * may hold several maps, each with its own callback in the guest).
 *
 * A callback may free its buffer or close its object: the id dies at once
 * and the buffer is freed when the poll returns, since libbpf is still
 * walking it.
 */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/epoll.h>

#include <bpf/libbpf.h>

#include "ext_imports.h"
#include "guest_mem.h"

#define MAX_EXT_BUFFERS 64
#define MAX_RINGS 32		/* maps in one ring buffer */
#define MAX_PERF_PAGES 1024	/* per CPU: 4 MiB */

struct ext_buffer;

struct ring_ctx {
	struct ext_buffer *b;
	u32 ctx;		/* the guest's, for this map */
};

struct ext_buffer {
	bool used;
	u64 object;		/* closing it frees the buffer */
	struct ring_buffer *rb;	/* one of the two */
	struct perf_buffer *pb;
	struct ring_ctx rings[MAX_RINGS]; /* a perf buffer has one */
	int ring_cnt;
	/* the poll in progress */
	ext_t *inst;
	u32 sample_fn, lost_fn, data, max;
	int delivered;
	bool polling, dead;
};

static struct ext_buffer buffers[MAX_EXT_BUFFERS + 1];	/* id = index, 0 unused */

static struct ext_buffer *buffer_of(u32 id)
{
	struct ext_buffer *b = id >= 1 && id <= MAX_EXT_BUFFERS ? &buffers[id] : NULL;

	return b && b->used && !b->dead ? b : NULL;
}

static void buffer_free(struct ext_buffer *b)
{
	ring_buffer__free(b->rb);
	perf_buffer__free(b->pb);
	memset(b, 0, sizeof(*b));
}

/* The guest function at table index fn if it has the type wanted, or NULL. */
static wasm_rt_funcref_t *guest_fn(ext_t *inst, u32 fn, u32 type)
{
	wasm_rt_funcref_t *f;

	if (fn >= inst->table->size)
		return NULL;
	f = &inst->table->data[fn];
	return f->func && f->func_type == type ? f : NULL;
}

/* int sample(void *ctx, int cpu, void *data, __u32 size) */
static u32 sample_type(void)
{
	static u32 type;

	if (!type)
		type = wasm_rt_register_func_type(4, 1, WASM_RT_I32, WASM_RT_I32, WASM_RT_I32,
						  WASM_RT_I32, WASM_RT_I32);
	return type;
}

/* void lost(void *ctx, int cpu, __u64 cnt) */
static u32 lost_type(void)
{
	static u32 type;

	if (!type)
		type = wasm_rt_register_func_type(3, 0, WASM_RT_I32, WASM_RT_I32, WASM_RT_I64);
	return type;
}

/* Copies the event into the guest's buffer and calls the guest. */
static int deliver(struct ring_ctx *r, int cpu, const void *data, size_t size)
{
	struct ext_buffer *b = r->b;
	wasm_rt_funcref_t *f;
	size_t n = size < b->max ? size : b->max;
	void *dst;

	if (b->dead)
		return -ECANCELED;	/* ring_buffer__consume stops at an error */
	/* looked up again each time: the table and memory may change in a callback */
	f = guest_fn(b->inst, b->sample_fn, sample_type());
	dst = guest_ptr(b->inst->memory, b->data, n);
	if (!f || !dst)
		return -EFAULT;
	memcpy(dst, data, n);
	b->delivered++;
	return (int)((u32 (*)(void *, u32, u32, u32, u32))f->func)(f->module_instance, r->ctx,
								  (u32)cpu, b->data, (u32)n);
}

static int ring_sample(void *ctx, void *data, size_t size)
{
	return deliver(ctx, -1, data, size);
}

static void perf_sample(void *ctx, int cpu, void *data, __u32 size)
{
	deliver(ctx, cpu, data, size);
}

static void perf_lost(void *ctx, int cpu, __u64 cnt)
{
	struct ring_ctx *r = ctx;
	struct ext_buffer *b = r->b;
	wasm_rt_funcref_t *f;

	if (b->dead || !b->lost_fn || !(f = guest_fn(b->inst, b->lost_fn, lost_type())))
		return;
	((void (*)(void *, u32, u32, u64))f->func)(f->module_instance, r->ctx, (u32)cpu, cnt);
}

u32 Z_wasm_bpf_ext_v1Z_buffer_new(ext_t *inst, u64 obj, u32 map_fd, u32 page_cnt, u32 ctx)
{
	struct bpf_map *map = bpf_imports_map((int)map_fd);
	struct ext_buffer *b = NULL;
	u32 id;

	(void)inst;
	if (!bpf_imports_is_object(obj))
		return (u32)-EINVAL;
	if (!map)
		return (u32)-EBADF;	/* not a map the guest loaded */
	for (id = 1; id <= MAX_EXT_BUFFERS && !b; id++)
		if (!buffers[id].used)
			b = &buffers[id];
	if (!b)
		return (u32)-ENOSPC;
	id--;
	*b = (struct ext_buffer){ .object = obj, .ring_cnt = 1 };
	b->rings[0] = (struct ring_ctx){ b, ctx };
	errno = 0;
	if (bpf_map__type(map) == BPF_MAP_TYPE_RINGBUF && page_cnt == 0)
		b->rb = ring_buffer__new((int)map_fd, ring_sample, &b->rings[0], NULL);
	else if (bpf_map__type(map) == BPF_MAP_TYPE_PERF_EVENT_ARRAY && page_cnt &&
		 !(page_cnt & (page_cnt - 1)) && page_cnt <= MAX_PERF_PAGES)
		b->pb = perf_buffer__new((int)map_fd, page_cnt, perf_sample, perf_lost,
					 &b->rings[0], NULL);
	else
		return (u32)-EINVAL;
	if (!b->rb && !b->pb)
		return (u32)(errno ? -errno : -EINVAL);
	b->used = true;
	return id;
}

u32 Z_wasm_bpf_ext_v1Z_buffer_add(ext_t *inst, u32 id, u32 map_fd, u32 ctx)
{
	struct ext_buffer *b = buffer_of(id);
	struct bpf_map *map = bpf_imports_map((int)map_fd);
	struct ring_ctx *r;
	int err;

	(void)inst;
	if (!b)
		return (u32)-EBADF;
	if (!map)
		return (u32)-EBADF;
	if (!b->rb || bpf_map__type(map) != BPF_MAP_TYPE_RINGBUF)
		return (u32)-EINVAL;
	/* libbpf grows its array of rings: not while it walks them */
	if (b->polling)
		return (u32)-EBUSY;
	if (b->ring_cnt == MAX_RINGS)
		return (u32)-ENOSPC;
	r = &b->rings[b->ring_cnt];
	*r = (struct ring_ctx){ b, ctx };
	err = ring_buffer__add(b->rb, (int)map_fd, ring_sample, r);
	if (err)
		return (u32)err;
	b->ring_cnt++;
	return 0;
}

/* Takes the poll's callbacks and buffer, checked. */
static int begin(ext_t *inst, struct ext_buffer *b, u32 sample_fn, u32 lost_fn, u32 data, u32 max)
{
	if (b->polling)
		return -EBUSY;	/* from its own callback: libbpf is not re-entrant */
	if (!guest_fn(inst, sample_fn, sample_type()) ||
	    (lost_fn && !guest_fn(inst, lost_fn, lost_type())))
		return -EINVAL;	/* not a function of the right type */
	if (!guest_ptr(inst->memory, data, max))
		return -EFAULT;
	b->inst = inst;
	b->sample_fn = sample_fn;
	b->lost_fn = lost_fn;
	b->data = data;
	b->max = max;
	b->delivered = 0;
	b->polling = true;
	return 0;
}

/*
 * Ends the poll: the events delivered, or the error. Freed in a callback
 * (by buffer_free or closing the object): the events it got.
 */
static int end(struct ext_buffer *b, int err)
{
	int delivered = b->delivered;

	b->polling = false;
	if (b->dead) {
		buffer_free(b);
		return delivered;
	}
	return err < 0 ? err : delivered;
}

static int consume(struct ext_buffer *b)
{
	return b->rb ? ring_buffer__consume(b->rb) : perf_buffer__consume(b->pb);
}

u32 Z_wasm_bpf_ext_v1Z_buffer_poll(ext_t *inst, u32 id, u32 sample_fn, u32 lost_fn, u32 data,
				   u32 max, u32 timeout_ms)
{
	struct ext_buffer *b = buffer_of(id);
	struct epoll_event ev[64];
	int err, n;

	if (!b)
		return (u32)-EBADF;
	/* a signal the guest handles ends the poll, as epoll_wait(2) would */
	if (signals_deliver())
		return (u32)-EINTR;
	if (!(b = buffer_of(id)))
		return (u32)-EBADF;	/* the handler freed it */
	err = begin(inst, b, sample_fn, lost_fn, data, max);
	if (err)
		return (u32)err;
	n = signals_epoll_wait(b->rb ? ring_buffer__epoll_fd(b->rb) : perf_buffer__epoll_fd(b->pb),
			       ev, 64, (int)timeout_ms);
	if (n < 0)
		err = errno == EINTR && !signals_deliver() ? 0 : -errno;
	else if (n > 0 && !b->dead)
		err = consume(b);
	return (u32)end(b, err);
}

u32 Z_wasm_bpf_ext_v1Z_buffer_consume(ext_t *inst, u32 id, u32 sample_fn, u32 lost_fn, u32 data,
				      u32 max)
{
	struct ext_buffer *b = buffer_of(id);
	int err;

	if (!b)
		return (u32)-EBADF;
	err = begin(inst, b, sample_fn, lost_fn, data, max);
	if (err)
		return (u32)err;
	return (u32)end(b, consume(b));
}

u32 Z_wasm_bpf_ext_v1Z_buffer_free(ext_t *inst, u32 id)
{
	struct ext_buffer *b = buffer_of(id);

	(void)inst;
	if (!b)
		return (u32)-EBADF;
	if (b->polling)
		b->dead = true;	/* from its callback: freed when the poll ends */
	else
		buffer_free(b);
	return 0;
}

void ext_buffers_close(u64 object)
{
	for (int id = 1; id <= MAX_EXT_BUFFERS; id++) {
		struct ext_buffer *b = &buffers[id];

		if (!b->used || b->object != object)
			continue;
		if (b->polling)
			b->dead = true;
		else
			buffer_free(b);
	}
}

void ext_buffers_cleanup(void)
{
	/* the guest may have exited from a callback: nothing polls any more */
	for (int id = 1; id <= MAX_EXT_BUFFERS; id++)
		if (buffers[id].used)
			buffer_free(&buffers[id]);
}
