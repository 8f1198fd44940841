// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A USDT probe's hits: the probe's first three arguments, as many as it
 * has, and the cookie the guest attached it with. Which probe is the
 * guest's choice at attach time (bpf_program__attach_usdt).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/usdt.bpf.h>
#include "usdt.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct usdt_event *unused_event __attribute__((unused));

SEC("usdt")
int on_probe(struct pt_regs *ctx)
{
	struct usdt_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	long v;
	int i;

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->arg_cnt = bpf_usdt_arg_cnt(ctx);
	e->cookie = bpf_usdt_cookie(ctx);
	for (i = 0; i < 3; i++) {
		v = 0;
		if (i < e->arg_cnt)
			bpf_usdt_arg(ctx, i, &v);
		e->args[i] = v;
	}
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}
