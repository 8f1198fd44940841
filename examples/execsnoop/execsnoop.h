/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __EXECSNOOP_H
#define __EXECSNOOP_H

#define TASK_COMM_LEN 16
#define MAX_ARGS 20
#define ARG_SIZE 128
#define ARGS_BUF (MAX_ARGS * ARG_SIZE)

/* One exec: its arguments are NUL-separated in args[0..args_size). */
struct event {
	int pid;
	int ppid;
	unsigned int uid;
	int retval;
	int args_count;
	unsigned int args_size;
	bool args_truncated;
	char comm[TASK_COMM_LEN];
	char args[ARGS_BUF];
};

#endif /* __EXECSNOOP_H */
