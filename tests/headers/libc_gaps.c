// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What real tools take from glibc that wasi-libc lacks, as they call it:
 * bump_memlock_rlimit()'s setrlimit, if_nametoindex/if_indextoname for
 * XDP/tc targets, popen("which ...") (uprobe_helpers.c), syscall(__NR_*).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <bpf/libbpf.h>
int main(void)
{
	struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };
	char name[IF_NAMESIZE];
	unsigned int lo = if_nametoindex("lo");
	int lo_errno = errno;	/* (stdio may change errno) */
	FILE *f;
	long n;

	printf("memlock %d\n", setrlimit(RLIMIT_MEMLOCK, &r));
	printf("lo %u %s\n", lo, lo ? (if_indextoname(lo, name) ? name : strerror(errno)) : strerror(lo_errno));
	f = popen("which true", "r");
	printf("popen %s %s\n", f ? "ok" : "NULL", strerror(errno));
	n = syscall(__NR_gettid);
	printf("syscall %ld %s\n", n, strerror(errno));
	return 0;
}
