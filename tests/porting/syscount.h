/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __SYSCOUNT_H
#define __SYSCOUNT_H

#define TASK_COMM_LEN 16

struct data_t {
	__u64 count;
	__u64 total_ns;
	__u64 errors;
	char comm[TASK_COMM_LEN];
};

#endif /* __SYSCOUNT_H */
