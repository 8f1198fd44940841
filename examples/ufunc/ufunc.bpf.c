// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The calls of one user-space function: its first integer arguments on
 * entry, its result on return. Where (binary, function or offset, pid) is
 * the guest's choice at attach time: the SEC names say only "uprobe".
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "ufunc.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct call_event *unused_event __attribute__((unused));

static int send(int is_return, long a0, long a1, long a2, long ret)
{
	struct call_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->is_return = is_return;
	e->args[0] = a0;
	e->args[1] = a1;
	e->args[2] = a2;
	e->ret = ret;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("uprobe")
int BPF_KPROBE(func_entry, long a0, long a1, long a2)
{
	return send(0, a0, a1, a2, 0);
}

SEC("uretprobe")
int BPF_KRETPROBE(func_return, long ret)
{
	return send(1, 0, 0, 0, ret);
}
