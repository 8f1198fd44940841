// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Native test tool: writes a damaged copy of an ELF file (either class).
 *
 *   mangle IN OUT truncate N          the first N bytes
 *   mangle IN OUT shoff V             e_shoff = V
 *   mangle IN OUT shnum V             e_shnum = V (16 bits)
 *   mangle IN OUT shentsize V         e_shentsize = V
 *   mangle IN OUT shstrndx V          e_shstrndx = V
 *   mangle IN OUT phoff V             e_phoff = V
 *   mangle IN OUT phnum V             e_phnum = V
 *   mangle IN OUT secoff TYPE V       sh_offset = V in every section of sh_type TYPE
 *   mangle IN OUT secsize TYPE V      sh_size = V in every section of sh_type TYPE
 *   mangle IN OUT seclink TYPE V      sh_link = V in every section of sh_type TYPE
 *   mangle IN OUT symname V           st_name = V in every symbol of every SHT_SYMTAB/SHT_DYNSYM
 *   mangle IN OUT strnul              the NULs of the symbol tables' string tables become 'x'
 *   mangle IN OUT notesz V            n_namesz = V in the first note of every SHT_NOTE
 *
 * It trusts the input (a good file built by the test) but checks what it
 * touches against the size.
 */
#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *buf;
static size_t size;
static int is64;

#define FIELD(s32, s64, off_member)	(is64 ? offsetof(s64, off_member) : offsetof(s32, off_member))

static uint64_t get(size_t off, size_t len)
{
	uint64_t v = 0;

	if (off + len > size) {
		fprintf(stderr, "mangle: offset 0x%zx outside the file\n", off);
		exit(1);
	}
	memcpy(&v, buf + off, len);
	return v;
}

static void put(size_t off, size_t len, uint64_t v)
{
	if (off + len > size) {
		fprintf(stderr, "mangle: offset 0x%zx outside the file\n", off);
		exit(1);
	}
	memcpy(buf + off, &v, len);
}

#define EHDR(m) FIELD(Elf32_Ehdr, Elf64_Ehdr, m), (is64 ? sizeof(((Elf64_Ehdr *)0)->m) : sizeof(((Elf32_Ehdr *)0)->m))
#define SHDR(m) FIELD(Elf32_Shdr, Elf64_Shdr, m), (is64 ? sizeof(((Elf64_Shdr *)0)->m) : sizeof(((Elf32_Shdr *)0)->m))
#define SYM(m) FIELD(Elf32_Sym, Elf64_Sym, m), (is64 ? sizeof(((Elf64_Sym *)0)->m) : sizeof(((Elf32_Sym *)0)->m))

/* The file offset of section i's header. */
static size_t shdr_at(size_t i)
{
	return get(EHDR(e_shoff)) + i * (is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr));
}

static uint64_t sh(size_t i, size_t off, size_t len)
{
	return get(shdr_at(i) + off, len);
}

int main(int argc, char **argv)
{
	const char *op;
	size_t shnum, i, j;
	uint64_t v = 0, type = 0;
	FILE *f;

	if (argc < 4) {
		fprintf(stderr, "usage: mangle IN OUT OP [ARGS]\n");
		return 2;
	}
	op = argv[3];
	f = fopen(argv[1], "rb");
	if (!f)
		return perror(argv[1]), 1;
	fseek(f, 0, SEEK_END);
	size = (size_t)ftell(f);
	rewind(f);
	buf = malloc(size ? size : 1);
	if (!buf || fread(buf, 1, size, f) != size)
		return fprintf(stderr, "mangle: cannot read %s\n", argv[1]), 1;
	fclose(f);
	is64 = buf[EI_CLASS] == ELFCLASS64;
	if (argc > 4)
		v = strtoull(argv[argc - 1], NULL, 0);
	if (argc > 5)
		type = strtoull(argv[4], NULL, 0);
	shnum = get(EHDR(e_shnum));

	if (strcmp(op, "truncate") == 0) {
		if (v < size)
			size = v;
	} else if (strcmp(op, "shoff") == 0) {
		put(EHDR(e_shoff), v);
	} else if (strcmp(op, "shnum") == 0) {
		put(EHDR(e_shnum), v);
	} else if (strcmp(op, "shentsize") == 0) {
		put(EHDR(e_shentsize), v);
	} else if (strcmp(op, "shstrndx") == 0) {
		put(EHDR(e_shstrndx), v);
	} else if (strcmp(op, "phoff") == 0) {
		put(EHDR(e_phoff), v);
	} else if (strcmp(op, "phnum") == 0) {
		put(EHDR(e_phnum), v);
	} else if (strcmp(op, "secoff") == 0 || strcmp(op, "secsize") == 0 ||
		   strcmp(op, "seclink") == 0) {
		for (i = 1; i < shnum; i++) {
			if (sh(i, SHDR(sh_type)) != type)
				continue;
			if (op[3] == 'o')
				put(shdr_at(i) + FIELD(Elf32_Shdr, Elf64_Shdr, sh_offset),
				    is64 ? 8 : 4, v);
			else if (op[3] == 's')
				put(shdr_at(i) + FIELD(Elf32_Shdr, Elf64_Shdr, sh_size),
				    is64 ? 8 : 4, v);
			else
				put(shdr_at(i) + FIELD(Elf32_Shdr, Elf64_Shdr, sh_link), 4, v);
		}
	} else if (strcmp(op, "symname") == 0) {
		size_t ent = is64 ? sizeof(Elf64_Sym) : sizeof(Elf32_Sym);

		for (i = 1; i < shnum; i++) {
			uint64_t t = sh(i, SHDR(sh_type));

			if (t != SHT_SYMTAB && t != SHT_DYNSYM)
				continue;
			for (j = 1; j < sh(i, SHDR(sh_size)) / ent; j++)
				put(sh(i, SHDR(sh_offset)) + j * ent + FIELD(Elf32_Sym, Elf64_Sym, st_name),
				    4, v);
		}
	} else if (strcmp(op, "strnul") == 0) {
		for (i = 1; i < shnum; i++) {
			uint64_t t = sh(i, SHDR(sh_type)), link, off, len;

			if (t != SHT_SYMTAB && t != SHT_DYNSYM)
				continue;
			link = sh(i, SHDR(sh_link));
			off = sh(link, SHDR(sh_offset));
			len = sh(link, SHDR(sh_size));
			if (off > size || len > size - off)
				return fprintf(stderr, "mangle: bad string table\n"), 1;
			for (j = 0; j < len; j++)
				if (!buf[off + j])
					buf[off + j] = 'x';
		}
	} else if (strcmp(op, "notesz") == 0) {
		for (i = 1; i < shnum; i++)
			if (sh(i, SHDR(sh_type)) == SHT_NOTE)
				put(sh(i, SHDR(sh_offset)), 4, v);
	} else {
		fprintf(stderr, "mangle: unknown operation %s\n", op);
		return 2;
	}
	f = fopen(argv[2], "wb");
	if (!f || fwrite(buf, 1, size, f) != size || fclose(f) != 0)
		return perror(argv[2]), 1;
	return 0;
}
