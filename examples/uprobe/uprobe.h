/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __UPROBE_H
#define __UPROBE_H

struct call {
	int pid;
	bool is_return;
	int a;		/* arguments, on entry */
	long b;
	long ret;	/* the result, on return */
	char comm[16];
};

#endif /* __UPROBE_H */
