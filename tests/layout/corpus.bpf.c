// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The layout corpus, proven at run time: on a getpgid() by "wbtrigger" the
 * kernel side fills a struct everything and a struct flex with known values
 * and sends them through the ring buffer; the guest checks every field.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} out SEC(".maps");

/* into BTF: both are only written through bpf_ringbuf_reserve() */
struct everything *unused_everything __attribute__((unused));
struct flex *unused_flex __attribute__((unused));

SEC("tp/syscalls/sys_enter_getpgid")
int fill(void *ctx)
{
	struct everything *e;
	struct flex *f;
	char comm[16];
	int i, j, k;

	bpf_get_current_comm(comm, sizeof(comm));
	if (comm[0] != 'w' || comm[1] != 'b' || comm[2] != 't' || comm[3] != 'r')
		return 0;

	e = bpf_ringbuf_reserve(&out, sizeof(*e), 0);
	if (!e)
		return 0;
	__builtin_memset(e, 0, sizeof(*e));
	e->n.a = 11;
	e->n.c = 12;
	e->n.d = 13;
	e->n.e = -14000000000L;
	e->n.named.f = 15;
	e->n.named.g = 0x1600000000000016L;
	e->b.a = 5;
	e->b.b = 17;
	e->b.c = 0xabcdef1234ULL;
	e->b.d = 99;
	e->b.e = -200;
	e->b.f = -4000000000L;
	e->b.g = 1;
	e->p.l = -0x1234567890L;
	e->p.ul = 0xfedcba9876543210UL;
	e->p.p = (void *)0x1122334455667788UL;
	e->p.s = (const char *)0x8877665544332211UL;
	e->p.sz = 0x7777777777UL;
	e->p.fn = (void *)0xdeadbeefcafeUL;
	e->p.after = 'Z';
	e->pk.a = 'P';
	e->pk.b = 0x31323334;
	e->pk.c = 0x4142434445464748L;
	e->pk.d = 0x5152;
	e->ha.x = 'H';
	e->ha.y.a = 0x61626364;
	e->ha.y.b = 'y';
	e->ha.z = 0x71727374;
	e->e64 = BIG_C;
	e->t = TINY_MAX;
	for (i = 0; i < 2; i++) {
		e->arr.arr[i].a = 100 + i;
		e->arr.arr[i].e = 200 + i;
		e->arr.arr[i].named.g = 300 + i;
	}
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			e->arr.grid[i][j] = i * 10 + j;
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++)
			for (k = 0; k < 2; k++)
				e->arr.cube[i][j][k] = 1000000000000LL * (i * 4 + j * 2 + k + 1);
	e->un.u1 = 0x0102030405060708L;
	e->un.u2[10] = 'u';
	e->typed = 0xaaaaaaaa55555555UL;
	e->flag = true;
	e->tail = 0x7a7a7a7a;
	bpf_ringbuf_submit(e, 0);

	f = bpf_ringbuf_reserve(&out, sizeof(*f) + 3 * sizeof(long), 0);
	if (!f)
		return 0;
	f->n = 3;
	for (i = 0; i < 3; i++)
		f->items[i] = -(1L << (40 + i));
	bpf_ringbuf_submit(f, 0);
	return 0;
}
