// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* tcpstates: TCP state changes with the time spent in the old state. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "tcpstates.h"

#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6

const volatile __u16 targ_port = 0;
const volatile short target_family = 0;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u64);
	__type(value, __u64);
} timestamps SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct event *unused_event __attribute__((unused));

SEC("tracepoint/sock/inet_sock_set_state")
int handle_set_state(struct trace_event_raw_inet_sock_set_state *ctx)
{
	__u64 skaddr = (__u64)ctx->skaddr, *tsp, ts;
	__u16 family = ctx->family;
	struct event *e;

	if (ctx->protocol != IPPROTO_TCP)
		return 0;
	if (target_family && target_family != (short)family)
		return 0;
	if (targ_port && ctx->sport != targ_port && ctx->dport != targ_port)
		return 0;

	ts = bpf_ktime_get_ns();
	tsp = bpf_map_lookup_elem(&timestamps, &skaddr);
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (e) {
		e->skaddr = skaddr;
		e->ts_us = ts / 1000;
		e->delta_us = tsp ? (ts - *tsp) / 1000 : 0;
		e->pid = bpf_get_current_pid_tgid() >> 32;
		e->oldstate = ctx->oldstate;
		e->newstate = ctx->newstate;
		e->family = family;
		e->sport = ctx->sport;
		e->dport = ctx->dport;
		bpf_get_current_comm(&e->task, sizeof(e->task));
		/* the verifier refuses copies through a moved ctx pointer */
		if (family == AF_INET) {
			bpf_probe_read_kernel(e->saddr, 4, ctx->saddr);
			bpf_probe_read_kernel(e->daddr, 4, ctx->daddr);
		} else {
			bpf_probe_read_kernel(e->saddr, 16, ctx->saddr_v6);
			bpf_probe_read_kernel(e->daddr, 16, ctx->daddr_v6);
		}
		bpf_ringbuf_submit(e, 0);
	}
	if (ctx->newstate == 7 /* TCP_CLOSE */)
		bpf_map_delete_elem(&timestamps, &skaddr);
	else
		bpf_map_update_elem(&timestamps, &skaddr, &ts, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
