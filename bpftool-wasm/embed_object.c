// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What a module ships of its BPF object. clang -g writes DWARF that is
 * twenty times the size of the code, BTF and relocations libbpf needs
 * (bootstrap.bpf.o: 648 KB, 31 KB without it); the tools read DWARF from
 * the object on disk (which header declares a type, 64-bit enum values),
 * the guest never does.
 *
 * The object is laid out again as llvm-strip --strip-debug would: the kept
 * sections in their order, their links and relocation targets renumbered.
 * Symbols keep their indices (relocations name them by index); those of a
 * dropped section (DWARF's section symbols) become local, undefined, and
 * unnamed, which libbpf skips. .BTF and .BTF.ext are replaced by their
 * minimized copies (minimize_btf.c). The result is checked by opening it
 * with libbpf, as the guest's runtime will.
 */
#include <elf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "embed_object.h"
#include "minimize_btf.h"

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Sections libbpf reads nothing of. */
static bool unread(const char *name)
{
	return starts_with(name, ".debug") || starts_with(name, ".rel.debug") ||
	       starts_with(name, ".rela.debug") || !strcmp(name, ".rel.BTF") ||
	       !strcmp(name, ".rel.BTF.ext") || !strcmp(name, ".llvm_addrsig");
}

/* A section whose bytes are replaced by a new copy. */
struct section_bytes {
	size_t idx;
	void *data;
	size_t size;
};

/* .BTF and .BTF.ext, minimized when the object has both. */
static int minimize(const unsigned char *elf, const Elf64_Shdr *sh, size_t shnum,
		    const char *names, bool line_info, struct section_bytes *btf,
		    struct section_bytes *ext, char *err, size_t err_sz)
{
	size_t i;
	int r;

	for (i = 1; i < shnum; i++) {
		if (sh[i].sh_type != SHT_PROGBITS)
			continue;
		if (!strcmp(names + sh[i].sh_name, ".BTF"))
			btf->idx = i;
		else if (!strcmp(names + sh[i].sh_name, ".BTF.ext"))
			ext->idx = i;
	}
	if (!btf->idx || !ext->idx)
		return 0;
	r = minimize_btf(elf + sh[btf->idx].sh_offset, sh[btf->idx].sh_size,
			 elf + sh[ext->idx].sh_offset, sh[ext->idx].sh_size, line_info,
			 &btf->data, &btf->size, &ext->data, &ext->size, err, err_sz);
	if (r < 0)
		return -1;
	if (r > 0 || btf->size > sh[btf->idx].sh_size) {	/* then the original */
		free(btf->data);
		free(ext->data);
		btf->data = ext->data = NULL;
	}
	return 0;
}

static int fail(char *err, size_t err_sz, const char *what)
{
	snprintf(err, err_sz, "embedding the object: %s", what);
	return -1;
}

int embed_object(const unsigned char *elf, size_t sz, bool line_info, unsigned char **out,
		 size_t *out_sz, char *err, size_t err_sz)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)elf;
	const Elf64_Shdr *sh;
	Elf64_Shdr *nsh = NULL;
	Elf64_Ehdr *neh;
	unsigned char *buf = NULL;
	const char *names;
	size_t *map = NULL, off, i, n = 0, shnum, cap;
	bool *keep = NULL;
	struct bpf_object *check;
	struct section_bytes btf = { 0 }, ext = { 0 };
	int ret = -1;

	*out = NULL;
	if (sz < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0 ||
	    eh->e_shoff > sz || (sz - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum ||
	    eh->e_shstrndx >= eh->e_shnum)
		return fail(err, err_sz, "not a little-endian ELF64 object with section headers");
	shnum = eh->e_shnum;
	sh = (const Elf64_Shdr *)(elf + eh->e_shoff);
	if (sh[eh->e_shstrndx].sh_offset > sz || sh[eh->e_shstrndx].sh_size > sz -
	    sh[eh->e_shstrndx].sh_offset || !sh[eh->e_shstrndx].sh_size ||
	    elf[sh[eh->e_shstrndx].sh_offset + sh[eh->e_shstrndx].sh_size - 1])
		return fail(err, err_sz, "section names outside the file");
	names = (const char *)elf + sh[eh->e_shstrndx].sh_offset;

	keep = calloc(shnum, sizeof(*keep));
	map = calloc(shnum, sizeof(*map));
	if (!keep || !map)
		goto oom;
	/* sections first, then relocations of what went (their sh_info) */
	for (i = 0; i < shnum; i++) {
		if (sh[i].sh_name >= sh[eh->e_shstrndx].sh_size)
			goto bad_section;
		if (sh[i].sh_type != SHT_NOBITS &&
		    (sh[i].sh_offset > sz || sh[i].sh_size > sz - sh[i].sh_offset))
			goto bad_section;
		keep[i] = i == 0 || i == eh->e_shstrndx || sh[i].sh_type == SHT_SYMTAB ||
			  !unread(names + sh[i].sh_name);
	}
	for (i = 0; i < shnum; i++)
		if ((sh[i].sh_type == SHT_REL || sh[i].sh_type == SHT_RELA) &&
		    (sh[i].sh_info >= shnum || !keep[sh[i].sh_info]))
			keep[i] = false;
	for (i = 0; i < shnum; i++)
		map[i] = keep[i] ? n++ : 0;
	if (minimize(elf, sh, shnum, names, line_info, &btf, &ext, err, err_sz))
		goto out;

	/* the input's bytes, and room for each section's alignment */
	cap = sz + 16 * shnum + 64;
	buf = calloc(1, cap);
	nsh = calloc(n, sizeof(*nsh));
	if (!buf || !nsh)
		goto oom;
	memcpy(buf, eh, sizeof(*eh));
	off = sizeof(*eh);
	for (i = 0; i < shnum; i++) {
		Elf64_Shdr *s;
		size_t align;

		if (!keep[i])
			continue;
		s = &nsh[map[i]];
		*s = sh[i];
		if (i == 0)
			continue;
		align = sh[i].sh_addralign > 1 ? sh[i].sh_addralign : 1;
		if (align > 4096)
			goto bad_section;
		off = (off + align - 1) / align * align;
		/* its symbols are rewritten in place below, as Elf64_Sym (whatever
		 * alignment the header claims: 3 is as possible as 1) */
		if (sh[i].sh_type == SHT_SYMTAB)
			off = (off + 7) / 8 * 8;
		s->sh_offset = off;
		if (sh[i].sh_type != SHT_NOBITS && sh[i].sh_size > cap - off)
			goto bad_section;
		if (i == btf.idx && btf.data) {
			memcpy(buf + off, btf.data, btf.size);
			s->sh_size = btf.size;
		} else if (i == ext.idx && ext.data) {
			memcpy(buf + off, ext.data, ext.size);
			s->sh_size = ext.size;
		} else if (sh[i].sh_type != SHT_NOBITS) {
			memcpy(buf + off, elf + sh[i].sh_offset, sh[i].sh_size);
		}
		if (sh[i].sh_type != SHT_NOBITS)
			off += s->sh_size;
		if (s->sh_link && s->sh_link < shnum)
			s->sh_link = keep[s->sh_link] ? (Elf64_Word)map[s->sh_link] : 0;
		if ((s->sh_type == SHT_REL || s->sh_type == SHT_RELA))
			s->sh_info = (Elf64_Word)map[s->sh_info];
		if (s->sh_type == SHT_SYMTAB) {
			Elf64_Sym *sym = (Elf64_Sym *)(buf + s->sh_offset);
			size_t k, cnt = s->sh_entsize == sizeof(*sym) ? s->sh_size / sizeof(*sym) : 0;

			if (!cnt && s->sh_size)
				goto bad_section;
			for (k = 0; k < cnt; k++) {
				if (sym[k].st_shndx == SHN_UNDEF || sym[k].st_shndx >= SHN_LORESERVE)
					continue;
				if (sym[k].st_shndx >= shnum)
					goto bad_section;
				if (keep[sym[k].st_shndx]) {
					sym[k].st_shndx = (Elf64_Section)map[sym[k].st_shndx];
				} else {
					sym[k] = (Elf64_Sym){ 0 };	/* nothing refers to it now */
				}
			}
		}
	}
	off = (off + 7) / 8 * 8;
	if (n * sizeof(*nsh) > cap - off)
		goto bad_section;
	memcpy(buf + off, nsh, n * sizeof(*nsh));
	neh = (Elf64_Ehdr *)buf;
	neh->e_shoff = off;
	neh->e_shnum = (Elf64_Half)n;
	neh->e_shstrndx = (Elf64_Half)map[eh->e_shstrndx];
	off += n * sizeof(*nsh);

	/* what the runtime's libbpf will do with it first */
	check = bpf_object__open_mem(buf, off, NULL);
	if (!check) {
		snprintf(err, err_sz, "embedding the object: libbpf cannot open it without its DWARF: %s",
			 strerror(errno));
		goto out;
	}
	bpf_object__close(check);
	*out = buf;
	*out_sz = off;
	buf = NULL;
	ret = 0;
	goto out;
bad_section:
	fail(err, err_sz, "a section header that does not fit the file");
	goto out;
oom:
	fail(err, err_sz, strerror(ENOMEM));
out:
	free(btf.data);
	free(ext.data);
	free(buf);
	free(nsh);
	free(keep);
	free(map);
	return ret;
}
