// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* A tc ingress classifier that counts what it sees and lets it all pass. */
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "tc.h"

#define TC_ACT_OK 0
#define ETH_P_IP 0x0800 /* Internet Protocol packet */
#define IPPROTO_UDP_NR 17

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct ingress_stats);
} stats SEC(".maps");

const volatile __u16 udp_port = 0;	/* host order; 0: none */

SEC("tc")
int tc_ingress(struct __sk_buff *ctx)
{
	void *data_end = (void *)(__u64)ctx->data_end;
	void *data = (void *)(__u64)ctx->data;
	struct ingress_stats *s;
	struct ethhdr *l2;
	struct iphdr *l3;
	struct udphdr *l4;
	__u32 zero = 0;

	s = bpf_map_lookup_elem(&stats, &zero);
	if (!s)
		return TC_ACT_OK;
	__sync_fetch_and_add(&s->packets, 1);
	__sync_fetch_and_add(&s->bytes, ctx->len);

	if (ctx->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;

	l2 = data;
	if ((void *)(l2 + 1) > data_end)
		return TC_ACT_OK;

	l3 = (struct iphdr *)(l2 + 1);
	if ((void *)(l3 + 1) > data_end)
		return TC_ACT_OK;
	__sync_fetch_and_add(&s->ipv4, 1);

	if (l3->protocol != IPPROTO_UDP_NR || l3->ihl != 5)
		return TC_ACT_OK;
	l4 = (struct udphdr *)(l3 + 1);
	if ((void *)(l4 + 1) > data_end)
		return TC_ACT_OK;
	if (udp_port && l4->dest == bpf_htons(udp_port))
		__sync_fetch_and_add(&s->udp_port, 1);
	return TC_ACT_OK;
}
