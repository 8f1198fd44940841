// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Printing: one definition per queued type, each followed by assertions of
 * its size and member offsets. The layout decisions come from layout_model.c;
 * this file only turns plans into C. Emitters return <0 only for BTF the
 * model could not lay out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_internal.h"
#include "names.h"

static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

static const char *pfx(int lvl)
{
	return tabs + sizeof(tabs) - 1 - (lvl < 16 ? lvl : 16);
}

/*
 * A member or variable name, renamed when it would clash (names.h). A member
 * named like a typedef is legal C, but in C++ it hides the typedef from the
 * members after it: there, and only there, it gets the suffix too.
 */
static char *member_spelling(struct layout *l, const char *name)
{
	char *id = name_to_identifier(name), *buf;
	/* room for the longest spelling: __W32_CXX_MEMBER(id) */
	size_t len = strlen(name) + 32;
	bool clash;

	if (!id)
		return NULL;
	clash = name_set_has(&l->ordinary, id);
	free(id);
	buf = malloc(len);
	if (buf && name_member_spelling(name, clash, buf, len) < 0) {
		free(buf);
		buf = NULL;
	}
	return buf;
}

static int print_member_name(struct layout *l, const char *name)
{
	char *s = member_spelling(l, name);

	if (!s)
		return layout_err(l, -ENOMEM, 0, "out of memory");
	fputs(s, l->out);
	free(s);
	return 0;
}

/* "struct task_struct *", "char *": what a pointer pointed to, for comments. */
static void describe_pointer(struct layout *l, __u32 id, char *buf, size_t len)
{
	int stars = 0;
	size_t n;

	while (stars < 8) {
		const struct btf_type *t;

		if (layout_skip_mods(l, id, &id))
			break;
		t = layout_type(l, id);
		if (!t || !btf_is_ptr(t))
			break;
		stars++;
		id = t->type;
	}
	{
		const struct btf_type *t = id ? layout_type(l, id) : NULL;
		const char *name = id ? l->ts[id].name : NULL;

		if (!t)
			snprintf(buf, len, "void");
		else if (btf_is_func_proto(t))
			snprintf(buf, len, "function");
		else if (btf_is_composite(t) || btf_is_fwd(t))
			snprintf(buf, len, "%s %s", btf_is_union(t) || (btf_is_fwd(t) && btf_kflag(t)) ?
				 "union" : "struct", name ? name : "(anon)");
		else if (btf_is_any_enum(t))
			snprintf(buf, len, "enum %s", name ? name : "(anon)");
		else if (btf_is_typedef(t))
			snprintf(buf, len, "%s", name ? name : "?");
		else if (layout_raw_name(l, id)[0])
			/* an integer's or float's BTF name: free text, made comment-safe */
			name_for_comment(layout_raw_name(l, id), buf, len);
		else
			snprintf(buf, len, "?");
	}
	n = strlen(buf);
	while (stars-- > 1 && n + 2 < len) {
		buf[n++] = ' ';
		buf[n++] = '*';
	}
	snprintf(buf + n, len - n, " *");
}

static const char *int_type(struct layout *l, __u32 id, const struct btf_type *t)
{
	__u8 enc = btf_int_encoding(t);

	if (strcmp(layout_raw_name(l, id), "char") == 0)
		return "char";
	if ((enc & BTF_INT_BOOL) && t->size == 1)
		return "bool"; /* <stdbool.h> in C, the prologue includes it */
	return layout_int_name((int)t->size, enc & BTF_INT_SIGNED, false, enc & BTF_INT_BOOL);
}

static const char *enum_int_type(const struct btf_type *t)
{
	return layout_int_name((int)t->size, layout_enum_signed(t), false, false);
}

static int emit_body(struct layout *l, __u32 id, int lvl);

/* A struct or union without members (or an array of them): size 0 in C. */
static bool is_empty_type(struct layout *l, __u32 id)
{
	const struct btf_type *t;

	if (layout_resolve(l, id, &id))
		return false;
	t = layout_type(l, id);
	if (id && t && btf_is_array(t))
		return is_empty_type(l, btf_array(t)->type);
	return id && t && btf_is_composite(t) && t->size == 0;
}

/*
 * Prints "TYPE NAME[dims]" for a member, variable or typedef: qualifiers
 * dropped, pointers as 8-byte integers with the pointee in a comment,
 * anonymous structs and unions inline.
 */
static int emit_decl(struct layout *l, __u32 id, const char *name, bool member_name, int lvl)
{
	__u32 dims[16];
	int ndims = 0, err, i;
	const struct btf_type *t;

	for (;;) {
		err = layout_skip_mods(l, id, &id);
		if (err)
			return err;
		t = layout_type(l, id);
		if (!t || !btf_is_array(t))
			break;
		if (ndims == 16)
			return layout_err(l, -EINVAL, id, "more than 16 array dimensions");
		dims[ndims++] = btf_array(t)->nelems;
		id = btf_array(t)->type;
	}
	if (!t) {
		fputs("void", l->out);
	} else {
		switch (btf_kind(t)) {
		case BTF_KIND_INT: {
			const char *s = int_type(l, id, t);

			if (!s)
				return layout_err(l, -EINVAL, id, "unsupported integer size (%u bytes)", t->size);
			fputs(s, l->out);
			break;
		}
		case BTF_KIND_FLOAT:
			/* wasm32 has no 1- or 2-byte float: same-size bits keep the layout */
			if (t->size == 4 || t->size == 8 || t->size == 16) {
				fputs(t->size == 4 ? "float" : t->size == 8 ? "double" : "long double", l->out);
			} else {
				const char *bits = layout_int_name((int)t->size, false, false, false);

				if (!bits)
					return layout_err(l, -EINVAL, id, "unsupported float size (%u bytes)", t->size);
				fprintf(l->out, "%s /* %u-byte float */", bits, t->size);
			}
			break;
		case BTF_KIND_PTR: {
			char what[256];

			describe_pointer(l, id, what, sizeof(what));
			fprintf(l->out, "unsigned long long /* %s */", what);
			break;
		}
		case BTF_KIND_ENUM:
		case BTF_KIND_ENUM64:
			if (l->ts[id].name && layout_enum_natural(t)) {
				fprintf(l->out, "enum %s", l->ts[id].name);
			} else {
				if (!enum_int_type(t))
					return layout_err(l, -EINVAL, id, "unsupported enum size (%u bytes)", t->size);
				fprintf(l->out, "%s /* enum %s */", enum_int_type(t),
					l->ts[id].name ? l->ts[id].name : "(anon)");
			}
			break;
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
			fputs(btf_is_union(t) ? "union" : "struct", l->out);
			if (l->ts[id].name) {
				fprintf(l->out, " %s", l->ts[id].name);
			} else {
				err = emit_body(l, id, lvl);
				if (err)
					return err;
			}
			break;
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_FWD:
			if (btf_is_fwd(t))
				fputs(btf_kflag(t) ? "union " : "struct ", l->out);
			fputs(l->ts[id].name, l->out);
			break;
		default:
			return layout_err(l, -EINVAL, id, "cannot be printed as a value (kind %u)", btf_kind(t));
		}
	}
	if (name && *name) {
		fputc(' ', l->out);
		if (!member_name)
			fputs(name, l->out);
		else if ((err = print_member_name(l, name)))
			return err;
	}
	for (i = 0; i < ndims; i++)
		fprintf(l->out, "[%u]", dims[i]);
	return 0;
}

/* The type a bitfield is declared with: its own type, or the integer an
 * enum is represented by. */
static int emit_bitfield_decl(struct layout *l, const struct btf_member *m, __u32 bits, int lvl)
{
	const struct btf_type *t;
	__u32 id;
	int err = layout_skip_mods(l, m->type, &id);

	if (err)
		return err;
	t = layout_type(l, id);
	if (t && btf_is_any_enum(t) && !(l->ts[id].name && layout_enum_natural(t)))
		fprintf(l->out, "%s", enum_int_type(t));
	else if ((err = emit_decl(l, m->type, NULL, false, lvl)))
		return err;
	fputc(' ', l->out);
	err = print_member_name(l, btf__name_by_offset(l->btf, m->name_off));
	fprintf(l->out, " : %u", bits);
	return err;
}

/* "{ members } __attribute__((packed))", the body of a struct or union. */
static int emit_body(struct layout *l, __u32 id, int lvl)
{
	const struct btf_type *t = layout_type(l, id);
	struct plan p;
	size_t i;
	int err;

	/* emit_decl and emit_body recurse once per level of anonymous nesting */
	if (lvl > MAX_ANON_NESTING + 1)
		return layout_err(l, -EINVAL, id, "anonymous types nested deeper than %d", MAX_ANON_NESTING);
	err = layout_plan(l, id, &p);
	if (err)
		return err;
	fputs(" {\n", l->out);
	for (i = 0; i < p.cnt && !err; i++) {
		const struct item *it = &p.items[i];

		if (!(it->kind == ITEM_MEMBER && !btf_member_bitfield_size(t, it->member) &&
		      is_empty_type(l, btf_members(t)[it->member].type)))
			fputs(pfx(lvl + 1), l->out);
		if (it->kind == ITEM_BIT_PAD) {
			fprintf(l->out, "unsigned char : %u;\n", (unsigned)it->bits);
		} else if (it->kind == ITEM_BYTE_PAD) {
			fprintf(l->out, "char __pad%u[%llu];\n", layout_next_pad(l),
				(unsigned long long)it->bits / 8);
		} else {
			const struct btf_member *m = btf_members(t) + it->member;
			__u32 bsz = btf_member_bitfield_size(t, it->member);

			/* C++ gives empty structs a byte: a member of one is C only */
			bool c_only = !bsz && is_empty_type(l, m->type);

			if (c_only)
				fprintf(l->out, "#ifndef __cplusplus\n%s", pfx(lvl + 1));
			if (bsz)
				err = emit_bitfield_decl(l, m, bsz, lvl + 1);
			else
				err = emit_decl(l, m->type, btf__name_by_offset(l->btf, m->name_off),
						true, lvl + 1);
			fputs(";\n", l->out);
			if (c_only)
				fputs("#endif\n", l->out);
		}
	}
	fprintf(l->out, "%s}%s", pfx(lvl), p.packed ? " __attribute__((__packed__))" : "");
	plan_free(&p);
	return err;
}

/*
 * Assertions name their type as "KIND NAME" ("struct s", "enum e") or, for
 * a typedef, "NAME" (kind ""): printed in pieces, so that no name is ever
 * cut to fit a buffer.
 */
/*
 * The message of an external type's assertion (layout__emit_external_asserts):
 * the type, the header it comes from, what differs, and where the exact
 * layout is. File names become comment-safe (also safe in a literal).
 */
static void print_ext_message(struct layout *l, const char *kind, const char *name,
			      const char *member, unsigned long long value)
{
	char header[256], hint[256];

	fprintf(l->out, ", \"%s%s%s (%s): ", kind, *kind ? " " : "", name,
		name_for_comment(l->ext_asserting->header, header, sizeof(header)));
	if (member)
		fprintf(l->out, "member %s is not at offset %llu", member, value);
	else
		fprintf(l->out, "size is not %llu", value);
	fprintf(l->out, " as in BTF (long and pointers are 4 bytes in wasm32); "
		"%s has the exact layout\");\n", name_for_comment(l->ext_hint, hint, sizeof(hint)));
}

static void assert_size(struct layout *l, const char *kind, const char *name, long long size)
{
	if (l->ext_asserting) {
		fprintf(l->out, "%s__W32_LAYOUT_CHECK(sizeof(%s%s%s) == %lld",
			size ? "" : "#ifndef __cplusplus\n", kind, *kind ? " " : "", name, size);
		print_ext_message(l, kind, name, NULL, (unsigned long long)size);
		fputs(size ? "" : "#endif\n", l->out);
		l->asserts++;
		return;
	}
	/* an empty type has size 0 in C and 1 in C++ */
	fprintf(l->out, "%s__W32_LAYOUT_ASSERT(sizeof(%s%s%s) == %lld);\n%s",
		size ? "" : "#ifndef __cplusplus\n", kind, *kind ? " " : "", name, size,
		size ? "" : "#endif\n");
	l->asserts++;
}

static void assert_offset(struct layout *l, const char *kind, const char *name,
			  const char *member, unsigned long long off)
{
	if (l->ext_asserting) {
		fprintf(l->out, "__W32_LAYOUT_CHECK(__builtin_offsetof(%s%s%s, %s) == %llu",
			kind, *kind ? " " : "", name, member, off);
		print_ext_message(l, kind, name, member, off);
		l->asserts++;
		return;
	}
	fprintf(l->out, "__W32_LAYOUT_ASSERT(__builtin_offsetof(%s%s%s, %s) == %llu);\n",
		kind, *kind ? " " : "", name, member, off);
	l->asserts++;
}

/* Offsets of every named non-bitfield member, through anonymous members. */
static int assert_members(struct layout *l, const char *kind, const char *type_name, __u32 id,
			  __u64 base_bits, const char *prefix)
{
	const struct btf_type *t = layout_type(l, id);
	const struct btf_member *m = btf_members(t);
	int i, err = 0;

	for (i = 0; i < btf_vlen(t) && !err; i++, m++) {
		const char *name = btf__name_by_offset(l->btf, m->name_off);
		__u64 off = base_bits + btf_member_bit_offset(t, i);
		const struct btf_type *mt;
		char *spelled, *path;
		__u32 inner;

		/* bitfields have no offsetof; members without data no place in C++ */
		if (btf_member_bitfield_size(t, i) || layout_skip_mods(l, m->type, &inner) ||
		    is_empty_type(l, inner))
			continue;
		mt = layout_type(l, inner);
		if (!name || !*name) {
			if (mt && btf_is_composite(mt))
				err = assert_members(l, kind, type_name, inner, off, prefix);
			continue;
		}
		/* an external type's members are spelled as its header spells them */
		spelled = l->ext_asserting ? name_to_identifier(name) : member_spelling(l, name);
		path = spelled ? malloc(strlen(prefix) + strlen(spelled) + 2) : NULL;
		if (!path) {
			free(spelled);
			return layout_err(l, -ENOMEM, 0, "out of memory");
		}
		strcat(strcpy(path, prefix), spelled);
		free(spelled);
		assert_offset(l, kind, type_name, path, off / 8);
		if (mt && btf_is_composite(mt) && !l->ts[inner].name) {
			strcat(path, ".");
			err = assert_members(l, kind, type_name, inner, off, path);
		}
		free(path);
	}
	return err;
}

static void guard_open(struct layout *l, const char *kind, const char *name)
{
	fprintf(l->out, "#ifndef __W32_DEF_%s_%s\n#define __W32_DEF_%s_%s\n", kind, name, kind, name);
}

static int emit_composite(struct layout *l, __u32 id, const struct btf_type *t)
{
	const char *kind = btf_is_union(t) ? "union" : "struct";
	int err = layout_scope_composite(l, id, id);

	if (err)
		return err;
	guard_open(l, kind, l->ts[id].name);
	fprintf(l->out, "%s %s", kind, l->ts[id].name);
	err = emit_body(l, id, 0);
	fputs(";\n#endif\n", l->out);
	if (err)
		return err;
	assert_size(l, kind, l->ts[id].name, t->size);
	return assert_members(l, kind, l->ts[id].name, id, 0, "");
}

/* Enumerators, renamed like any ordinary identifier. */
static int emit_enum(struct layout *l, __u32 id, const struct btf_type *t)
{
	const __u64 *fixed = l->ts[id].enum_values;
	bool natural = !fixed && layout_enum_natural(t);
	bool sign = fixed ? l->ts[id].enum_signed : layout_enum_signed(t);
	const char *name = l->ts[id].name;
	int i;

	if (name)
		guard_open(l, "enum", name);
	else
		guard_open(l, "enum", btf__name_by_offset(l->btf, btf_is_enum(t) ?
				btf_enum(t)->name_off : btf_enum64(t)->name_off));
	fprintf(l->out, "enum%s%s {\n", name ? " " : "", name ? name : "");
	for (i = 0; i < btf_vlen(t); i++) {
		__u32 name_off = btf_is_enum(t) ? btf_enum(t)[i].name_off : btf_enum64(t)[i].name_off;
		char *ename = layout_unique_name(&l->ordinary, NS_ORDINARY,
						 btf__name_by_offset(l->btf, name_off));
		__u64 v = fixed ? fixed[i] : btf_is_enum(t) ? (__u64)(__u32)btf_enum(t)[i].val
						    : btf_enum64_value(btf_enum64(t) + i);

		if (!ename)
			return layout_err(l, -ENOMEM, id, "out of memory");
		if (fixed && sign)
			fprintf(l->out, "\t%s = %lldLL,\n", ename, (long long)v);
		else if (fixed)
			fprintf(l->out, "\t%s = %lluULL,\n", ename, (unsigned long long)v);
		else if (btf_is_enum(t) && sign)
			fprintf(l->out, "\t%s = %d,\n", ename, (int)(__s32)v);
		else if (btf_is_enum(t))
			fprintf(l->out, "\t%s = %uU,\n", ename, (unsigned)v);
		else if (sign)
			fprintf(l->out, "\t%s = %lldLL,\n", ename, (long long)v);
		else
			fprintf(l->out, "\t%s = %lluULL,\n", ename, (unsigned long long)v);
		free(ename);
	}
	fputs("};\n#endif\n", l->out);
	if (name && natural)
		assert_size(l, "enum", name, t->size);
	return 0;
}

static int emit_typedef(struct layout *l, __u32 id, const struct btf_type *t)
{
	const char *name = l->ts[id].name;
	const struct btf_type *target;
	long long size;
	__u32 inner;
	int err;

	err = layout_scope_composite(l, id, t->type);
	if (err)
		return err;
	guard_open(l, "typedef", name);
	fputs("typedef ", l->out);
	err = emit_decl(l, t->type, name, false, 0);
	fputs(";\n#endif\n", l->out);
	if (err)
		return err;
	if (layout_resolve(l, t->type, &inner) || !inner)
		return 0; /* typedef of void */
	target = layout_type(l, inner);
	if (btf_is_fwd(target) || btf_is_func_proto(target))
		return 0; /* an incomplete type has no size to check */
	size = layout_size(l, id);
	if (size < 0)
		return (int)size;
	if (size > MAX_COMPOSITE_SIZE)
		return layout_err(l, -EINVAL, id, "too large (%lld bytes)", size);
	assert_size(l, "", name, size);
	if (!layout_skip_mods(l, t->type, &inner) && (target = layout_type(l, inner)) &&
	    btf_is_composite(target) && !l->ts[inner].name)
		return assert_members(l, "", name, inner, 0, "");
	return 0;
}

int layout_emit_def(struct layout *l, __u32 id)
{
	const struct btf_type *t = layout_type(l, id);
	int err;

	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		err = emit_composite(l, id, t);
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		err = emit_enum(l, id, t);
		break;
	case BTF_KIND_TYPEDEF:
		err = emit_typedef(l, id, t);
		break;
	case BTF_KIND_FWD:
		fprintf(l->out, "%s %s;\n", btf_kflag(t) ? "union" : "struct", l->ts[id].name);
		err = 0;
		break;
	default:
		return 0;
	}
	fputc('\n', l->out);
	if (!err)
		l->types_emitted++;
	return err;
}

/* The variables a data section struct prints: global ones (static ones are padding). */
static const struct btf_type *printed_var(struct layout *l, const struct btf_var_secinfo *v)
{
	const struct btf_type *var = layout_type(l, v->type);

	return var && btf_is_var(var) && btf_var(var)->linkage != BTF_VAR_STATIC ? var : NULL;
}

/*
 * Natural placement when every variable's offset is a multiple of its
 * alignment and the section's size one of the largest; else packed. Every
 * variable must fit, in order, inside the section: each one occupies the
 * size of its type (BTF's own size for it must hold that much).
 */
static int plan_datasec(struct layout *l, __u32 id, const struct btf_type *t, bool *packed,
			int *align)
{
	const struct btf_var_secinfo *v = btf_var_secinfos(t);
	__u64 pos = 0;
	int i;

	*packed = false;
	*align = 1;
	for (i = 0; i < btf_vlen(t); i++, v++) {
		const struct btf_type *var = printed_var(l, v);
		long long sz;
		int a;

		if (!var)
			continue;
		a = layout_align(l, var->type);
		if (a < 0)
			return a;
		sz = layout_size(l, var->type);
		if (sz < 0)
			return (int)sz;
		if (v->offset < pos)
			return layout_err(l, -EINVAL, id, "variable %d: overlaps the previous one (offset %u)",
					  i, v->offset);
		if ((__u64)sz > v->size)
			return layout_err(l, -EINVAL, id, "variable %d: %u bytes for a %lld-byte type",
					  i, v->size, sz);
		pos = (__u64)v->offset + (__u64)sz;
		if (pos > t->size)
			return layout_err(l, -EINVAL, id, "variable %d: ends past the section (%llu > %u bytes)",
					  i, (unsigned long long)pos, t->size);
		if (v->offset % a)
			*packed = true;
		if (a > *align)
			*align = a;
	}
	if (t->size % *align)
		*packed = true;
	if (*packed)
		*align = 1;
	return 0;
}

/* A data section as a struct: global variables at their offsets. */
int layout__emit_datasec(struct layout *l, __u32 id, const char *struct_name)
{
	const struct btf_type *t = layout_type(l, id);
	const struct btf_var_secinfo *v;
	__u64 pos = 0;
	int align, err, i;
	bool packed;

	if (!t || !btf_is_datasec(t))
		return layout_err(l, -EINVAL, id, "not a DATASEC");
	err = plan_datasec(l, id, t, &packed, &align);
	err = err ? err : layout_scope_datasec(l, id);
	if (err)
		return err;
	layout_emit_prologue(l);
	fprintf(l->out, "struct %s {\n", struct_name);
	for (i = 0, v = btf_var_secinfos(t); i < btf_vlen(t); i++, v++) {
		const struct btf_type *var = printed_var(l, v);
		__u64 a;

		bool c_only;

		if (!var)
			continue;
		a = packed ? 1 : (__u64)layout_align(l, var->type);
		/* natural placement may already reach the offset */
		if (v->offset > pos && (pos + a - 1) / a * a != v->offset)
			fprintf(l->out, "\tchar __pad%u[%llu];\n", layout_next_pad(l),
				(unsigned long long)(v->offset - pos));
		/* as for members: C++ would give an empty type a byte */
		c_only = is_empty_type(l, var->type);
		fputs(c_only ? "#ifndef __cplusplus\n\t" : "\t", l->out);
		err = emit_decl(l, var->type, btf__name_by_offset(l->btf, var->name_off), true, 1);
		if (err)
			return err;
		fputs(c_only ? ";\n#endif\n" : ";\n", l->out);
		pos = (__u64)v->offset + (__u64)layout_size(l, var->type);
	}
	if (pos < t->size && (pos + align - 1) / align * align != t->size)
		fprintf(l->out, "\tchar __pad%u[%llu];\n", layout_next_pad(l),
			(unsigned long long)(t->size - pos));
	fprintf(l->out, "}%s;\n", packed ? " __attribute__((__packed__))" : "");

	assert_size(l, "struct", struct_name, t->size);
	for (i = 0, v = btf_var_secinfos(t); i < btf_vlen(t); i++, v++) {
		const struct btf_type *var = printed_var(l, v);
		char *name;

		if (!var || is_empty_type(l, var->type))
			continue;
		name = member_spelling(l, btf__name_by_offset(l->btf, var->name_off));
		if (!name)
			return layout_err(l, -ENOMEM, 0, "out of memory");
		assert_offset(l, "struct", struct_name, name, v->offset);
		free(name);
	}
	fputc('\n', l->out);
	layout_scope_end(l);
	return 0;
}

/* One external type's assertions (layout__emit_external_asserts). */
static int assert_external(struct layout *l, __u32 id)
{
	const struct btf_type *t = layout_type(l, id);
	const char *name = l->ts[id].name;
	const struct btf_type *target;
	long long size;
	__u32 inner;
	char header[256];

	fprintf(l->out, "/* %s%s: defined by %s */\n", btf_is_typedef(t) ? "" :
		btf_is_union(t) ? "union " : btf_is_any_enum(t) ? "enum " : "struct ", name,
		name_for_comment(l->ts[id].header, header, sizeof(header)));
	if (btf_is_composite(t)) {
		const char *kind = btf_is_union(t) ? "union" : "struct";

		assert_size(l, kind, name, t->size);
		return assert_members(l, kind, name, id, 0, "");
	}
	if (btf_is_any_enum(t)) {
		assert_size(l, "enum", name, t->size);
		return 0;
	}
	/* a typedef: its size, and the members of the anonymous type it names */
	if (layout_resolve(l, t->type, &inner) || !inner)
		return 0;
	target = layout_type(l, inner);
	if (!target || btf_is_fwd(target) || btf_is_func_proto(target))
		return 0;
	size = layout_size(l, id);
	if (size < 0)
		return (int)size;
	assert_size(l, "", name, size);
	if (!layout_skip_mods(l, t->type, &inner) && (target = layout_type(l, inner)) &&
	    btf_is_composite(target) && !l->ts[inner].name)
		return assert_members(l, "", name, inner, 0, "");
	return 0;
}

int layout__emit_external_asserts(struct layout *l, const char *hint)
{
	size_t i;
	int err = 0;

	if (!l->ext_cnt)
		return 0;
	layout_emit_prologue(l);
	fputs("/*\n"
	      " * Types the program's own headers define: include them before this file,\n"
	      " * as the BPF side does. Their layout under wasm32 must be BTF's.\n"
	      " */\n"
	      "#ifndef __W32_LAYOUT_CHECK\n"
	      "#ifdef __cplusplus\n"
	      "#define __W32_LAYOUT_CHECK(cond, msg) static_assert(cond, msg)\n"
	      "#else\n"
	      "#define __W32_LAYOUT_CHECK(cond, msg) _Static_assert(cond, msg)\n"
	      "#endif\n"
	      "#endif\n", l->out);
	l->ext_hint = hint;
	for (i = 0; i < l->ext_cnt && !err; i++) {
		l->ext_asserting = &l->ts[l->ext[i]];
		err = assert_external(l, l->ext[i]);
	}
	l->ext_asserting = NULL;
	fputc('\n', l->out);
	return err;
}
