/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <sys/resource.h> for wasm32-wasi guests: wasi-libc's (getrusage), plus
 * the resource limits real tools set before loading BPF objects
 * (bump_memlock_rlimit). A guest has no limits of its own, so:
 * RLIMIT_MEMLOCK reads as unlimited and setting it succeeds (the runtime's
 * libbpf raises the limit itself when the kernel still charges BPF memory
 * to it); every other resource fails with ENOSYS.
 */
#ifndef __LIBBPF_WASM_SYS_RESOURCE_H
#define __LIBBPF_WASM_SYS_RESOURCE_H

#include_next <sys/resource.h>

#if defined(__wasi__) && !defined(RLIM_INFINITY)
#include <errno.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long long rlim_t;

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

#define RLIM_INFINITY (~0ULL)
/* Linux's numbering */
#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_RSS 5
#define RLIMIT_NPROC 6
#define RLIMIT_NOFILE 7
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS 9
#define RLIMIT_LOCKS 10
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE 12
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define RLIMIT_RTTIME 15
#define RLIMIT_NLIMITS 16

/* 0 for RLIMIT_MEMLOCK with a limit to read or write; else -1 and errno */
static inline __attribute__((unused)) int libbpf_wasm__rlimit_known(int resource, const struct rlimit *rlim)
{
	if (resource != RLIMIT_MEMLOCK) {
		errno = ENOSYS;
		return -1;
	}
	if (!rlim) {
		errno = EFAULT;
		return -1;
	}
	return 0;
}

static inline __attribute__((unused)) int getrlimit(int resource, struct rlimit *rlim)
{
	if (libbpf_wasm__rlimit_known(resource, rlim))
		return -1;
	rlim->rlim_cur = rlim->rlim_max = RLIM_INFINITY;
	return 0;
}

static inline __attribute__((unused)) int setrlimit(int resource, const struct rlimit *rlim)
{
	return libbpf_wasm__rlimit_known(resource, rlim);
}

#ifdef __cplusplus
}
#endif
#endif /* __wasi__ */

#endif
