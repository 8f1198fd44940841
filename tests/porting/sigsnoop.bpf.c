// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* sigsnoop: signals as they are generated (signal:signal_generate). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "sigsnoop.h"

const volatile pid_t filtered_pid = 0;
const volatile int target_signal = 0;
const volatile bool failed_only = false;

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} events SEC(".maps");

struct event *unused_event __attribute__((unused));

SEC("tracepoint/signal/signal_generate")
int sig_trace(struct trace_event_raw_signal_generate *ctx)
{
	struct event event = {};
	pid_t tpid = ctx->pid;
	int ret = ctx->errno;
	int sig = ctx->sig;
	__u32 pid;

	if (failed_only && ret == 0)
		return 0;
	if (target_signal && sig != target_signal)
		return 0;
	pid = bpf_get_current_pid_tgid() >> 32;
	if (filtered_pid && (pid_t)pid != filtered_pid)
		return 0;
	event.pid = pid;
	event.tpid = (__u32)tpid;
	event.sig = sig;
	event.ret = ret;
	bpf_get_current_comm(event.comm, sizeof(event.comm));
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &event, sizeof(event));
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
