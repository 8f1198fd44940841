// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Writes small raw BTF files that are wrong in one way each, for the
 * bad-input tests:  mkbad KIND OUT, or mkbad all DIR (DIR/KIND.btf for each)
 *   range    a member refers to a type id that does not exist
 *   loop     two typedefs refer to each other
 *   self     a struct contains itself by value
 *   past     a member ends past its struct's size
 *   overlap  two members of a struct overlap
 *   name     a struct name that is not a C identifier
 *   unit     a bitfield whose integer type is 512 MiB wide
 *   huge     a struct larger than bit offsets can address
 *   align    a type section that starts off a 4-byte boundary
 *   binary   a struct named with control bytes (message must stay one line)
 *   deep     20000 anonymous structs inside each other (480 KB: it overflowed
 *            the stack of the recursive printer)
 *   deepnamed  20000 named structs, each holding the previous one by value
 *   fanout   40 anonymous unions, each holding the one before twice: 2^40
 *            members printed inline
 *   samename   20000 structs all called s (renamed s___2 ... s___20000: that
 *            took quadratic time)
 *   ovf      struct s (8 bytes) { int m[1 << 30]; }: 32-bit bit offsets wrap to 0
 *   arrayloop  two arrays of each other
 *   dup      a struct with two members called m
 *   noname   a struct with an unnamed member of type int
 *   intname  a pointer to an integer type whose name would end a comment
 *   ok       a valid struct (the control case)
 *   padname  a valid struct with a member called __pad0 and a gap after it
 * The files are data for the tests and seeds for the fuzzer (the Python
 * generators these replace are not needed on the machines that run them).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define KIND_INT 1
#define KIND_PTR 2
#define KIND_ARRAY 3
#define KIND_STRUCT 4
#define KIND_UNION 5
#define KIND_TYPEDEF 8

#define DEEP 20000

static uint32_t types[8 * (DEEP + 16)];
static uint32_t ntypes;
static char strs[16 * (DEEP + 16)];
static uint32_t strs_len;

static void put(uint32_t w)
{
	types[ntypes++] = w;
}

static void type(uint32_t name, uint32_t kind, uint32_t vlen, uint32_t size_or_type)
{
	put(name);
	put(kind << 24 | vlen);
	put(size_or_type);
}

/* Adds a string (with its NUL) and returns its offset. */
static uint32_t str(const char *s)
{
	uint32_t off = strs_len;
	size_t n = strlen(s) + 1;

	memcpy(strs + strs_len, s, n);
	strs_len += (uint32_t)n;
	return off;
}

static const char *const kinds[] = {
	"ok", "range", "loop", "self", "past", "overlap", "name", "unit", "huge", "align",
	"binary", "deep", "deepnamed", "fanout", "samename", "ovf", "arrayloop", "dup", "noname", "intname", "padname",
};

/* [2..DEEP+1]: each struct holds the previous one (type [1] first) as m. */
static void nested(uint32_t m, int named)
{
	char name[16];
	uint32_t k;

	for (k = 2; k <= DEEP + 1; k++) {
		snprintf(name, sizeof(name), "n%u", k);
		type(named || k == DEEP + 1 ? str(name) : 0, KIND_STRUCT, 1, 4);
		put(m); put(k - 1); put(0);
	}
}

static void make_kind(const char *kind)
{
	uint32_t s_int, s, m, n;

	memset(types, 0, sizeof(types));
	ntypes = 0;
	strs_len = 0;
	str("");
	s_int = str("int");
	s = str("s");
	m = str("m");
	n = str("n");
	type(s_int, KIND_INT, 0, 4);	/* [1] int */
	put(1u << 24 | 32);		/* signed, 32 bits */
	if (!strcmp(kind, "range")) {
		type(s, KIND_STRUCT, 1, 4);	/* [2] struct s { int m; } with type 99 */
		put(m); put(99); put(0);
	} else if (!strcmp(kind, "loop")) {
		type(str("A"), KIND_TYPEDEF, 0, 3);	/* [2] A -> [3] */
		type(str("B"), KIND_TYPEDEF, 0, 2);	/* [3] B -> [2] */
	} else if (!strcmp(kind, "self")) {
		type(s, KIND_STRUCT, 1, 8);	/* [2] struct s { struct s m; } */
		put(m); put(2); put(0);
	} else if (!strcmp(kind, "past")) {
		type(s, KIND_STRUCT, 1, 4);	/* [2] struct s { int m at byte 4 } size 4 */
		put(m); put(1); put(32);
	} else if (!strcmp(kind, "overlap")) {
		type(s, KIND_STRUCT, 2, 8);	/* [2] struct s { int m @0; int n @2 } */
		put(m); put(1); put(0);
		put(n); put(1); put(16);
	} else if (!strcmp(kind, "name")) {
		type(str("bad-name"), KIND_STRUCT, 1, 4);	/* [2] struct bad-name { int m; } */
		put(m); put(1); put(0);
	} else if (!strcmp(kind, "unit")) {
		type(s_int, KIND_INT, 0, 1u << 29);	/* [2] a 512 MiB "int" */
		put(32);
		type(s, KIND_STRUCT, 1, 8);	/* [3] struct s { that m:5; } */
		put(m); put(2); put(5u << 24);
		types[9] |= 1u << 31;		/* kind_flag: bitfield sizes in offsets */
	} else if (!strcmp(kind, "huge")) {
		type(s, KIND_STRUCT, 1, 1u << 30);	/* [2] struct s { int m; } of 1 GiB */
		put(m); put(1); put(0);
	} else if (!strcmp(kind, "binary")) {
		type(str("x\ny"), KIND_STRUCT, 1, 4);	/* [2] struct "x\ny" { int m; } */
		put(m); put(1); put(0);
	} else if (!strcmp(kind, "deep")) {
		nested(m, 0);			/* anonymous, the outermost named */
	} else if (!strcmp(kind, "deepnamed")) {
		nested(m, 1);
	} else if (!strcmp(kind, "fanout")) {
		uint32_t k, a = str("a"), b = str("b");

		type(0, KIND_UNION, 2, 4);	/* [2] union { int a; int b; } */
		put(a); put(1); put(0);
		put(b); put(1); put(0);
		for (k = 3; k <= 41; k++) {	/* [k] union { [k-1] a; [k-1] b; } */
			type(k == 41 ? s : 0, KIND_UNION, 2, 4);
			put(a); put(k - 1); put(0);
			put(b); put(k - 1); put(0);
		}
	} else if (!strcmp(kind, "samename")) {
		uint32_t k;

		for (k = 2; k <= DEEP + 1; k++) {
			type(s, KIND_STRUCT, 1, 4);
			put(m); put(1); put(0);
		}
	} else if (!strcmp(kind, "ovf")) {
		type(0, KIND_ARRAY, 0, 0);	/* [2] int[1 << 30] */
		put(1); put(1); put(1u << 30);
		type(s, KIND_STRUCT, 1, 8);	/* [3] struct s { int m[1 << 30]; }, 8 bytes */
		put(m); put(2); put(0);
	} else if (!strcmp(kind, "arrayloop")) {
		type(0, KIND_ARRAY, 0, 0);	/* [2] [3][1] */
		put(3); put(1); put(1);
		type(0, KIND_ARRAY, 0, 0);	/* [3] [2][1] */
		put(2); put(1); put(1);
		type(s, KIND_STRUCT, 1, 4);	/* [4] struct s { [2] m; } */
		put(m); put(2); put(0);
	} else if (!strcmp(kind, "dup")) {
		type(s, KIND_STRUCT, 2, 8);	/* [2] struct s { int m; int m; } */
		put(m); put(1); put(0);
		put(m); put(1); put(32);
	} else if (!strcmp(kind, "noname")) {
		type(s, KIND_STRUCT, 1, 4);	/* [2] struct s { int; } */
		put(0); put(1); put(0);
	} else if (!strcmp(kind, "intname")) {
		type(str("x */ #error"), KIND_INT, 0, 4);	/* [2] an int named like code */
		put(32);
		type(0, KIND_PTR, 0, 2);	/* [3] pointer to it */
		type(s, KIND_STRUCT, 1, 8);	/* [4] struct s { [3] m; } */
		put(m); put(3); put(0);
	} else if (!strcmp(kind, "padname")) {
		type(s, KIND_STRUCT, 2, 12);	/* [2] struct s { int __pad0; (4 bytes) int m; } */
		put(str("__pad0")); put(1); put(0);
		put(m); put(1); put(64);
	} else {
		type(s, KIND_STRUCT, 2, 8);	/* [2] struct s { int m; int n; } */
		put(m); put(1); put(0);
		put(n); put(1); put(32);
	}
}

static int write_kind(const char *kind, const char *path)
{
	uint32_t hdr[6];
	FILE *f;

	make_kind(kind);
	hdr[0] = 0xeB9F | 1u << 16;	/* magic, version 1, flags 0 */
	hdr[1] = 24;
	hdr[2] = 0;
	hdr[3] = ntypes * 4;
	hdr[4] = ntypes * 4;
	hdr[5] = strs_len;
	if (!strcmp(kind, "align")) {
		/* types at offset 2 of the type section: two bytes of padding first */
		memmove((char *)types + 2, types, ntypes * 4);
		memset(types, 0, 2);
		hdr[2] = 2;
		hdr[4] += 4;
		ntypes++;
	}
	f = fopen(path, "wb");
	if (!f)
		return 1;
	fwrite(hdr, 4, 6, f);
	fwrite(types, 4, ntypes, f);
	fwrite(strs, 1, strs_len, f);
	return fclose(f) ? 1 : 0;
}

int main(int argc, char **argv)
{
	char path[4096];
	size_t i;

	if (argc != 3)
		return 2;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (!strcmp(argv[1], "all")) {
			snprintf(path, sizeof(path), "%s/%s.btf", argv[2], kinds[i]);
			if (write_kind(kinds[i], path))
				return 1;
		} else if (!strcmp(argv[1], kinds[i])) {
			return write_kind(kinds[i], argv[2]);
		}
	}
	return strcmp(argv[1], "all") ? 2 : 0;
}
