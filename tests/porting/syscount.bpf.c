// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* syscount: system calls by number, on the raw_syscalls raw tracepoints. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "syscount.h"

#define MAX_ENTRIES 8192

const volatile pid_t filter_pid = 0;
const volatile bool count_by_process = false;
const volatile bool measure_latency = false;

/* what sys_enter saw, by thread, until sys_exit */
struct start_t {
	__u64 ts;
	__u64 nr;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, MAX_ENTRIES);
	__type(key, __u32);
	__type(value, struct start_t);
} start SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, MAX_ENTRIES);
	__type(key, __u32);
	__type(value, struct data_t);
} data SEC(".maps");

static const struct data_t zero;

SEC("raw_tracepoint/sys_enter")
int sys_enter(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)id;
	struct start_t st;

	if (filter_pid && (pid_t)(id >> 32) != filter_pid)
		return 0;
	/* sys_enter(struct pt_regs *regs, long id) */
	st.nr = ctx->args[1];
	st.ts = bpf_ktime_get_ns();
	bpf_map_update_elem(&start, &tid, &st, 0);
	return 0;
}

SEC("raw_tracepoint/sys_exit")
int sys_exit(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	long ret = (long)ctx->args[1];	/* sys_exit(struct pt_regs *regs, long ret) */
	__u32 tid = (__u32)id, key;
	struct start_t *stp;
	struct data_t *val;
	long nr;

	if (filter_pid && (pid_t)(id >> 32) != filter_pid)
		return 0;
	stp = bpf_map_lookup_elem(&start, &tid);
	if (!stp)
		return 0;
	nr = (long)stp->nr;
	if (nr < 0)
		goto out;
	key = count_by_process ? (__u32)(id >> 32) : (__u32)nr;
	val = bpf_map_lookup_elem(&data, &key);
	if (!val) {
		bpf_map_update_elem(&data, &key, &zero, BPF_NOEXIST);
		val = bpf_map_lookup_elem(&data, &key);
		if (!val)
			goto out;
		if (count_by_process)
			bpf_get_current_comm(val->comm, sizeof(val->comm));
	}
	__sync_fetch_and_add(&val->count, 1);
	if (ret < 0)
		__sync_fetch_and_add(&val->errors, 1);
	if (measure_latency)
		__sync_fetch_and_add(&val->total_ns, bpf_ktime_get_ns() - stp->ts);
out:
	bpf_map_delete_elem(&start, &tid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
