/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The SDK's object model. libbpf keeps these opaque; the SDK defines them in
 * a header only because it is header-only. Use the accessor functions.
 */
#ifndef __LIBBPF_WASM_TYPES_H
#define __LIBBPF_WASM_TYPES_H

#include <linux/bpf.h>	/* enum bpf_map_type and the rest of the kernel's UAPI */

#include "common.h"
#include "elf_reader.h"
#include "btf_reader.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Which kind of global-data section an internal map mirrors. */
enum libbpf_wasm_internal {
	LIBBPF_WASM_MAP_USER,	/* declared in SEC(".maps") */
	LIBBPF_WASM_MAP_RODATA,	/* .rodata, .rodata.*: frozen at load */
	LIBBPF_WASM_MAP_DATA,	/* .data, .data.* */
	LIBBPF_WASM_MAP_BSS,	/* .bss: no bytes in the file */
	LIBBPF_WASM_MAP_KCONFIG,	/* .kconfig: filled by the runtime's libbpf */
};

struct bpf_object;

struct bpf_map {
	struct bpf_object *obj;
	const char *name;	/* the section name for internal maps */
	enum libbpf_wasm_internal internal;
	enum bpf_map_type type;
	uint32_t key_size, value_size, max_entries, map_flags;
	bool autocreate;
	int fd;			/* -1 until the object is loaded */
	int sec_idx;		/* ELF section of an internal map */
	uint32_t data_off;	/* its initial bytes in the object; 0: none (.bss) */
	void *mmaped;		/* internal maps: the guest's view of the data */
	size_t mmaped_sz;
	/* Changes requested before load, applied to the private ELF copy. */
	bool def_changed;
	uint32_t def_idx;	/* index into the object's BTF map definitions */
};

struct bpf_program {
	struct bpf_object *obj;
	const char *name;
	const char *sec_name;	/* without libbpf's '?' prefix */
	int sec_idx;
	uint64_t insn_off, insn_sz;	/* the function's bytes in its section */
	bool autoload;
	bool autoattach;	/* attached by bpf_object__attach_skeleton() */
	char *attach_target;	/* interface (xdp) or cgroup path, or NULL */
	struct bpf_link *link;
};

/* What a link made through the extension ABI (ext.h) can do. */
struct libbpf_wasm_ext_link_ops {
	int (*destroy)(int id);
	int (*fd)(int id);
	int (*pin)(int id, const char *path);
	int (*unpin)(int id);
};

struct bpf_link {
	struct bpf_program *prog;	/* NULL once its object is closed */
	struct bpf_link *next;		/* in prog->obj->links */
	bool detached;
	/*
	 * Set only by the calls that attach through the extension: its link
	 * id and calls. Reached through this pointer, so that bpf_link__destroy
	 * and friends add no import to modules that never make such a link.
	 */
	int ext_id;
	const struct libbpf_wasm_ext_link_ops *ext;
	char *pin_path;
};

struct libbpf_wasm_btf_map_def;

/*
 * What bpf_object__open_mem() finds in an object, found once at build time
 * by bpftool-wasm running the same code natively (object_desc.c): a
 * skeleton carries it, and bpf_object__open_skeleton() builds the object
 * from it, so a guest that opens only skeletons links no ELF or BTF
 * reader. (One that changes a map definition or an autoload reads the ELF
 * at load: libbpf_wasm__read_elf.)
 */
struct libbpf_wasm_map_desc {
	const char *name;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	uint32_t internal;	/* enum libbpf_wasm_internal */
	int32_t sec_idx;
	uint32_t def_idx;
	uint32_t data_off;	/* initial bytes (value_size of them) in the object */
};

struct libbpf_wasm_prog_desc {
	const char *name;
	const char *sec_name;	/* without '?' */
	int32_t sec_idx;
	bool autoload;
	uint64_t insn_off, insn_sz;
};

struct libbpf_wasm_obj_desc {
	const struct libbpf_wasm_map_desc *maps;
	uint32_t map_cnt;
	const struct libbpf_wasm_prog_desc *progs;
	uint32_t prog_cnt;
};

struct bpf_object {
	char name[64];
	uint8_t *elf_buf;	/* private heap copy: patched before load */
	size_t elf_sz;
	struct libbpf_wasm_elf elf;
	struct libbpf_wasm_btf_map_def *map_defs;
	int map_def_cnt;
	wasm_bpf_handle_t handle; /* 0 until loaded */
	bool loaded;
	struct bpf_map *maps;
	size_t map_cnt;
	struct bpf_program *progs;
	size_t prog_cnt;
	int buffer_fd;		/* the map the runtime polls; -1 if none yet */
	struct bpf_object *next_loaded;
	struct btf *btf;	/* bpf_object__btf(), parsed on first use */
	/*
	 * Set by the calls whose effect only a new ELF can carry (map setters,
	 * bpf_program__set_autoload): load calls it. Through a pointer, a
	 * guest that makes none of them links none of the rewriting (2-3 KB).
	 */
	int (*rewrite)(struct bpf_object *obj, uint8_t **img, size_t *img_sz);
	/*
	 * Every link of the object's programs not yet destroyed: closing the
	 * object detaches them all in the runtime, and marks them so.
	 */
	struct bpf_link *links;
};

/* BTF the guest holds: a private copy of the bytes and its index. */
struct btf {
	uint8_t *data;
	__u32 size;
	struct libbpf_wasm_btf r;
};

LIBBPF_API void libbpf_wasm__btf_destroy(struct btf *btf)
{
	if (!btf)
		return;
	libbpf_wasm__btf_free(&btf->r);
	free(btf->data);
	free(btf);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_TYPES_H */
