/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Shared by the object checker's files: obj_check.c checks the ELF
 * structure, obj_check_btf.c the .BTF and .BTF.ext sections.
 */
#ifndef BTF2HDR_OBJ_CHECK_INTERNAL_H
#define BTF2HDR_OBJ_CHECK_INTERNAL_H

#include <elf.h>
#include <linux/types.h>
#include <stdbool.h>
#include <stddef.h>

struct btf;

struct func_range {
	size_t sec;
	__u64 start, end;
};

struct obj {
	const unsigned char *data;
	size_t size;
	Elf64_Shdr *sh;		/* a copy of the section table */
	size_t shnum;
	const char *shstr;	/* section names, NUL-terminated at the end */
	size_t shstr_sz;
	size_t symtab;		/* index of the symbol table section */
	size_t nsyms;
	const char *strtab;	/* symbol names, NUL-terminated at the end */
	size_t strtab_sz;
	size_t *by_name;	/* section indices sorted by name, then index */
	struct func_range *funcs;	/* functions in code sections, sorted */
	size_t nfuncs;
	char *err;
	size_t err_sz;
};

/* "section N (NAME): " + the message; returns -EINVAL. */
int obj_sec_fail(struct obj *o, size_t idx, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int obj_fail(struct obj *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The name of section idx (checked before any use), or "" */
const char *obj_sec_name(const struct obj *o, size_t idx);
/* Symbol i of the symbol table (i < nsyms). */
Elf64_Sym obj_sym(const struct obj *o, size_t i);
/* The first section called name, or 0. */
size_t obj_find_sec(const struct obj *o, const char *name);

/* obj_check_btf.c */
int obj_check_btf(struct obj *o);

#endif
