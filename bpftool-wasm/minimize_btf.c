// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The BTF a module ships. A program that includes vmlinux.h has in its .BTF
 * every type task_struct reaches (bootstrap.bpf.o: 26 KB of a 32 KB object
 * without DWARF), while libbpf and the kernel read only:
 *  - global data and maps: the DATASECs and all they reach, kept whole (the
 *    kernel checks a map's value member by member: spin locks, timers, kptrs);
 *  - the FUNCs of .BTF.ext's func_info and their prototypes;
 *  - per CO-RE relocation, its root type and the members its access string
 *    walks through: libbpf finds the kernel's type by the root's name, then
 *    each member by name, and checks the instruction's offset against the
 *    member's local offset.
 * So what these reach is kept "lean": a struct or union keeps its name, its
 * size and the members some relocation walks, at their bit offsets; the
 * other members go, with everything only they reached. Relocations that
 * compare whole types (bpf_core_type_matches) or hand the local type to the
 * kernel (bpf_core_type_id_local, for bpf_snprintf_btf) keep their root
 * whole. Types keep their order (new ids are dense); access strings get
 * the new member indices; .BTF.ext keeps its records, with new type ids and
 * string offsets. Its line info (the source line of each instruction, for
 * verifier logs) is cut to the first line of each function unless asked
 * for whole: with the source text it holds in .BTF, it is a tenth of a
 * module. Whether the result is right is checked where it matters:
 * libbpf opens the embedded object (embed_object.c) and tests/size loads
 * each example's both ways and compares the instructions the kernel got.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/bpf.h>

#include "minimize_btf.h"

/* .BTF.ext as clang writes it (libbpf keeps its own copy internal) */
struct ext_header {
	uint16_t magic;
	uint8_t version;
	uint8_t flags;
	uint32_t hdr_len;
	uint32_t func_info_off, func_info_len;
	uint32_t line_info_off, line_info_len;
	uint32_t core_relo_off, core_relo_len;	/* absent from older headers */
};

enum keep { DROP, LEAN, WHOLE };

struct minimizer {
	const struct btf *src;
	struct btf *dst;
	uint32_t n;		/* types in src, void included */
	uint8_t *keep;		/* enum keep, per type */
	bool **used;		/* per struct/union walked by a relocation: its members */
	int **member_idx;	/* per kept struct/union: new index of each member, -1 if gone */
	uint32_t *new_id;
	uint32_t *stack;	/* marking is a walk of the type graph: no recursion */
	size_t depth;
	char *err;
	size_t err_sz;
};

/* One record group of a .BTF.ext info section (func, line or core_relo). */
struct ext_section {
	uint8_t *recs;		/* the records, in the output copy */
	uint32_t rec_size, cnt;
	uint32_t *sec_name_off;
};

static int failf(struct minimizer *m, int err, const char *what, uint32_t a)
{
	snprintf(m->err, m->err_sz, "embedding the object: .BTF.ext: %s %u", what, a);
	return err;
}

static uint32_t skip_mods(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	int guard = 0;

	while (t && (btf_is_mod(t) || btf_is_typedef(t)) && guard++ < 64) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	return id;
}

/*
 * The members an access string ("0:3:1") walks from root: the first index
 * is into an array of the root, each further one a member of a struct or
 * union, or an element of an array.
 */
static int walk_access(struct minimizer *m, uint32_t root, const char *access, uint32_t relo)
{
	uint32_t id = skip_mods(m->src, root);
	const char *p = access;
	bool first = true;

	while (*p) {
		const struct btf_type *t = btf__type_by_id(m->src, id);
		char *end;
		unsigned long idx = strtoul(p, &end, 10);

		if (end == p || (*end && *end != ':') || !t)
			return failf(m, -EINVAL, "a malformed access string in relocation", relo);
		p = *end ? end + 1 : end;
		if (first) {
			first = false;
			continue;
		}
		if (btf_is_composite(t)) {
			if (idx >= btf_vlen(t))
				return failf(m, -EINVAL, "an access past the last member in relocation", relo);
			if (!m->used[id] && !(m->used[id] = calloc(btf_vlen(t), sizeof(bool))))
				return -ENOMEM;
			m->used[id][idx] = true;
			id = skip_mods(m->src, btf_members(t)[idx].type);
		} else if (btf_is_array(t)) {
			id = skip_mods(m->src, btf_array(t)->type);
		} else {
			return failf(m, -EINVAL, "an access into a scalar in relocation", relo);
		}
	}
	return 0;
}

static int push(struct minimizer *m, uint32_t id, enum keep want)
{
	if (id >= m->n)
		return -EINVAL;
	if (m->keep[id] >= want)
		return 0;
	m->keep[id] = (uint8_t)want;
	m->stack[m->depth++] = id;	/* each id at most twice (LEAN, WHOLE) */
	return 0;
}

/* Everything the roots reach, each type as lean or whole as its users need. */
static int mark(struct minimizer *m)
{
	int err = 0;

	while (m->depth && !err) {
		uint32_t id = m->stack[--m->depth], i;
		const struct btf_type *t = btf__type_by_id(m->src, id);
		enum keep want = (enum keep)m->keep[id];

		if (!t)
			return -EINVAL;
		switch (btf_kind(t)) {
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
			for (i = 0; i < btf_vlen(t) && !err; i++)
				if (want == WHOLE || (m->used[id] && m->used[id][i]))
					err = push(m, btf_members(t)[i].type, want);
			break;
		case BTF_KIND_ARRAY:
			err = push(m, btf_array(t)->type, want);
			if (!err)
				err = push(m, btf_array(t)->index_type, want);
			break;
		case BTF_KIND_FUNC_PROTO:
			err = push(m, t->type, want);
			for (i = 0; i < btf_vlen(t) && !err; i++)
				err = push(m, btf_params(t)[i].type, want);
			break;
		case BTF_KIND_DATASEC:
			for (i = 0; i < btf_vlen(t) && !err; i++)
				err = push(m, btf_var_secinfos(t)[i].type, WHOLE);
			break;
		case BTF_KIND_PTR:
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPE_TAG:
		case BTF_KIND_FUNC:
		case BTF_KIND_VAR:
		case BTF_KIND_DECL_TAG:
			err = push(m, t->type, want);
			break;
		default:	/* INT, ENUM, ENUM64, FWD, FLOAT: leaves */
			break;
		}
	}
	return err;
}

/* A tag stays if what it annotates does (a member tag: if that member does). */
static void keep_tags(struct minimizer *m)
{
	uint32_t id;

	for (id = 1; id < m->n; id++) {
		const struct btf_type *t = btf__type_by_id(m->src, id);
		int32_t comp;

		if (!btf_is_decl_tag(t) || t->type >= m->n || !m->keep[t->type])
			continue;
		comp = btf_decl_tag(t)->component_idx;
		if (comp >= 0 && (uint32_t)comp >= btf_vlen(btf__type_by_id(m->src, t->type)))
			continue;
		if (comp >= 0 && btf_is_composite(btf__type_by_id(m->src, t->type)) &&
		    m->keep[t->type] != WHOLE &&
		    !(m->used[t->type] && m->used[t->type][comp]))
			continue;
		m->keep[id] = m->keep[t->type];
	}
}

static int emit_composite(struct minimizer *m, uint32_t id, const struct btf_type *t)
{
	const char *name = btf__name_by_offset(m->src, t->name_off);
	uint32_t i, kept = 0;
	int r;

	r = btf_is_struct(t) ? btf__add_struct(m->dst, name, t->size)
			     : btf__add_union(m->dst, name, t->size);
	if (r < 0)
		return r;
	m->member_idx[id] = malloc((btf_vlen(t) + 1) * sizeof(int));
	if (!m->member_idx[id])
		return -ENOMEM;
	for (i = 0; i < btf_vlen(t); i++) {
		const struct btf_member *mb = &btf_members(t)[i];

		m->member_idx[id][i] = -1;
		if (m->keep[id] != WHOLE && !(m->used[id] && m->used[id][i]))
			continue;
		r = btf__add_field(m->dst, btf__name_by_offset(m->src, mb->name_off),
				   (int)m->new_id[mb->type], (uint32_t)btf_member_bit_offset(t, i),
				   (uint32_t)btf_member_bitfield_size(t, i));
		if (r < 0)
			return 1;	/* an old-style bitfield: keep the BTF as it is */
		m->member_idx[id][i] = (int)kept++;
	}
	return 0;
}

/* The type ids a copied type refers to, renumbered. */
static void renumber(struct minimizer *m, struct btf_type *t)
{
	uint32_t i;

	switch (btf_kind(t)) {
	case BTF_KIND_ARRAY:
		btf_array(t)->type = m->new_id[btf_array(t)->type];
		btf_array(t)->index_type = m->new_id[btf_array(t)->index_type];
		break;
	case BTF_KIND_FUNC_PROTO:
		t->type = m->new_id[t->type];
		for (i = 0; i < btf_vlen(t); i++)
			btf_params(t)[i].type = m->new_id[btf_params(t)[i].type];
		break;
	case BTF_KIND_DATASEC:
		for (i = 0; i < btf_vlen(t); i++)
			btf_var_secinfos(t)[i].type = m->new_id[btf_var_secinfos(t)[i].type];
		break;
	case BTF_KIND_DECL_TAG:
		if (btf_decl_tag(t)->component_idx >= 0 && m->member_idx[t->type])
			btf_decl_tag(t)->component_idx =
				m->member_idx[t->type][btf_decl_tag(t)->component_idx];
		t->type = m->new_id[t->type];
		break;
	case BTF_KIND_PTR:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
	case BTF_KIND_FUNC:
	case BTF_KIND_VAR:
		t->type = m->new_id[t->type];
		break;
	default:
		break;
	}
}

/* The kept types, in their order. */
static int emit_types(struct minimizer *m)
{
	uint32_t id, next = 1;

	for (id = 1; id < m->n; id++)
		if (m->keep[id])
			m->new_id[id] = next++;
	for (id = 1; id < m->n; id++) {
		const struct btf_type *t = btf__type_by_id(m->src, id);
		int r;

		if (!m->keep[id])
			continue;
		if (btf_is_composite(t)) {
			r = emit_composite(m, id, t);
			if (r)
				return r;
			continue;
		}
		r = btf__add_type(m->dst, m->src, t);
		if (r < 0)
			return r;
		/* libbpf hands out a mutable copy: the last type added is ours */
		renumber(m, (struct btf_type *)btf__type_by_id(m->dst, (uint32_t)r));
	}
	return 0;
}

/* The access string with the members' new indices. */
static int renumber_access(struct minimizer *m, uint32_t root, const char *access, char *out,
			   size_t out_sz)
{
	uint32_t id = skip_mods(m->src, root);
	const char *p = access;
	size_t len = 0;
	bool first = true;

	while (*p) {
		const struct btf_type *t = btf__type_by_id(m->src, id);
		unsigned long idx = strtoul(p, (char **)&p, 10);
		long now = (long)idx;

		if (*p == ':')
			p++;
		if (!first && btf_is_composite(t)) {
			now = m->member_idx[id][idx];
			id = skip_mods(m->src, btf_members(t)[idx].type);
		} else if (!first) {
			id = skip_mods(m->src, btf_array(t)->type);
		}
		first = false;
		len += (size_t)snprintf(out + len, out_sz - len, "%s%ld", len ? ":" : "", now);
		if (len >= out_sz)
			return -E2BIG;
	}
	return 0;
}

/* Reads one info section of .BTF.ext; cb gets each group of records. */
static int for_each_ext_group(struct minimizer *m, uint8_t *ext, size_t ext_sz,
			      const struct ext_header *h, uint32_t off, uint32_t len,
			      uint32_t min_rec, int (*cb)(struct minimizer *, struct ext_section *))
{
	uint8_t *p, *end;
	uint32_t rec_size;
	int err;

	if (!len)
		return 0;
	if ((uint64_t)h->hdr_len + off + len > ext_sz || len < 4)
		return failf(m, -EINVAL, "an info section past the end, at offset", off);
	p = ext + h->hdr_len + off;
	end = p + len;
	memcpy(&rec_size, p, 4);
	if (rec_size < min_rec)
		return failf(m, -EINVAL, "records too short:", rec_size);
	p += 4;
	while (p < end) {
		struct ext_section s;

		if (end - p < 8)
			return failf(m, -EINVAL, "a truncated record group at offset", off);
		s.sec_name_off = (uint32_t *)p;
		memcpy(&s.cnt, p + 4, 4);
		s.rec_size = rec_size;
		s.recs = p + 8;
		if ((uint64_t)s.cnt * rec_size > (uint64_t)(end - s.recs))
			return failf(m, -EINVAL, "more records than the section holds at offset", off);
		p = s.recs + (size_t)s.cnt * rec_size;
		err = cb(m, &s);
		if (err)
			return err;
	}
	return 0;
}

static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static void wr32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

/* A string of .BTF, now in the new string table (0 on failure: -ENOMEM) */
static int move_str(struct minimizer *m, uint8_t *field)
{
	const char *s = btf__str_by_offset(m->src, rd32(field));
	int off;

	if (!s)
		return failf(m, -EINVAL, "a string offset outside .BTF:", rd32(field));
	off = btf__add_str(m->dst, s);
	if (off < 0)
		return off;
	wr32(field, (uint32_t)off);
	return 0;
}

static bool is_type_based_whole(uint32_t kind)
{
	return kind == BPF_CORE_TYPE_ID_LOCAL || kind == BPF_CORE_TYPE_MATCHES;
}

/* pass 1: the roots and the members relocations walk */
static int collect_func(struct minimizer *m, struct ext_section *s)
{
	uint32_t i;
	int err = 0;

	for (i = 0; i < s->cnt && !err; i++) {
		uint32_t id = rd32(s->recs + i * s->rec_size + 4);

		if (id >= m->n || !btf_is_func(btf__type_by_id(m->src, id)))
			return failf(m, -EINVAL, "func_info names a type that is no FUNC:", id);
		err = push(m, id, LEAN);
	}
	return err;
}

static int collect_relo(struct minimizer *m, struct ext_section *s)
{
	uint32_t i;
	int err = 0;

	for (i = 0; i < s->cnt && !err; i++) {
		const uint8_t *r = s->recs + i * s->rec_size;
		uint32_t id = rd32(r + 4), kind = rd32(r + 12);
		const char *access = btf__str_by_offset(m->src, rd32(r + 8));

		if (id == 0 || id >= m->n || !access)
			return failf(m, -EINVAL, "a CO-RE relocation with a bad type or access string:", i);
		if (kind <= BPF_CORE_FIELD_RSHIFT_U64)
			err = walk_access(m, id, access, i);
		if (!err)
			err = push(m, id, is_type_based_whole(kind) ? WHOLE : LEAN);
	}
	return err;
}

static int check_only(struct minimizer *m, struct ext_section *s)
{
	(void)m;
	(void)s;
	return 0;
}

/* pass 2: the same records, renumbered */
static int rewrite_func(struct minimizer *m, struct ext_section *s)
{
	uint32_t i;
	int err = move_str(m, (uint8_t *)s->sec_name_off);

	for (i = 0; i < s->cnt && !err; i++) {
		uint8_t *r = s->recs + i * s->rec_size;

		wr32(r + 4, m->new_id[rd32(r + 4)]);
	}
	return err;
}

static int rewrite_line(struct minimizer *m, struct ext_section *s)
{
	uint32_t i;
	int err = move_str(m, (uint8_t *)s->sec_name_off);

	for (i = 0; i < s->cnt && !err; i++) {
		uint8_t *r = s->recs + i * s->rec_size;

		err = move_str(m, r + 4);	/* file name */
		if (!err)
			err = move_str(m, r + 8);	/* the source line */
	}
	return err;
}

static int rewrite_relo(struct minimizer *m, struct ext_section *s)
{
	uint32_t i;
	int err = move_str(m, (uint8_t *)s->sec_name_off);

	for (i = 0; i < s->cnt && !err; i++) {
		uint8_t *r = s->recs + i * s->rec_size;
		uint32_t id = rd32(r + 4), kind = rd32(r + 12);
		const char *access = btf__str_by_offset(m->src, rd32(r + 8));
		char buf[512];
		int off;

		if (kind <= BPF_CORE_FIELD_RSHIFT_U64) {
			err = renumber_access(m, id, access, buf, sizeof(buf));
			if (err)
				return failf(m, err, "an access string too long in relocation", i);
			access = buf;
		}
		off = btf__add_str(m->dst, access);
		if (off < 0)
			return off;
		wr32(r + 8, (uint32_t)off);
		wr32(r + 4, m->new_id[id]);
	}
	return err;
}

static int rewrite_ext(struct minimizer *m, uint8_t *ext, size_t ext_sz, const struct ext_header *h,
		       bool pass2)
{
	int err;

	err = for_each_ext_group(m, ext, ext_sz, h, h->func_info_off, h->func_info_len, 8,
				 pass2 ? rewrite_func : collect_func);
	if (!err)	/* pass 1 checks its bounds, pass 2 moves its strings */
		err = for_each_ext_group(m, ext, ext_sz, h, h->line_info_off, h->line_info_len, 16,
					 pass2 ? rewrite_line : check_only);
	if (!err && h->hdr_len >= sizeof(*h))
		err = for_each_ext_group(m, ext, ext_sz, h, h->core_relo_off, h->core_relo_len, 16,
					 pass2 ? rewrite_relo : collect_relo);
	return err;
}

/* The func_info records of section sec_name_off: is insn_off a function's start? */
static bool starts_function(const uint8_t *func, uint32_t func_len, uint32_t sec_name_off,
			    uint32_t insn_off)
{
	const uint8_t *p = func + 4, *end = func + func_len;
	uint32_t rec_size = func_len >= 4 ? rd32(func) : 0, i, cnt;

	while (rec_size && end - p >= 8) {
		cnt = rd32(p + 4);
		if ((uint64_t)cnt * rec_size > (uint64_t)(end - p - 8))
			return false;
		for (i = 0; rd32(p) == sec_name_off && i < cnt; i++)
			if (rd32(p + 8 + i * rec_size) == insn_off)
				return true;
		p += 8 + (size_t)cnt * rec_size;
	}
	return false;
}

/*
 * Line info cut to one record per function, at its first instruction:
 * the kernel wants one there for every function (libbpf warns and drops
 * them all without one for the main program), the rest is the source text
 * of every line, a tenth of a module. Runs after pass 1, which checked the
 * sections' bounds; the sections are packed again (header, func_info,
 * line_info, core_relo: offsets count from the header's end).
 */
static int thin_line_info(uint8_t *ext, size_t *ext_sz, struct ext_header *h)
{
	const uint8_t *data = ext + h->hdr_len, *line = data + h->line_info_off;
	const uint8_t *func = data + h->func_info_off, *p, *end;
	uint32_t rec_size, relo_len = h->hdr_len >= sizeof(*h) ? h->core_relo_len : 0;
	uint8_t *out, *q;

	if (h->line_info_len < 4)
		return 0;
	out = malloc(h->func_info_len + h->line_info_len + relo_len);
	if (!out)
		return -ENOMEM;
	memcpy(out, func, h->func_info_len);
	q = out + h->func_info_len;
	rec_size = rd32(line);
	memcpy(q, line, 4);
	q += 4;
	for (p = line + 4, end = line + h->line_info_len; end - p >= 8;) {
		uint32_t sec = rd32(p), cnt = rd32(p + 4), i, kept = 0;
		uint8_t *group = q;

		q += 8;
		for (i = 0; i < cnt; i++) {
			const uint8_t *r = p + 8 + (size_t)i * rec_size;

			if (starts_function(func, h->func_info_len, sec, rd32(r))) {
				memcpy(q, r, rec_size);
				q += rec_size;
				kept++;
			}
		}
		wr32(group, sec);
		wr32(group + 4, kept);
		if (!kept)
			q = group;
		p += 8 + (size_t)cnt * rec_size;
	}
	h->func_info_off = 0;
	h->line_info_off = h->func_info_len;
	h->line_info_len = (uint32_t)(q - (out + h->func_info_len));
	if (relo_len) {
		memcpy(q, data + h->core_relo_off, relo_len);
		h->core_relo_off = h->line_info_off + h->line_info_len;
	}
	memcpy(ext + h->hdr_len, out, h->func_info_len + h->line_info_len + relo_len);
	memcpy(ext, h, h->hdr_len < sizeof(*h) ? h->hdr_len : sizeof(*h));
	*ext_sz = h->hdr_len + h->func_info_len + h->line_info_len + relo_len;
	free(out);
	return 0;
}

static int run(struct minimizer *m, uint8_t *ext, size_t *ext_sz, bool line_info)
{
	struct ext_header h = { 0 };
	uint32_t id;
	int err;

	if (*ext_sz < 24)
		return failf(m, -EINVAL, "a header shorter than 24 bytes:", (uint32_t)*ext_sz);
	memcpy(&h, ext, *ext_sz < sizeof(h) ? *ext_sz : sizeof(h));
	if (h.magic != 0xeB9F || h.hdr_len < 24 || h.hdr_len > *ext_sz)
		return failf(m, -EINVAL, "no .BTF.ext header, magic", h.magic);
	if (h.hdr_len < sizeof(h))
		h.core_relo_off = h.core_relo_len = 0;
	m->keep[0] = WHOLE;
	for (id = 1; id < m->n; id++)
		if (btf_is_datasec(btf__type_by_id(m->src, id)) && (err = push(m, id, WHOLE)))
			return err;
	err = rewrite_ext(m, ext, *ext_sz, &h, false);
	if (!err && !line_info)
		err = thin_line_info(ext, ext_sz, &h);
	if (!err)
		err = mark(m);
	if (err)
		return err;
	keep_tags(m);
	err = emit_types(m);
	if (err)
		return err;
	return rewrite_ext(m, ext, *ext_sz, &h, true);
}

int minimize_btf(const void *btf, size_t btf_sz, const void *ext, size_t ext_sz, bool line_info,
		 void **out_btf, size_t *out_btf_sz, void **out_ext, size_t *out_ext_sz,
		 char *err, size_t err_sz)
{
	struct minimizer m = { .err = err, .err_sz = err_sz };
	uint8_t *ext_copy = NULL;
	const void *raw;
	uint32_t raw_sz, id;
	int ret = -ENOMEM;

	*out_btf = *out_ext = NULL;
	m.src = btf__new(btf, (uint32_t)btf_sz);
	if (!m.src) {
		snprintf(err, err_sz, "embedding the object: libbpf cannot read its .BTF: %s",
			 strerror(errno));
		return -EINVAL;
	}
	m.n = btf__type_cnt(m.src);
	m.dst = btf__new_empty();
	m.keep = calloc(m.n, 1);
	m.used = calloc(m.n, sizeof(*m.used));
	m.member_idx = calloc(m.n, sizeof(*m.member_idx));
	m.new_id = calloc(m.n, sizeof(*m.new_id));
	m.stack = calloc(2 * (size_t)m.n, sizeof(*m.stack));
	ext_copy = malloc(ext_sz);
	if (!m.dst || !m.keep || !m.used || !m.member_idx || !m.new_id || !m.stack || !ext_copy) {
		snprintf(err, err_sz, "embedding the object: %s", strerror(ENOMEM));
		goto out;
	}
	memcpy(ext_copy, ext, ext_sz);
	err[0] = '\0';
	ret = run(&m, ext_copy, &ext_sz, line_info);
	if (ret < 0 && !err[0])	/* libbpf's own error, building the new .BTF */
		snprintf(err, err_sz, "embedding the object: the smaller .BTF: %s", strerror(-ret));
	if (ret)
		goto out;
	raw = btf__raw_data(m.dst, &raw_sz);
	if (!raw || !(*out_btf = malloc(raw_sz))) {
		snprintf(err, err_sz, "embedding the object: %s", strerror(ENOMEM));
		ret = -ENOMEM;
		goto out;
	}
	memcpy(*out_btf, raw, raw_sz);
	*out_btf_sz = raw_sz;
	*out_ext = ext_copy;
	*out_ext_sz = ext_sz;
	ext_copy = NULL;
out:
	for (id = 0; m.used && m.member_idx && id < m.n; id++) {
		free(m.used[id]);
		free(m.member_idx[id]);
	}
	free(m.used);
	free(m.member_idx);
	free(m.keep);
	free(m.new_id);
	free(m.stack);
	free(ext_copy);
	btf__free(m.dst);
	btf__free((struct btf *)m.src);
	return ret;
}
