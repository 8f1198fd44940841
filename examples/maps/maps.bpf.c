// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * maps: four kinds of map filled by one tracepoint (getpgid), and one the
 * guest fills for the kernel to read.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "maps.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* pid -> statistics */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, u32);
	__type(value, struct proc_stats);
} by_pid SEC(".maps");

/* settings written by the guest: [0] = how much each call counts */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u64);
} settings SEC(".maps");

/* the few most recent process names: old ones are evicted */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8);
	__type(key, struct comm_key);
	__type(value, u64);
} recent SEC(".maps");

/* calls per CPU, without atomics */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} per_cpu SEC(".maps");

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32, zero = 0;
	u64 now = bpf_ktime_get_ns(), step = 1, *v;
	struct proc_stats *st, fresh = {};
	struct comm_key key = {};

	v = bpf_map_lookup_elem(&settings, &zero);
	if (v && *v)
		step = *v;

	st = bpf_map_lookup_elem(&by_pid, &pid);
	if (!st) {
		fresh.first_ns = now;
		bpf_get_current_comm(fresh.comm, sizeof(fresh.comm));
		bpf_map_update_elem(&by_pid, &pid, &fresh, BPF_NOEXIST);
		st = bpf_map_lookup_elem(&by_pid, &pid);
		if (!st)
			return 0;
	}
	__sync_fetch_and_add(&st->calls, step);
	st->last_ns = now;

	bpf_get_current_comm(key.comm, sizeof(key.comm));
	bpf_map_update_elem(&recent, &key, &now, BPF_ANY);

	v = bpf_map_lookup_elem(&per_cpu, &zero);
	if (v)
		*v += 1;
	return 0;
}
