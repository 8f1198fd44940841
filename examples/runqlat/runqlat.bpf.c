// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * runqlat: how long tasks wait on a run queue between being woken (or
 * preempted) and running, as log2 histograms, with BTF-enabled tracepoints.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "runqlat.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#define TASK_RUNNING 0

const volatile bool per_process = false;	/* one histogram per process */
const volatile bool millis = false;		/* msecs instead of usecs */

/* when each thread was put on a run queue */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, u32);
	__type(value, u64);
} start SEC(".maps");

/* tgid (or 0 for all) -> histogram */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, u32);
	__type(value, struct hist);
} hists SEC(".maps");

static const struct hist zero;

static void enqueued(u32 tid)
{
	u64 ts = bpf_ktime_get_ns();

	if (tid)
		bpf_map_update_elem(&start, &tid, &ts, BPF_ANY);
}

static u32 log2l(u64 v)
{
	u32 r = 0;

	while (v > 1 && r < MAX_SLOTS - 1) {
		v >>= 1;
		r++;
	}
	return r;
}

SEC("tp_btf/sched_wakeup")
int BPF_PROG(sched_wakeup, struct task_struct *p)
{
	enqueued(p->pid);
	return 0;
}

SEC("tp_btf/sched_wakeup_new")
int BPF_PROG(sched_wakeup_new, struct task_struct *p)
{
	enqueued(p->pid);
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	u32 tid = next->pid, key;
	struct hist *h;
	u64 *tsp, delta;

	/* a task preempted while runnable waits on the queue again */
	if (prev->__state == TASK_RUNNING)
		enqueued(prev->pid);
	tsp = bpf_map_lookup_elem(&start, &tid);
	if (!tsp)
		return 0;
	delta = bpf_ktime_get_ns() - *tsp;
	bpf_map_delete_elem(&start, &tid);

	key = per_process ? next->tgid : 0;
	h = bpf_map_lookup_elem(&hists, &key);
	if (!h) {
		bpf_map_update_elem(&hists, &key, &zero, BPF_NOEXIST);
		h = bpf_map_lookup_elem(&hists, &key);
		if (!h)
			return 0;
		bpf_probe_read_kernel_str(h->comm, sizeof(h->comm), next->comm);
	}
	delta /= millis ? 1000000 : 1000;
	__sync_fetch_and_add(&h->slots[log2l(delta)], 1);
	return 0;
}
