/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __UCOUNT_H
#define __UCOUNT_H

#define TASK_COMM_LEN 16

/* per process: calls of the traced function, sum of its arguments and results */
struct ucount_val {
	__u64 calls;
	__u64 returns;
	__s64 arg_sum;
	__s64 ret_sum;
	char comm[TASK_COMM_LEN];
};

#endif /* __UCOUNT_H */
