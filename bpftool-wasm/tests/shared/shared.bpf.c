// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Global data of the shared header's types, and of the program's own. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "shared.h"
#include "shared.bpf.h"

/* defined here: user space cannot see it but through the skeleton */
struct local_cfg {
	enum mode mode;
	struct hist h;
};

const volatile pid_t targ_pid = 0;	/* a vmlinux.h type: defined in the skeleton */
const volatile enum mode targ_mode = MODE_ALL;
const volatile struct span targ_span = {};
struct event last_event = {};
struct hist hists[4] = {};
data_t totals = {};
struct local_cfg cfg = {};
struct bpf_side_stats stats = {};
static struct event zero_event;	/* static: not in the skeleton */
static volatile int static_counter;
static struct scratch scratch;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getpid")
int handle(void *ctx)
{
	struct event *e;

	static_counter++;
	scratch.n++;
	totals.count++;
	stats.hits++;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	*e = zero_event;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ts = (__typeof__(e->ts))(bpf_ktime_get_ns() + cfg.h.slots[0] + hists[1].slots[2] + targ_span.lo);
	last_event.pid = e->pid;
	bpf_ringbuf_submit(e, 0);
	return targ_mode + targ_pid;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
