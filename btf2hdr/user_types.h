/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_USER_TYPES_H
#define BTF2HDR_USER_TYPES_H

#include <linux/types.h>
#include <stdio.h>

struct btf;
struct btf_input;

/*
 * The types a .bpf.o's own sources declare, as BTF ids (malloc'ed, *cnt).
 *
 * With DWARF (clang -g): every named struct, union, enum and typedef
 * declared at file scope in a source that is not vmlinux.h or a system
 * header (/usr/include, /usr/local/include, the compiler's own headers).
 * A declared struct, union or enum that the BTF does not contain is
 * reported on `warn` (BTF only has types something refers to).
 * Without DWARF: the types of global variables, and map keys and values,
 * that are structs, unions or enums.
 */
int user_types(const struct btf_input *in, __u32 **ids, size_t *cnt, FILE *warn);

/* A type the program's own headers declare, and that header's base name. */
struct header_type {
	__u32 id;
	char *file;		/* "bootstrap.h" */
};

/*
 * The types a .bpf.o declares in its own header files (DWARF), which user
 * space includes too: those user_types() finds, minus what a compilation
 * unit's main source (the .bpf.c) declares itself and what headers only
 * BPF code includes declare (libbpf's bpf_helpers.h ..., any NAME.bpf.h). In DWARF order, each once;
 * free with header_types_free(). -ENODATA when the object has no DWARF
 * (built without -g): then nothing is known about where types come from.
 */
int user_header_types(const void *elf, size_t size, const struct btf *btf,
		      struct header_type **types, size_t *cnt);
void header_types_free(struct header_type *types, size_t cnt);

#endif
