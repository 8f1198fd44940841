// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The engine's state and public entry points. Names are decided once, at
 * creation, per C name space and in type-id order, so the same BTF always
 * gives the same names whatever is emitted.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_internal.h"
#include "names.h"

int layout_err(struct layout *l, int err, __u32 id, const char *fmt, ...)
{
	char safe[NAME_MSG_BUF];
	const char *name = id ? name_for_message(layout_raw_name(l, id), safe, sizeof(safe)) : "";
	size_t n = 0;
	va_list ap;

	if (id)
		n = (size_t)snprintf(l->err, sizeof(l->err), "type [%u]%s%s: ", id,
				     *name ? " " : "", name);
	if (n < sizeof(l->err)) {
		va_start(ap, fmt);
		vsnprintf(l->err + n, sizeof(l->err) - n, fmt, ap);
		va_end(ap);
	}
	return err;
}

const char *layout_raw_name(const struct layout *l, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(l->btf, id);
	const char *name = t ? btf__name_by_offset(l->btf, t->name_off) : NULL;

	return name ? name : "";
}

static enum name_space type_name_space(const struct btf_type *t)
{
	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_FWD:
		return NS_TAG;
	case BTF_KIND_TYPEDEF:
		return NS_ORDINARY;
	default:
		return NS_MEMBER; /* not printed by name */
	}
}

/* name + RENAME_SUFFIX; malloc'ed */
static char *with_suffix(const char *name)
{
	char *s = malloc(strlen(name) + sizeof(RENAME_SUFFIX));

	return s ? strcat(strcpy(s, name), RENAME_SUFFIX) : NULL;
}

/* name, or name + suffix when reserved, as a C identifier; malloc'ed */
static char *base_name(enum name_space ns, const char *name)
{
	char *id = name_to_identifier(name), *s;

	if (!id || !name_is_reserved(ns, id))
		return id;
	s = with_suffix(id);
	free(id);
	return s;
}

/*
 * Claims a unique name in set: base, else base___2, base___3... (the
 * libbpf convention for the second and later users of a name). The number
 * last given for a base is kept with it, so that N types of one name cost
 * N claims, not N^2: every lower number is taken already.
 */
char *layout_unique_name(struct name_set *set, int ns, const char *name)
{
	char *base = base_name(ns, name), *s;
	unsigned *last, i;
	size_t len;
	int r;

	if (!base)
		return NULL;
	r = name_set_add(set, base);
	if (r)
		return r > 0 ? base : (free(base), NULL);
	last = name_set_value(set, base);
	len = strlen(base) + 16;
	s = last ? malloc(len) : NULL;
	for (i = last && *last >= 2 ? *last + 1 : 2; s; i++) {
		snprintf(s, len, "%s___%u", base, i);
		r = name_set_add(set, s);
		if (r)
			break;
	}
	/* (the set may have grown: find the base's number again) */
	if (s && r > 0 && (last = name_set_value(set, base)))
		*last = i;
	free(base);
	if (!s || r < 0 || !last) {
		free(s);
		return NULL;
	}
	return s;
}

/*
 * Whether typedef id names, once printed, exactly the C type type_name (a
 * shared typedef of the SDK's): qualifiers and typedefs in between are
 * printed as the same type; an integer's printed type follows int_type.
 */
static bool typedef_names(struct layout *l, __u32 id, const char *type_name)
{
	const struct btf_type *t;
	const char *printed;
	__u32 target;

	if (layout_resolve(l, btf__type_by_id(l->btf, id)->type, &target) || !target)
		return false;
	t = layout_type(l, target);
	if (!t || !btf_is_int(t) || (btf_int_encoding(t) & BTF_INT_BOOL) ||
	    !strcmp(layout_raw_name(l, target), "char"))
		return false;
	printed = layout_int_name((int)t->size, btf_int_encoding(t) & BTF_INT_SIGNED, false, false);
	return printed && !strcmp(printed, type_name);
}

/* name, or name + RENAME_SUFFIX for a typedef the SDK declares otherwise */
static char *ordinary_name(struct layout *l, __u32 id, const char *name)
{
	const char *shared = btf_is_typedef(btf__type_by_id(l->btf, id)) ? name_shared_typedef(name) : NULL;
	char *s, *unique;

	if (!shared || typedef_names(l, id, shared))
		return layout_unique_name(&l->ordinary, NS_ORDINARY, name);
	s = with_suffix(name);
	unique = s ? layout_unique_name(&l->ordinary, NS_ORDINARY, s) : NULL;
	free(s);
	return unique;
}

static int assign_names(struct layout *l)
{
	struct name_set tags = { 0 };
	__u32 id;
	int err = 0;

	for (id = 1; id < l->nr_types && !err; id++) {
		const struct btf_type *t = btf__type_by_id(l->btf, id);
		const char *name = btf__name_by_offset(l->btf, t->name_off);
		enum name_space ns = type_name_space(t);

		if (!name || !*name || ns == NS_MEMBER)
			continue;
		/* a forward declaration names the tag its definition has */
		if (btf_is_fwd(t))
			l->ts[id].name = base_name(NS_TAG, name);
		else if (ns == NS_TAG)
			l->ts[id].name = layout_unique_name(&tags, ns, name);
		else
			l->ts[id].name = ordinary_name(l, id, name);
		if (!l->ts[id].name)
			err = -ENOMEM;
	}
	name_set_free(&tags);
	return err;
}

/*
 * An anonymous type is printed inline wherever it is used, and BTF may use
 * one type in several places: nested, that multiplies (two uses per level,
 * 40 levels: 2^40 lines). Definitions may print, in all, four times the
 * members the BTF has, plus 65536: far more than any real BTF needs
 * (its anonymous types are used once, or a few times), and linear.
 */
static unsigned long long inline_budget(const struct btf *btf)
{
	unsigned long long members = 0;
	__u32 id, n = btf__type_cnt(btf);

	for (id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (btf_is_composite(t) || btf_is_datasec(t))
			members += btf_vlen(t);
	}
	return 4 * members + (1u << 16);
}

struct layout *layout__new(const struct btf *btf, FILE *out)
{
	struct layout *l = calloc(1, sizeof(*l));

	if (!l || !btf || !out) {
		free(l);
		errno = ENOMEM;
		return NULL;
	}
	l->btf = btf;
	l->out = out;
	l->nr_types = btf__type_cnt(btf);
	l->inline_left = inline_budget(btf);
	l->ts = calloc(l->nr_types, sizeof(*l->ts));
	if (!l->ts || assign_names(l)) {
		layout__free(l);
		errno = ENOMEM;
		return NULL;
	}
	return l;
}

void layout__free(struct layout *l)
{
	__u32 id;

	if (!l)
		return;
	for (id = 0; l->ts && id < l->nr_types; id++) {
		free(l->ts[id].name);
		free(l->ts[id].enum_values);
		free(l->ts[id].header);
	}
	free(l->ts);
	free(l->ext);
	free(l->queue);
	name_set_free(&l->ordinary);
	name_set_free(&l->used);
	free(l);
}

int layout__set_enum_values(struct layout *l, __u32 id, const __u64 *values,
			    unsigned int cnt, bool is_signed)
{
	const struct btf_type *t = id < l->nr_types ? btf__type_by_id(l->btf, id) : NULL;

	if (!t || !btf_is_any_enum(t) || cnt != btf_vlen(t))
		return layout_err(l, -EINVAL, id, "enum values do not match the type");
	free(l->ts[id].enum_values);
	l->ts[id].enum_values = malloc(cnt * sizeof(*values) + 1);
	if (!l->ts[id].enum_values)
		return -ENOMEM;
	memcpy(l->ts[id].enum_values, values, cnt * sizeof(*values));
	l->ts[id].enum_signed = is_signed;
	return 0;
}

int layout__set_external(struct layout *l, __u32 id, const char *header)
{
	const struct btf_type *t = id < l->nr_types ? btf__type_by_id(l->btf, id) : NULL;
	const char *raw = t ? layout_raw_name(l, id) : "";

	/* (an enum without enumerators is a declaration: no size to check) */
	if (!t || !(btf_is_composite(t) || (btf_is_any_enum(t) && btf_vlen(t)) || btf_is_typedef(t)) ||
	    !l->ts[id].name || strcmp(l->ts[id].name, raw))
		return layout_err(l, -EINVAL, id, "cannot be named from a header");
	free(l->ts[id].header);
	l->ts[id].header = strdup(header);
	l->has_external = true;
	return l->ts[id].header ? 0 : layout_err(l, -ENOMEM, 0, "out of memory");
}

const char *layout__type_name(struct layout *l, __u32 id)
{
	return id < l->nr_types ? l->ts[id].name : NULL;
}

bool layout__emitted(const struct layout *l, __u32 id)
{
	return id < l->nr_types && l->ts[id].emitted;
}

bool layout__external_used(const struct layout *l, __u32 id)
{
	return id < l->nr_types && l->ts[id].ext_used;
}

void layout__stats(const struct layout *l, unsigned long *types, unsigned long *asserts)
{
	*types = l->types_emitted;
	*asserts = l->asserts;
}

const char *layout__strerror(const struct layout *l)
{
	return l && l->err[0] ? l->err : "unknown error";
}

/* The assertion macro, once per header (and once if headers are combined). */
void layout_emit_prologue(struct layout *l)
{
	if (l->prologue_done)
		return;
	l->prologue_done = true;
	fputs("#ifndef __cplusplus\n#include <stdbool.h>\n#endif\n"
	      "#ifndef __W32_CXX_MEMBER\n"
	      "#ifdef __cplusplus\n"
	      "#define __W32_CXX_MEMBER(name) name##__bpf\n"
	      "#else\n"
	      "#define __W32_CXX_MEMBER(name) name\n"
	      "#endif\n"
	      "#endif\n"
	      "#ifndef __W32_LAYOUT_ASSERT\n"
	      "#ifdef __cplusplus\n"
	      "#define __W32_LAYOUT_ASSERT(cond) static_assert(cond, #cond)\n"
	      "#else\n"
	      "#define __W32_LAYOUT_ASSERT(cond) _Static_assert(cond, #cond)\n"
	      "#endif\n"
	      "#endif\n\n", l->out);
}

int layout__emit_types(struct layout *l)
{
	size_t i;
	int err;

	layout_emit_prologue(l);
	for (i = 0; i < l->queue_len; i++) {
		__u32 id = l->queue[i];

		if (l->ts[id].emitted)
			continue;
		err = layout_emit_def(l, id);
		if (err)
			return err;
		l->ts[id].emitted = true;
	}
	return 0;
}
