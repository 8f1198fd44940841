// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Emission order: a type is printed after every type it contains by value.
 * Pointers are 8-byte integers in the output, so they create no dependency
 * at all: no forward declarations are needed and no cycle is legal (a
 * struct containing itself by value has no size).
 *
 * Anonymous structs and unions are printed inline where they are used, so
 * they are not queued themselves; their members' types are. Anonymous enums
 * are queued as standalone constant lists (members use a same-size integer).
 */
#include <errno.h>
#include <stdlib.h>

#include "layout_internal.h"

static int queue_push(struct layout *l, __u32 id)
{
	if (l->ts[id].queued)
		return 0;
	if (l->queue_len == l->queue_cap) {
		size_t cap = l->queue_cap ? l->queue_cap * 2 : 64;
		__u32 *q = realloc(l->queue, cap * sizeof(*q));

		if (!q)
			return -ENOMEM;
		l->queue = q;
		l->queue_cap = cap;
	}
	l->queue[l->queue_len++] = id;
	l->ts[id].queued = true;
	return 0;
}

static int visit(struct layout *l, __u32 id, bool as_root);

/*
 * External types (layout__set_external) are defined by the user's header:
 * never queued, and neither is what only they contain. One is needed, and
 * recorded for layout__emit_external_asserts(), when something printed
 * uses it by value: a global variable (static ones are not printed), a
 * queued definition, or another external type needed (user code gets
 * those from its headers too). The walk goes through arrays and anonymous
 * structs and unions (each walked once: BTF may use one in many places)
 * and stops at every other named type, which is printed, or not, on its own.
 */
static int external_use(struct layout *l, __u32 id, unsigned depth);

static int external_walk(struct layout *l, __u32 id, unsigned depth)
{
	const struct btf_type *t;
	int err = layout_skip_mods(l, id, &id), i;

	if (err || !id)
		return err;
	if (depth > MAX_VALUE_NESTING)
		return layout_err(l, -EINVAL, id, "types nested deeper than %d levels", MAX_VALUE_NESTING);
	if (l->ts[id].header)
		return external_use(l, id, depth);
	t = layout_type(l, id);
	if (t && btf_is_array(t))
		return external_walk(l, btf_array(t)->type, depth + 1);
	if (!t || !btf_is_composite(t) || l->ts[id].name || l->ts[id].ext_walked)
		return 0;
	l->ts[id].ext_walked = true;
	for (i = 0; i < btf_vlen(t) && !err; i++)
		err = external_walk(l, btf_members(t)[i].type, depth + 1);
	return err;
}

/* What a definition contains by value: a typedef's target, the members. */
static int external_walk_def(struct layout *l, __u32 id, unsigned depth)
{
	const struct btf_type *t = layout_type(l, id);
	int i, err = 0;

	if (t && btf_is_typedef(t))
		return external_walk(l, t->type, depth + 1);
	for (i = 0; t && btf_is_composite(t) && i < btf_vlen(t) && !err; i++)
		err = external_walk(l, btf_members(t)[i].type, depth + 1);
	return err;
}

static int external_use(struct layout *l, __u32 id, unsigned depth)
{
	if (l->ts[id].ext_used)
		return 0;
	l->ts[id].ext_used = true;
	if (l->ext_cnt == l->ext_cap) {
		size_t cap = l->ext_cap ? l->ext_cap * 2 : 16;
		__u32 *ext = realloc(l->ext, cap * sizeof(*ext));

		if (!ext)
			return -ENOMEM;
		l->ext = ext;
		l->ext_cap = cap;
	}
	l->ext[l->ext_cnt++] = id;
	return external_walk_def(l, id, depth);
}

/* The external types what add_type scheduled needs (queue entries from `from`). */
static int external_needs(struct layout *l, __u32 root, size_t from)
{
	const struct btf_type *t = layout_type(l, root);
	int i, err = 0;

	if (!l->has_external)
		return 0;
	if (t && btf_is_datasec(t)) {
		const struct btf_var_secinfo *v = btf_var_secinfos(t);

		for (i = 0; i < btf_vlen(t) && !err; i++, v++) {
			const struct btf_type *var = layout_type(l, v->type);

			if (var && btf_is_var(var) && btf_var(var)->linkage != BTF_VAR_STATIC)
				err = external_walk(l, var->type, 0);
		}
	} else {
		err = external_walk(l, root, 0);
	}
	for (; from < l->queue_len && !err; from++)
		err = external_walk_def(l, l->queue[from], 0);
	return err;
}

static int visit_members(struct layout *l, const struct btf_type *t)
{
	const struct btf_member *m = btf_members(t);
	int i, err;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		err = visit(l, m->type, false);
		if (err)
			return err;
	}
	return 0;
}

static int visit_type(struct layout *l, __u32 id, bool as_root)
{
	const struct btf_type *t;
	struct type_state *ts;
	int err = layout_skip_mods(l, id, &id), i;

	if (err || !id)
		return err;
	t = layout_type(l, id);
	ts = &l->ts[id];
	if (ts->header)
		return 0;	/* the user's header defines it */
	if (ts->order == ORDER_DONE)
		return 0;
	if (ts->order == ORDER_VISITING)
		return layout_err(l, -ELOOP, id, "contains itself by value");
	ts->order = ORDER_VISITING;
	switch (btf_kind(t)) {
	case BTF_KIND_ARRAY:
		err = visit(l, btf_array(t)->type, false);
		break;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		/* anonymous ones are printed inline, inside each other */
		l->anon_depth = ts->name ? 0 : l->anon_depth + 1;
		err = layout_anon_too_deep(l, id);
		if (!err)
			err = visit_members(l, t);
		if (!err)
			err = layout_align(l, id) < 0 ? -EINVAL : 0;
		if (!err && ts->name)
			err = queue_push(l, id);
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		if (btf_vlen(t))
			err = queue_push(l, id);
		break;
	case BTF_KIND_TYPEDEF: {
		const struct btf_type *target = layout_type(l, t->type);

		/* a typedef of a function type stands for no data: not printed */
		if (target && btf_is_func_proto(target))
			break;
		err = visit(l, t->type, false);
		if (!err)
			err = queue_push(l, id);
		break;
	}
	case BTF_KIND_FWD:
		/* only reached by name: nothing can contain a declaration */
		if (as_root)
			err = queue_push(l, id);
		break;
	case BTF_KIND_VAR:
		err = visit(l, t->type, false);
		break;
	case BTF_KIND_DATASEC: {
		const struct btf_var_secinfo *v = btf_var_secinfos(t);

		for (i = 0; i < btf_vlen(t) && !err; i++, v++)
			err = visit(l, v->type, false);
		break;
	}
	default:
		/* ints, floats, pointers, functions: nothing to print first */
		break;
	}
	ts->order = err ? ORDER_NONE : ORDER_DONE;
	return err;
}

/* The recursion is as deep as types nest by value: bounded. */
static int visit(struct layout *l, __u32 id, bool as_root)
{
	unsigned anon = l->anon_depth;
	int err;

	if (l->value_depth >= MAX_VALUE_NESTING)
		return layout_err(l, -EINVAL, id, "types nested deeper than %d levels", MAX_VALUE_NESTING);
	l->value_depth++;
	err = visit_type(l, id, as_root);
	l->value_depth--;
	l->anon_depth = anon;
	return err;
}

int layout__add_type(struct layout *l, __u32 id)
{
	size_t from = l->queue_len;
	int err;

	if (id >= l->nr_types)
		return layout_err(l, -EINVAL, 0, "type id %u out of range", id);
	err = visit(l, id, true);
	return err ? err : external_needs(l, id, from);
}
