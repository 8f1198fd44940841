/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_OBJECT_DESC_H
#define BPFTOOL_WASM_OBJECT_DESC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * What the SDK's bpf_object__open_mem() finds in an object: its maps and
 * programs, as the skeleton's description (the SDK's struct
 * libbpf_wasm_obj_desc) carries them. Plain types: this header is shared
 * by object_desc.c, which is built against the SDK, and the rest of the
 * tool, which is built against the host's libbpf.
 */
/* enum libbpf_wasm_internal, which object_desc.c checks these against */
enum desc_internal { DESC_USER, DESC_RODATA, DESC_DATA, DESC_BSS, DESC_KCONFIG };

struct desc_map {
	char *name;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	uint32_t internal;	/* enum desc_internal */
	int32_t sec_idx;
	uint32_t def_idx, data_off;
};

struct desc_prog {
	char *name, *sec_name;
	int32_t sec_idx;
	bool autoload;
	uint64_t insn_off, insn_sz;
};

struct object_desc {
	struct desc_map *maps;
	size_t map_cnt;
	struct desc_prog *progs;
	size_t prog_cnt;
};

/* elf: the bytes the skeleton embeds. 0, or -errno with a message in err. */
int object_desc(const unsigned char *elf, size_t sz, struct object_desc *d, char *err,
		size_t err_sz);
void object_desc_free(struct object_desc *d);

#endif
