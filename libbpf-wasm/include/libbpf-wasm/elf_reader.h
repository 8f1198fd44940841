/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A bounds-checked reader for the little-endian ELF64 files clang emits for
 * the BPF target. The guest needs it to find programs, global-data sections
 * and BTF in its private copy of the object, and to patch that copy before
 * handing it to the runtime. wasi-libc has no <elf.h>, so the few ELF
 * structures used are declared here.
 */
#ifndef __LIBBPF_WASM_ELF_READER_H
#define __LIBBPF_WASM_ELF_READER_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LIBBPF_WASM_EM_BPF 247
#define LIBBPF_WASM_SHT_PROGBITS 1
#define LIBBPF_WASM_SHT_SYMTAB 2
#define LIBBPF_WASM_SHT_NOBITS 8
#define LIBBPF_WASM_SHF_WRITE 0x1
#define LIBBPF_WASM_SHF_ALLOC 0x2
#define LIBBPF_WASM_SHF_EXECINSTR 0x4
#define LIBBPF_WASM_STT_FUNC 2
#define LIBBPF_WASM_STB_GLOBAL 1

struct libbpf_wasm_elf_shdr {
	uint32_t sh_name, sh_type;
	uint64_t sh_flags, sh_addr, sh_offset, sh_size;
	uint32_t sh_link, sh_info;
	uint64_t sh_addralign, sh_entsize;
};

struct libbpf_wasm_elf_sym {
	uint32_t st_name;
	uint8_t st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
};

struct libbpf_wasm_elf {
	uint8_t *buf;
	size_t size;
	struct libbpf_wasm_elf_shdr *shdrs; /* aligned copies of the headers */
	size_t shnum;
	const char *shstrtab;
	size_t shstrtab_sz;
};

LIBBPF_API const char *libbpf_wasm__elf_str(const char *tab, size_t tab_sz,
					     uint32_t off)
{
	if (off >= tab_sz || !memchr(tab + off, '\0', tab_sz - off))
		return NULL;
	return tab + off;
}

LIBBPF_API const char *
libbpf_wasm__elf_sec_name(const struct libbpf_wasm_elf *elf, size_t idx)
{
	if (idx >= elf->shnum)
		return NULL;
	return libbpf_wasm__elf_str(elf->shstrtab, elf->shstrtab_sz,
				    elf->shdrs[idx].sh_name);
}

/* Section contents; NULL for NOBITS sections and out-of-bounds headers. */
LIBBPF_API uint8_t *libbpf_wasm__elf_sec_data(const struct libbpf_wasm_elf *elf,
					      size_t idx)
{
	const struct libbpf_wasm_elf_shdr *sh = &elf->shdrs[idx];

	if (sh->sh_type == LIBBPF_WASM_SHT_NOBITS ||
	    !libbpf_wasm__in_bounds(elf->size, sh->sh_offset, sh->sh_size))
		return NULL;
	return elf->buf + sh->sh_offset;
}

LIBBPF_API int libbpf_wasm__elf_find_sec(const struct libbpf_wasm_elf *elf,
					 const char *name)
{
	size_t i;

	for (i = 1; i < elf->shnum; i++) {
		const char *n = libbpf_wasm__elf_sec_name(elf, i);

		if (n && strcmp(n, name) == 0)
			return (int)i;
	}
	return -ENOENT;
}

LIBBPF_API void libbpf_wasm__elf_free(struct libbpf_wasm_elf *elf)
{
	free(elf->shdrs);
	elf->shdrs = NULL;
}

/* Checks the header and every section header against the buffer size. */
LIBBPF_API int libbpf_wasm__elf_parse(struct libbpf_wasm_elf *elf,
				      uint8_t *buf, size_t size)
{
	uint64_t shoff;
	uint16_t shentsize, shnum, shstrndx, machine;
	size_t i;

	memset(elf, 0, sizeof(*elf));
	if (size < 64 || memcmp(buf, "\177ELF", 4) != 0) {
		libbpf_wasm__pr_warn("elf: not an ELF file\n");
		return -EINVAL;
	}
	if (buf[4] != 2 || buf[5] != 1) {
		libbpf_wasm__pr_warn("elf: not a little-endian 64-bit ELF file\n");
		return -EINVAL;
	}
	memcpy(&machine, buf + 18, 2);
	memcpy(&shoff, buf + 40, 8);
	memcpy(&shentsize, buf + 58, 2);
	memcpy(&shnum, buf + 60, 2);
	memcpy(&shstrndx, buf + 62, 2);
	if (machine != LIBBPF_WASM_EM_BPF) {
		libbpf_wasm__pr_warn("elf: not a BPF object (e_machine %u)\n", machine);
		return -EINVAL;
	}
	if (shentsize != sizeof(struct libbpf_wasm_elf_shdr) || shnum == 0 ||
	    shstrndx >= shnum ||
	    !libbpf_wasm__in_bounds(size, shoff, (uint64_t)shnum * shentsize)) {
		libbpf_wasm__pr_warn("elf: corrupt section header table\n");
		return -EINVAL;
	}
	elf->shdrs = (struct libbpf_wasm_elf_shdr *)malloc(shnum * sizeof(*elf->shdrs));
	if (!elf->shdrs)
		return -ENOMEM;
	memcpy(elf->shdrs, buf + shoff, shnum * sizeof(*elf->shdrs));
	elf->buf = buf;
	elf->size = size;
	elf->shnum = shnum;
	for (i = 1; i < shnum; i++) {
		const struct libbpf_wasm_elf_shdr *sh = &elf->shdrs[i];

		if (sh->sh_type != LIBBPF_WASM_SHT_NOBITS &&
		    !libbpf_wasm__in_bounds(size, sh->sh_offset, sh->sh_size)) {
			libbpf_wasm__pr_warn("elf: section %zu lies outside the file\n", i);
			libbpf_wasm__elf_free(elf);
			return -EINVAL;
		}
	}
	elf->shstrtab = (const char *)libbpf_wasm__elf_sec_data(elf, shstrndx);
	elf->shstrtab_sz = elf->shdrs[shstrndx].sh_size;
	if (!elf->shstrtab) {
		libbpf_wasm__pr_warn("elf: missing section name table\n");
		libbpf_wasm__elf_free(elf);
		return -EINVAL;
	}
	return 0;
}

/* Calls fn for each symbol of the (single) symbol table; stops on non-zero. */
typedef int (*libbpf_wasm_sym_fn)(void *ctx, const struct libbpf_wasm_elf_sym *sym,
				  const char *name);

LIBBPF_API int libbpf_wasm__elf_for_each_sym(const struct libbpf_wasm_elf *elf,
					     libbpf_wasm_sym_fn fn, void *ctx)
{
	size_t i, j;

	for (i = 1; i < elf->shnum; i++) {
		const struct libbpf_wasm_elf_shdr *sh = &elf->shdrs[i];
		const uint8_t *syms;
		const char *strtab;
		size_t strtab_sz;

		if (sh->sh_type != LIBBPF_WASM_SHT_SYMTAB)
			continue;
		if (sh->sh_link >= elf->shnum ||
		    sh->sh_entsize != sizeof(struct libbpf_wasm_elf_sym))
			return -EINVAL;
		syms = libbpf_wasm__elf_sec_data(elf, i);
		strtab = (const char *)libbpf_wasm__elf_sec_data(elf, sh->sh_link);
		strtab_sz = elf->shdrs[sh->sh_link].sh_size;
		if (!syms || !strtab)
			return -EINVAL;
		for (j = 1; j < sh->sh_size / sizeof(struct libbpf_wasm_elf_sym); j++) {
			struct libbpf_wasm_elf_sym sym;
			const char *name;
			int err;

			memcpy(&sym, syms + j * sizeof(sym), sizeof(sym));
			name = libbpf_wasm__elf_str(strtab, strtab_sz, sym.st_name);
			if (!name)
				return -EINVAL;
			err = fn(ctx, &sym, name);
			if (err)
				return err;
		}
		return 0;
	}
	return -ENOENT;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_ELF_READER_H */
