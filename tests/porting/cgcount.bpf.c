// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* cgcount: egress packets of a cgroup's sockets (cgroup_skb). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include "cgcount.h"

#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17

const volatile __u16 targ_port = 0;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct cg_counters);
} counters SEC(".maps");

SEC("cgroup_skb/egress")
int count_egress(struct __sk_buff *skb)
{
	struct cg_counters *c;
	struct iphdr ip;
	struct udphdr udp;
	__u32 zero = 0;

	c = bpf_map_lookup_elem(&counters, &zero);
	if (!c)
		return 1;
	__sync_fetch_and_add(&c->packets, 1);
	__sync_fetch_and_add(&c->bytes, skb->len);
	if (!targ_port || skb->protocol != bpf_htons(ETH_P_IP))
		return 1;
	/* cgroup_skb data starts at the network header */
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) || ip.protocol != IPPROTO_UDP ||
	    ip.ihl != 5)
		return 1;
	if (bpf_skb_load_bytes(skb, sizeof(ip), &udp, sizeof(udp)))
		return 1;
	if (udp.dest == bpf_htons(targ_port))
		__sync_fetch_and_add(&c->udp_port_packets, 1);
	return 1;	/* allow */
}

char LICENSE[] SEC("license") = "GPL";
