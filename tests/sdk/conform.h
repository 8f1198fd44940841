/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef __CONFORM_H
#define __CONFORM_H

#define BIG_EVENT_SIZE 8192

struct small_event {
	int pid;
	unsigned int seq;
	char comm[16];
};

struct big_event {
	unsigned int seq;
	unsigned char fill[BIG_EVENT_SIZE - 4];
};

#endif
