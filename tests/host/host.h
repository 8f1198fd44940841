/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The host side of a translated module: the two import instances wasm2c
 * asks for, the run state, and the few calls between the host's files.
 */
#ifndef WASM_BPF_HOST_H
#define WASM_BPF_HOST_H

#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include <wasm-rt.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;

/* Which upstream host to behave like (CONTRACT.md §3). */
enum host_mode {
	MODE_WAMR,	/* runtime/cpp: every event, negative errors */
	MODE_WASMTIME,	/* wasm-bpf-rs: last event per poll, "" is a target, +codes */
};

/*
 * wasm2c passes these to every import. Imports do not get the guest
 * instance, so its memory and table are reached through them; both may
 * move when the guest grows its memory, so never cache data pointers.
 */
struct Z_wasi_snapshot_preview1_instance_t {
	wasm_rt_memory_t *memory;
	int argc;
	char **argv;
};

struct Z_wasm_bpf_instance_t {
	wasm_rt_memory_t *memory;
	wasm_rt_funcref_table_t *table;
};

struct host {
	enum host_mode mode;
	const char *module_path;
	volatile sig_atomic_t interrupted;	/* first SIGINT/SIGTERM seen */
	jmp_buf exit_jmp;			/* proc_exit lands here */
	int exit_code;
};

extern struct host host;

/* The generated glue (one per module, written by the driver). */
void module_init(void);
void *module_instantiate(struct Z_wasi_snapshot_preview1_instance_t *wasi,
			 struct Z_wasm_bpf_instance_t *bpf);
wasm_rt_memory_t *module_memory(void *instance);
wasm_rt_funcref_table_t *module_table(void *instance);
void module_start(void *instance);
void module_free(void *instance);

/* bpf_imports.c: closes every object the guest left open. */
void bpf_imports_cleanup(void);

/* WASI errno values the host returns. */
enum {
	WASI_ESUCCESS = 0,
	WASI_EBADF = 8,
	WASI_EFAULT = 21,
	WASI_EINTR = 27,
	WASI_EINVAL = 28,
	WASI_EIO = 29,
	WASI_ENOSYS = 52,
	WASI_ESPIPE = 70,
};

#endif
