// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* tccount: ingress packets seen by a tc clsact classifier. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include "tccount.h"

#define TC_ACT_OK 0
#define ETH_P_IP 0x0800

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct tccount_stats);
} stats SEC(".maps");

SEC("tc")
int tc_ingress(struct __sk_buff *ctx)
{
	struct tccount_stats *s;
	__u32 zero = 0;

	s = bpf_map_lookup_elem(&stats, &zero);
	if (!s)
		return TC_ACT_OK;
	__sync_fetch_and_add(&s->packets, 1);
	__sync_fetch_and_add(&s->bytes, ctx->len);
	if (ctx->protocol == bpf_htons(ETH_P_IP))
		__sync_fetch_and_add(&s->ipv4, 1);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
