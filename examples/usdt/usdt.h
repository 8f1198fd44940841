/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* One hit of the USDT probe. */
#ifndef __USDT_H
#define __USDT_H

#define TASK_COMM_LEN 16

struct usdt_event {
	int pid;
	int arg_cnt;
	__u64 cookie;
	__s64 args[3];
	char comm[TASK_COMM_LEN];
};

#endif /* __USDT_H */
