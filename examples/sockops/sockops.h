/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __SOCKOPS_H
#define __SOCKOPS_H

/* connections counted per direction and port */
struct conn_key {
	unsigned int port;	/* remote port of active, local port of passive ones */
	unsigned int passive;
};

#endif /* __SOCKOPS_H */
