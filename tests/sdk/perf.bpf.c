// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* A second object: a perf event array fed by the same trigger. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(u32));
	__uint(value_size, sizeof(u32));
} perf_events SEC(".maps");

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid_perf(void *ctx)
{
	char comm[16];
	u64 data[4] = { 0x1111, 0x2222, 0x3333, 0 };

	bpf_get_current_comm(comm, sizeof(comm));
	if (comm[0] != 'w' || comm[1] != 'b' || comm[2] != 't' || comm[3] != 'r')
		return 0;
	data[3] = bpf_get_current_pid_tgid() >> 32;
	bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, data, sizeof(data));
	return 0;
}
