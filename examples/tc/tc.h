/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The classifier's counters, one array element the guest reads. */
#ifndef __TC_H
#define __TC_H

struct ingress_stats {
	__u64 packets;
	__u64 bytes;
	__u64 ipv4;
	__u64 udp_port;		/* IPv4 UDP datagrams to the -p port */
};

#endif /* __TC_H */
