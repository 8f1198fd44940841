/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __XDPCOUNT_H
#define __XDPCOUNT_H

#define MAX_PROTO 256

/* packets and bytes of UDP datagrams to the watched port */
struct udp_port_stats {
	__u64 packets;
	__u64 bytes;
};

#endif /* __XDPCOUNT_H */
