/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __BUFFERS_H
#define __BUFFERS_H

#define TASK_COMM_LEN 16

/* one per getpgid() call of the traced process, in every buffer */
struct event {
	int pid;
	unsigned int seq;	/* 1, 2, ...: odd ones go to ring_a, even to ring_b */
	unsigned int cpu;	/* where the program ran */
	char comm[TASK_COMM_LEN];
};

#endif
