// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The names inside one definition, before it is printed. C puts the members
 * of an unnamed member of anonymous struct or union type into the scope
 * around it, so every such scope is checked as a whole: BTF that names two
 * members alike (as printed, in C or in C++), or leaves a member without a
 * name that C would need, is refused instead of printed as a header that
 * does not compile. The padding the plan adds is numbered past every name
 * the definition uses (a kernel struct has members called __pad0).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_internal.h"
#include "names.h"

struct scope {
	struct name_set c, cxx;	/* spellings as printed in C and in C++ */
};

static void scope_free(struct scope *sc)
{
	name_set_free(&sc->c);
	name_set_free(&sc->cxx);
}

int layout_anon_too_deep(struct layout *l, __u32 id)
{
	if (l->anon_depth > MAX_ANON_NESTING)
		return layout_err(l, -EINVAL, id, "anonymous types nested deeper than %d",
				  MAX_ANON_NESTING);
	return 0;
}

/* Adds spelling to set; 0 if new, 1 if it was there, <0 out of memory. */
static int add_spelling(struct name_set *set, const char *ident, bool suffix)
{
	size_t n = strlen(ident);
	char *s = malloc(n + sizeof(RENAME_SUFFIX));
	int r;

	if (!s)
		return -ENOMEM;
	memcpy(s, ident, n + 1);
	if (suffix)
		strcat(s, RENAME_SUFFIX);
	r = name_set_add(set, s);
	free(s);
	return r < 0 ? -ENOMEM : r ? 0 : 1;
}

static int add_name(struct layout *l, struct scope *sc, __u32 id, const char *what, int i,
		    const char *name)
{
	char *ident = name_to_identifier(name), safe[NAME_MSG_BUF];
	enum member_rename r;
	int dup_c, dup_cxx, err = 0;

	if (!ident)
		return layout_err(l, -ENOMEM, 0, "out of memory");
	r = name_member_rename(ident, name_set_has(&l->ordinary, ident));
	dup_c = add_spelling(&sc->c, ident, r == MEMBER_SUFFIX);
	dup_cxx = add_spelling(&sc->cxx, ident, r != MEMBER_PLAIN);
	/* the padding avoids every spelling of the definition */
	if (dup_c >= 0 && dup_cxx >= 0 &&
	    (add_spelling(&l->used, ident, r == MEMBER_SUFFIX) < 0 ||
	     add_spelling(&l->used, ident, r != MEMBER_PLAIN) < 0))
		dup_c = -ENOMEM;
	if (dup_c < 0 || dup_cxx < 0)
		err = layout_err(l, -ENOMEM, 0, "out of memory");
	else if (dup_c || dup_cxx)
		err = layout_err(l, -EINVAL, id, "%s %d: a second member named %s%s", what, i,
				 name_for_message(ident, safe, sizeof(safe)),
				 dup_c ? "" : " (in C++)");
	free(ident);
	return err;
}

/* A member's type with qualifiers and arrays dropped: what emit_decl inlines. */
static const struct btf_type *inlined_type(struct layout *l, __u32 type, __u32 *out)
{
	const struct btf_type *t;

	for (;;) {
		if (layout_skip_mods(l, type, &type))
			return NULL;
		t = layout_type(l, type);
		if (!t || !btf_is_array(t))
			break;
		type = btf_array(t)->type;
	}
	*out = type;
	return t && btf_is_composite(t) && !l->ts[type].name ? t : NULL;
}

static int collect(struct layout *l, __u32 id, struct scope *sc);

/* The members of anonymous type id, at one more level: in their own scope
 * when the member is named, else in the scope around. */
static int collect_inner(struct layout *l, __u32 id, struct scope *sc, bool named)
{
	struct scope own = { 0 };
	int err;

	l->anon_depth++;
	err = layout_anon_too_deep(l, id);
	if (!err)
		err = collect(l, id, named ? &own : sc);
	l->anon_depth--;
	scope_free(&own);
	return err;
}

static int collect(struct layout *l, __u32 id, struct scope *sc)
{
	const struct btf_type *t = layout_type(l, id), *inner;
	const struct btf_member *m = btf_members(t);
	int i, err = 0;

	for (i = 0; i < btf_vlen(t) && !err; i++, m++) {
		const char *name = btf__name_by_offset(l->btf, m->name_off);
		bool named = name && *name;
		__u32 inner_id;

		/* this walk is what printing the definition will do: bounded (layout.c) */
		if (!l->inline_left--)
			return layout_err(l, -EINVAL, l->scope_def,
					  "too many members printed inline (anonymous types used in many places)");

		inner = inlined_type(l, m->type, &inner_id);
		if (named) {
			err = add_name(l, sc, id, "member", i, name);
		} else if (!btf_member_bitfield_size(t, i)) {
			const struct btf_type *direct;
			__u32 direct_id;

			/* C merges only a direct anonymous struct or union */
			if (layout_skip_mods(l, m->type, &direct_id))
				return -EINVAL;
			direct = layout_type(l, direct_id);
			if (!direct || !btf_is_composite(direct) || l->ts[direct_id].name)
				return layout_err(l, -EINVAL, id, "member %d: has no name", i);
		}
		if (!err && inner)
			err = collect_inner(l, inner_id, sc, named);
	}
	return err;
}

static void scope_begin(struct layout *l, __u32 def)
{
	l->scope_def = def;
	name_set_free(&l->used);
	l->pad_id = 0;
	l->anon_depth = 0;
}

int layout_scope_composite(struct layout *l, __u32 def, __u32 id)
{
	const struct btf_type *t = layout_type(l, id);
	struct scope sc = { 0 };
	__u32 inner;
	int err = 0;

	scope_begin(l, def);
	if (t && btf_is_composite(t) && l->ts[id].name)
		err = collect(l, id, &sc);
	else if (inlined_type(l, id, &inner))
		/* a typedef's anonymous struct: already one level of inlining */
		err = collect_inner(l, inner, &sc, true);
	scope_free(&sc);
	return err;
}

int layout_scope_datasec(struct layout *l, __u32 id)
{
	const struct btf_type *t = layout_type(l, id);
	const struct btf_var_secinfo *v = btf_var_secinfos(t);
	struct scope sc = { 0 };
	int i, err = 0;

	scope_begin(l, id);
	for (i = 0; i < btf_vlen(t) && !err; i++, v++) {
		const struct btf_type *var = layout_type(l, v->type), *inner;
		const char *name;
		__u32 inner_id;

		if (!var || !btf_is_var(var) || btf_var(var)->linkage == BTF_VAR_STATIC)
			continue;
		name = btf__name_by_offset(l->btf, var->name_off);
		/* printed as members: names must be identifiers (map names need not be) */
		if (!name || !name_is_identifier(name)) {
			char safe[NAME_MSG_BUF];

			err = layout_err(l, -EINVAL, id, "variable %d: name is not a C identifier (\"%s\")", i,
					 name_for_message(name ? name : "", safe, sizeof(safe)));
			break;
		}
		err = add_name(l, &sc, id, "variable", i, name);
		inner = err ? NULL : inlined_type(l, var->type, &inner_id);
		if (inner)
			err = collect_inner(l, inner_id, &sc, true);
	}
	scope_free(&sc);
	return err;
}

unsigned layout_next_pad(struct layout *l)
{
	char name[32];

	for (;; l->pad_id++) {
		snprintf(name, sizeof(name), "__pad%u", l->pad_id);
		if (!name_set_has(&l->used, name))
			return l->pad_id++;
	}
}

void layout_scope_end(struct layout *l)
{
	name_set_free(&l->used);
}
