/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf 1.1's SEC() conventions: which program type and expected attach
 * type a section name gives, for bpf_program__type(),
 * bpf_program__expected_attach_type() and libbpf_{prog,attach}_type_by_name().
 * A name ending in '+' matches SEC("name") and SEC("name/anything"); any
 * other name matches only itself. The runtime's libbpf decides at load; the
 * guest answers the same from the same rules.
 */
#ifndef __LIBBPF_WASM_SECTIONS_H
#define __LIBBPF_WASM_SECTIONS_H

#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

struct libbpf_wasm_sec_def {
	const char *sec;
	enum bpf_prog_type prog_type;
	enum bpf_attach_type attach_type;
	bool attachable;	/* libbpf_attach_type_by_name() answers for it */
};

#define LIBBPF_WASM_SEC(sec, type, attach, attachable) \
	{ sec, BPF_PROG_TYPE_##type, (enum bpf_attach_type)(attach), attachable }

LIBBPF_API const struct libbpf_wasm_sec_def *libbpf_wasm__sec_defs(size_t *cnt)
{
	static const struct libbpf_wasm_sec_def defs[] = {
		LIBBPF_WASM_SEC("socket", SOCKET_FILTER, 0, false),
		LIBBPF_WASM_SEC("sk_reuseport/migrate", SK_REUSEPORT, BPF_SK_REUSEPORT_SELECT_OR_MIGRATE, true),
		LIBBPF_WASM_SEC("sk_reuseport", SK_REUSEPORT, BPF_SK_REUSEPORT_SELECT, true),
		LIBBPF_WASM_SEC("kprobe+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("uprobe+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("uprobe.s+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("kretprobe+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("uretprobe+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("uretprobe.s+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("kprobe.multi+", KPROBE, BPF_TRACE_KPROBE_MULTI, false),
		LIBBPF_WASM_SEC("kretprobe.multi+", KPROBE, BPF_TRACE_KPROBE_MULTI, false),
		LIBBPF_WASM_SEC("ksyscall+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("kretsyscall+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("usdt+", KPROBE, 0, false),
		LIBBPF_WASM_SEC("tc", SCHED_CLS, 0, false),
		LIBBPF_WASM_SEC("classifier", SCHED_CLS, 0, false),
		LIBBPF_WASM_SEC("action", SCHED_ACT, 0, false),
		LIBBPF_WASM_SEC("tracepoint+", TRACEPOINT, 0, false),
		LIBBPF_WASM_SEC("tp+", TRACEPOINT, 0, false),
		LIBBPF_WASM_SEC("raw_tracepoint+", RAW_TRACEPOINT, 0, false),
		LIBBPF_WASM_SEC("raw_tp+", RAW_TRACEPOINT, 0, false),
		LIBBPF_WASM_SEC("raw_tracepoint.w+", RAW_TRACEPOINT_WRITABLE, 0, false),
		LIBBPF_WASM_SEC("raw_tp.w+", RAW_TRACEPOINT_WRITABLE, 0, false),
		LIBBPF_WASM_SEC("tp_btf+", TRACING, BPF_TRACE_RAW_TP, false),
		LIBBPF_WASM_SEC("fentry+", TRACING, BPF_TRACE_FENTRY, false),
		LIBBPF_WASM_SEC("fmod_ret+", TRACING, BPF_MODIFY_RETURN, false),
		LIBBPF_WASM_SEC("fexit+", TRACING, BPF_TRACE_FEXIT, false),
		LIBBPF_WASM_SEC("fentry.s+", TRACING, BPF_TRACE_FENTRY, false),
		LIBBPF_WASM_SEC("fmod_ret.s+", TRACING, BPF_MODIFY_RETURN, false),
		LIBBPF_WASM_SEC("fexit.s+", TRACING, BPF_TRACE_FEXIT, false),
		LIBBPF_WASM_SEC("freplace+", EXT, 0, false),
		LIBBPF_WASM_SEC("lsm+", LSM, BPF_LSM_MAC, false),
		LIBBPF_WASM_SEC("lsm.s+", LSM, BPF_LSM_MAC, false),
		LIBBPF_WASM_SEC("lsm_cgroup+", LSM, BPF_LSM_CGROUP, false),
		LIBBPF_WASM_SEC("iter+", TRACING, BPF_TRACE_ITER, false),
		LIBBPF_WASM_SEC("iter.s+", TRACING, BPF_TRACE_ITER, false),
		LIBBPF_WASM_SEC("syscall", SYSCALL, 0, false),
		LIBBPF_WASM_SEC("xdp.frags/devmap", XDP, BPF_XDP_DEVMAP, false),
		LIBBPF_WASM_SEC("xdp/devmap", XDP, BPF_XDP_DEVMAP, true),
		LIBBPF_WASM_SEC("xdp.frags/cpumap", XDP, BPF_XDP_CPUMAP, false),
		LIBBPF_WASM_SEC("xdp/cpumap", XDP, BPF_XDP_CPUMAP, true),
		LIBBPF_WASM_SEC("xdp.frags", XDP, BPF_XDP, false),
		LIBBPF_WASM_SEC("xdp", XDP, BPF_XDP, true),
		LIBBPF_WASM_SEC("perf_event", PERF_EVENT, 0, false),
		LIBBPF_WASM_SEC("lwt_in", LWT_IN, 0, false),
		LIBBPF_WASM_SEC("lwt_out", LWT_OUT, 0, false),
		LIBBPF_WASM_SEC("lwt_xmit", LWT_XMIT, 0, false),
		LIBBPF_WASM_SEC("lwt_seg6local", LWT_SEG6LOCAL, 0, false),
		LIBBPF_WASM_SEC("sockops", SOCK_OPS, BPF_CGROUP_SOCK_OPS, true),
		LIBBPF_WASM_SEC("sk_skb/stream_parser", SK_SKB, BPF_SK_SKB_STREAM_PARSER, true),
		LIBBPF_WASM_SEC("sk_skb/stream_verdict", SK_SKB, BPF_SK_SKB_STREAM_VERDICT, true),
		LIBBPF_WASM_SEC("sk_skb", SK_SKB, 0, false),
		LIBBPF_WASM_SEC("sk_msg", SK_MSG, BPF_SK_MSG_VERDICT, true),
		LIBBPF_WASM_SEC("lirc_mode2", LIRC_MODE2, BPF_LIRC_MODE2, true),
		LIBBPF_WASM_SEC("flow_dissector", FLOW_DISSECTOR, BPF_FLOW_DISSECTOR, true),
		LIBBPF_WASM_SEC("cgroup_skb/ingress", CGROUP_SKB, BPF_CGROUP_INET_INGRESS, true),
		LIBBPF_WASM_SEC("cgroup_skb/egress", CGROUP_SKB, BPF_CGROUP_INET_EGRESS, true),
		LIBBPF_WASM_SEC("cgroup/skb", CGROUP_SKB, 0, false),
		LIBBPF_WASM_SEC("cgroup/sock_create", CGROUP_SOCK, BPF_CGROUP_INET_SOCK_CREATE, true),
		LIBBPF_WASM_SEC("cgroup/sock_release", CGROUP_SOCK, BPF_CGROUP_INET_SOCK_RELEASE, true),
		LIBBPF_WASM_SEC("cgroup/sock", CGROUP_SOCK, BPF_CGROUP_INET_SOCK_CREATE, true),
		LIBBPF_WASM_SEC("cgroup/post_bind4", CGROUP_SOCK, BPF_CGROUP_INET4_POST_BIND, true),
		LIBBPF_WASM_SEC("cgroup/post_bind6", CGROUP_SOCK, BPF_CGROUP_INET6_POST_BIND, true),
		LIBBPF_WASM_SEC("cgroup/bind4", CGROUP_SOCK_ADDR, BPF_CGROUP_INET4_BIND, true),
		LIBBPF_WASM_SEC("cgroup/bind6", CGROUP_SOCK_ADDR, BPF_CGROUP_INET6_BIND, true),
		LIBBPF_WASM_SEC("cgroup/connect4", CGROUP_SOCK_ADDR, BPF_CGROUP_INET4_CONNECT, true),
		LIBBPF_WASM_SEC("cgroup/connect6", CGROUP_SOCK_ADDR, BPF_CGROUP_INET6_CONNECT, true),
		LIBBPF_WASM_SEC("cgroup/sendmsg4", CGROUP_SOCK_ADDR, BPF_CGROUP_UDP4_SENDMSG, true),
		LIBBPF_WASM_SEC("cgroup/sendmsg6", CGROUP_SOCK_ADDR, BPF_CGROUP_UDP6_SENDMSG, true),
		LIBBPF_WASM_SEC("cgroup/recvmsg4", CGROUP_SOCK_ADDR, BPF_CGROUP_UDP4_RECVMSG, true),
		LIBBPF_WASM_SEC("cgroup/recvmsg6", CGROUP_SOCK_ADDR, BPF_CGROUP_UDP6_RECVMSG, true),
		LIBBPF_WASM_SEC("cgroup/getpeername4", CGROUP_SOCK_ADDR, BPF_CGROUP_INET4_GETPEERNAME, true),
		LIBBPF_WASM_SEC("cgroup/getpeername6", CGROUP_SOCK_ADDR, BPF_CGROUP_INET6_GETPEERNAME, true),
		LIBBPF_WASM_SEC("cgroup/getsockname4", CGROUP_SOCK_ADDR, BPF_CGROUP_INET4_GETSOCKNAME, true),
		LIBBPF_WASM_SEC("cgroup/getsockname6", CGROUP_SOCK_ADDR, BPF_CGROUP_INET6_GETSOCKNAME, true),
		LIBBPF_WASM_SEC("cgroup/sysctl", CGROUP_SYSCTL, BPF_CGROUP_SYSCTL, true),
		LIBBPF_WASM_SEC("cgroup/getsockopt", CGROUP_SOCKOPT, BPF_CGROUP_GETSOCKOPT, true),
		LIBBPF_WASM_SEC("cgroup/setsockopt", CGROUP_SOCKOPT, BPF_CGROUP_SETSOCKOPT, true),
		LIBBPF_WASM_SEC("cgroup/dev", CGROUP_DEVICE, BPF_CGROUP_DEVICE, true),
		LIBBPF_WASM_SEC("struct_ops+", STRUCT_OPS, 0, false),
		LIBBPF_WASM_SEC("sk_lookup", SK_LOOKUP, BPF_SK_LOOKUP, true),
	};

	*cnt = sizeof(defs) / sizeof(defs[0]);
	return defs;
}

#undef LIBBPF_WASM_SEC

/* The first definition a section name matches, or NULL. */
LIBBPF_API const struct libbpf_wasm_sec_def *libbpf_wasm__find_sec_def(const char *name)
{
	size_t i, cnt, len;
	const struct libbpf_wasm_sec_def *defs = libbpf_wasm__sec_defs(&cnt);

	for (i = 0; i < cnt; i++) {
		len = strlen(defs[i].sec);
		if (defs[i].sec[len - 1] != '+') {
			if (strcmp(name, defs[i].sec) == 0)
				return &defs[i];
		} else if (strncmp(name, defs[i].sec, len - 1) == 0 &&
			   (name[len - 1] == '\0' || name[len - 1] == '/')) {
			return &defs[i];
		}
	}
	return NULL;
}

LIBBPF_API int libbpf_prog_type_by_name(const char *name, enum bpf_prog_type *prog_type,
					enum bpf_attach_type *expected_attach_type)
{
	const struct libbpf_wasm_sec_def *def;

	if (!name)
		return libbpf_wasm__err(-EINVAL);
	def = libbpf_wasm__find_sec_def(name);
	if (!def)
		return libbpf_wasm__err(-ESRCH);
	*prog_type = def->prog_type;
	*expected_attach_type = def->attach_type;
	return 0;
}

LIBBPF_API int libbpf_attach_type_by_name(const char *name,
					  enum bpf_attach_type *attach_type)
{
	const struct libbpf_wasm_sec_def *def;

	if (!name)
		return libbpf_wasm__err(-EINVAL);
	def = libbpf_wasm__find_sec_def(name);
	if (!def || !def->attachable)
		return libbpf_wasm__err(-EINVAL);
	*attach_type = def->attach_type;
	return 0;
}

LIBBPF_API enum bpf_prog_type bpf_program__type(const struct bpf_program *prog)
{
	const struct libbpf_wasm_sec_def *def = libbpf_wasm__find_sec_def(prog->sec_name);

	return def ? def->prog_type : BPF_PROG_TYPE_UNSPEC;
}

LIBBPF_API enum bpf_attach_type bpf_program__expected_attach_type(const struct bpf_program *prog)
{
	const struct libbpf_wasm_sec_def *def = libbpf_wasm__find_sec_def(prog->sec_name);

	return def ? def->attach_type : (enum bpf_attach_type)0;
}

LIBBPF_API enum bpf_prog_type bpf_program__get_type(const struct bpf_program *prog)
{
	return bpf_program__type(prog);
}

LIBBPF_API enum bpf_attach_type
bpf_program__get_expected_attach_type(const struct bpf_program *prog)
{
	return bpf_program__expected_attach_type(prog);
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_SECTIONS_H */
