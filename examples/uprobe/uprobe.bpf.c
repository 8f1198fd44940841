// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * uprobe: the arguments and result of add_numbers() in ./target, every time
 * any process runs it. libbpf attaches SEC("uprobe/PATH:FUNC") by itself.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "uprobe.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#ifndef TARGET_PATH
#error "TARGET_PATH: the absolute path of the traced binary"
#endif

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} calls SEC(".maps");

struct call *unused_call __attribute__((unused));

static void send(bool is_return, int a, long b, long ret)
{
	struct call *c = bpf_ringbuf_reserve(&calls, sizeof(*c), 0);

	if (!c)
		return;
	c->pid = bpf_get_current_pid_tgid() >> 32;
	c->is_return = is_return;
	c->a = a;
	c->b = b;
	c->ret = ret;
	bpf_get_current_comm(c->comm, sizeof(c->comm));
	bpf_ringbuf_submit(c, 0);
}

SEC("uprobe/" TARGET_PATH ":add_numbers")
int BPF_KPROBE(on_entry, int a, long b)
{
	send(false, a, b, 0);
	return 0;
}

SEC("uretprobe/" TARGET_PATH ":add_numbers")
int BPF_KRETPROBE(on_return, long ret)
{
	send(true, 0, 0, ret);
	return 0;
}
