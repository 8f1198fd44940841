/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __PROFILE_H
#define __PROFILE_H

#define TASK_COMM_LEN 16

struct sample_key {
	__u32 pid;
	__u32 kernel;	/* sampled in kernel mode */
	char name[TASK_COMM_LEN];
};

#endif /* __PROFILE_H */
