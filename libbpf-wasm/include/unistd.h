/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <unistd.h> for wasm32-wasi guests: wasi-libc's, plus a syscall() that
 * links. wasi-libc declares it without defining it, so a tool that calls
 * syscall(__NR_perf_event_open, ...) or syscall(__NR_gettid) would not
 * link. perf_event_open reaches the kernel through the project runtime's
 * extension (ext_imports.h; not with -DLIBBPF_WASM_NO_EXT); any other
 * call fails with ENOSYS and one line on stderr naming the system call
 * number: a guest has no system calls, only WASI.
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
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>

#ifndef LIBBPF_WASM_NO_EXT
#include "libbpf-wasm/ext_imports.h"
#include "libbpf-wasm/linux_errno.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

long syscall(long number, ...);

__attribute__((weak)) long syscall(long number, ...)
{
#ifndef LIBBPF_WASM_NO_EXT
	if (number == __NR_perf_event_open) {
		/* (attr, pid, cpu, group_fd, flags); attr->size says how much to copy */
		va_list ap;
		const unsigned int *attr;
		int pid, cpu, group_fd, fd;
		unsigned long flags;

		va_start(ap, number);
		attr = va_arg(ap, const unsigned int *);
		pid = va_arg(ap, int);
		cpu = va_arg(ap, int);
		group_fd = va_arg(ap, int);
		flags = va_arg(ap, unsigned long);
		va_end(ap);
		/* perf_event_attr: u32 type, then u32 size */
		fd = wasm_bpf_ext_perf_event_open(attr, attr ? attr[1] : 0, pid, cpu, group_fd,
						  (uint32_t)flags);
		if (fd < 0) {
			errno = libbpf_wasm__linux_errno(-fd);
			return -1;
		}
		return fd;
	}
#endif
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
