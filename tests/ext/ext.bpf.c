// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Programs that only explicit attach calls can attach: a uprobe and a
 * uretprobe with no target in their SEC name (libbpf-bootstrap's uprobe
 * style), two programs on one tracepoint (one is detached at run time), a
 * raw tracepoint, and a kprobe. The counts are for the processes
 * target_pid and target_pid2 only.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

int target_pid = 0, target_pid2 = 0;

__u64 uprobe_hits = 0, uretprobe_hits = 0;
int last_arg = 0, last_ret = 0;
__u64 tp_a_hits = 0, tp_b_hits = 0, raw_hits = 0;

static bool mine(void)
{
	int pid = bpf_get_current_pid_tgid() >> 32;

	return pid == target_pid || pid == target_pid2;
}

SEC("uprobe")
int BPF_KPROBE(uprobe_work, int i)
{
	if (mine()) {
		uprobe_hits++;
		last_arg = i;
	}
	return 0;
}

SEC("uretprobe")
int BPF_KRETPROBE(uretprobe_work, int ret)
{
	if (mine()) {
		uretprobe_hits++;
		last_ret = ret;
	}
	return 0;
}

SEC("tp/syscalls/sys_enter_getpgid")
int tp_a(void *ctx)
{
	if (mine())
		tp_a_hits++;
	return 0;
}

SEC("tp/syscalls/sys_enter_getpgid")
int tp_b(void *ctx)
{
	if (mine())
		tp_b_hits++;
	return 0;
}

SEC("raw_tp")
int raw_enter(struct bpf_raw_tracepoint_args *ctx)
{
	/* getpgid: 121 on x86_64, 155 on arm64 */
	if (mine() && (ctx->args[1] == 121 || ctx->args[1] == 155))
		raw_hits++;
	return 0;
}

SEC("kprobe")
int BPF_KPROBE(kprobe_unlinkat)
{
	return 0;
}

__u64 tc_udp9 = 0;

/* libbpf-bootstrap's tc, counting: UDP datagrams to port 9 on ingress */
SEC("tc")
int tc_ingress(struct __sk_buff *skb)
{
	struct {
		__be16 proto;
	} eth;
	__u8 ip[20];
	__be16 dport;

	if (bpf_skb_load_bytes(skb, 12, &eth, sizeof(eth)) || eth.proto != bpf_htons(0x0800))
		return 0;	/* TC_ACT_OK */
	if (bpf_skb_load_bytes(skb, 14, ip, sizeof(ip)) || ip[9] != 17)
		return 0;
	if (bpf_skb_load_bytes(skb, 14 + (ip[0] & 0xf) * 4 + 2, &dport, sizeof(dport)))
		return 0;
	if (dport == bpf_htons(9))
		__sync_fetch_and_add(&tc_udp9, 1);
	return 0;
}

/* libbpf-bootstrap's task_iter, shorter: "TGID COMM" of every process */
SEC("iter/task")
int get_tasks(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;

	if (!task || task->pid != task->tgid)
		return 0;
	BPF_SEQ_PRINTF(seq, "%d %s\n", task->tgid, task->comm);
	return 0;
}

/* a cgroup iterator: the id of each cgroup it is given (link_info) */
SEC("iter/cgroup")
int dump_cgroup(struct bpf_iter__cgroup *ctx)
{
	struct cgroup *cgrp = ctx->cgroup;

	if (!cgrp)
		return 0;
	BPF_SEQ_PRINTF(ctx->meta->seq, "cgroup %llu\n", cgrp->kn->id);
	return 0;
}

__u64 xdp_packets = 0, socks_created = 0;

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	__sync_fetch_and_add(&xdp_packets, 1);
	return XDP_PASS;
}

SEC("cgroup/sock_create")
int sock_create(struct bpf_sock *ctx)
{
	__sync_fetch_and_add(&socks_created, 1);
	return 1;	/* allow */
}
