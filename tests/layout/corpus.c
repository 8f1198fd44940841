// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Checks every field of the structs corpus.bpf.c sends, through the
 * layouts btf2hdr generated (corpus.wasm.h). Prints "ok NAME" / "FAIL NAME"
 * and a summary; READY once attached (then the test runs wbtrigger).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>
#include "corpus.wasm.h"
#include "corpus.skel.h"

static int passed, failed, got_everything, got_flex;

#define EQ(name, actual, expected)						\
	do {									\
		unsigned long long a_ = (unsigned long long)(actual);		\
		unsigned long long e_ = (unsigned long long)(expected);		\
		if (a_ == e_) {							\
			passed++;						\
			printf("ok %s\n", name);				\
		} else {							\
			failed++;						\
			printf("FAIL %s: %#llx, expected %#llx\n", name, a_, e_); \
		}								\
	} while (0)

static void check_everything(const struct everything *e)
{
	int i, j, k;

	EQ("nested_anon.a", e->n.a, 11);
	EQ("nested_anon.c (anonymous struct in union)", e->n.c, 12);
	EQ("nested_anon.d", e->n.d, 13);
	EQ("nested_anon.b aliases c and d", e->n.b, (13 << 16) | 12);
	EQ("nested_anon.e (long)", e->n.e, -14000000000LL);
	EQ("nested_anon.named.f", e->n.named.f, 15);
	EQ("nested_anon.named.g", e->n.named.g, 0x1600000000000016LL);
	EQ("bits.a (3 bits)", e->b.a, 5);
	EQ("bits.b (5 bits)", e->b.b, 17);
	EQ("bits.c (40 bits)", e->b.c, 0xabcdef1234ULL);
	EQ("bits.d (7 bits)", e->b.d, 99);
	EQ("bits.e (signed 9 bits)", (long long)e->b.e, -200);
	EQ("bits.f (long, 33 bits)", (long long)e->b.f, -4000000000LL);
	EQ("bits.g (1 bit)", e->b.g, 1);
	EQ("ptrs.l (long)", e->p.l, -0x1234567890LL);
	EQ("ptrs.ul (unsigned long)", e->p.ul, 0xfedcba9876543210ULL);
	EQ("ptrs.p (void *)", e->p.p, 0x1122334455667788ULL);
	EQ("ptrs.s (const char *)", e->p.s, 0x8877665544332211ULL);
	EQ("ptrs.sz (size_t)", e->p.sz, 0x7777777777ULL);
	EQ("ptrs.fn (function pointer)", e->p.fn, 0xdeadbeefcafeULL);
	EQ("ptrs.after", e->p.after, 'Z');
	EQ("packed.a", e->pk.a, 'P');
	EQ("packed.b", e->pk.b, 0x31323334);
	EQ("packed.c", e->pk.c, 0x4142434445464748LL);
	EQ("packed.d", e->pk.d, 0x5152);
	EQ("aligned(16) holder.x", e->ha.x, 'H');
	EQ("aligned(16).a", e->ha.y.a, 0x61626364);
	EQ("aligned(16).b", e->ha.y.b, 'y');
	EQ("after aligned(16).z", e->ha.z, 0x71727374);
	EQ("enum big64 (64-bit value)", e->e64, BIG_C);
	EQ("enum tiny (1 byte)", e->t, TINY_MAX);
	for (i = 0; i < 2; i++) {
		char name[64];

		snprintf(name, sizeof(name), "arrays.arr[%d].a", i);
		EQ(name, e->arr.arr[i].a, 100 + i);
		snprintf(name, sizeof(name), "arrays.arr[%d].e", i);
		EQ(name, e->arr.arr[i].e, 200 + i);
		snprintf(name, sizeof(name), "arrays.arr[%d].named.g", i);
		EQ(name, e->arr.arr[i].named.g, 300 + i);
	}
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++) {
			char name[64];

			snprintf(name, sizeof(name), "arrays.grid[%d][%d]", i, j);
			EQ(name, e->arr.grid[i][j], i * 10 + j);
		}
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++)
			for (k = 0; k < 2; k++) {
				char name[64];

				snprintf(name, sizeof(name), "arrays.cube[%d][%d][%d]", i, j, k);
				EQ(name, e->arr.cube[i][j][k], 1000000000000LL * (i * 4 + j * 2 + k + 1));
			}
	EQ("anonymous union member u1", e->un.u1, 0x0102030405060708LL);
	EQ("anonymous union member u2[10]", e->un.u2[10], 'u');
	EQ("typedef of unsigned long", e->typed, 0xaaaaaaaa55555555ULL);
	EQ("bool", e->flag, 1);
	EQ("tail", e->tail, 0x7a7a7a7a);
}

static int on_event(void *ctx, void *data, size_t size)
{
	(void)ctx;
	if (size == sizeof(struct everything)) {
		EQ("sizeof(struct everything) as sent", size, sizeof(struct everything));
		check_everything(data);
		got_everything = 1;
	} else if (size == sizeof(struct flex) + 3 * 8) {
		const struct flex *f = data;
		int i;

		EQ("flex.n", f->n, 3);
		for (i = 0; i < 3; i++) {
			char name[32];

			snprintf(name, sizeof(name), "flex.items[%d]", i);
			EQ(name, f->items[i], -(1LL << (40 + i)));
		}
		got_flex = 1;
	} else {
		failed++;
		printf("FAIL event of unexpected size %zu\n", size);
	}
	return 0;
}

int main(void)
{
	struct ring_buffer *rb;
	struct corpus_bpf *skel;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = corpus_bpf__open_and_load();
	if (!skel || corpus_bpf__attach(skel)) {
		printf("FAIL setup\n");
		return 1;
	}
	rb = ring_buffer__new(bpf_map__fd(skel->maps.out), on_event, NULL, NULL);
	if (!rb) {
		printf("FAIL ring buffer\n");
		return 1;
	}
	printf("READY\n");
	for (i = 0; i < 200 && !(got_everything && got_flex); i++)
		if (ring_buffer__poll(rb, 100) < 0)
			break;
	if (!got_everything || !got_flex) {
		failed++;
		printf("FAIL events: everything %d, flex %d\n", got_everything, got_flex);
	}
	ring_buffer__free(rb);
	corpus_bpf__destroy(skel);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
