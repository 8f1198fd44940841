/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __RUNQLAT_H
#define __RUNQLAT_H

#define MAX_SLOTS 26

/* a log2 histogram of run-queue latencies, for one process or all */
struct hist {
	unsigned int slots[MAX_SLOTS];
	char comm[16];
};

#endif /* __RUNQLAT_H */
