/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * One event-buffer interface over a ring buffer or a perf buffer, chosen by
 * the type the BPF side gave its events map (BPF_MAP_TYPE_RINGBUF or
 * BPF_MAP_TYPE_PERF_EVENT_ARRAY), in the spirit of libbpf-tools' compat.h.
 *
 * libbpf-tools call theirs struct bpf_buffer / bpf_buffer__*(); those names
 * cannot be used next to a wasm-bpf skeleton, which includes
 * <libbpf-wasm.h> and with it the upstream wasm-bpf SDK's own, different
 * bpf_buffer__*() (static inline; open() takes no lost callback): "static
 * declaration of 'bpf_buffer__new' follows non-static declaration", or
 * "redefinition of 'bpf_buffer'" for a wrapper that defines the struct.
 * Hence event_buf.
 */
#ifndef PORTING_COMPAT_H
#define PORTING_COMPAT_H

#include <stddef.h>

#include <bpf/libbpf.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int (*event_buf_sample_fn)(void *ctx, void *data, size_t size);
typedef void (*event_buf_lost_fn)(void *ctx, int cpu, unsigned long long cnt);

struct event_buf {
	struct bpf_map *events;
	void *inner;		/* struct ring_buffer or struct perf_buffer */
	enum bpf_map_type type;
	event_buf_sample_fn sample_cb;
	event_buf_lost_fn lost_cb;
	void *ctx;
};

/* NULL with errno EINVAL when events is neither a ring nor a perf buffer. */
struct event_buf *event_buf__new(struct bpf_map *events);
/* After load: creates the buffer; 0 or a negative errno. */
int event_buf__open(struct event_buf *buffer, event_buf_sample_fn sample_cb,
		     event_buf_lost_fn lost_cb, void *ctx);
/* Events delivered, or a negative errno (-EINTR on a signal). */
int event_buf__poll(struct event_buf *buffer, int timeout_ms);
/* "ring buffer" or "perf buffer", for messages. */
const char *event_buf__kind(const struct event_buf *buffer);
void event_buf__free(struct event_buf *buffer);

#ifdef __cplusplus
}
#endif

#endif
