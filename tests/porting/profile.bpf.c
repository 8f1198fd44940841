// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* profile: CPU samples (software cpu-clock perf events) by process. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "profile.h"

const volatile pid_t targ_pid = -1;
const volatile bool user_only = false;
const volatile bool kernel_only = false;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, struct sample_key);
	__type(value, __u64);
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} samples SEC(".maps");

SEC("perf_event")
int do_perf_event(struct bpf_perf_event_data *ctx)
{
	__u64 id = bpf_get_current_pid_tgid(), one = 1, *valp;
	__u32 pid = id >> 32, zero = 0;
	struct sample_key key = {};

	if (!(__u32)id)
		return 0;	/* idle */
	if (targ_pid != -1 && targ_pid != (pid_t)pid)
		return 0;
	key.pid = pid;
	/* x86-64: kernel addresses have the top bit set */
	key.kernel = (__s64)PT_REGS_IP(&ctx->regs) < 0;
	if ((user_only && key.kernel) || (kernel_only && !key.kernel))
		return 0;
	bpf_get_current_comm(&key.name, sizeof(key.name));
	valp = bpf_map_lookup_elem(&counts, &key);
	if (valp)
		__sync_fetch_and_add(valp, 1);
	else
		bpf_map_update_elem(&counts, &key, &one, BPF_NOEXIST);
	valp = bpf_map_lookup_elem(&samples, &zero);
	if (valp)
		*valp += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
