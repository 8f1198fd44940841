// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf_prog_type_by_name() and libbpf_attach_type_by_name() for a list of
 * SEC names, known and unknown. Built natively against libbpf and as a
 * guest against the SDK: the outputs must be the same.
 */
#include <errno.h>
#include <stdio.h>
#include <bpf/libbpf.h>

static const char *const names[] = {
	"socket", "socket/x", "sk_reuseport", "sk_reuseport/migrate", "kprobe", "kprobe/do_sys_open",
	"kprobe.multi/do_*", "kretprobe/x", "kprobex", "uprobe", "uprobe//bin/sh:main", "uprobe.s/x",
	"uretprobe/x", "uretprobe.s/x", "kretprobe.multi/x", "ksyscall/openat", "kretsyscall/x",
	"usdt/x:y:z", "tc", "tc/ingress", "classifier", "action", "tracepoint/sched/sched_switch",
	"tp/syscalls/sys_enter_getpid", "tp", "raw_tracepoint/x", "raw_tp/x", "raw_tp.w/x",
	"raw_tracepoint.w/x", "tp_btf/sched_switch", "fentry/x", "fentry.s/x", "fexit/x", "fexit.s/x",
	"fmod_ret/x", "fmod_ret.s/x", "freplace/x", "lsm/file_open", "lsm.s/x", "lsm_cgroup/x",
	"iter/task", "iter.s/task", "syscall", "xdp", "xdp/devmap", "xdp/cpumap", "xdp.frags",
	"xdp.frags/devmap", "xdp.frags/cpumap", "xdp/foo", "perf_event", "lwt_in", "lwt_out",
	"lwt_xmit", "lwt_seg6local", "sockops", "sk_skb", "sk_skb/stream_parser",
	"sk_skb/stream_verdict", "sk_msg", "lirc_mode2", "flow_dissector", "cgroup_skb/ingress",
	"cgroup_skb/egress", "cgroup/skb", "cgroup/sock", "cgroup/sock_create", "cgroup/sock_release",
	"cgroup/post_bind4", "cgroup/post_bind6", "cgroup/bind4", "cgroup/bind6", "cgroup/connect4",
	"cgroup/connect6", "cgroup/sendmsg4", "cgroup/sendmsg6", "cgroup/recvmsg4", "cgroup/recvmsg6",
	"cgroup/getpeername4", "cgroup/getpeername6", "cgroup/getsockname4", "cgroup/getsockname6",
	"cgroup/sysctl", "cgroup/getsockopt", "cgroup/setsockopt", "cgroup/dev", "struct_ops/x",
	"struct_ops", "sk_lookup", "sk_lookup/x", ".text", "license", "", "unknown/x",
};

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

static const char *err_name(int err)
{
	return err == -ESRCH ? "-ESRCH" : err == -EINVAL ? "-EINVAL" :
	       err == -EOPNOTSUPP ? "-EOPNOTSUPP" : err ? "error" : "0";
}

int main(void)
{
	size_t i;

	libbpf_set_print(quiet);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		enum bpf_prog_type pt = BPF_PROG_TYPE_UNSPEC;
		enum bpf_attach_type at = (enum bpf_attach_type)-1, at2 = (enum bpf_attach_type)-1;
		int e1 = libbpf_prog_type_by_name(names[i], &pt, &at);
		int e2 = libbpf_attach_type_by_name(names[i], &at2);

		printf("'%s' prog: %s %d %d attach: %s %d\n", names[i], err_name(e1), (int)pt,
		       (int)at, err_name(e2), (int)at2);
	}
	return 0;
}
