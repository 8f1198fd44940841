// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * mkbadobj KIND IN OUT, or mkbadobj all IN DIR (DIR/KIND.o for each): breaks
 * a good BPF object (tests/cases/objcheck.bpf.c) in one way, one of the ways
 * libbpf 1.1 follows without checking, for the object checker's tests.
 * Prints nothing; exit 1 when IN lacks what KIND changes. The kinds, and the
 * check each one exercises, are listed in `kinds` below.
 */
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *buf;
static size_t size;

static Elf64_Ehdr *eh(void)
{
	return (Elf64_Ehdr *)buf;
}

static Elf64_Shdr *sh(size_t i)
{
	return (Elf64_Shdr *)(buf + eh()->e_shoff) + i;
}

static const char *sec_name(size_t i)
{
	return (const char *)buf + sh(eh()->e_shstrndx)->sh_offset + sh(i)->sh_name;
}

static size_t find_sec(const char *name)
{
	size_t i;

	for (i = 1; i < eh()->e_shnum; i++)
		if (!strcmp(sec_name(i), name))
			return i;
	return 0;
}

static size_t find_type(uint32_t type)
{
	size_t i;

	for (i = 1; i < eh()->e_shnum; i++)
		if (sh(i)->sh_type == type)
			return i;
	return 0;
}

static Elf64_Sym *sym(size_t i)
{
	return (Elf64_Sym *)(buf + sh(find_type(SHT_SYMTAB))->sh_offset) + i;
}

static size_t find_func(void)
{
	size_t i, n = sh(find_type(SHT_SYMTAB))->sh_size / sizeof(Elf64_Sym);

	for (i = 0; i < n; i++)
		if (ELF64_ST_TYPE(sym(i)->st_info) == STT_FUNC)
			return i;
	return 0;
}

/* The relocation section of the first program (its target executable). */
static size_t prog_rel(void)
{
	size_t i;

	for (i = 1; i < eh()->e_shnum; i++)
		if (sh(i)->sh_type == SHT_REL && (sh(sh(i)->sh_info)->sh_flags & SHF_EXECINSTR))
			return i;
	return 0;
}

static Elf64_Rel *rel(size_t sec, size_t i)
{
	return (Elf64_Rel *)(buf + sh(sec)->sh_offset) + i;
}

static uint32_t *u32(size_t off)
{
	return (uint32_t *)(buf + off);
}

/* .BTF.ext header words: 1 hdr_len, 2 func_info_off ... 7 core_relo_len */
static uint32_t *ext_word(int n)
{
	return u32(sh(find_sec(".BTF.ext"))->sh_offset + 4 * (size_t)n);
}

/* The first record of a .BTF.ext part (words after its record size and block header). */
static uint32_t *ext_record(int part)
{
	size_t base = sh(find_sec(".BTF.ext"))->sh_offset + *ext_word(1);

	return u32(base + *ext_word(2 + 2 * part) + 4 + 8);
}

/* .BTF: the first member of the first struct with members; the first DATASEC named name. */
static uint32_t *btf_find(int want_kind, const char *name)
{
	size_t base = sh(find_sec(".BTF"))->sh_offset;
	uint32_t hdr_len = *u32(base + 4), type_off = *u32(base + 8), type_len = *u32(base + 12);
	const char *strs = (const char *)buf + base + hdr_len + *u32(base + 16);
	size_t off = base + hdr_len + type_off, end = off + type_len;

	while (off < end) {
		uint32_t *t = u32(off), kind = t[1] >> 24 & 0x1f, vlen = t[1] & 0xffff;
		size_t extra = 0;

		if (kind == (uint32_t)want_kind && vlen && (!name || !strcmp(strs + t[0], name)))
			return t;
		switch (kind) {
		case 1: case 14: case 17:	/* int, var, decl tag */
			extra = 4;
			break;
		case 3:				/* array */
			extra = 12;
			break;
		case 4: case 5: case 15: case 19: /* struct, union, datasec, enum64 */
			extra = 12 * (size_t)vlen;
			break;
		case 6: case 13:		/* enum, func proto */
			extra = 8 * (size_t)vlen;
			break;
		}
		off += 12 + extra;
	}
	return NULL;
}

static const char *const kinds[] = {
	"ok",		/* unchanged: accepted */
	"machine",	/* e_machine x86-64 */
	"type",		/* e_type ET_EXEC */
	"shoff",	/* section table past the end of the file */
	"shnum",	/* no section table (e_shnum 0) */
	"shstrndx",	/* section name table index out of range */
	"secpast",	/* a program's data past the end of the file */
	"secwrap",	/* offset + size wraps around 2^64 */
	"bsshuge",	/* a .bss of 2^40 bytes (libbpf keeps map sizes in 32 bits) */
	"shstrterm",	/* section name table not NUL-terminated */
	"shname",	/* a section name offset outside the name table */
	"btfnobits",	/* .BTF of type SHT_NOBITS (libbpf would read a NULL buffer) */
	"btfdup",	/* two sections named .BTF */
	"symentsize",	/* symbol entries of 16 bytes */
	"symname",	/* a symbol name outside the string table */
	"symshndx",	/* a symbol in a section that does not exist */
	"symsize",	/* a function past the end of its section */
	"symwrap",	/* value + size wraps around 2^64 */
	"rellink",	/* relocations not linked to the symbol table */
	"relinfo",	/* relocations for a section that does not exist */
	"relsym",	/* a relocation's symbol index out of range */
	"reloff",	/* a relocation past the end of its section */
	"relabs",	/* a program relocation against an SHN_ABS symbol (libbpf indexes
			 * its section table with it) */
	"ldimm64cut",	/* a relocated 64-bit load cut off by the end of its function
			 * (relocation patches both halves, in the function's copy) */
	"btfref",	/* a struct member of a type that does not exist (the class of
			 * skel-libbpf-segv.bpf.o: libbpf dereferences NULL) */
	"datasecvar",	/* a .maps variable past the end of its section */
	"exthdr",	/* .BTF.ext header length 4 */
	"extoff",	/* .BTF.ext func_info past the end of the section */
	"extrec",	/* .BTF.ext func_info records of 4 bytes */
	"extfunc",	/* a func_info record naming a type that is not a function */
	"extcore",	/* a CO-RE relocation of a type that does not exist (resolved
			 * from that id at load) */
};

static int mutate(const char *kind)
{
	size_t s, i;

	if (!strcmp(kind, "ok"))
		return 0;
	if (!strcmp(kind, "machine"))
		return eh()->e_machine = EM_X86_64, 0;
	if (!strcmp(kind, "type"))
		return eh()->e_type = ET_EXEC, 0;
	if (!strcmp(kind, "shoff"))
		return eh()->e_shoff = size, 0;
	if (!strcmp(kind, "shnum"))
		return eh()->e_shnum = 0, 0;
	if (!strcmp(kind, "shstrndx"))
		return eh()->e_shstrndx = eh()->e_shnum, 0;
	s = sh(prog_rel())->sh_info;
	if (!strcmp(kind, "secpast"))
		return sh(s)->sh_offset = size - 8, 0;
	if (!strcmp(kind, "secwrap"))
		return sh(s)->sh_offset = UINT64_MAX - 7, 0;
	if (!strcmp(kind, "bsshuge"))
		return sh(find_sec(".bss"))->sh_size = 1ull << 40, 0;
	if (!strcmp(kind, "shstrterm")) {
		Elf64_Shdr *t = sh(eh()->e_shstrndx);

		return buf[t->sh_offset + t->sh_size - 1] = 'x', 0;
	}
	if (!strcmp(kind, "shname"))
		return sh(s)->sh_name = (uint32_t)sh(eh()->e_shstrndx)->sh_size, 0;
	if (!strcmp(kind, "btfnobits"))
		return sh(find_sec(".BTF"))->sh_type = SHT_NOBITS, 0;
	if (!strcmp(kind, "btfdup"))
		return sh(find_sec(".debug_frame"))->sh_name = sh(find_sec(".BTF"))->sh_name, 0;
	if (!strcmp(kind, "symentsize"))
		return sh(find_type(SHT_SYMTAB))->sh_entsize = 16, 0;
	i = find_func();
	if (!strcmp(kind, "symname"))
		return sym(i)->st_name = (uint32_t)sh(sh(find_type(SHT_SYMTAB))->sh_link)->sh_size, 0;
	if (!strcmp(kind, "symshndx"))
		return sym(i)->st_shndx = eh()->e_shnum + 5, 0;
	if (!strcmp(kind, "symsize"))
		return sym(i)->st_size = sh(s)->sh_size + 8, 0;
	if (!strcmp(kind, "symwrap"))
		return sym(i)->st_value = UINT64_MAX - 7, sym(i)->st_size = 16, 0;
	if (!strcmp(kind, "rellink"))
		return sh(prog_rel())->sh_link = 0, 0;
	if (!strcmp(kind, "relinfo"))
		return sh(prog_rel())->sh_info = eh()->e_shnum, 0;
	if (!strcmp(kind, "relsym"))
		return rel(prog_rel(), 0)->r_info = ELF64_R_INFO(
			sh(find_type(SHT_SYMTAB))->sh_size / sizeof(Elf64_Sym), 1), 0;
	if (!strcmp(kind, "reloff"))
		return rel(prog_rel(), 0)->r_offset = sh(s)->sh_size, 0;
	if (!strcmp(kind, "relabs"))
		return sym(ELF64_R_SYM(rel(prog_rel(), 0)->r_info))->st_shndx = SHN_ABS, 0;
	if (!strcmp(kind, "ldimm64cut"))
		return sym(i)->st_size = rel(prog_rel(), 0)->r_offset - sym(i)->st_value + 8, 0;
	if (!strcmp(kind, "btfref")) {
		uint32_t *t = btf_find(4, NULL);

		return t ? t[3 + 1] = 0xfffff, 0 : 1;	/* first member's type */
	}
	if (!strcmp(kind, "datasecvar")) {
		uint32_t *t = btf_find(15, ".maps");

		/* a size for the DATASEC, and its variable beyond it */
		return t ? t[2] = (uint32_t)sh(find_sec(".maps"))->sh_size, t[3 + 1] = t[2], 0 : 1;
	}
	if (!find_sec(".BTF.ext"))
		return 1;
	if (!strcmp(kind, "exthdr"))
		return *ext_word(1) = 4, 0;
	if (!strcmp(kind, "extoff"))
		return *ext_word(2) = 1u << 20, 0;
	if (!strcmp(kind, "extrec"))
		return *u32(sh(find_sec(".BTF.ext"))->sh_offset + *ext_word(1) + *ext_word(2)) = 4, 0;
	if (!strcmp(kind, "extfunc"))
		return ext_record(0)[1] = 1, 0;	/* type [1] is not a FUNC in objcheck.bpf.c */
	if (!strcmp(kind, "extcore"))
		return *ext_word(1) >= 32 && *ext_word(7) ? ext_record(2)[1] = 0xfffff, 0 : 1;
	return 2;
}

static int write_kind(const unsigned char *orig, const char *kind, const char *path)
{
	FILE *f;
	int ret;

	memcpy(buf, orig, size);
	ret = mutate(kind);
	if (ret)
		return ret;
	f = fopen(path, "wb");
	if (!f || fwrite(buf, 1, size, f) != size)
		return 1;
	return fclose(f) ? 1 : 0;
}

int main(int argc, char **argv)
{
	unsigned char *orig;
	char path[4096];
	FILE *f;
	size_t i;
	int ret = 2;

	if (argc != 4)
		return 2;
	f = fopen(argv[2], "rb");
	if (!f || fseek(f, 0, SEEK_END) || (long)(size = (size_t)ftell(f)) <= 0 ||
	    fseek(f, 0, SEEK_SET))
		return 1;
	orig = malloc(size);
	buf = malloc(size);
	if (!orig || !buf || fread(orig, 1, size, f) != size)
		return 1;
	fclose(f);
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (!strcmp(argv[1], "all")) {
			snprintf(path, sizeof(path), "%s/%s.o", argv[3], kinds[i]);
			ret = write_kind(orig, kinds[i], path);
			if (ret)
				break;
		} else if (!strcmp(argv[1], kinds[i])) {
			ret = write_kind(orig, kinds[i], argv[3]);
			break;
		}
	}
	free(orig);
	free(buf);
	return ret;
}
