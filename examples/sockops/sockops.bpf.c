// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sockops: counts TCP connections established by the processes of one
 * cgroup (v2): active ones (connect) by remote port, passive ones (accept)
 * by local port.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include "sockops.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#define BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB 4
#define BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB 5

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, struct conn_key);
	__type(value, u64);
} conns SEC(".maps");

unsigned long long active_total;
unsigned long long passive_total;

SEC("sockops")
int count_established(struct bpf_sock_ops *skops)
{
	struct conn_key key = {};
	u64 one = 1, *count;

	switch (skops->op) {
	case BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB:
		/* remote_port is in network byte order, in the upper 16 bits */
		key.port = bpf_ntohl(skops->remote_port) & 0xffff;
		__sync_fetch_and_add(&active_total, 1);
		break;
	case BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB:
		key.port = skops->local_port;
		key.passive = 1;
		__sync_fetch_and_add(&passive_total, 1);
		break;
	default:
		return 1;
	}
	count = bpf_map_lookup_elem(&conns, &key);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&conns, &key, &one, BPF_NOEXIST);
	return 1;
}
