// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* xdpcount: IPv4 packets by protocol (per CPU) and UDP to one port. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include "xdpcount.h"

#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17

const volatile __u16 targ_port = 0;

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, MAX_PROTO);
	__type(key, __u32);
	__type(value, __u64);
} proto_packets SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct udp_port_stats);
} port_hits SEC(".maps");

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct udp_port_stats *ps;
	struct udphdr *udp;
	struct iphdr *ip;
	__u32 proto, zero = 0;
	__u64 *cnt;

	if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	ip = (struct iphdr *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	proto = ip->protocol;
	cnt = bpf_map_lookup_elem(&proto_packets, &proto);
	if (cnt)
		*cnt += 1;
	if (proto != IPPROTO_UDP || !targ_port || ip->ihl != 5)
		return XDP_PASS;
	udp = (struct udphdr *)(ip + 1);
	if ((void *)(udp + 1) > data_end || udp->dest != bpf_htons(targ_port))
		return XDP_PASS;
	ps = bpf_map_lookup_elem(&port_hits, &zero);
	if (ps) {
		__sync_fetch_and_add(&ps->packets, 1);
		__sync_fetch_and_add(&ps->bytes, (__u64)(data_end - data));
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
