// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Every getpgid() of target_pid as an event in two ring buffers (odd calls
 * in ring_a, even ones in ring_b) and in a perf event array (all of them):
 * what a tool with several buffers per object sees.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "buffers.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

const volatile int target_pid = 0;
unsigned int seq = 0;
struct event *unused_event __attribute__((unused));

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} ring_a SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 128 * 1024);
} ring_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(u32));
	__uint(value_size, sizeof(u32));
} perf_events SEC(".maps");

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	struct event e = {}, *r;

	if (bpf_get_current_pid_tgid() >> 32 != target_pid)
		return 0;
	e.pid = target_pid;
	e.seq = ++seq;	/* one traced thread: no race */
	e.cpu = bpf_get_smp_processor_id();
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	r = bpf_ringbuf_reserve(e.seq & 1 ? (void *)&ring_a : (void *)&ring_b, sizeof(e), 0);
	if (r) {
		*r = e;
		bpf_ringbuf_submit(r, 0);
	}
	bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}
