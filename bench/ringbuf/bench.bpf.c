// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Ring-buffer benchmark producer. One getpgid() by a process named
 * "wbtrigger" writes fill_count events of event_size bytes (64 or 256) with
 * bpf_loop(); in live mode every such call writes one event.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 << 20);
} rb SEC(".maps");

const volatile unsigned int event_size = 64;
const volatile unsigned int fill_count = 0;	/* 0: one event per call */

unsigned long long produced;
unsigned long long dropped;

static long emit(u64 index, void *ctx)
{
	u64 *e;

	if (event_size == 256)
		e = bpf_ringbuf_reserve(&rb, 256, 0);
	else
		e = bpf_ringbuf_reserve(&rb, 64, 0);
	if (!e) {
		__sync_fetch_and_add(&dropped, 1);
		return 0;
	}
	e[0] = index;
	e[1] = bpf_ktime_get_ns();
	/*
	 * A fill wakes the reader once, at its last event: runtimes poll
	 * (epoll, then read) rather than consume, so without a wakeup the
	 * events would never be seen. Live events use the kernel's default.
	 */
	if (!fill_count)
		bpf_ringbuf_submit(e, 0);
	else if (index + 1 == fill_count)
		bpf_ringbuf_submit(e, BPF_RB_FORCE_WAKEUP);
	else
		bpf_ringbuf_submit(e, BPF_RB_NO_WAKEUP);
	__sync_fetch_and_add(&produced, 1);
	return 0;
}

SEC("tp/syscalls/sys_enter_getpgid")
int produce(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (comm[0] != 'w' || comm[1] != 'b' || comm[2] != 't' || comm[3] != 'r')
		return 0;
	if (fill_count)
		bpf_loop(fill_count, emit, NULL, 0);
	else
		emit(0, NULL);
	return 0;
}
