/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The host side of a translated module: the two import instances wasm2c
 * asks for, the run state, and the few calls between the host's files.
 */
#ifndef WASM_BPF_HOST_H
#define WASM_BPF_HOST_H

#include <setjmp.h>
#include <poll.h>
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

/* the extension module, wasm_bpf_ext_v1 (ext_imports.c) */
struct Z_wasm_bpf_ext_v1_instance_t {
	wasm_rt_memory_t *memory;
	wasm_rt_funcref_table_t *table;	/* the buffers' callbacks */
};

struct host {
	enum host_mode mode;
	const char *module_path;
	void *instance;				/* the guest, for signal delivery */
	jmp_buf exit_jmp;			/* proc_exit lands here */
	int exit_code;
};

extern struct host host;

/* The generated glue (one per module, written by the driver). */
void module_init(void);
void *module_instantiate(struct Z_wasi_snapshot_preview1_instance_t *wasi,
			 struct Z_wasm_bpf_instance_t *bpf,
			 struct Z_wasm_bpf_ext_v1_instance_t *ext);
wasm_rt_memory_t *module_memory(void *instance);
wasm_rt_funcref_table_t *module_table(void *instance);
void module_start(void *instance);
void module_free(void *instance);
/* The module's data segments (data_blob.h), linked in by its data.S. */
extern const unsigned char module_data[], module_data_end[];
/* The guest's wasm_bpf_signal export (the SDK's <signal.h>), if it has one. */
bool module_has_signal(void);
int module_signal(void *instance, int sig);
/* Tells the guest its pid through the SDK's wasm_bpf_set_pid export, if any. */
void module_set_pid(void *instance, u32 pid);

/*
 * signals.c: SIGINT and SIGTERM as a native process gets them. A guest
 * without handlers dies of the signal at once; a guest with handlers has
 * them run at the next import it calls (signals_deliver), and the blocking
 * call it was in returns EINTR.
 */
void signals_install(void);
/* Is a signal waiting for the guest? (async-signal-safe) */
bool signals_pending(void);
/*
 * Runs the guest's handler for a waiting signal. true: a handler ran, the
 * caller's blocking call ends with EINTR. false: nothing was waiting, or the
 * guest ignores it (carry on). No return when the action is to terminate.
 */
bool signals_deliver(void);
/*
 * ppoll(2) and epoll_wait(2) for the waits a signal must end: SIGINT and
 * SIGTERM are unblocked only inside the wait, atomically, so one that
 * arrives between signals_deliver() and the wait ends it (-1, EINTR)
 * instead of waiting with it for a whole timeout, or for ever.
 */
struct epoll_event;
int signals_ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout);
int signals_epoll_wait(int epfd, struct epoll_event *events, int max, int timeout_ms);

/* host_main.c: the program, run by main (guest_stack.c) on the guest's stack. */
int host_run(int argc, char **argv);

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
	WASI_ENOTCAPABLE = 76,
};

#endif
