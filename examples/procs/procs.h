/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The two kinds of event, each on a ring buffer of its own. */
#ifndef __PROCS_H
#define __PROCS_H

#define TASK_COMM_LEN 16
#define MAX_FILENAME_LEN 127

struct exec_event {
	int pid;
	int ppid;
	char comm[TASK_COMM_LEN];
	char filename[MAX_FILENAME_LEN];
};

struct exit_event {
	int pid;
	int ppid;
	unsigned exit_code;
	char comm[TASK_COMM_LEN];
};

#endif /* __PROCS_H */
