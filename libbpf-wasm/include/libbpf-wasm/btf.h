/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <bpf/btf.h> on the SDK's BTF reader (btf_reader.h): BTF from bytes, from a
 * file the guest can open (raw or an ELF's .BTF), and an object's own BTF.
 * Read-only: type ids, names, kinds and sizes as the BPF side (LP64) sees
 * them.
 */
#ifndef __LIBBPF_WASM_BTF_H
#define __LIBBPF_WASM_BTF_H

#include "btf_reader.h"
#include "elf_reader.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A struct btf over a private copy of size bytes; NULL and errno on error. */
LIBBPF_API struct btf *libbpf_wasm__btf_from(const void *data, size_t size)
{
	struct btf *btf;
	int err;

	if (!data || size > UINT32_MAX)
		return (struct btf *)libbpf_wasm__err_ptr(-EINVAL);
	btf = (struct btf *)calloc(1, sizeof(*btf));
	if (!btf || !(btf->data = (uint8_t *)malloc(size ? size : 1))) {
		free(btf);
		return (struct btf *)libbpf_wasm__err_ptr(-ENOMEM);
	}
	memcpy(btf->data, data, size);
	btf->size = (__u32)size;
	err = libbpf_wasm__btf_parse(&btf->r, btf->data, size);
	if (err) {
		libbpf_wasm__pr_warn("btf: %s\n", err == -ENOMEM ? "out of memory" :
				     "malformed BTF data");
		libbpf_wasm__btf_destroy(btf);
		return (struct btf *)libbpf_wasm__err_ptr(err);
	}
	return btf;
}

/* The .BTF section of an ELF image; NULL and errno when there is none. */
LIBBPF_API struct btf *libbpf_wasm__btf_from_elf(uint8_t *buf, size_t size)
{
	struct libbpf_wasm_elf elf;
	struct btf *btf;
	int idx, err;

	err = libbpf_wasm__elf_parse(&elf, buf, size);
	if (err)
		return (struct btf *)libbpf_wasm__err_ptr(err);
	idx = libbpf_wasm__elf_find_sec(&elf, BTF_ELF_SEC);
	if (idx < 0 || !libbpf_wasm__elf_sec_data(&elf, (size_t)idx)) {
		libbpf_wasm__elf_free(&elf);
		return (struct btf *)libbpf_wasm__err_ptr(-ENOENT);
	}
	btf = libbpf_wasm__btf_from(libbpf_wasm__elf_sec_data(&elf, (size_t)idx),
				    elf.shdrs[idx].sh_size);
	err = errno;
	libbpf_wasm__elf_free(&elf);
	errno = err;
	return btf;
}

/* A whole file in a malloc'ed buffer; NULL and errno on error. */
LIBBPF_API uint8_t *libbpf_wasm__read_file(const char *path, size_t *size)
{
	FILE *f = path ? fopen(path, "rb") : NULL;
	uint8_t *buf = NULL, *n;
	size_t cap = 0, len = 0, got;
	int err;

	if (!f)
		return (uint8_t *)libbpf_wasm__err_ptr(path ? -errno : -EINVAL);
	do {
		if (len == cap) {
			cap = cap ? 2 * cap : 65536;
			n = (uint8_t *)realloc(buf, cap);
			if (!n) {
				free(buf);
				fclose(f);
				return (uint8_t *)libbpf_wasm__err_ptr(-ENOMEM);
			}
			buf = n;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got);
	err = ferror(f) ? EIO : 0;
	fclose(f);
	if (err) {
		free(buf);
		return (uint8_t *)libbpf_wasm__err_ptr(-err);
	}
	*size = len;
	return buf;
}

LIBBPF_API struct btf *btf__new(const void *data, __u32 size)
{
	return libbpf_wasm__btf_from(data, size);
}

/* What a BTF file holds: raw BTF, an ELF object's .BTF, or whichever its magic says. */
enum libbpf_wasm_btf_file {
	LIBBPF_WASM_BTF_RAW,
	LIBBPF_WASM_BTF_ELF,
	LIBBPF_WASM_BTF_ANY,
};

/* BTF from the file at path; NULL and errno on error (the buffer is freed either way). */
LIBBPF_API struct btf *libbpf_wasm__btf_parse_file(const char *path, enum libbpf_wasm_btf_file kind)
{
	size_t size;
	uint8_t *buf = libbpf_wasm__read_file(path, &size);
	struct btf *btf;
	bool raw;
	int err;

	if (!buf)
		return NULL;
	raw = kind == LIBBPF_WASM_BTF_RAW ||
	      (kind == LIBBPF_WASM_BTF_ANY && size >= 2 && buf[0] == 0x9f && buf[1] == 0xeb);
	btf = raw ? libbpf_wasm__btf_from(buf, size) : libbpf_wasm__btf_from_elf(buf, size);
	err = errno;
	free(buf);
	errno = err;
	return btf;
}

LIBBPF_API struct btf *btf__parse_raw(const char *path)
{
	return libbpf_wasm__btf_parse_file(path, LIBBPF_WASM_BTF_RAW);
}

/*
 * The running kernel's BTF, from /sys/kernel/btf/vmlinux: a guest reaches it
 * only where its runtime grants /sys (the project's runtime: --dir /sys).
 */
LIBBPF_API struct btf *btf__load_vmlinux_btf(void)
{
	static const char path[] = "/sys/kernel/btf/vmlinux";
	struct btf *btf = btf__parse_raw(path);

	if (!btf)
		libbpf_wasm__pr_warn("btf__load_vmlinux_btf: cannot read %s: %s (a guest reads it only where the runtime grants /sys, e.g. wasm-bpf --dir /sys)\n",
				     path, strerror(errno));
	return btf;
}

/* libbpf's older name for btf__load_vmlinux_btf */
LIBBPF_API struct btf *libbpf_find_kernel_btf(void)
{
	return btf__load_vmlinux_btf();
}

LIBBPF_API struct btf *btf__parse_elf(const char *path, struct btf_ext **btf_ext)
{
	if (btf_ext)
		*btf_ext = NULL;
	return libbpf_wasm__btf_parse_file(path, LIBBPF_WASM_BTF_ELF);
}

LIBBPF_API struct btf *btf__parse(const char *path, struct btf_ext **btf_ext)
{
	if (btf_ext)
		*btf_ext = NULL;
	return libbpf_wasm__btf_parse_file(path, LIBBPF_WASM_BTF_ANY);
}

LIBBPF_API void btf__free(struct btf *btf)
{
	libbpf_wasm__btf_destroy(btf);
}

/*
 * As libbpf does at open: a DATASEC the compiler left with size 0 gets the
 * size of its ELF section.
 */
LIBBPF_API void libbpf_wasm__btf_fix_datasecs(struct btf *btf,
					      const struct libbpf_wasm_elf *elf)
{
	__u32 id;
	int idx;

	for (id = 1; id < btf->r.nr_types; id++) {
		struct btf_type *t = (struct btf_type *)btf__type_by_id(btf, id);

		if (!btf_is_datasec(t) || t->size)
			continue;
		idx = libbpf_wasm__elf_find_sec(elf, libbpf_wasm__btf_name(&btf->r, t->name_off));
		if (idx > 0 && elf->shdrs[idx].sh_size <= UINT32_MAX)
			t->size = (__u32)elf->shdrs[idx].sh_size;
	}
}

LIBBPF_API struct btf *bpf_object__btf(const struct bpf_object *obj)
{
	struct bpf_object *o = (struct bpf_object *)obj;

	if (!o)
		return (struct btf *)libbpf_wasm__err_ptr(-EINVAL);
	if (!o->btf) {
		o->btf = libbpf_wasm__btf_from_elf(o->elf_buf, o->elf_sz);
		if (o->btf)
			libbpf_wasm__btf_fix_datasecs(o->btf, &o->elf);
	}
	return o->btf;
}

LIBBPF_API __u32 btf__type_cnt(const struct btf *btf)
{
	return btf->r.nr_types;
}

LIBBPF_API const struct btf *btf__base_btf(const struct btf *btf)
{
	(void)btf;
	return NULL;
}

LIBBPF_API const struct btf_type *btf__type_by_id(const struct btf *btf, __u32 id)
{
	static const struct btf_type void_type = {0, 0, {0}};

	if (id == 0)
		return &void_type;
	if (id >= btf->r.nr_types)
		return (const struct btf_type *)libbpf_wasm__err_ptr(-EINVAL);
	return (const struct btf_type *)(btf->r.types + btf->r.offs[id]);
}

LIBBPF_API const char *btf__str_by_offset(const struct btf *btf, __u32 offset)
{
	if (offset >= btf->r.strs_len)
		return (const char *)libbpf_wasm__err_ptr(-EINVAL);
	return btf->r.strs + offset;
}

LIBBPF_API const char *btf__name_by_offset(const struct btf *btf, __u32 offset)
{
	return btf__str_by_offset(btf, offset);
}

LIBBPF_API __s32 btf__find_by_name_kind(const struct btf *btf, const char *type_name,
					__u32 kind)
{
	__u32 id;

	if (kind == BTF_KIND_UNKN || strcmp(type_name, "void") == 0)
		return kind == BTF_KIND_UNKN && strcmp(type_name, "void") == 0 ?
		       0 : libbpf_wasm__err(-ENOENT);
	for (id = 1; id < btf->r.nr_types; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (btf_kind(t) == kind &&
		    strcmp(libbpf_wasm__btf_name(&btf->r, t->name_off), type_name) == 0)
			return (__s32)id;
	}
	return libbpf_wasm__err(-ENOENT);
}

LIBBPF_API __s32 btf__find_by_name(const struct btf *btf, const char *type_name)
{
	__u32 id;

	if (strcmp(type_name, "void") == 0)
		return 0;
	for (id = 1; id < btf->r.nr_types; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (strcmp(libbpf_wasm__btf_name(&btf->r, t->name_off), type_name) == 0)
			return (__s32)id;
	}
	return libbpf_wasm__err(-ENOENT);
}

LIBBPF_API size_t btf__pointer_size(const struct btf *btf)
{
	(void)btf;
	return 8;
}

LIBBPF_API enum btf_endianness btf__endianness(const struct btf *btf)
{
	(void)btf;
	return BTF_LITTLE_ENDIAN;
}

/* Follows typedefs, qualifiers, type tags and variables to a real type. */
LIBBPF_API int btf__resolve_type(const struct btf *btf, __u32 type_id)
{
	const struct btf_type *t;
	int depth;

	for (depth = 0; depth < 32; depth++) {
		t = btf__type_by_id(btf, type_id);
		if (!t)
			return libbpf_wasm__err(-EINVAL);
		if (btf_is_void(t))
			return libbpf_wasm__err(-EINVAL);
		if (!btf_is_typedef(t) && !btf_is_mod(t) && !btf_is_var(t))
			return (int)type_id;
		type_id = t->type;
	}
	return libbpf_wasm__err(-EINVAL);
}

/* sizeof() of a type on the BPF side; -EINVAL for void, functions, forwards. */
LIBBPF_API __s64 btf__resolve_size(const struct btf *btf, __u32 type_id)
{
	const struct btf_type *t;
	__s64 nelems = 1;
	int depth;

	for (depth = 0; depth < 32; depth++) {
		t = btf__type_by_id(btf, type_id);
		if (!t)
			return libbpf_wasm__err(-EINVAL);
		switch (btf_kind(t)) {
		case BTF_KIND_INT: case BTF_KIND_STRUCT: case BTF_KIND_UNION:
		case BTF_KIND_ENUM: case BTF_KIND_ENUM64: case BTF_KIND_DATASEC:
		case BTF_KIND_FLOAT:
			return nelems * t->size;
		case BTF_KIND_PTR:
			return nelems * (__s64)btf__pointer_size(btf);
		case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE: case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT: case BTF_KIND_VAR: case BTF_KIND_DECL_TAG:
		case BTF_KIND_TYPE_TAG:
			type_id = t->type;
			break;
		case BTF_KIND_ARRAY:
			nelems *= btf_array(t)->nelems;
			if (nelems > UINT32_MAX)
				return libbpf_wasm__err(-E2BIG);
			type_id = btf_array(t)->type;
			break;
		default:
			return libbpf_wasm__err(-EINVAL);
		}
	}
	return libbpf_wasm__err(-EINVAL);
}

/*
 * The alignment of a type on the BPF side: a scalar's size (at most the
 * pointer size), an array's element's, a struct's largest member's; 1 for a
 * struct whose layout shows it is packed (a member other than a bitfield
 * off its alignment, or a size that is not a multiple of it). As in libbpf,
 * a type without an alignment (void, a function, a variable, a section)
 * gives 0 with errno EINVAL.
 */
LIBBPF_API int btf__align_of(const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	int depth, align, max_align = 1;
	__u16 i;

	for (depth = 0; t && depth < 32; depth++) {
		switch (btf_kind(t)) {
		case BTF_KIND_INT: case BTF_KIND_ENUM: case BTF_KIND_ENUM64:
		case BTF_KIND_FLOAT:
			return (int)(t->size < 8 ? t->size : 8);
		case BTF_KIND_PTR:
			return (int)btf__pointer_size(btf);
		case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE: case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT: case BTF_KIND_TYPE_TAG:
			t = btf__type_by_id(btf, t->type);
			break;
		case BTF_KIND_ARRAY:
			t = btf__type_by_id(btf, btf_array(t)->type);
			break;
		case BTF_KIND_STRUCT: case BTF_KIND_UNION:
			for (i = 0; i < btf_vlen(t); i++) {
				align = btf__align_of(btf, btf_members(t)[i].type);
				if (align <= 0)
					return 0;
				if (!btf_member_bitfield_size(t, i) &&
				    btf_member_bit_offset(t, i) % (8 * (__u32)align))
					return 1;
				if (align > max_align)
					max_align = align;
			}
			return t->size % (__u32)max_align ? 1 : max_align;
		default:
			errno = EINVAL;
			return 0;
		}
	}
	errno = EINVAL;
	return 0;
}

LIBBPF_API const void *btf__raw_data(const struct btf *btf, __u32 *size)
{
	*size = btf->size;
	return btf->data;
}

LIBBPF_API const void *btf__get_raw_data(const struct btf *btf, __u32 *size)
{
	return btf__raw_data(btf, size);
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_BTF_H */
