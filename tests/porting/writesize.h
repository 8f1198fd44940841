/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __WRITESIZE_H
#define __WRITESIZE_H

#define TASK_COMM_LEN 16
#define MAX_SLOTS 20

struct hist_key {
	char comm[TASK_COMM_LEN];
};

struct hist {
	__u32 slots[MAX_SLOTS];
};

#endif /* __WRITESIZE_H */
