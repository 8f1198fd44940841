/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __OPENSNOOP_H
#define __OPENSNOOP_H

#define TASK_COMM_LEN 16
#define PATH_LEN 255

struct event {
	int pid;
	unsigned int uid;
	int ret;	/* fd, or -errno */
	int flags;
	char comm[TASK_COMM_LEN];
	char path[PATH_LEN];
};

#endif /* __OPENSNOOP_H */
