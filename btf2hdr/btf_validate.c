// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "btf_validate.h"
#include "names.h"

/* Longer reference chains than this are loops (or hostile input). */
#define MAX_CHAIN 64

struct vctx {
	const struct btf *btf;
	__u32 nr;
	bool printable;		/* btf_validate: names must print as C */
	char *err;
	size_t err_sz;
};

static int bad(struct vctx *v, __u32 id, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int bad(struct vctx *v, __u32 id, const char *fmt, ...)
{
	const struct btf_type *t = btf__type_by_id(v->btf, id);
	const char *name = t ? btf__name_by_offset(v->btf, t->name_off) : NULL;
	char safe[NAME_MSG_BUF];
	va_list ap;
	int n;

	name = name ? name_for_message(name, safe, sizeof(safe)) : "";
	n = snprintf(v->err, v->err_sz, "type [%u]%s%s: ", id, *name ? " " : "", name);

	if (n >= 0 && (size_t)n < v->err_sz) {
		va_start(ap, fmt);
		vsnprintf(v->err + n, v->err_sz - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

static int check_id(struct vctx *v, __u32 id, const char *what, __u32 ref)
{
	if (ref >= v->nr)
		return bad(v, id, "%s refers to a type that does not exist (%u)", what, ref);
	return 0;
}

/* The kind of an existing type id (0, void, has none). */
static int kind_of(struct vctx *v, __u32 ref)
{
	const struct btf_type *t = ref ? btf__type_by_id(v->btf, ref) : NULL;

	return t ? (int)btf_kind(t) : -1;
}

/*
 * Every name offset must lie in the string section. Only when printing:
 * a name that is required must be there, and any name must be a C
 * identifier.
 */
static int check_name(struct vctx *v, __u32 id, __u32 off, bool required, const char *what)
{
	const char *name = btf__name_by_offset(v->btf, off);

	if (!name)
		return bad(v, id, "%s name offset outside the string section (%u)", what, off);
	if (!v->printable)
		return 0;
	if (!*name)
		return required ? bad(v, id, "%s has no name", what) : 0;
	if (!name_is_identifier(name)) {
		char safe[NAME_MSG_BUF];

		return bad(v, id, "%s name is not a C identifier (\"%s\")", what,
			   name_for_message(name, safe, sizeof(safe)));
	}
	return 0;
}

/*
 * Pointers, qualifiers, typedefs and array elements must end somewhere:
 * libbpf and the layout engine follow them without a visited set.
 */
static int check_chain(struct vctx *v, __u32 id)
{
	__u32 cur = id;
	int depth;

	for (depth = 0; depth < MAX_CHAIN; depth++) {
		const struct btf_type *t = btf__type_by_id(v->btf, cur);

		if (!cur || !t)
			return 0;
		switch (btf_kind(t)) {
		case BTF_KIND_PTR:
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_CONST:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPE_TAG:
			cur = t->type;
			break;
		case BTF_KIND_ARRAY:
			cur = btf_array(t)->type;
			break;
		default:
			return 0;
		}
	}
	return bad(v, id, "reference loop (more than %d pointers, qualifiers, typedefs or arrays)",
		   MAX_CHAIN);
}

static int check_members(struct vctx *v, __u32 id, const struct btf_type *t)
{
	const struct btf_member *m = btf_members(t);
	int i, err = 0;

	for (i = 0; !err && i < btf_vlen(t); i++, m++) {
		char what[32];

		snprintf(what, sizeof(what), "member %d", i);
		err = check_name(v, id, m->name_off, false, what);
		err = err ? err : check_id(v, id, what, m->type);
	}
	return err;
}

static int check_enum(struct vctx *v, __u32 id, const struct btf_type *t)
{
	int i, err = check_name(v, id, t->name_off, false, "the enum");

	for (i = 0; !err && i < btf_vlen(t); i++) {
		char what[32];

		snprintf(what, sizeof(what), "enumerator %d", i);
		err = check_name(v, id, btf_is_enum(t) ? btf_enum(t)[i].name_off
						       : btf_enum64(t)[i].name_off, true, what);
	}
	return err;
}

/*
 * Variables' names are not checked here: map names (the variables of .maps)
 * are data, escaped where printed; the layout engine checks the names of
 * the variables it prints as members.
 */
static int check_datasec(struct vctx *v, __u32 id, const struct btf_type *t)
{
	const struct btf_var_secinfo *s = btf_var_secinfos(t);
	const char *name = btf__name_by_offset(v->btf, t->name_off);
	bool ksyms = name && strcmp(name, ".ksyms") == 0;
	int i, err = 0;

	for (i = 0; !err && i < btf_vlen(t); i++, s++) {
		int kind;

		err = check_id(v, id, "a variable", s->type);
		if (err)
			break;
		kind = kind_of(v, s->type);
		/* extern functions are listed in .ksyms; libbpf writes every other
		 * entry as a variable */
		if (kind != BTF_KIND_VAR && !(kind == BTF_KIND_FUNC && ksyms))
			return bad(v, id, "entry %d is not a variable (type [%u])", i, s->type);
	}
	return err;
}

/* A tag on a member or parameter names one that exists. */
static int check_decl_tag(struct vctx *v, __u32 id, const struct btf_type *t)
{
	int idx = btf_decl_tag(t)->component_idx, kind, err = check_id(v, id, "the tag", t->type);
	const struct btf_type *target;

	if (err || idx == -1)
		return err;
	kind = kind_of(v, t->type);
	target = btf__type_by_id(v->btf, t->type);
	if (kind == BTF_KIND_FUNC && kind_of(v, target->type) == BTF_KIND_FUNC_PROTO)
		target = btf__type_by_id(v->btf, target->type);
	else if (kind != BTF_KIND_STRUCT && kind != BTF_KIND_UNION)
		return bad(v, id, "component %d of a type without components", idx);
	if (idx < 0 || idx >= btf_vlen(target))
		return bad(v, id, "component %d does not exist", idx);
	return 0;
}

static int check_type(struct vctx *v, __u32 id, const struct btf_type *t)
{
	const struct btf_param *p;
	int i, err = 0;

	/* every name must lie in the string section, whatever its kind */
	if (!btf__name_by_offset(v->btf, t->name_off))
		return bad(v, id, "name offset outside the string section (%u)", t->name_off);

	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
		return 0;
	case BTF_KIND_PTR:
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		err = check_id(v, id, "the type", t->type);
		return err ? err : check_chain(v, id);
	case BTF_KIND_TYPEDEF:
		err = check_name(v, id, t->name_off, true, "the typedef");
		err = err ? err : check_id(v, id, "the typedef", t->type);
		return err ? err : check_chain(v, id);
	case BTF_KIND_ARRAY:
		err = check_id(v, id, "the element type", btf_array(t)->type);
		err = err ? err : check_id(v, id, "the index type", btf_array(t)->index_type);
		return err ? err : check_chain(v, id);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		err = check_name(v, id, t->name_off, false, "the type");
		return err ? err : check_members(v, id, t);
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		return check_enum(v, id, t);
	case BTF_KIND_FWD:
		return check_name(v, id, t->name_off, true, "the declaration");
	case BTF_KIND_FUNC:
		err = check_id(v, id, "the function", t->type);
		if (!err && kind_of(v, t->type) != BTF_KIND_FUNC_PROTO)
			err = bad(v, id, "the function has no prototype (type [%u])", t->type);
		return err;
	case BTF_KIND_VAR:
		return check_id(v, id, "the variable", t->type);
	case BTF_KIND_DECL_TAG:
		return check_decl_tag(v, id, t);
	case BTF_KIND_FUNC_PROTO:
		err = check_id(v, id, "the return type", t->type);
		for (i = 0, p = btf_params(t); !err && i < btf_vlen(t); i++, p++) {
			err = check_id(v, id, "a parameter", p->type);
			if (!err && !btf__name_by_offset(v->btf, p->name_off))
				err = bad(v, id, "parameter %d name offset outside the string section (%u)",
					  i, p->name_off);
		}
		return err;
	case BTF_KIND_DATASEC:
		return check_datasec(v, id, t);
	default:
		return bad(v, id, "unknown kind (%u)", btf_kind(t));
	}
}

static int validate(const struct btf *btf, bool printable, char *err, size_t err_sz)
{
	struct vctx v = { btf, btf__type_cnt(btf), printable, err, err_sz };
	__u32 id;
	int ret;

	for (id = 1; id < v.nr; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t)
			return bad(&v, id, "missing");
		ret = check_type(&v, id, t);
		if (ret)
			return ret;
	}
	return 0;
}

int btf_validate_refs(const struct btf *btf, char *err, size_t err_sz)
{
	return validate(btf, false, err, err_sz);
}

int btf_validate(const struct btf *btf, char *err, size_t err_sz)
{
	return validate(btf, true, err, err_sz);
}
