/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <unistd.h> for wasm32-wasi guests: wasi-libc's, plus a syscall() that
 * links. wasi-libc declares it without defining it, so a tool that calls
 * syscall(__NR_perf_event_open, ...) or syscall(__NR_gettid) would not
 * link; here the call fails at run time with ENOSYS and one line on stderr
 * naming the system call number: a guest has no system calls, only WASI.
 * (The definition is weak: every translation unit may carry it.)
 * Also getpid() that returns the runtime's pid (libbpf-wasm/getpid.h) and
 * sleep()/usleep() that end with the time left when a signal handler ran
 * (libbpf-wasm/sleep.h).
 */
#ifndef __LIBBPF_WASM_UNISTD_H
#define __LIBBPF_WASM_UNISTD_H

#include_next <unistd.h>

#ifdef __wasi__
#include <errno.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

long syscall(long number, ...);

__attribute__((weak)) long syscall(long number, ...)
{
	fprintf(stderr, "syscall(%ld): a wasm guest makes no system calls (ENOSYS)\n", number);
	errno = ENOSYS;
	return -1;
}

#ifdef __cplusplus
}
#endif

#include "libbpf-wasm/sleep.h"
#include "libbpf-wasm/getpid.h"
#endif /* __wasi__ */

#endif
