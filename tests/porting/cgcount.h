/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __CGCOUNT_H
#define __CGCOUNT_H

/* what a cgroup's sockets sent */
struct cg_counters {
	__u64 packets;
	__u64 bytes;
	__u64 udp_port_packets;	/* UDP over IPv4 to the watched port */
};

#endif /* __CGCOUNT_H */
