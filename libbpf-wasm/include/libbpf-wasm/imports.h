/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The six functions a wasm-bpf runtime gives a guest (module "wasm_bpf").
 * Everything else in libbpf-wasm is built on these; see docs/runtimes.md for
 * how the runtimes differ and what the SDK does about it.
 */
#ifndef __LIBBPF_WASM_IMPORTS_H
#define __LIBBPF_WASM_IMPORTS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LIBBPF_WASM_IMPORT(name) \
	__attribute__((import_module("wasm_bpf"), import_name(#name)))

/* Object handles are opaque 64-bit values; 0 means failure. */
typedef uint64_t wasm_bpf_handle_t;

LIBBPF_WASM_IMPORT(wasm_load_bpf_object)
wasm_bpf_handle_t wasm_load_bpf_object(const void *obj_buf, int obj_buf_sz);

LIBBPF_WASM_IMPORT(wasm_attach_bpf_program)
int wasm_attach_bpf_program(wasm_bpf_handle_t obj, const char *name,
			    const char *attach_target);

LIBBPF_WASM_IMPORT(wasm_bpf_map_fd_by_name)
int wasm_bpf_map_fd_by_name(wasm_bpf_handle_t obj, const char *name);

LIBBPF_WASM_IMPORT(wasm_bpf_map_operate)
int wasm_bpf_map_operate(int fd, int cmd, const void *key, void *value,
			 void *next_key, uint64_t flags);

/* Called by the host once per delivered event, from inside the poll. */
typedef int (*wasm_bpf_sample_fn)(void *ctx, void *data, size_t size);

LIBBPF_WASM_IMPORT(wasm_bpf_buffer_poll)
int wasm_bpf_buffer_poll(wasm_bpf_handle_t obj, int fd, wasm_bpf_sample_fn fn,
			 void *ctx, void *data, int max_size, int timeout_ms);

LIBBPF_WASM_IMPORT(wasm_close_bpf_object)
int wasm_close_bpf_object(wasm_bpf_handle_t obj);

/* The kernel's enum bpf_cmd values that wasm_bpf_map_operate accepts. */
enum wasm_bpf_map_cmd {
	WASM_BPF_MAP_LOOKUP = 1,
	WASM_BPF_MAP_UPDATE = 2,
	WASM_BPF_MAP_DELETE = 3,
	WASM_BPF_MAP_GET_NEXT_KEY = 4,
};

#undef LIBBPF_WASM_IMPORT

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_IMPORTS_H */
