// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Layout decisions: the wasm32 size and alignment of each type as it will
 * be printed, and for each struct or union a plan (members and explicit
 * padding) that puts every member at its BTF offset.
 *
 * The mapping keeps every size: `long` and pointers become 8-byte integers,
 * whose wasm32 alignment (8) is also their BPF one. What BTF does not record
 * is alignment: the plan first tries natural placement with explicit padding
 * where BTF puts a member further; a member that must sit lower than natural
 * placement allows, or a size that is not a multiple of the alignment, makes
 * the type packed (every placement then explicit).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout_internal.h"

/* Typedef chains and qualifiers are never deeper than this in sane BTF. */
#define MAX_CHAIN 64

const struct btf_type *layout_type(struct layout *l, __u32 id)
{
	return id < l->nr_types ? btf__type_by_id(l->btf, id) : NULL;
}

static bool is_mod(const struct btf_type *t)
{
	switch (btf_kind(t)) {
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		return true;
	default:
		return false;
	}
}

static int follow(struct layout *l, __u32 id, __u32 *out, bool typedefs)
{
	int depth;

	for (depth = 0; depth < MAX_CHAIN; depth++) {
		const struct btf_type *t = layout_type(l, id);

		if (id && !t)
			return layout_err(l, -EINVAL, 0, "type id %u out of range", id);
		if (!id || !(is_mod(t) || (typedefs && btf_is_typedef(t)))) {
			*out = id;
			return 0;
		}
		id = t->type;
	}
	return layout_err(l, -ELOOP, id, "reference loop");
}

/* Drops const/volatile/restrict/type tags: they do not change layout. */
int layout_skip_mods(struct layout *l, __u32 id, __u32 *out)
{
	return follow(l, id, out, false);
}

/* Also drops typedefs: the type a name finally stands for. */
int layout_resolve(struct layout *l, __u32 id, __u32 *out)
{
	return follow(l, id, out, true);
}

/*
 * sizeof, the same on both sides by construction; <0 on error. Exact up to
 * MAX_TYPE_SIZE (the product of array dimensions is checked, never
 * wrapped): callers compare it with the sizes BTF records.
 */
long long layout_size(struct layout *l, __u32 id)
{
	const struct btf_type *t;
	long long elem;
	__u32 n;
	int err;

	err = layout_resolve(l, id, &id);
	if (err)
		return err;
	t = layout_type(l, id);
	if (!t)
		return layout_err(l, -EINVAL, 0, "void has no size");
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return t->size;
	case BTF_KIND_PTR:
		return 8;
	case BTF_KIND_ARRAY:
		if (btf_array(t)->type == id)
			return layout_err(l, -ELOOP, id, "array of itself");
		elem = layout_size(l, btf_array(t)->type);
		n = btf_array(t)->nelems;
		if (elem < 0)
			return elem;
		if (n && elem > MAX_TYPE_SIZE / n)
			return layout_err(l, -EINVAL, id, "array too large (%u elements of %lld bytes)",
					  n, elem);
		return elem * n;
	default:
		return layout_err(l, -EINVAL, id, "has no size (kind %u)", btf_kind(t));
	}
}

/*
 * An enum is printed as a C enum, and used as one, when the C compiler gives
 * it the BTF size: 4 bytes, or 8 with a value that needs them. Others (1, 2
 * or 8 bytes with small values) are used through a same-size integer.
 */
bool layout_enum_natural(const struct btf_type *t)
{
	int i;

	if (btf_vlen(t) == 0)
		return false;
	if (btf_is_enum(t))
		return t->size == 4;
	if (t->size != 8)
		return false;
	for (i = 0; i < btf_vlen(t); i++) {
		__u64 v = btf_enum64_value(btf_enum64(t) + i);

		if (layout_enum_signed(t) ? ((__s64)v < -2147483648LL || (__s64)v > 4294967295LL)
					  : v > 0xffffffffULL)
			return true;
	}
	return false;
}

bool layout_enum_signed(const struct btf_type *t)
{
	return btf_kflag(t);
}

const char *layout_int_name(int size, bool is_signed, bool is_char, bool is_bool)
{
	if (is_bool && size == 1)
		return "_Bool";
	switch (size) {
	case 1:
		return is_char ? "char" : is_signed ? "signed char" : "unsigned char";
	case 2:
		return is_signed ? "short" : "unsigned short";
	case 4:
		return is_signed ? "int" : "unsigned int";
	case 8:
		return is_signed ? "long long" : "unsigned long long";
	case 16:
		return is_signed ? "__int128" : "unsigned __int128";
	default:
		return NULL;
	}
}

static int plan_add(struct plan *p, enum item_kind kind, int member, __u64 bits)
{
	if (p->cnt == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		struct item *items = realloc(p->items, cap * sizeof(*items));

		if (!items)
			return -ENOMEM;
		p->items = items;
		p->cap = cap;
	}
	p->items[p->cnt++] = (struct item){ kind, member, bits };
	return 0;
}

void plan_free(struct plan *p)
{
	free(p->items);
	memset(p, 0, sizeof(*p));
}

/* Explicit padding from bit `from` to bit `to`: bits to a byte boundary,
 * whole bytes, then the remaining bits. */
static int plan_pad(struct plan *p, __u64 from, __u64 to)
{
	int err = 0;

	if (from % 8 && from < to) {
		__u64 n = 8 - from % 8 < to - from ? 8 - from % 8 : to - from;

		err = plan_add(p, ITEM_BIT_PAD, -1, n);
		from += n;
	}
	if (!err && (to - from) / 8)
		err = plan_add(p, ITEM_BYTE_PAD, -1, (to - from) / 8 * 8);
	from += (to - from) / 8 * 8;
	if (!err && from < to)
		err = plan_add(p, ITEM_BIT_PAD, -1, to - from);
	return err;
}

static __u64 round_up(__u64 v, __u64 a)
{
	return (v + a - 1) / a * a;
}

/* The integer type a bitfield is declared with: its size and alignment. */
/* Integers, enums and floats: the sizes C has a type for (1 to 16 bytes, powers of 2). */
static bool scalar_size_ok(__u32 size)
{
	return size != 0 && size <= 16 && !(size & (size - 1));
}

static int bitfield_unit(struct layout *l, __u32 id, __u32 member_type, int *size)
{
	const struct btf_type *t;
	__u32 base;
	int err = layout_resolve(l, member_type, &base);

	if (err)
		return err;
	t = layout_type(l, base);
	if (!t || !(btf_is_int(t) || btf_is_any_enum(t)))
		return layout_err(l, -EINVAL, id, "bitfield of a non-integer type [%u]", base);
	if (!scalar_size_ok(t->size))
		return layout_err(l, -EINVAL, base, "unsupported size (%u bytes)", t->size);
	*size = (int)t->size;
	return 0;
}


#define NEED_PACKED 1

/*
 * Places the members of struct `id` (non-packed: natural alignment;
 * packed: alignment 1). Returns 0, NEED_PACKED, or <0 for BTF that no C
 * struct can have (overlaps, members past the end).
 */
static int plan_struct(struct layout *l, __u32 id, const struct btf_type *t,
		       bool packed, struct plan *p)
{
	const struct btf_member *m = btf_members(t);
	/* bit positions in 64 bits: a member's size in bits need not fit 32 */
	__u64 pos = 0, size_bits = (__u64)t->size * 8;
	int i, err, max_align = 1;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		__u64 off = btf_member_bit_offset(t, i), nat;
		__u32 bsz = btf_member_bitfield_size(t, i);
		int align, unit_size;

		if (bsz) {
			err = bitfield_unit(l, id, m->type, &unit_size);
			if (err)
				return err;
			if (bsz > (__u32)unit_size * 8)
				return layout_err(l, -EINVAL, id, "member %d: bitfield wider than its type (%u bits)", i, bsz);
			align = packed ? 1 : unit_size;
			nat = pos;
			/* a bitfield does not straddle a unit of its type */
			if (!packed && nat / (unit_size * 8) != (nat + bsz - 1) / (unit_size * 8))
				nat = round_up(nat, unit_size * 8);
		} else {
			align = layout_align(l, m->type);
			if (align < 0)
				return align;
			if (off % 8)
				return layout_err(l, -EINVAL, id, "member %d: not at a byte offset (bit %llu)",
						  i, (unsigned long long)off);
			if (packed)
				align = 1;
			nat = round_up(pos, align * 8);
		}
		if (off < pos)
			return layout_err(l, -EINVAL, id, "member %d: overlaps the previous member (bit %llu)",
					  i, (unsigned long long)off);
		if (off < nat)
			return NEED_PACKED;
		if (off > nat) {
			err = plan_pad(p, pos, off);
			if (err)
				return err;
			/* the member must now land exactly where BTF says */
			if (bsz ? !packed && off / (unit_size * 8) != (off + bsz - 1) / (unit_size * 8)
				: off % (align * 8))
				return NEED_PACKED;
		}
		err = plan_add(p, ITEM_MEMBER, i, 0);
		if (err)
			return err;
		if (bsz) {
			pos = off + bsz;
		} else {
			long long sz = layout_size(l, m->type);

			if (sz < 0)
				return (int)sz;
			pos = off + (__u64)sz * 8;
		}
		if (pos > size_bits)
			return layout_err(l, -EINVAL, id, "member %d: ends past the type's size (%llu > %u bytes)",
					  i, (unsigned long long)(pos + 7) / 8, t->size);
		if (align > max_align && (!bsz || !packed))
			max_align = align;
	}
	if (packed)
		max_align = 1;
	if (size_bits % (max_align * 8))
		return NEED_PACKED;
	if (round_up(pos, max_align * 8) != size_bits) {
		err = plan_pad(p, pos, size_bits);
		if (err)
			return err;
	}
	p->align = max_align;
	return 0;
}

static int plan_union(struct layout *l, __u32 id, const struct btf_type *t,
		      bool packed, struct plan *p)
{
	const struct btf_member *m = btf_members(t);
	int i, err, max_align = 1;
	__u64 max_bits = 0, size_bits = (__u64)t->size * 8, bits;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		__u32 bsz = btf_member_bitfield_size(t, i);
		int align;

		if (btf_member_bit_offset(t, i))
			return layout_err(l, -EINVAL, id, "member %d: union member not at offset 0", i);
		if (bsz) {
			int unit;

			err = bitfield_unit(l, id, m->type, &unit);
			if (err)
				return err;
			align = unit;
			bits = bsz;
		} else {
			long long sz = layout_size(l, m->type);

			align = layout_align(l, m->type);
			if (align < 0)
				return align;
			if (sz < 0)
				return (int)sz;
			bits = (__u64)sz * 8;
		}
		if (bits > size_bits)
			return layout_err(l, -EINVAL, id, "member %d: larger than the union (%u bytes)", i, t->size);
		if (align > max_align)
			max_align = align;
		if (bits > max_bits)
			max_bits = bits;
		err = plan_add(p, ITEM_MEMBER, i, 0);
		if (err)
			return err;
	}
	if (packed)
		max_align = 1;
	if (size_bits % (max_align * 8))
		return NEED_PACKED;
	/* a union grows to its size through a member as large */
	if (round_up(max_bits, max_align * 8) != size_bits) {
		err = plan_add(p, ITEM_BYTE_PAD, -1, size_bits);
		if (err)
			return err;
	}
	p->align = max_align;
	return 0;
}

/* The plan of a struct or union: natural if possible, else packed. */
int layout_plan(struct layout *l, __u32 id, struct plan *p)
{
	const struct btf_type *t = layout_type(l, id);
	int err, pass;

	memset(p, 0, sizeof(*p));
	if (t->size > MAX_COMPOSITE_SIZE)
		return layout_err(l, -EINVAL, id, "too large (%u bytes)", t->size);
	if (l->ts[id].planning)
		return layout_err(l, -ELOOP, id, "contains itself");
	/* planning recurses into members not planned yet */
	if (l->plan_depth >= MAX_VALUE_NESTING)
		return layout_err(l, -EINVAL, id, "types nested deeper than %d levels", MAX_VALUE_NESTING);
	l->plan_depth++;
	l->ts[id].planning = true;
	for (pass = 0; pass < 2; pass++) {
		p->cnt = 0;
		p->packed = pass == 1;
		err = btf_is_union(t) ? plan_union(l, id, t, p->packed, p)
				      : plan_struct(l, id, t, p->packed, p);
		if (err != NEED_PACKED)
			break;
	}
	l->ts[id].planning = false;
	l->plan_depth--;
	if (err == NEED_PACKED)
		err = layout_err(l, -EINVAL, id, "no C layout reaches its BTF offsets");
	if (err) {
		plan_free(p);
		return err;
	}
	l->ts[id].align = p->align;
	l->ts[id].packed = p->packed;
	return 0;
}

/* wasm32 alignment of a type as printed; <0 on error. */
int layout_align(struct layout *l, __u32 id)
{
	const struct btf_type *t;
	struct plan p;
	int err = layout_skip_mods(l, id, &id);

	if (err)
		return err;
	t = layout_type(l, id);
	if (!t)
		return layout_err(l, -EINVAL, 0, "void used as a value");
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		if (!scalar_size_ok(t->size))
			return layout_err(l, -EINVAL, id, "unsupported size (%u bytes)", t->size);
		return (int)t->size;
	case BTF_KIND_PTR:
		return 8;
	case BTF_KIND_ARRAY:
		if (btf_array(t)->type == id)
			return layout_err(l, -ELOOP, id, "array of itself");
		return layout_align(l, btf_array(t)->type);
	case BTF_KIND_TYPEDEF:
		return layout_align(l, t->type);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		if (!l->ts[id].align) {
			err = layout_plan(l, id, &p);
			plan_free(&p);
			if (err)
				return err;
		}
		return l->ts[id].align;
	default:
		return layout_err(l, -EINVAL, id, "cannot be a member or variable (kind %u)", btf_kind(t));
	}
}
