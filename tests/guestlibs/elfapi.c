// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libelf's calls at their edges, on bytes built here: errors before
 * elf_version, non-ELF and archive bytes, refused commands, extended section
 * numbering, string-table bounds, indices past the end, and the error state
 * shared by two translation units (elfapi_tu2.c). Built for the guest and
 * natively against elfutils: both must print only "ok" lines. Checks of the
 * SDK's own messages are made only against the SDK.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gelf.h>

int tu2_open_truncated(void);

static int failed;

static void check(int cond, const char *what)
{
	printf("%s %s\n", cond ? "ok" : "FAIL", what);
	failed |= !cond;
}

#ifdef __LIBBPF_WASM_LIBELF_IMPL_H
#define check_msg(sub, what) check(strstr(elf_errmsg(-1), (sub)) != NULL, (what))
#else
#define check_msg(sub, what) ((void)0)
#endif

/* ELF64: header, section names "\0.shstrtab\0.strtab\0", a string table
 * "\0abc\0def" whose last string has no NUL, and 3 section headers. */
static size_t build(unsigned char *buf, int extended)
{
	static const char names[] = "\0.shstrtab\0.strtab";	/* 19 bytes */
	static const char strs[] = { 0, 'a', 'b', 'c', 0, 'd', 'e', 'f' };
	Elf64_Ehdr eh;
	Elf64_Shdr sh[3];
	size_t off = sizeof(eh);

	memset(&eh, 0, sizeof(eh));
	memset(sh, 0, sizeof(sh));
	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	eh.e_type = ET_REL;
	eh.e_machine = EM_X86_64;
	eh.e_version = EV_CURRENT;
	eh.e_ehsize = sizeof(eh);
	eh.e_shentsize = sizeof(Elf64_Shdr);
	memcpy(buf + off, names, sizeof(names));
	sh[1].sh_name = 1;
	sh[1].sh_type = SHT_STRTAB;
	sh[1].sh_offset = off;
	sh[1].sh_size = sizeof(names);
	off += sizeof(names);
	memcpy(buf + off, strs, sizeof(strs));
	sh[2].sh_name = 11;
	sh[2].sh_type = SHT_STRTAB;
	sh[2].sh_offset = off;
	sh[2].sh_size = sizeof(strs);
	off += sizeof(strs);
	off = (off + 7) & ~(size_t)7;
	eh.e_shoff = off;
	if (extended) {
		eh.e_shnum = 0;
		eh.e_shstrndx = SHN_XINDEX;
		sh[0].sh_size = 3;
		sh[0].sh_link = 1;
	} else {
		eh.e_shnum = 3;
		eh.e_shstrndx = 1;
	}
	memcpy(buf, &eh, sizeof(eh));
	memcpy(buf + off, sh, sizeof(sh));
	return off + sizeof(sh);
}

int main(void)
{
	static char text[] = "hello, not an ELF file";
	static char ar[] = "!<arch>\n/               0           0     0     0       4         `\n";
	unsigned char *buf = (unsigned char *)calloc(1, 4096);
	size_t n = 0, size;
	Elf_Scn *scn;
	GElf_Sym sym;
	Elf *e;

	if (!buf)
		return 1;
	check(elf_errno() == 0 && elf_errmsg(0) == NULL, "no error at start");
	check(elf_begin(-1, ELF_C_READ, NULL) == NULL, "elf_begin before elf_version fails");
	check_msg("version", "the message names elf_version");
	check(elf_errno() != 0 && elf_errno() == 0, "elf_errno reports the error once");
	check(elf_version(EV_CURRENT + 1) == EV_NONE, "elf_version of an unknown version: EV_NONE");
	check(elf_version(EV_CURRENT) == EV_CURRENT, "elf_version(EV_CURRENT)");
	check(elf_version(EV_NONE) == EV_CURRENT, "elf_version(EV_NONE) tells the version");

	e = elf_memory(text, sizeof(text));
	check(e && elf_kind(e) == ELF_K_NONE, "bytes that are not ELF: ELF_K_NONE");
	check(gelf_getclass(e) == ELFCLASSNONE, "... of class ELFCLASSNONE");
	check(elf_getshdrnum(e, &n) == -1, "... without sections");
	elf_end(e);
	e = elf_memory(ar, sizeof(ar) - 1);
	check(e && elf_kind(e) == ELF_K_AR, "an archive: ELF_K_AR");
	elf_end(e);
	check(elf_end(NULL) == 0, "elf_end(NULL)");
	check(elf_begin(-1, ELF_C_READ, NULL) == NULL, "elf_begin of a bad descriptor fails");
	check(elf_begin(0, ELF_C_NULL, NULL) == NULL, "elf_begin ELF_C_NULL: NULL");
#ifdef __LIBBPF_WASM_LIBELF_IMPL_H
	/* elfutils can write; the SDK cannot */
	(void)elf_errno();
	check(elf_begin(1, ELF_C_WRITE, NULL) == NULL && elf_errno() != 0,
	      "elf_begin ELF_C_WRITE fails with an error");
#endif

	size = build(buf, 0);
	e = elf_memory((char *)buf, size);
	check(e && elf_kind(e) == ELF_K_ELF && gelf_getclass(e) == ELFCLASS64, "a built ELF64 file");
	check(elf_getshdrnum(e, &n) == 0 && n == 3, "3 sections");
	check(elf_getshdrstrndx(e, &n) == 0 && n == 1, "names in section 1");
	check(elf_getphdrnum(e, &n) == 0 && n == 0, "no segments");
	check(elf_strptr(e, 1, 1) && strcmp(elf_strptr(e, 1, 1), ".shstrtab") == 0, "a section name");
	check(elf_strptr(e, 2, 1) && strcmp(elf_strptr(e, 2, 1), "abc") == 0, "a string");
	check(elf_strptr(e, 2, 8) == NULL, "a string at the table's size: NULL");
	check(elf_strptr(e, 2, 1000000) == NULL, "a string far past the table: NULL");
	check(elf_strptr(e, 3, 0) == NULL, "a string of a section that does not exist: NULL");
	check(elf_strptr(e, 0, 0) == NULL, "a string of a section that is no string table: NULL");
#ifdef __LIBBPF_WASM_LIBELF_IMPL_H
	/* elfutils gives the unterminated bytes; the SDK refuses them */
	check(elf_strptr(e, 2, 5) == NULL, "a string without its NUL: NULL");
	check_msg("not terminated", "... saying so");
#endif
	check(elf_getscn(e, 3) == NULL, "section 3 does not exist");
	scn = elf_getscn(e, 2);
	check(scn && elf_ndxscn(scn) == 2 && elf_nextscn(e, scn) == NULL, "section 2 is the last");
	check(elf_ndxscn(NULL) == SHN_UNDEF, "elf_ndxscn(NULL)");
	check(elf_getdata(scn, NULL) && elf_getdata(scn, elf_getdata(scn, NULL)) == NULL,
	      "one data chunk per section");
	check(gelf_getsym(elf_getdata(scn, NULL), 0, &sym) == NULL, "no symbol in a string table");
	check(gelf_getsym(NULL, 0, &sym) == NULL, "gelf_getsym(NULL)");
	elf_end(e);

	size = build(buf, 1);
	e = elf_memory((char *)buf, size);
	check(e && elf_getshdrnum(e, &n) == 0 && n == 3, "extended numbering: the count in section 0");
	check(e && elf_getshdrstrndx(e, &n) == 0 && n == 1, "extended numbering: the name index in section 0");
	elf_end(e);

	buf[EI_DATA] = ELFDATA2MSB;
	e = elf_memory((char *)buf, size);
#ifdef __LIBBPF_WASM_LIBELF_IMPL_H
	check(e == NULL, "a big-endian file is refused");
	check_msg("little-endian", "... saying so");
#endif
	elf_end(e);
	buf[EI_DATA] = ELFDATA2LSB;

	check(tu2_open_truncated() == 0, "another translation unit: a truncated header fails");
	check(elf_errno() != 0, "... and this one sees its error");
	free(buf);
	return failed;
}
