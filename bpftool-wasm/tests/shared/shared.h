/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The types shared.bpf.c and its user code share, as libbpf-tools write them. */
#ifndef __SHARED_H
#define __SHARED_H

#define TASK_COMM_LEN 16
#define MAX_SLOTS 8

enum mode {
	MODE_ALL,
	MODE_PID,
};

struct span {
	unsigned int lo, hi;
};

struct event {
	int pid;
#ifdef SHARED_LONG
	unsigned long ts;	/* 8 bytes in BPF, 4 under wasm32 */
#else
	unsigned long long ts;
#endif
	char comm[TASK_COMM_LEN];
	struct span r;
	union {
		unsigned int flags;
		unsigned char bytes[4];
	};
};

struct hist {
	unsigned int slots[MAX_SLOTS];
};

/* only a static variable has it: the skeleton needs nothing of it */
struct scratch {
	unsigned int n;
};

typedef struct {
	unsigned long long count;
	unsigned int cpu;
} data_t;

#endif /* __SHARED_H */
