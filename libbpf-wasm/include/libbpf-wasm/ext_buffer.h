/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Ring and perf buffers through the extension (buffer_* in ext_abi.h,
 * docs/abi.md), included by buffer.h only: libbpf's buffers as libbpf has
 * them, on the project's runtime. ring_buffer__add() always comes here
 * (the six imports give one map per object), turning its ring buffer into
 * an extension buffer; a module built with -DLIBBPF_WASM_EXT_BUFFERS opens
 * every buffer here. A module that does neither imports none of this.
 *
 * The runtime calls libbpf_wasm__ext_sample/lost with the ctx given for
 * each map: a struct libbpf_wasm_ring, which names the buffer and the
 * map's own callback.
 */
#ifndef __LIBBPF_WASM_EXT_BUFFER_H
#define __LIBBPF_WASM_EXT_BUFFER_H

#ifndef LIBBPF_WASM_NO_EXT

__attribute__((weak)) int libbpf_wasm__ext_sample(void *ctx, int cpu, void *data, uint32_t size)
{
	struct libbpf_wasm_ring *r = (struct libbpf_wasm_ring *)ctx;

	return libbpf_wasm__buffer_deliver(r->b, r->cb, r->ctx, cpu, data, size);
}

__attribute__((weak)) void libbpf_wasm__ext_lost(void *ctx, int cpu, uint64_t cnt)
{
	struct libbpf_wasm_buffer *b = ((struct libbpf_wasm_ring *)ctx)->b;

	if (b->lost_cb)
		b->lost_cb(b->ctx, cpu, cnt);
}

/* One poll of the runtime's buffer, with the SDK's bookkeeping around it. */
LIBBPF_API int libbpf_wasm__ext_buffer_wait(struct libbpf_wasm_buffer *b, int timeout_ms,
					    bool consume)
{
	wasm_bpf_ext_lost_fn lost = b->lost_cb ? libbpf_wasm__ext_lost : NULL;

	if (libbpf_wasm__buffer_begin(b, &timeout_ms))
		return b->cb_err ? b->cb_err : b->delivered;
	return libbpf_wasm__buffer_end(b, consume ?
		wasm_bpf_ext_buffer_consume(b->ext_id, libbpf_wasm__ext_sample, lost, b->data,
					    (uint32_t)b->data_sz) :
		wasm_bpf_ext_buffer_poll(b->ext_id, libbpf_wasm__ext_sample, lost, b->data,
					 (uint32_t)b->data_sz, timeout_ms));
}

__attribute__((weak)) int libbpf_wasm__ext_buffer_poll(struct libbpf_wasm_buffer *b, int timeout_ms)
{
	return libbpf_wasm__ext_buffer_wait(b, timeout_ms, false);
}

__attribute__((weak)) int libbpf_wasm__ext_buffer_consume(struct libbpf_wasm_buffer *b)
{
	/* every map, as libbpf's consume: also records posted without a wakeup */
	return libbpf_wasm__ext_buffer_wait(b, 0, true);
}

__attribute__((weak)) void libbpf_wasm__ext_buffer_free(struct libbpf_wasm_buffer *b)
{
	wasm_bpf_ext_buffer_free(b->ext_id);
	for (int i = 0; i < b->ring_cnt; i++)
		free(b->rings[i]);
	free(b->rings);
}

extern const struct libbpf_wasm_buffer_ops libbpf_wasm__ext_buffer_ops;
__attribute__((weak)) const struct libbpf_wasm_buffer_ops libbpf_wasm__ext_buffer_ops = {
	libbpf_wasm__ext_buffer_poll, libbpf_wasm__ext_buffer_consume, libbpf_wasm__ext_buffer_free,
};

/* A new map callback of b; the runtime gets its address as the map's ctx. */
LIBBPF_API struct libbpf_wasm_ring *libbpf_wasm__ext_ring(struct libbpf_wasm_buffer *b,
							   ring_buffer_sample_fn cb, void *ctx)
{
	struct libbpf_wasm_ring **grown, *r = (struct libbpf_wasm_ring *)calloc(1, sizeof(*r));

	grown = r ? (struct libbpf_wasm_ring **)realloc(b->rings,
							(b->ring_cnt + 1) * sizeof(*grown)) : NULL;
	if (!grown) {
		free(r);
		return NULL;
	}
	b->rings = grown;
	r->b = b;
	r->cb = cb;
	r->ctx = ctx;
	b->rings[b->ring_cnt++] = r;
	return r;
}

/* Opens b (checked, with its data buffer) as an extension buffer. */
LIBBPF_API int libbpf_wasm__ext_buffer_open(struct libbpf_wasm_buffer *b, size_t page_cnt,
					    const char *api)
{
	struct libbpf_wasm_ring *r = libbpf_wasm__ext_ring(b, b->ring_cb, b->ctx);
	int id;

	if (!r)
		return -ENOMEM;
	id = wasm_bpf_ext_buffer_new(b->obj->handle, b->fd, (uint32_t)page_cnt, r);
	if (id < 0) {
		id = libbpf_wasm__host_err(id);
		libbpf_wasm__pr_warn("%s: map fd %d: the runtime cannot open a buffer: %s\n", api,
				     b->fd, strerror(-id));
		free(r);
		free(b->rings);
		b->rings = NULL;
		b->ring_cnt = 0;
		return id;
	}
	b->ext_id = id;
	b->ext = &libbpf_wasm__ext_buffer_ops;
	return 0;
}

/* ring_buffer__add(): one more map, with its own callback. */
LIBBPF_API int libbpf_wasm__ext_ring_add(struct libbpf_wasm_buffer *b, int fd,
					 ring_buffer_sample_fn cb, void *ctx)
{
	struct libbpf_wasm_ring *r;
	struct bpf_map *map;
	int err;

	if (!(map = libbpf_wasm__buffer_map(fd, BPF_MAP_TYPE_RINGBUF, "ring_buffer__add", &err)))
		return err;
	if (!b->ext && (err = libbpf_wasm__ext_buffer_open(b, 0, "ring_buffer__add")))
		return err;
	if (map->max_entries > b->data_sz) {
		void *grown = realloc(b->data, map->max_entries);

		if (!grown)
			return -ENOMEM;
		b->data = grown;
		b->data_sz = map->max_entries;
	}
	if (!(r = libbpf_wasm__ext_ring(b, cb, ctx)))
		return -ENOMEM;
	err = wasm_bpf_ext_buffer_add(b->ext_id, fd, r);
	if (err < 0) {
		err = libbpf_wasm__host_err(err);
		libbpf_wasm__pr_warn("ring_buffer__add: map '%s': %s\n", map->name, strerror(-err));
		free(r);
		b->ring_cnt--;
		return err;
	}
	return 0;
}

#endif /* LIBBPF_WASM_NO_EXT */

#endif /* __LIBBPF_WASM_EXT_BUFFER_H */
