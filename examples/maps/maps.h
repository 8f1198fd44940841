/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __MAPS_H
#define __MAPS_H

#define TASK_COMM_LEN 16

/* per-process statistics in the hash map */
struct proc_stats {
	unsigned long long calls;
	unsigned long long first_ns;
	unsigned long long last_ns;
	char comm[TASK_COMM_LEN];
};

struct comm_key {
	char comm[TASK_COMM_LEN];
};

#endif /* __MAPS_H */
