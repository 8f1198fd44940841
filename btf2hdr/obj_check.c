// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The ELF part of the object checker (obj_check.h): header, section table,
 * name tables, symbols and relocations, read from the raw bytes with
 * memcpy (the buffer may have any alignment). Each check names what
 * libbpf 1.1 would otherwise follow unchecked.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "obj_check.h"
#include "obj_check_internal.h"

/* Objects larger than this are refused: BPF objects are kilobytes, and
 * every 32-bit sum of two in-file offsets stays below 2^31. */
#define MAX_OBJECT (1u << 30)

#define BPF_INSN_SZ 8
#define BPF_LD_IMM64 0x18	/* BPF_LD | BPF_IMM | BPF_DW: two instruction slots */

static int vfail(struct obj *o, int n, const char *fmt, va_list ap)
{
	if (n >= 0 && (size_t)n < o->err_sz)
		vsnprintf(o->err + n, o->err_sz - (size_t)n, fmt, ap);
	return -EINVAL;
}

int obj_fail(struct obj *o, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vfail(o, 0, fmt, ap);
	va_end(ap);
	return ret;
}

int obj_sec_fail(struct obj *o, size_t idx, const char *fmt, ...)
{
	char safe[NAME_MSG_BUF];
	va_list ap;
	int n, ret;

	name_for_message(obj_sec_name(o, idx), safe, sizeof(safe));
	n = *safe ? snprintf(o->err, o->err_sz, "section %zu (%s): ", idx, safe)
		  : snprintf(o->err, o->err_sz, "section %zu: ", idx);
	va_start(ap, fmt);
	ret = vfail(o, n, fmt, ap);
	va_end(ap);
	return ret;
}

const char *obj_sec_name(const struct obj *o, size_t idx)
{
	if (!o->shstr || idx >= o->shnum || o->sh[idx].sh_name >= o->shstr_sz)
		return "";
	return o->shstr + o->sh[idx].sh_name;
}

Elf64_Sym obj_sym(const struct obj *o, size_t i)
{
	Elf64_Sym s;

	memcpy(&s, o->data + o->sh[o->symtab].sh_offset + i * sizeof(s), sizeof(s));
	return s;
}

/*
 * Lookups by name and by code offset are binary searches over tables built
 * once: an object of 60000 sections, or of many relocations and functions,
 * is checked in n log n.
 */
static int by_name_cmp(const void *a, const void *b, void *obj)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(obj_sec_name(obj, x), obj_sec_name(obj, y));

	return c ? c : x < y ? -1 : x > y;
}

static int index_sections(struct obj *o)
{
	size_t i;

	o->by_name = malloc(o->shnum * sizeof(*o->by_name));
	if (!o->by_name)
		return obj_fail(o, "out of memory");
	for (i = 0; i < o->shnum; i++)
		o->by_name[i] = i;
	/* qsort_r: no global state, the runtime may check objects in threads */
	qsort_r(o->by_name + 1, o->shnum - 1, sizeof(*o->by_name), by_name_cmp, o);
	return 0;
}

size_t obj_find_sec(const struct obj *o, const char *name)
{
	size_t lo = 1, hi = o->shnum;

	/* the first (lowest-numbered) section of that name, as libelf scans */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(obj_sec_name(o, o->by_name[mid]), name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < o->shnum && !strcmp(obj_sec_name(o, o->by_name[lo]), name) ? o->by_name[lo] : 0;
}

static const char *sym_name(const struct obj *o, const Elf64_Sym *s)
{
	return s->st_name < o->strtab_sz ? o->strtab + s->st_name : "";
}

/* off + len inside [0, limit], without overflow */
static bool inside(__u64 off, __u64 len, __u64 limit)
{
	return off <= limit && len <= limit - off;
}

static int check_header(struct obj *o, Elf64_Ehdr *eh)
{
	if (o->size < EI_NIDENT || memcmp(o->data, ELFMAG, SELFMAG) != 0)
		return obj_fail(o, "not an ELF file");
	if (o->data[EI_CLASS] != ELFCLASS64)
		return obj_fail(o, "not a 64-bit ELF file (class %u)", o->data[EI_CLASS]);
	if (o->data[EI_DATA] != ELFDATA2LSB)
		return obj_fail(o, "not a little-endian ELF file (data encoding %u)", o->data[EI_DATA]);
	if (o->size < sizeof(*eh))
		return obj_fail(o, "truncated ELF header (%zu bytes)", o->size);
	if (o->size > MAX_OBJECT)
		return obj_fail(o, "larger than %u bytes", MAX_OBJECT);
	memcpy(eh, o->data, sizeof(*eh));
	if (o->data[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
		return obj_fail(o, "unknown ELF version %u", eh->e_version);
	if (eh->e_machine != EM_BPF)
		return obj_fail(o, "not a BPF object (ELF machine %u)", eh->e_machine);
	if (eh->e_type != ET_REL)
		return obj_fail(o, "not a relocatable object (ELF type %u)", eh->e_type);
	if (eh->e_shentsize != sizeof(Elf64_Shdr))
		return obj_fail(o, "section header size %u, expected %zu", eh->e_shentsize,
				sizeof(Elf64_Shdr));
	/* e_shnum 0 with a table means extended numbering: never in BPF objects */
	if (eh->e_shnum == 0)
		return obj_fail(o, "no section table");
	if (!inside(eh->e_shoff, (__u64)eh->e_shnum * sizeof(Elf64_Shdr), o->size))
		return obj_fail(o, "section table past the end of the file");
	if (eh->e_shstrndx == SHN_UNDEF || eh->e_shstrndx >= eh->e_shnum)
		return obj_fail(o, "section name table index %u out of range (%u sections)",
				eh->e_shstrndx, eh->e_shnum);
	return 0;
}

/* A string table: in the file, non-empty, its last byte NUL. */
static int check_strtab(struct obj *o, size_t idx, const char *what)
{
	const Elf64_Shdr *sh = &o->sh[idx];

	if (sh->sh_type != SHT_STRTAB)
		return obj_sec_fail(o, idx, "%s is not a string table (type %u)", what, sh->sh_type);
	if (sh->sh_size == 0 || o->data[sh->sh_offset + sh->sh_size - 1] != '\0')
		return obj_sec_fail(o, idx, "%s is not NUL-terminated", what);
	return 0;
}

/* Sections whose bytes libbpf reads by name: they must have bytes, once. */
static const char *const data_sections[] = {
	".BTF", ".BTF.ext", "license", "version", ".maps", ".struct_ops", ".struct_ops.link",
};

static int check_sections(struct obj *o, const Elf64_Ehdr *eh)
{
	size_t i, j;
	int err;

	o->shnum = eh->e_shnum;
	o->sh = malloc(o->shnum * sizeof(*o->sh));
	if (!o->sh)
		return obj_fail(o, "out of memory");
	memcpy(o->sh, o->data + eh->e_shoff, o->shnum * sizeof(*o->sh));
	/* data in the file first: the name table is read next */
	for (i = 1; i < o->shnum; i++) {
		const Elf64_Shdr *sh = &o->sh[i];

		if (sh->sh_type != SHT_NOBITS && !inside(sh->sh_offset, sh->sh_size, o->size)) {
			snprintf(o->err, o->err_sz, "section %zu: data past the end of the file", i);
			return -EINVAL;
		}
		/* a .bss becomes a map of that size (libbpf keeps it in 32 bits) */
		if (sh->sh_type == SHT_NOBITS && sh->sh_size > MAX_OBJECT) {
			snprintf(o->err, o->err_sz, "section %zu: %llu bytes without data (at most %u)", i,
				 (unsigned long long)sh->sh_size, MAX_OBJECT);
			return -EINVAL;
		}
	}
	if (o->sh[eh->e_shstrndx].sh_type == SHT_NOBITS)
		return obj_fail(o, "section name table (section %u) has no data", eh->e_shstrndx);
	err = check_strtab(o, eh->e_shstrndx, "the section name table");
	if (err)
		return err;
	o->shstr = (const char *)o->data + o->sh[eh->e_shstrndx].sh_offset;
	o->shstr_sz = o->sh[eh->e_shstrndx].sh_size;
	for (i = 1; i < o->shnum; i++) {
		if (o->sh[i].sh_name >= o->shstr_sz) {
			snprintf(o->err, o->err_sz, "section %zu: name offset %u outside the section name table",
				 i, o->sh[i].sh_name);
			return -EINVAL;
		}
	}
	err = index_sections(o);
	if (err)
		return err;
	for (i = 1; i < o->shnum; i++) {
		const Elf64_Shdr *sh = &o->sh[i];

		if ((sh->sh_flags & SHF_EXECINSTR) && sh->sh_type != SHT_PROGBITS)
			return obj_sec_fail(o, i, "executable section is not SHT_PROGBITS (type %u)",
					    sh->sh_type);
		if ((sh->sh_flags & SHF_EXECINSTR) && sh->sh_size % BPF_INSN_SZ)
			return obj_sec_fail(o, i, "code size %llu is not whole instructions",
					    (unsigned long long)sh->sh_size);
	}
	for (j = 0; j < sizeof(data_sections) / sizeof(data_sections[0]); j++) {
		size_t first = obj_find_sec(o, data_sections[j]);

		if (!first)
			continue;
		if (o->sh[first].sh_type != SHT_PROGBITS)
			return obj_sec_fail(o, first, "not SHT_PROGBITS (type %u)", o->sh[first].sh_type);
		/* sorted by name then index: a second one comes next */
		for (i = 1; i < o->shnum; i++)
			if (o->by_name[i] == first)
				break;
		if (i + 1 < o->shnum && !strcmp(obj_sec_name(o, o->by_name[i + 1]), data_sections[j]))
			return obj_sec_fail(o, o->by_name[i + 1],
					    "a second section of that name (the first is %zu)", first);
	}
	return 0;
}

static int check_symbols(struct obj *o)
{
	const Elf64_Shdr *sh;
	size_t i;
	int err;

	for (i = 1; i < o->shnum; i++) {
		if (o->sh[i].sh_type != SHT_SYMTAB)
			continue;
		if (o->symtab)
			return obj_sec_fail(o, i, "a second symbol table (the first is %zu)", o->symtab);
		o->symtab = i;
	}
	if (!o->symtab)
		return obj_fail(o, "no symbol table");
	sh = &o->sh[o->symtab];
	if (sh->sh_entsize != sizeof(Elf64_Sym) || sh->sh_size % sizeof(Elf64_Sym))
		return obj_sec_fail(o, o->symtab, "symbol entries of %llu bytes (size %llu), expected %zu",
				    (unsigned long long)sh->sh_entsize,
				    (unsigned long long)sh->sh_size, sizeof(Elf64_Sym));
	if (sh->sh_link == 0 || sh->sh_link >= o->shnum)
		return obj_sec_fail(o, o->symtab, "string table index %u out of range", sh->sh_link);
	err = check_strtab(o, sh->sh_link, "the symbol string table");
	if (err)
		return err;
	o->strtab = (const char *)o->data + o->sh[sh->sh_link].sh_offset;
	o->strtab_sz = o->sh[sh->sh_link].sh_size;
	o->nsyms = sh->sh_size / sizeof(Elf64_Sym);

	for (i = 0; i < o->nsyms; i++) {
		Elf64_Sym s = obj_sym(o, i);
		const Elf64_Shdr *in;
		int type = ELF64_ST_TYPE(s.st_info);

		if (s.st_name >= o->strtab_sz)
			return obj_sec_fail(o, o->symtab, "symbol %zu: name offset %u outside the string table",
					    i, s.st_name);
		if (s.st_shndx == SHN_UNDEF || s.st_shndx == SHN_ABS || s.st_shndx == SHN_COMMON)
			continue;
		if (s.st_shndx >= o->shnum) {
			char safe[NAME_MSG_BUF];

			return obj_sec_fail(o, o->symtab, "symbol %zu (%s): section index %u out of range",
					    i, name_for_message(sym_name(o, &s), safe, sizeof(safe)),
					    s.st_shndx);
		}
		in = &o->sh[s.st_shndx];
		/* functions and objects lie inside their section; labels may end it */
		if (!inside(s.st_value, type == STT_FUNC || type == STT_OBJECT ? s.st_size : 0,
			    in->sh_size)) {
			char safe[NAME_MSG_BUF];

			return obj_sec_fail(o, o->symtab, "symbol %zu (%s): extends past its section %u",
					    i, name_for_message(sym_name(o, &s), safe, sizeof(safe)),
					    s.st_shndx);
		}
		if (type == STT_FUNC && (in->sh_flags & SHF_EXECINSTR) &&
		    (s.st_value % BPF_INSN_SZ || s.st_size % BPF_INSN_SZ)) {
			char safe[NAME_MSG_BUF];

			return obj_sec_fail(o, o->symtab, "symbol %zu (%s): not whole instructions",
					    i, name_for_message(sym_name(o, &s), safe, sizeof(safe)));
		}
	}
	return 0;
}

static int func_cmp(const void *a, const void *b)
{
	const struct func_range *x = a, *y = b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* The functions of the code sections, sorted by section and start. */
static int index_functions(struct obj *o)
{
	size_t i;

	o->funcs = malloc((o->nsyms ? o->nsyms : 1) * sizeof(*o->funcs));
	if (!o->funcs)
		return obj_fail(o, "out of memory");
	for (i = 0; i < o->nsyms; i++) {
		Elf64_Sym s = obj_sym(o, i);

		if (ELF64_ST_TYPE(s.st_info) == STT_FUNC && s.st_shndx < o->shnum &&
		    (o->sh[s.st_shndx].sh_flags & SHF_EXECINSTR))
			o->funcs[o->nfuncs++] = (struct func_range){ s.st_shndx, s.st_value,
								     s.st_value + s.st_size };
	}
	qsort(o->funcs, o->nfuncs, sizeof(*o->funcs), func_cmp);
	return 0;
}

/*
 * End of the function of section sec that libbpf gives the instruction at
 * off (the last one starting at or before it, if it contains off), or 0.
 */
static __u64 func_end(const struct obj *o, size_t sec, __u64 off)
{
	size_t lo = 0, hi = o->nfuncs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct func_range *f = &o->funcs[mid];

		if (f->sec < sec || (f->sec == sec && f->start <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || o->funcs[lo - 1].sec != sec || o->funcs[lo - 1].end <= off)
		return 0;
	return o->funcs[lo - 1].end;
}

/* The sections whose relocations libbpf applies: code, .maps, struct_ops. */
static bool relocated_by_libbpf(const struct obj *o, size_t idx)
{
	const char *name = obj_sec_name(o, idx);

	return (o->sh[idx].sh_flags & SHF_EXECINSTR) || !strcmp(name, ".maps") ||
	       !strcmp(name, ".struct_ops") || !strcmp(name, ".struct_ops.link");
}

static int check_rel_entry(struct obj *o, size_t idx, size_t n, const Elf64_Rel *r)
{
	const Elf64_Shdr *sh = &o->sh[idx], *target = &o->sh[sh->sh_info];
	__u64 sym = ELF64_R_SYM(r->r_info);
	Elf64_Sym s;

	if (sym >= o->nsyms)
		return obj_sec_fail(o, idx, "relocation %zu: symbol %llu out of range (%zu symbols)",
				    n, (unsigned long long)sym, o->nsyms);
	if (r->r_offset >= target->sh_size)
		return obj_sec_fail(o, idx, "relocation %zu: offset %llu past the end of section %u",
				    n, (unsigned long long)r->r_offset, sh->sh_info);
	if (!relocated_by_libbpf(o, sh->sh_info))
		return 0;
	s = obj_sym(o, sym);
	/* libbpf indexes its section table with the symbol's section */
	if (s.st_shndx >= o->shnum)
		return obj_sec_fail(o, idx, "relocation %zu: symbol %llu has no section (index %u)",
				    n, (unsigned long long)sym, s.st_shndx);
	if (!inside(r->r_offset, 8, target->sh_size))
		return obj_sec_fail(o, idx, "relocation %zu: offset %llu past the end of section %u",
				    n, (unsigned long long)r->r_offset, sh->sh_info);
	if (target->sh_flags & SHF_EXECINSTR) {
		__u64 end;

		if (r->r_offset % BPF_INSN_SZ)
			return obj_sec_fail(o, idx, "relocation %zu: offset %llu is not an instruction",
					    n, (unsigned long long)r->r_offset);
		/* relocation patches both halves of a 64-bit load, in the function's copy */
		end = func_end(o, sh->sh_info, r->r_offset);
		if (o->data[target->sh_offset + r->r_offset] == BPF_LD_IMM64 && end &&
		    end - r->r_offset < 2 * BPF_INSN_SZ)
			return obj_sec_fail(o, idx, "relocation %zu: 64-bit load at offset %llu cut off by the end of its function",
					    n, (unsigned long long)r->r_offset);
	}
	return 0;
}

static int check_relocations(struct obj *o)
{
	size_t i, n;
	int err = index_functions(o);

	if (err)
		return err;
	for (i = 1; i < o->shnum; i++) {
		const Elf64_Shdr *sh = &o->sh[i];

		if (sh->sh_type != SHT_REL)
			continue;
		if (sh->sh_entsize != sizeof(Elf64_Rel) || sh->sh_size % sizeof(Elf64_Rel))
			return obj_sec_fail(o, i, "relocation entries of %llu bytes (size %llu), expected %zu",
					    (unsigned long long)sh->sh_entsize,
					    (unsigned long long)sh->sh_size, sizeof(Elf64_Rel));
		if (sh->sh_link != o->symtab)
			return obj_sec_fail(o, i, "linked to section %u, not to the symbol table (%zu)",
					    sh->sh_link, o->symtab);
		if (sh->sh_info == 0 || sh->sh_info >= o->shnum)
			return obj_sec_fail(o, i, "applies to section %u, which does not exist", sh->sh_info);
		if (o->sh[sh->sh_info].sh_type == SHT_NOBITS || o->sh[sh->sh_info].sh_type == SHT_NULL)
			return obj_sec_fail(o, i, "applies to section %u, which has no data", sh->sh_info);
		for (n = 0; n < sh->sh_size / sizeof(Elf64_Rel); n++) {
			Elf64_Rel r;

			memcpy(&r, o->data + sh->sh_offset + n * sizeof(r), sizeof(r));
			err = check_rel_entry(o, i, n, &r);
			if (err)
				return err;
		}
	}
	return 0;
}

int bpf_obj_check(const void *data, size_t size, char *err, size_t err_sz)
{
	char scratch[1];
	struct obj o = { 0 };
	Elf64_Ehdr eh;
	int ret;

	/* a message always has somewhere to go */
	if (!err || !err_sz) {
		err = scratch;
		err_sz = sizeof(scratch);
	}
	err[0] = '\0';
	o.data = data;
	o.size = data ? size : 0;
	o.err = err;
	o.err_sz = err_sz;
	ret = check_header(&o, &eh);
	ret = ret ? ret : check_sections(&o, &eh);
	ret = ret ? ret : check_symbols(&o);
	ret = ret ? ret : check_relocations(&o);
	ret = ret ? ret : obj_check_btf(&o);
	free(o.sh);
	free(o.by_name);
	free(o.funcs);
	return ret;
}
