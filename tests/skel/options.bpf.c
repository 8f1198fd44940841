// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Pre-load options: a program this kernel refuses (fentry) beside one it
 * accepts, and a hash map whose size the guest changes before load.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, u32);
	__type(value, u64);
} small SEC(".maps");

unsigned int hits;

SEC("fentry/do_nanosleep")
int BPF_PROG(refused_fentry)
{
	hits += 1000;
	return 0;
}

SEC("tp/syscalls/sys_enter_getpgid")
int counted_tp(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (comm[0] == 'w' && comm[1] == 'b' && comm[2] == 't' && comm[3] == 'r')
		__sync_fetch_and_add(&hits, 1);
	return 0;
}
