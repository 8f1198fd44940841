// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * opensnoop: openat() calls with their path and result, sent through a perf
 * event array (the classic bcc transport, for kernels without ring buffers).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "opensnoop.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* filters, set by the guest before load */
const volatile int target_pid = 0;
const volatile bool failed_only = false;

/* what the entry saw, per thread, until the exit */
struct args {
	const char *path;
	int flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, u32);
	__type(value, struct args);
} start SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(u32));
	__uint(value_size, sizeof(u32));
} events SEC(".maps");

/* a struct used only as a perf event is not in BTF without this */
struct event *unused_event __attribute__((unused));

SEC("tp/syscalls/sys_enter_openat")
int handle_enter(struct trace_event_raw_sys_enter *ctx)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id;
	struct args a = {};

	if (target_pid && target_pid != (int)(id >> 32))
		return 0;
	a.path = (const char *)ctx->args[1];
	a.flags = (int)ctx->args[2];
	bpf_map_update_elem(&start, &tid, &a, BPF_ANY);
	return 0;
}

SEC("tp/syscalls/sys_exit_openat")
int handle_exit(struct trace_event_raw_sys_exit *ctx)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id;
	struct event e = {};
	struct args *a;

	a = bpf_map_lookup_elem(&start, &tid);
	if (!a)
		return 0;
	e.ret = ctx->ret;
	if (failed_only && e.ret >= 0)
		goto out;
	e.pid = id >> 32;
	e.uid = (u32)bpf_get_current_uid_gid();
	e.flags = a->flags;
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	bpf_probe_read_user_str(e.path, sizeof(e.path), a->path);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
out:
	bpf_map_delete_elem(&start, &tid);
	return 0;
}
