// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <string.h>

#include <gelf.h>

#include "uprobe_helpers.h"

/* The value of symbol func of type STT_FUNC in a table of type sh_type. */
static int find_func(Elf *e, Elf64_Word sh_type, const char *func, GElf_Addr *value)
{
	Elf_Scn *scn = NULL;

	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr shdr;
		Elf_Data *data;
		size_t i, n;

		if (!gelf_getshdr(scn, &shdr) || shdr.sh_type != sh_type || !shdr.sh_entsize)
			continue;
		data = elf_getdata(scn, NULL);
		if (!data)
			continue;
		n = shdr.sh_size / shdr.sh_entsize;
		for (i = 0; i < n; i++) {
			const char *name;
			GElf_Sym sym;

			if (!gelf_getsym(data, (int)i, &sym) ||
			    GELF_ST_TYPE(sym.st_info) != STT_FUNC || !sym.st_value)
				continue;
			name = elf_strptr(e, shdr.sh_link, sym.st_name);
			if (name && strcmp(name, func) == 0) {
				*value = sym.st_value;
				return 0;
			}
		}
	}
	return -ENOENT;
}

static off_t vaddr_to_offset(Elf *e, GElf_Addr addr)
{
	size_t i, n;

	if (elf_getphdrnum(e, &n))
		return -1;
	for (i = 0; i < n; i++) {
		GElf_Phdr phdr;

		if (!gelf_getphdr(e, (int)i, &phdr) || phdr.p_type != PT_LOAD ||
		    !(phdr.p_flags & PF_X))
			continue;
		if (addr >= phdr.p_vaddr && addr < phdr.p_vaddr + phdr.p_memsz)
			return (off_t)(addr - phdr.p_vaddr + phdr.p_offset);
	}
	return -1;
}

off_t get_elf_func_offset_fd(int fd, const char *func)
{
	GElf_Addr value = 0;
	off_t off = -1;
	int err = ENOENT;
	Elf *e;

	if (elf_version(EV_CURRENT) == EV_NONE) {
		errno = EINVAL;
		return -1;
	}
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF) {
		elf_end(e);
		errno = ENOEXEC;
		return -1;
	}
	if (!find_func(e, SHT_SYMTAB, func, &value) || !find_func(e, SHT_DYNSYM, func, &value))
		off = vaddr_to_offset(e, value);
	elf_end(e);
	if (off < 0)
		errno = err;
	return off;
}
