/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * One event-buffer interface over a ring buffer or a perf buffer, chosen by
 * the type the BPF side gave its events map (BPF_MAP_TYPE_RINGBUF or
 * BPF_MAP_TYPE_PERF_EVENT_ARRAY), in the spirit of libbpf-tools' compat.h.
 *
 * The same names and signatures as libbpf-tools' (struct bpf_buffer,
 * bpf_buffer__new(events, heap), ...): a wasm-bpf skeleton includes only
 * <bpf/libbpf.h>, as bpftool's do, so these do not meet the upstream
 * wasm-bpf SDK's own bpf_buffer__*() of <libbpf-wasm.h>.
 */
#ifndef PORTING_COMPAT_H
#define PORTING_COMPAT_H

#include <stddef.h>

#include <bpf/libbpf.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int (*bpf_buffer_sample_fn)(void *ctx, void *data, size_t size);
typedef void (*bpf_buffer_lost_fn)(void *ctx, int cpu, __u64 cnt);

struct bpf_buffer {
	struct bpf_map *events;
	void *inner;		/* struct ring_buffer or struct perf_buffer */
	enum bpf_map_type type;
	bpf_buffer_sample_fn sample_cb;
	bpf_buffer_lost_fn lost_cb;
	void *ctx;
};

/* NULL with errno EINVAL when events is neither a ring nor a perf buffer. */
struct bpf_buffer *bpf_buffer__new(struct bpf_map *events, struct bpf_map *heap);
/* After load: creates the buffer; 0 or a negative errno. */
int bpf_buffer__open(struct bpf_buffer *buffer, bpf_buffer_sample_fn sample_cb,
		     bpf_buffer_lost_fn lost_cb, void *ctx);
/* Events delivered, or a negative errno (-EINTR on a signal). */
int bpf_buffer__poll(struct bpf_buffer *buffer, int timeout_ms);
/* "ring buffer" or "perf buffer", for messages. */
const char *bpf_buffer__kind(const struct bpf_buffer *buffer);
void bpf_buffer__free(struct bpf_buffer *buffer);

#ifdef __cplusplus
}
#endif

#endif
