/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The implementation behind <gelf.h>: the class-independent readers, on top
 * of libelf_impl.h. Each reads one entry of a data chunk after checking that
 * the chunk holds that kind of entry and that the whole entry lies inside
 * it, then widens an ELF32 entry to the GElf (ELF64) form.
 */
#ifndef __LIBBPF_WASM_GELF_IMPL_H
#define __LIBBPF_WASM_GELF_IMPL_H

#include <gelf.h>

#ifdef __cplusplus
extern "C" {
#endif

LIBELF_WASM_API int gelf_getclass(Elf *elf)
{
	return elf && elf->kind == ELF_K_ELF ? elf->cls : ELFCLASSNONE;
}

LIBELF_WASM_API size_t gelf_fsize(Elf *elf, Elf_Type type, size_t count,
				  unsigned int version)
{
	bool is32;
	size_t sz;

	if (!libelf_wasm__elf(elf))
		return 0;
	if (version != EV_CURRENT) {
		libelf_wasm__seterr(LIBELF_WASM_E_UNKNOWN_VERSION);
		return 0;
	}
	is32 = elf->cls == ELFCLASS32;
	switch (type) {
	case ELF_T_BYTE: sz = 1; break;
	case ELF_T_HALF: sz = 2; break;
	case ELF_T_WORD: case ELF_T_SWORD: sz = 4; break;
	case ELF_T_XWORD: case ELF_T_SXWORD: sz = 8; break;
	case ELF_T_ADDR: case ELF_T_OFF: sz = is32 ? 4 : 8; break;
	case ELF_T_EHDR: sz = is32 ? sizeof(Elf32_Ehdr) : sizeof(Elf64_Ehdr); break;
	case ELF_T_SHDR: sz = is32 ? sizeof(Elf32_Shdr) : sizeof(Elf64_Shdr); break;
	case ELF_T_PHDR: sz = is32 ? sizeof(Elf32_Phdr) : sizeof(Elf64_Phdr); break;
	case ELF_T_SYM: sz = is32 ? sizeof(Elf32_Sym) : sizeof(Elf64_Sym); break;
	case ELF_T_REL: sz = is32 ? sizeof(Elf32_Rel) : sizeof(Elf64_Rel); break;
	case ELF_T_RELA: sz = is32 ? sizeof(Elf32_Rela) : sizeof(Elf64_Rela); break;
	case ELF_T_DYN: sz = is32 ? sizeof(Elf32_Dyn) : sizeof(Elf64_Dyn); break;
	case ELF_T_NHDR: case ELF_T_NHDR8: sz = sizeof(Elf64_Nhdr); break;
	case ELF_T_RELR: sz = is32 ? 4 : 8; break;
	default:
		libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return 0;
	}
	if (count > SIZE_MAX / sz) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_INDEX);
		return 0;
	}
	return sz * count;
}

LIBELF_WASM_API GElf_Ehdr *gelf_getehdr(Elf *elf, GElf_Ehdr *dst)
{
	if (!libelf_wasm__elf(elf) || !dst)
		return NULL;
	*dst = elf->ehdr;
	return dst;
}

LIBELF_WASM_API GElf_Shdr *gelf_getshdr(Elf_Scn *scn, GElf_Shdr *dst)
{
	if (!scn || !dst)
		return NULL;
	*dst = scn->shdr;
	return dst;
}

LIBELF_WASM_API GElf_Phdr *gelf_getphdr(Elf *elf, int ndx, GElf_Phdr *dst)
{
	const unsigned char *p;

	if (!libelf_wasm__elf(elf) || !dst || libelf_wasm__check_phdrs(elf) != 0)
		return NULL;
	if (ndx < 0 || (size_t)ndx >= elf->phnum) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_INDEX);
		return NULL;
	}
	p = elf->image + elf->ehdr.e_phoff;
	if (elf->cls == ELFCLASS32) {
		Elf32_Phdr ph;

		memcpy(&ph, p + (size_t)ndx * sizeof(ph), sizeof(ph));
		dst->p_type = ph.p_type;
		dst->p_flags = ph.p_flags;
		dst->p_offset = ph.p_offset;
		dst->p_vaddr = ph.p_vaddr;
		dst->p_paddr = ph.p_paddr;
		dst->p_filesz = ph.p_filesz;
		dst->p_memsz = ph.p_memsz;
		dst->p_align = ph.p_align;
	} else {
		memcpy(dst, p + (size_t)ndx * sizeof(*dst), sizeof(*dst));
	}
	return dst;
}

/*
 * The bytes of entry ndx of data, whose type must be type, with entries of
 * ent32 or ent64 bytes as the file's class says; NULL with the error set.
 */
LIBELF_WASM_API const unsigned char *
libelf_wasm__entry(Elf_Data *data, Elf_Type type, int ndx, size_t ent32,
		   size_t ent64, bool *is32)
{
	const struct libelf_wasm_data *wd = (const struct libelf_wasm_data *)data;
	size_t ent;

	if (!data)
		return NULL;
	if (data->d_type != type) {
		libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return NULL;
	}
	*is32 = wd->elf->cls == ELFCLASS32;
	ent = *is32 ? ent32 : ent64;
	if (ndx < 0 || (size_t)ndx >= data->d_size / ent || !data->d_buf) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_INDEX);
		return NULL;
	}
	return (const unsigned char *)data->d_buf + (size_t)ndx * ent;
}

LIBELF_WASM_API GElf_Sym *gelf_getsym(Elf_Data *data, int ndx, GElf_Sym *dst)
{
	const unsigned char *p;
	bool is32;

	p = libelf_wasm__entry(data, ELF_T_SYM, ndx, sizeof(Elf32_Sym),
			       sizeof(Elf64_Sym), &is32);
	if (!p || !dst)
		return NULL;
	if (is32) {
		Elf32_Sym s;

		memcpy(&s, p, sizeof(s));
		dst->st_name = s.st_name;
		dst->st_info = s.st_info;
		dst->st_other = s.st_other;
		dst->st_shndx = s.st_shndx;
		dst->st_value = s.st_value;
		dst->st_size = s.st_size;
	} else {
		memcpy(dst, p, sizeof(*dst));
	}
	return dst;
}

LIBELF_WASM_API GElf_Sym *gelf_getsymshndx(Elf_Data *symdata, Elf_Data *shndxdata,
					   int ndx, GElf_Sym *sym, Elf32_Word *xshndx)
{
	const unsigned char *p;
	Elf32_Word x = 0;
	bool is32;

	if (!gelf_getsym(symdata, ndx, sym))
		return NULL;
	/* as libelf: the entry is read whenever the table is given */
	if (shndxdata) {
		p = libelf_wasm__entry(shndxdata, ELF_T_WORD, ndx, 4, 4, &is32);
		if (!p)
			return NULL;
		memcpy(&x, p, sizeof(x));
	}
	if (xshndx)
		*xshndx = x;
	return sym;
}

LIBELF_WASM_API GElf_Rel *gelf_getrel(Elf_Data *data, int ndx, GElf_Rel *dst)
{
	const unsigned char *p;
	bool is32;

	p = libelf_wasm__entry(data, ELF_T_REL, ndx, sizeof(Elf32_Rel),
			       sizeof(Elf64_Rel), &is32);
	if (!p || !dst)
		return NULL;
	if (is32) {
		Elf32_Rel r;

		memcpy(&r, p, sizeof(r));
		dst->r_offset = r.r_offset;
		/* the 32-bit info packs symbol and type differently */
		dst->r_info = GELF_R_INFO((Elf64_Xword)ELF32_R_SYM(r.r_info),
					  ELF32_R_TYPE(r.r_info));
	} else {
		memcpy(dst, p, sizeof(*dst));
	}
	return dst;
}

LIBELF_WASM_API GElf_Rela *gelf_getrela(Elf_Data *data, int ndx, GElf_Rela *dst)
{
	const unsigned char *p;
	bool is32;

	p = libelf_wasm__entry(data, ELF_T_RELA, ndx, sizeof(Elf32_Rela),
			       sizeof(Elf64_Rela), &is32);
	if (!p || !dst)
		return NULL;
	if (is32) {
		Elf32_Rela r;

		memcpy(&r, p, sizeof(r));
		dst->r_offset = r.r_offset;
		dst->r_info = GELF_R_INFO((Elf64_Xword)ELF32_R_SYM(r.r_info),
					  ELF32_R_TYPE(r.r_info));
		dst->r_addend = r.r_addend;
	} else {
		memcpy(dst, p, sizeof(*dst));
	}
	return dst;
}

LIBELF_WASM_API GElf_Dyn *gelf_getdyn(Elf_Data *data, int ndx, GElf_Dyn *dst)
{
	const unsigned char *p;
	bool is32;

	p = libelf_wasm__entry(data, ELF_T_DYN, ndx, sizeof(Elf32_Dyn),
			       sizeof(Elf64_Dyn), &is32);
	if (!p || !dst)
		return NULL;
	if (is32) {
		Elf32_Dyn d;

		memcpy(&d, p, sizeof(d));
		dst->d_tag = d.d_tag;
		dst->d_un.d_val = d.d_un.d_val;
	} else {
		memcpy(dst, p, sizeof(*dst));
	}
	return dst;
}

LIBELF_WASM_API GElf_Versym *gelf_getversym(Elf_Data *data, int ndx, GElf_Versym *dst)
{
	const unsigned char *p;
	bool is32;

	p = libelf_wasm__entry(data, ELF_T_HALF, ndx, 2, 2, &is32);
	if (!p || !dst)
		return NULL;
	memcpy(dst, p, sizeof(*dst));
	return dst;
}

/* Rounds off up to a multiple of align (4 or 8); off is at most a chunk's size. */
LIBELF_WASM_API size_t libelf_wasm__note_align(size_t off, size_t align)
{
	return (off + align - 1) & ~(align - 1);
}

LIBELF_WASM_API size_t gelf_getnote(Elf_Data *data, size_t offset, GElf_Nhdr *result,
				    size_t *name_offset, size_t *desc_offset)
{
	size_t align, name_off, desc_off, next;
	GElf_Nhdr n;

	if (!data)
		return 0;
	if (data->d_type != ELF_T_NHDR && data->d_type != ELF_T_NHDR8) {
		libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return 0;
	}
	align = data->d_type == ELF_T_NHDR8 ? 8 : 4;
	if (!data->d_buf || offset > data->d_size ||
	    data->d_size - offset < sizeof(n)) {
		if (offset < data->d_size)
			libelf_wasm__seterr(LIBELF_WASM_E_OFFSET_RANGE);
		return 0;
	}
	memcpy(&n, (const unsigned char *)data->d_buf + offset, sizeof(n));
	/* the name is padded to 4 bytes; the descriptor (and next note) to align */
	name_off = offset + sizeof(n);
	if (n.n_namesz > data->d_size - name_off)
		goto bad;
	desc_off = libelf_wasm__note_align(name_off + n.n_namesz, align);
	if (desc_off > data->d_size || n.n_descsz > data->d_size - desc_off)
		goto bad;
	next = libelf_wasm__note_align(desc_off + n.n_descsz, align);
	if (next > data->d_size)
		next = data->d_size;	/* the last note's padding may be cut */
	if (result)
		*result = n;
	if (name_offset)
		*name_offset = name_off;
	if (desc_offset)
		*desc_offset = desc_off;
	return next;
bad:
	libelf_wasm__seterr(LIBELF_WASM_E_OFFSET_RANGE);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_GELF_IMPL_H */
