/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __XDP_H
#define __XDP_H

/* counter slots: IPv4 and IPv6, by transport, then everything else */
enum proto_slot {
	SLOT_IPV4_TCP, SLOT_IPV4_UDP, SLOT_IPV4_ICMP, SLOT_IPV4_OTHER,
	SLOT_IPV6_TCP, SLOT_IPV6_UDP, SLOT_IPV6_ICMP, SLOT_IPV6_OTHER,
	SLOT_NOT_IP,
	NR_SLOTS,
};

struct counters {
	unsigned long long packets;
	unsigned long long bytes;
};

#endif /* __XDP_H */
