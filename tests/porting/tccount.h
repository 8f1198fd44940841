/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __TCCOUNT_H
#define __TCCOUNT_H

struct tccount_stats {
	__u64 packets;
	__u64 bytes;
	__u64 ipv4;
};

#endif /* __TCCOUNT_H */
