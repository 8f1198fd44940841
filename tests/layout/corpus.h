/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Types whose layouts differ between BPF (LP64) and wasm32 (ILP32) or that
 * naive generators get wrong. Shared by corpus.bpf.c, which fills every
 * field with known values, and the guest that checks them.
 */
#ifndef __CORPUS_H
#define __CORPUS_H

/* anonymous unions and structs, nested, with long after them */
struct nested_anon {
	int a;
	union {
		int b;
		struct {
			short c;
			short d;
		};
	};
	long e;
	struct {
		char f;
		union {
			long g;
			char h[3];
		};
	} named;
};

/* bitfields in several storage units, long and signed ones */
struct bits {
	unsigned int a : 3;
	unsigned int b : 5;
	unsigned long long c : 40;
	unsigned char d : 7;
	int e : 9;
	long f : 33;
	unsigned int g : 1;
};

/* members that are 8 bytes in BPF and 4 in a naive wasm32 translation */
struct ptrs {
	long l;
	unsigned long ul;
	void *p;
	const char *s;
	size_t sz;
	int (*fn)(int);
	char after;
};

struct packed_s {
	char a;
	int b;
	long c;
	short d;
} __attribute__((packed));

struct aligned_s {
	int a;
	char b;
} __attribute__((aligned(16)));

struct holds_aligned {
	char x;
	struct aligned_s y;
	int z;
};

/* a flexible array member at the end */
struct flex {
	int n;
	long items[];
};

enum big64 {
	BIG_A = 1,
	BIG_B = 0x123456789abcULL,
	BIG_C = 0xffffffffffffff00ULL,
};

enum tiny {
	TINY_ONE = 1,
	TINY_MAX = 200,
} __attribute__((packed));

struct arrays {
	struct nested_anon arr[2];
	int grid[2][3];
	long long cube[2][2][2];
};

typedef unsigned long my_ulong;

struct everything {
	struct nested_anon n;
	struct bits b;
	struct ptrs p;
	struct packed_s pk;
	struct holds_aligned ha;
	enum big64 e64;
	enum tiny t;
	struct arrays arr;
	union {
		long u1;
		char u2[12];
	} un;
	my_ulong typed;
	bool flag;
	int tail;
};

#endif /* __CORPUS_H */
