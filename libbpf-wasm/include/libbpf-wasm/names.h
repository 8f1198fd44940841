/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The names libbpf 1.1 gives the kernel's program, map, attach and link
 * types: each enumerator of <linux/bpf.h> in lower case without its prefix
 * (BPF_MAP_TYPE_RINGBUF is "ringbuf"), up to the last type libbpf 1.1
 * knows; a later or unknown value has no name (NULL), as in libbpf.
 */
#ifndef __LIBBPF_WASM_NAMES_H
#define __LIBBPF_WASM_NAMES_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LIBBPF_WASM_NAME(table, t)					\
	((unsigned)(t) < sizeof(table) / sizeof(table[0]) ? table[(unsigned)(t)] : NULL)

LIBBPF_API const char *libbpf_bpf_prog_type_str(enum bpf_prog_type t)
{
	static const char *const names[] = {
		"unspec",
		"socket_filter",
		"kprobe",
		"sched_cls",
		"sched_act",
		"tracepoint",
		"xdp",
		"perf_event",
		"cgroup_skb",
		"cgroup_sock",
		"lwt_in",
		"lwt_out",
		"lwt_xmit",
		"sock_ops",
		"sk_skb",
		"cgroup_device",
		"sk_msg",
		"raw_tracepoint",
		"cgroup_sock_addr",
		"lwt_seg6local",
		"lirc_mode2",
		"sk_reuseport",
		"flow_dissector",
		"cgroup_sysctl",
		"raw_tracepoint_writable",
		"cgroup_sockopt",
		"tracing",
		"struct_ops",
		"ext",
		"lsm",
		"sk_lookup",
		"syscall",
	};

	return LIBBPF_WASM_NAME(names, t);
}

LIBBPF_API const char *libbpf_bpf_map_type_str(enum bpf_map_type t)
{
	static const char *const names[] = {
		"unspec",
		"hash",
		"array",
		"prog_array",
		"perf_event_array",
		"percpu_hash",
		"percpu_array",
		"stack_trace",
		"cgroup_array",
		"lru_hash",
		"lru_percpu_hash",
		"lpm_trie",
		"array_of_maps",
		"hash_of_maps",
		"devmap",
		"sockmap",
		"cpumap",
		"xskmap",
		"sockhash",
		"cgroup_storage",
		"reuseport_sockarray",
		"percpu_cgroup_storage",
		"queue",
		"stack",
		"sk_storage",
		"devmap_hash",
		"struct_ops",
		"ringbuf",
		"inode_storage",
		"task_storage",
		"bloom_filter",
		"user_ringbuf",
		"cgrp_storage",
	};

	return LIBBPF_WASM_NAME(names, t);
}

LIBBPF_API const char *libbpf_bpf_attach_type_str(enum bpf_attach_type t)
{
	static const char *const names[] = {
		"cgroup_inet_ingress",
		"cgroup_inet_egress",
		"cgroup_inet_sock_create",
		"cgroup_sock_ops",
		"sk_skb_stream_parser",
		"sk_skb_stream_verdict",
		"cgroup_device",
		"sk_msg_verdict",
		"cgroup_inet4_bind",
		"cgroup_inet6_bind",
		"cgroup_inet4_connect",
		"cgroup_inet6_connect",
		"cgroup_inet4_post_bind",
		"cgroup_inet6_post_bind",
		"cgroup_udp4_sendmsg",
		"cgroup_udp6_sendmsg",
		"lirc_mode2",
		"flow_dissector",
		"cgroup_sysctl",
		"cgroup_udp4_recvmsg",
		"cgroup_udp6_recvmsg",
		"cgroup_getsockopt",
		"cgroup_setsockopt",
		"trace_raw_tp",
		"trace_fentry",
		"trace_fexit",
		"modify_return",
		"lsm_mac",
		"trace_iter",
		"cgroup_inet4_getpeername",
		"cgroup_inet6_getpeername",
		"cgroup_inet4_getsockname",
		"cgroup_inet6_getsockname",
		"xdp_devmap",
		"cgroup_inet_sock_release",
		"xdp_cpumap",
		"sk_lookup",
		"xdp",
		"sk_skb_verdict",
		"sk_reuseport_select",
		"sk_reuseport_select_or_migrate",
		"perf_event",
		"trace_kprobe_multi",
		"lsm_cgroup",
	};

	return LIBBPF_WASM_NAME(names, t);
}

LIBBPF_API const char *libbpf_bpf_link_type_str(enum bpf_link_type t)
{
	static const char *const names[] = {
		"unspec",
		"raw_tracepoint",
		"tracing",
		"cgroup",
		"iter",
		"netns",
		"xdp",
		"perf_event",
		"kprobe_multi",
		"struct_ops",
	};

	return LIBBPF_WASM_NAME(names, t);
}

#undef LIBBPF_WASM_NAME

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_NAMES_H */
