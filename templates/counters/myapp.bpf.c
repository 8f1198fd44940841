// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Kernel side: counts system calls per process name in a hash map. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#define TASK_COMM_LEN 16

struct comm {
	char name[TASK_COMM_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, struct comm);
	__type(value, u64);
} counts SEC(".maps");

SEC("tp/raw_syscalls/sys_enter")
int count_syscall(void *ctx)
{
	struct comm key = {};
	u64 one = 1, *count;

	bpf_get_current_comm(key.name, sizeof(key.name));
	count = bpf_map_lookup_elem(&counts, &key);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&counts, &key, &one, BPF_NOEXIST);
	return 0;
}
