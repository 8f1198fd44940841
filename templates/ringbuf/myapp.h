/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Types shared by myapp.bpf.c and myapp.c (which sees them as myapp.wasm.h). */
#ifndef __MYAPP_H
#define __MYAPP_H

#define TASK_COMM_LEN 16
#define FILENAME_LEN 128

struct event {
	int pid;
	int ppid;
	char comm[TASK_COMM_LEN];
	char filename[FILENAME_LEN];
};

#endif /* __MYAPP_H */
