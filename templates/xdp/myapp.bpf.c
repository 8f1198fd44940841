// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Kernel side: counts the packets and bytes an interface receives. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* .bss counters: the guest reads them with bpf_object__read_globals() */
unsigned long long packets;
unsigned long long bytes;

SEC("xdp")
int count_packets(struct xdp_md *ctx)
{
	__sync_fetch_and_add(&packets, 1);
	__sync_fetch_and_add(&bytes, ctx->data_end - ctx->data);
	return XDP_PASS;
}
