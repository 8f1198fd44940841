// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * xdp: packets and bytes per protocol on one interface, in a per-CPU array
 * (no atomics on the fast path). With a port set, only TCP and UDP packets
 * to or from that port are counted.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include "xdp.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define PROTO_ICMP 1
#define PROTO_TCP 6
#define PROTO_UDP 17
#define PROTO_ICMPV6 58

const volatile __u16 port_filter = 0;	/* host order; 0: every packet */

/* puts enum proto_slot into BTF, so the guest gets its constants */
enum proto_slot unused_slot __attribute__((unused));

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NR_SLOTS);
	__type(key, u32);
	__type(value, struct counters);
} stats SEC(".maps");

/* true when the TCP or UDP header at l4 involves port_filter */
static bool port_matches(void *l4, void *end, __u8 proto)
{
	__be16 *ports = l4;

	if (!port_filter)
		return true;
	if ((proto != PROTO_TCP && proto != PROTO_UDP) || (void *)(ports + 2) > end)
		return false;
	return bpf_ntohs(ports[0]) == port_filter || bpf_ntohs(ports[1]) == port_filter;
}

static u32 classify(void *data, void *end, bool *count)
{
	struct ethhdr *eth = data;
	__u8 proto;
	void *l4;

	*count = !port_filter;
	if ((void *)(eth + 1) > end)
		return SLOT_NOT_IP;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = (void *)(eth + 1);

		if ((void *)(ip + 1) > end)
			return SLOT_NOT_IP;
		proto = ip->protocol;
		l4 = (void *)ip + ip->ihl * 4;
		*count = port_matches(l4, end, proto);
		return proto == PROTO_TCP ? SLOT_IPV4_TCP : proto == PROTO_UDP ? SLOT_IPV4_UDP :
		       proto == PROTO_ICMP ? SLOT_IPV4_ICMP : SLOT_IPV4_OTHER;
	}
	if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);

		if ((void *)(ip6 + 1) > end)
			return SLOT_NOT_IP;
		proto = ip6->nexthdr;
		*count = port_matches(ip6 + 1, end, proto);
		return proto == PROTO_TCP ? SLOT_IPV6_TCP : proto == PROTO_UDP ? SLOT_IPV6_UDP :
		       proto == PROTO_ICMPV6 ? SLOT_IPV6_ICMP : SLOT_IPV6_OTHER;
	}
	return SLOT_NOT_IP;
}

SEC("xdp")
int count_packets(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct counters *c;
	bool count;
	u32 slot = classify(data, end, &count);

	if (!count)
		return XDP_PASS;
	c = bpf_map_lookup_elem(&stats, &slot);
	if (c) {
		c->packets++;
		c->bytes += end - data;
	}
	return XDP_PASS;
}
