/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __EXECSNOOP_H
#define __EXECSNOOP_H

#define TASK_COMM_LEN 16
#define FILENAME_LEN 128

struct event {
	__u32 pid;
	__u32 ppid;
	__u32 uid;
	__u32 filename_len;
	__u64 ts_ns;
	char comm[TASK_COMM_LEN];
	char filename[FILENAME_LEN];
};

#endif /* __EXECSNOOP_H */
