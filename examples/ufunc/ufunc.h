/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* One call or return of the traced function. */
#ifndef __UFUNC_H
#define __UFUNC_H

#define TASK_COMM_LEN 16

struct call_event {
	int pid;
	int is_return;
	__s64 args[3];		/* the first three integer arguments, on entry */
	__s64 ret;		/* the integer result, on return */
	char comm[TASK_COMM_LEN];
};

#endif /* __UFUNC_H */
