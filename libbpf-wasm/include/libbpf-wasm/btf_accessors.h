/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The inline accessors of <bpf/btf.h> on the kernel's struct btf_type
 * (<linux/btf.h>): a type's kind, vlen and kind_flag, btf_is_KIND() per
 * kind, and pointers to the records that follow a type (members, params,
 * enumerators, array and variable info). As in libbpf, they trust the type:
 * btf_members() of an int is garbage.
 */
#ifndef __LIBBPF_WASM_BTF_ACCESSORS_H
#define __LIBBPF_WASM_BTF_ACCESSORS_H

#include <stdbool.h>
#include <linux/btf.h>
#include <linux/types.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline __u16 btf_kind(const struct btf_type *t)
{
	return BTF_INFO_KIND(t->info);
}

static inline __u16 btf_vlen(const struct btf_type *t)
{
	return BTF_INFO_VLEN(t->info);
}

static inline bool btf_kflag(const struct btf_type *t)
{
	return BTF_INFO_KFLAG(t->info);
}

static inline bool btf_is_void(const struct btf_type *t)
{
	return btf_kind(t) == BTF_KIND_UNKN;
}

#define LIBBPF_WASM_BTF_IS(name, kind)					\
static inline bool btf_is_##name(const struct btf_type *t)		\
{									\
	return btf_kind(t) == (kind);					\
}
LIBBPF_WASM_BTF_IS(int, BTF_KIND_INT)
LIBBPF_WASM_BTF_IS(ptr, BTF_KIND_PTR)
LIBBPF_WASM_BTF_IS(array, BTF_KIND_ARRAY)
LIBBPF_WASM_BTF_IS(struct, BTF_KIND_STRUCT)
LIBBPF_WASM_BTF_IS(union, BTF_KIND_UNION)
LIBBPF_WASM_BTF_IS(enum, BTF_KIND_ENUM)
LIBBPF_WASM_BTF_IS(enum64, BTF_KIND_ENUM64)
LIBBPF_WASM_BTF_IS(fwd, BTF_KIND_FWD)
LIBBPF_WASM_BTF_IS(typedef, BTF_KIND_TYPEDEF)
LIBBPF_WASM_BTF_IS(volatile, BTF_KIND_VOLATILE)
LIBBPF_WASM_BTF_IS(const, BTF_KIND_CONST)
LIBBPF_WASM_BTF_IS(restrict, BTF_KIND_RESTRICT)
LIBBPF_WASM_BTF_IS(func, BTF_KIND_FUNC)
LIBBPF_WASM_BTF_IS(func_proto, BTF_KIND_FUNC_PROTO)
LIBBPF_WASM_BTF_IS(var, BTF_KIND_VAR)
LIBBPF_WASM_BTF_IS(datasec, BTF_KIND_DATASEC)
LIBBPF_WASM_BTF_IS(float, BTF_KIND_FLOAT)
LIBBPF_WASM_BTF_IS(decl_tag, BTF_KIND_DECL_TAG)
LIBBPF_WASM_BTF_IS(type_tag, BTF_KIND_TYPE_TAG)
#undef LIBBPF_WASM_BTF_IS

/* Struct or union. */
static inline bool btf_is_composite(const struct btf_type *t)
{
	return btf_is_struct(t) || btf_is_union(t);
}

/* A qualifier or a type tag: what a type resolver skips. */
static inline bool btf_is_mod(const struct btf_type *t)
{
	__u16 k = btf_kind(t);

	return k == BTF_KIND_VOLATILE || k == BTF_KIND_CONST ||
	       k == BTF_KIND_RESTRICT || k == BTF_KIND_TYPE_TAG;
}

static inline bool btf_is_any_enum(const struct btf_type *t)
{
	return btf_is_enum(t) || btf_is_enum64(t);
}

/* Kinds CO-RE treats as one: ENUM and ENUM64. */
static inline bool btf_kind_core_compat(const struct btf_type *t1,
					const struct btf_type *t2)
{
	return btf_kind(t1) == btf_kind(t2) ||
	       (btf_is_any_enum(t1) && btf_is_any_enum(t2));
}

/* The word after an INT type: encoding, bit offset and bit count. */
static inline __u32 libbpf_wasm__btf_int_word(const struct btf_type *t)
{
	return *(const __u32 *)(t + 1);
}

static inline __u8 btf_int_encoding(const struct btf_type *t)
{
	return BTF_INT_ENCODING(libbpf_wasm__btf_int_word(t));
}

static inline __u8 btf_int_offset(const struct btf_type *t)
{
	return BTF_INT_OFFSET(libbpf_wasm__btf_int_word(t));
}

static inline __u8 btf_int_bits(const struct btf_type *t)
{
	return BTF_INT_BITS(libbpf_wasm__btf_int_word(t));
}

static inline struct btf_array *btf_array(const struct btf_type *t)
{
	return (struct btf_array *)(t + 1);
}

static inline struct btf_enum *btf_enum(const struct btf_type *t)
{
	return (struct btf_enum *)(t + 1);
}

static inline struct btf_enum64 *btf_enum64(const struct btf_type *t)
{
	return (struct btf_enum64 *)(t + 1);
}

/* An ENUM64 enumerator's value from its two 32-bit halves. */
static inline __u64 btf_enum64_value(const struct btf_enum64 *e)
{
	return ((__u64)e->val_hi32 << 32) | e->val_lo32;
}

static inline struct btf_member *btf_members(const struct btf_type *t)
{
	return (struct btf_member *)(t + 1);
}

/* Bit offset of member_idx; with kind_flag set, the offset is in the low 24 bits. */
static inline __u32 btf_member_bit_offset(const struct btf_type *t,
					  __u32 member_idx)
{
	const struct btf_member *m = btf_members(t) + member_idx;

	return btf_kflag(t) ? BTF_MEMBER_BIT_OFFSET(m->offset) : m->offset;
}

/* Bitfield width of member_idx, 0 for a plain member (kind_flag structs only). */
static inline __u32 btf_member_bitfield_size(const struct btf_type *t,
					     __u32 member_idx)
{
	const struct btf_member *m = btf_members(t) + member_idx;

	return btf_kflag(t) ? BTF_MEMBER_BITFIELD_SIZE(m->offset) : 0;
}

static inline struct btf_param *btf_params(const struct btf_type *t)
{
	return (struct btf_param *)(t + 1);
}

static inline struct btf_var *btf_var(const struct btf_type *t)
{
	return (struct btf_var *)(t + 1);
}

static inline struct btf_var_secinfo *btf_var_secinfos(const struct btf_type *t)
{
	return (struct btf_var_secinfo *)(t + 1);
}

static inline struct btf_decl_tag *btf_decl_tag(const struct btf_type *t)
{
	return (struct btf_decl_tag *)(t + 1);
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_BTF_ACCESSORS_H */
