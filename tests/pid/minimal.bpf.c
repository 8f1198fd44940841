// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf-bootstrap's minimal, counting instead of bpf_printk: the write
 * and writev calls of the process whose pid user space put in my_pid.
 * (A guest's stdio reaches the kernel as writev on the project's runtime,
 * as write on others.)
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

int my_pid = 0;
__u64 writes = 0;
__u32 last_pid = 0;

static int count(void)
{
	int pid = bpf_get_current_pid_tgid() >> 32;

	if (pid != my_pid)
		return 0;
	__sync_fetch_and_add(&writes, 1);
	last_pid = pid;
	return 0;
}

SEC("tp/syscalls/sys_enter_write")
int handle_write(void *ctx)
{
	return count();
}

SEC("tp/syscalls/sys_enter_writev")
int handle_writev(void *ctx)
{
	return count();
}
