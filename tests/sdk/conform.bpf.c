// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The object the SDK conformance guest exercises: maps of several types,
 * a ring buffer with small and 8 KiB events, an XDP program and a
 * tracepoint fired by the test's own trigger process (comm "wbtrigger").
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "conform.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} hash SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);
	__type(key, u32);
	__type(value, u64);
} array SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u32);
} pcpu SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16);
	__type(key, u64);
	__type(value, u32);
} lru SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

/* a second buffer in the same object: the runtimes poll only one */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events2 SEC(".maps");

unsigned int seq;
unsigned int xdp_packets;
struct small_event *unused_small __attribute__((unused));
struct big_event *unused_big __attribute__((unused));

static bool from_trigger(void)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	return comm[0] == 'w' && comm[1] == 'b' && comm[2] == 't' &&
	       comm[3] == 'r' && comm[4] == 'i' && comm[5] == 'g';
}

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	struct small_event *s;
	struct big_event *b;
	unsigned int n;
	u32 zero = 0;
	u32 *pc;

	if (!from_trigger())
		return 0;
	/* clang 14 cannot use the result of an atomic add for BPF: read back */
	__sync_fetch_and_add(&seq, 1);
	n = seq;
	pc = bpf_map_lookup_elem(&pcpu, &zero);
	if (pc)
		*pc += 1;
	s = bpf_ringbuf_reserve(&events, sizeof(*s), 0);
	if (s) {
		s->pid = bpf_get_current_pid_tgid() >> 32;
		s->seq = n;
		bpf_get_current_comm(s->comm, sizeof(s->comm));
		bpf_ringbuf_submit(s, 0);
	}
	b = bpf_ringbuf_reserve(&events, sizeof(*b), 0);
	if (b) {
		b->seq = n;
		for (int i = 0; i < sizeof(b->fill); i++)
			b->fill[i] = (unsigned char)(i * 7 + n);
		bpf_ringbuf_submit(b, 0);
	}
	return 0;
}

SEC("xdp")
int count_xdp(struct xdp_md *ctx)
{
	__sync_fetch_and_add(&xdp_packets, 1);
	return XDP_PASS;
}
