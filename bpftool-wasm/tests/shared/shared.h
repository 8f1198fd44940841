/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The types shared.bpf.c and its user code share, as libbpf-tools write
 * them: __u32/__u64 from vmlinux.h in BPF code, from <bpf/libbpf.h>
 * (<linux/types.h>) in user code, which includes this header after it.
 */
#ifndef __SHARED_H
#define __SHARED_H

#define TASK_COMM_LEN 16
#define MAX_SLOTS 8

enum mode {
	MODE_ALL,
	MODE_PID,
};

struct span {
	__u32 lo, hi;
};

struct event {
	int pid;
#if defined(SHARED_LONG)
	unsigned long ts;	/* 8 bytes in BPF, 4 under wasm32 */
#elif defined(SHARED_PTR)
	const void *ts;		/* the same with a pointer */
#else
	__u64 ts;
#endif
	char comm[TASK_COMM_LEN];
	struct span r;
	union {
		__u32 flags;
		__u8 bytes[4];
	};
};

struct hist {
	__u32 slots[MAX_SLOTS];
};

/* only a static variable has it: the skeleton needs nothing of it */
struct scratch {
	__u32 n;
};

typedef struct {
	__u64 count;
	__u32 cpu;
} data_t;

#endif /* __SHARED_H */
