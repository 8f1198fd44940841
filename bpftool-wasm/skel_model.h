/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_SKEL_MODEL_H
#define BPFTOOL_WASM_SKEL_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "name_set.h"

struct bpf_object;
struct btf;

/*
 * What a skeleton is made of, read from a .bpf.o: every map and program the
 * guest SDK will find in the same object, and the BTF of its global data.
 * Built and validated completely before anything is printed.
 */
/*
 * Names are data: `name` is printed only as an escaped string literal,
 * `ident` is its identifier (names.h: name_to_identifier) and `field` how
 * the skeleton's member is spelled (name_member_spelling: C keywords and
 * wasi-libc macros get a suffix, C++ keywords __W32_CXX_MEMBER()).
 */
struct skel_map {
	const char *name;	/* as the SDK names it: ".rodata" for internal maps */
	char *ident;		/* "rodata"; the data struct is OBJ__IDENT */
	char *field;		/* the member in skel->maps (and the data pointer) */
	bool internal;
	int datasec_id;		/* BTF DATASEC with global variables, or 0 */
};

struct skel_prog {
	const char *name;
	char *ident;
	char *field;		/* the member in skel->progs and skel->links */
};

struct skel_model {
	const char *path;
	char *obj_name;		/* C identifier, "bootstrap_bpf" */
	unsigned char *elf;
	size_t elf_sz;
	struct bpf_object *obj;	/* opened with the host's libbpf, never loaded */
	const struct btf *btf;
	struct skel_map *maps;
	size_t map_cnt;
	struct skel_prog *progs;
	size_t prog_cnt;
	struct name_set datasecs;	/* DATASEC name -> its first type id */
	bool line_info;		/* the embedded object keeps .BTF.ext's line info */
	char err[512];		/* the one-line problem when loading fails */
};

/* name: the skeleton name, or NULL for the default derived from the path. */
int skel_model__load(struct skel_model *m, const char *path, const char *name);
/* The same from bytes in memory (copied); path names the skeleton. */
int skel_model__load_mem(struct skel_model *m, const void *data, size_t size,
			 const char *path, const char *name);
void skel_model__free(struct skel_model *m);

/*
 * The skeleton's name: NAME, or "foo.bpf.o" -> "foo_bpf", as an identifier
 * (names.h), with the rename suffix when it is a keyword (C or C++) or a
 * tag wasi-libc declares. NULL when out of memory.
 */
char *skel_object_name(const char *path, const char *name);

#endif
