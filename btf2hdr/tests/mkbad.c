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
 *   ok       a valid struct (the control case)
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define KIND_INT 1
#define KIND_STRUCT 4
#define KIND_TYPEDEF 8

static uint32_t types[64], ntypes;

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

/* strings: 1 "int", 5 "A", 7 "B", 9 "s", 11 "m", 13 "n", 15 "bad-name", 24 "x\ny" */
static const char strs[] = "\0int\0A\0B\0s\0m\0n\0bad-name\0x\ny";

static const char *const kinds[] = {
	"ok", "range", "loop", "self", "past", "overlap", "name", "unit", "huge", "align", "binary",
};

static int write_kind(const char *kind, const char *path)
{
	uint32_t hdr[6];
	FILE *f;

	memset(types, 0, sizeof(types));
	ntypes = 0;
	type(1, KIND_INT, 0, 4);	/* [1] int */
	put(1u << 24 | 32);		/* signed, 32 bits */
	if (!strcmp(kind, "range")) {
		type(9, KIND_STRUCT, 1, 4);	/* [2] struct s { int m; } with type 99 */
		put(11); put(99); put(0);
	} else if (!strcmp(kind, "loop")) {
		type(5, KIND_TYPEDEF, 0, 3);	/* [2] A -> [3] */
		type(7, KIND_TYPEDEF, 0, 2);	/* [3] B -> [2] */
	} else if (!strcmp(kind, "self")) {
		type(9, KIND_STRUCT, 1, 8);	/* [2] struct s { struct s m; } */
		put(11); put(2); put(0);
	} else if (!strcmp(kind, "past")) {
		type(9, KIND_STRUCT, 1, 4);	/* [2] struct s { int m at byte 4 } size 4 */
		put(11); put(1); put(32);
	} else if (!strcmp(kind, "overlap")) {
		type(9, KIND_STRUCT, 2, 8);	/* [2] struct s { int m @0; int n @2 } */
		put(11); put(1); put(0);
		put(13); put(1); put(16);
	} else if (!strcmp(kind, "name")) {
		type(15, KIND_STRUCT, 1, 4);	/* [2] struct bad-name { int m; } */
		put(11); put(1); put(0);
	} else if (!strcmp(kind, "unit")) {
		type(1, KIND_INT, 0, 1u << 29);	/* [2] a 512 MiB "int" */
		put(32);
		type(9, KIND_STRUCT, 1, 8);	/* [3] struct s { that m:5; } */
		put(11); put(2); put(5u << 24);
		types[9] |= 1u << 31;		/* kind_flag: bitfield sizes in offsets */
	} else if (!strcmp(kind, "huge")) {
		type(9, KIND_STRUCT, 1, 1u << 30);	/* [2] struct s { int m; } of 1 GiB */
		put(11); put(1); put(0);
	} else if (!strcmp(kind, "binary")) {
		type(24, KIND_STRUCT, 1, 4);	/* [2] struct "x\ny" { int m; } */
		put(11); put(1); put(0);
	} else {
		type(9, KIND_STRUCT, 2, 8);	/* [2] struct s { int m; int n; } */
		put(11); put(1); put(0);
		put(13); put(1); put(32);
	}
	hdr[0] = 0xeB9F | 1u << 16;	/* magic, version 1, flags 0 */
	hdr[1] = 24;
	hdr[2] = 0;
	hdr[3] = ntypes * 4;
	hdr[4] = ntypes * 4;
	hdr[5] = sizeof(strs);
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
	fwrite(strs, 1, sizeof(strs), f);
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
