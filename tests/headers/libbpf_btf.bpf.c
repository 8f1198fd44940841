// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Types of every BTF kind a BPF object holds, for the <bpf/btf.h> test. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64_t;

enum colour { RED, GREEN = 5, BLUE };

struct flags {
	unsigned int a : 3;
	unsigned int b : 5;
	int c;
};

union word {
	unsigned int u;
	char bytes[4];
};

struct event {
	int pid;
	u64_t ts;
	enum colour colour;
	struct flags flags;
	union word word;
	const char *comm;
	volatile long counts[7];
	struct { short x, y; } point;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct event last_event = {};
const volatile int filter_pid = 0;
float ratio = 1.5f;	/* a FLOAT in BTF; BPF code cannot use it */

SEC("tracepoint/syscalls/sys_enter_getpid")
int handle(void *ctx)
{
	struct event *e;

	(void)ctx;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	__builtin_memcpy(e, &last_event, sizeof(*e));
	e->pid = filter_pid;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
