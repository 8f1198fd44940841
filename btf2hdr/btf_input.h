/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_BTF_INPUT_H
#define BTF2HDR_BTF_INPUT_H

#include <stdbool.h>
#include <stddef.h>

struct btf;

/* A loaded input: its bytes, whether it is ELF, and the BTF in it. */
struct btf_input {
	const char *path;
	unsigned char *data;
	size_t size;
	bool is_elf;
	struct btf *btf;
};

/* Reads FILE (ELF with .BTF, or raw BTF). <0 and a message in err. */
int btf_input_load(struct btf_input *in, const char *path, char *err, size_t err_sz);
/* The same from bytes already in memory (copied). */
int btf_input_load_mem(struct btf_input *in, const void *data, size_t size,
		       char *err, size_t err_sz);
void btf_input_free(struct btf_input *in);

/*
 * Raw BTF bytes through libbpf's parser (btf__new), its messages silenced
 * and the caller's libbpf print function restored. NULL and a one-line
 * message in err on failure.
 */
struct btf *btf_parse_raw(const void *data, size_t size, char *err, size_t err_sz);

#endif
