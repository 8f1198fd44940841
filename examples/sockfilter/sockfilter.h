/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* What the filter reports of each IPv4 packet: the same layout on both sides. */
#ifndef __SOCKFILTER_H
#define __SOCKFILTER_H

#include <linux/types.h>

struct so_event {
	__be32 src_addr;
	__be32 dst_addr;
	union {
		__be32 ports;
		__be16 port16[2];
	};
	__u32 ip_proto;
	__u32 pkt_type;
	__u32 ifindex;
};

#endif /* __SOCKFILTER_H */
