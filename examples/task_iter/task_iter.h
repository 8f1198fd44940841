/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* What the iterator writes for each task; the guest reads it with read(). */
#ifndef __TASK_ITER_H
#define __TASK_ITER_H

#define TASK_COMM_LEN 16
#define MAX_STACK_LEN 127

struct task_info {
	pid_t pid;
	pid_t tid;
	__u32 state;
	char comm[TASK_COMM_LEN];

	int kstack_len;

	__u64 kstack[MAX_STACK_LEN];
};

#endif /* __TASK_ITER_H */
