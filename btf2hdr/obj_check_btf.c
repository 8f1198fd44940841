// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The BTF part of the object checker (obj_check.h): .BTF through libbpf's
 * parser and btf_validate_refs, data sections against the ELF sections
 * libbpf sizes them by, and .BTF.ext record by record: its layout, and the
 * type ids and strings the records name (func_info and line_info go to the
 * kernel with the program, CO-RE relocations are resolved from them at
 * load).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "btf_input.h"
#include "btf_validate.h"
#include "names.h"
#include "obj_check_internal.h"

#define BTF_EXT_MAGIC 0xeB9F

struct ext_ctx {
	struct obj *o;
	size_t sec;		/* the .BTF.ext section */
	const struct btf *btf;
	const unsigned char *data;	/* after the header */
	__u32 size;
};

/* One kind of .BTF.ext records: where it is and what a record holds. */
struct ext_part {
	const char *what;
	__u32 off, len;
	__u32 min_rec;
	int (*check)(struct ext_ctx *x, const unsigned char *rec, __u32 n);
};

static __u32 u32_at(const unsigned char *p)
{
	__u32 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static bool has_string(const struct btf *btf, __u32 off)
{
	return btf__name_by_offset(btf, off) != NULL;
}

static int check_insn_off(struct ext_ctx *x, const char *what, __u32 n, __u32 insn_off)
{
	if (insn_off % 8)
		return obj_sec_fail(x->o, x->sec, "%s record %u: instruction offset %u is not an instruction",
				    what, n, insn_off);
	return 0;
}

/* func_info: { insn_off, type_id } */
static int check_func_rec(struct ext_ctx *x, const unsigned char *rec, __u32 n)
{
	__u32 type_id = u32_at(rec + 4);
	const struct btf_type *t = type_id ? btf__type_by_id(x->btf, type_id) : NULL;

	if (!t || !btf_is_func(t))
		return obj_sec_fail(x->o, x->sec, "func_info record %u: type %u is not a function", n, type_id);
	return check_insn_off(x, "func_info", n, u32_at(rec));
}

/* line_info: { insn_off, file_name_off, line_off, line_col } */
static int check_line_rec(struct ext_ctx *x, const unsigned char *rec, __u32 n)
{
	if (!has_string(x->btf, u32_at(rec + 4)) || !has_string(x->btf, u32_at(rec + 8)))
		return obj_sec_fail(x->o, x->sec, "line_info record %u: string offset outside .BTF's strings", n);
	return check_insn_off(x, "line_info", n, u32_at(rec));
}

/* core_relo: { insn_off, type_id, access_str_off, kind } */
static int check_core_rec(struct ext_ctx *x, const unsigned char *rec, __u32 n)
{
	__u32 type_id = u32_at(rec + 4);
	const char *access = btf__name_by_offset(x->btf, u32_at(rec + 8));

	if (type_id == 0 || type_id >= btf__type_cnt(x->btf))
		return obj_sec_fail(x->o, x->sec, "core_relo record %u: type %u does not exist", n, type_id);
	if (!access || !*access)
		return obj_sec_fail(x->o, x->sec, "core_relo record %u: no access string", n);
	return check_insn_off(x, "core_relo", n, u32_at(rec));
}

/*
 * A part is a record size, then blocks of { sec_name_off, num_info,
 * num_info records } up to its end.
 */
static int check_part(struct ext_ctx *x, const struct ext_part *p)
{
	const unsigned char *at;
	__u32 rec_size, left, i, n;

	if (p->len == 0)
		return 0;
	if (p->off % 4)
		return obj_sec_fail(x->o, x->sec, "%s at offset %u, not 4-byte aligned", p->what, p->off);
	if (p->off > x->size || p->len > x->size - p->off)
		return obj_sec_fail(x->o, x->sec, "%s (offset %u, %u bytes) past the end of the section",
				    p->what, p->off, p->len);
	if (p->len < 4)
		return obj_sec_fail(x->o, x->sec, "%s has no record size", p->what);
	at = x->data + p->off;
	rec_size = u32_at(at);
	if (rec_size < p->min_rec || rec_size % 4)
		return obj_sec_fail(x->o, x->sec, "%s records of %u bytes (at least %u, a multiple of 4)",
				    p->what, rec_size, p->min_rec);
	at += 4;
	left = p->len - 4;
	while (left) {
		__u32 name_off, cnt;
		const char *name;

		if (left < 8)
			return obj_sec_fail(x->o, x->sec, "%s: truncated block header", p->what);
		name_off = u32_at(at);
		cnt = u32_at(at + 4);
		name = btf__name_by_offset(x->btf, name_off);
		if (!name || !*name)
			return obj_sec_fail(x->o, x->sec, "%s: block without a section name (offset %u)",
					    p->what, name_off);
		if (cnt == 0 || (__u64)cnt * rec_size > left - 8)
			return obj_sec_fail(x->o, x->sec, "%s: %u records of %u bytes past the end of the part",
					    p->what, cnt, rec_size);
		at += 8;
		for (i = 0, n = 0; i < cnt; i++, at += rec_size, n++) {
			int err = p->check(x, at, n);

			if (err)
				return err;
		}
		left -= 8 + cnt * rec_size;
	}
	return 0;
}

static int check_btf_ext(struct obj *o, size_t sec, const struct btf *btf)
{
	const unsigned char *d = o->data + o->sh[sec].sh_offset;
	__u64 size = o->sh[sec].sh_size;
	struct ext_ctx x = { o, sec, btf, NULL, 0 };
	struct ext_part parts[3] = {
		{ "func_info", 0, 0, 8, check_func_rec },
		{ "line_info", 0, 0, 16, check_line_rec },
		{ "core_relo", 0, 0, 16, check_core_rec },
	};
	__u32 hdr_len;
	__u16 magic;
	int i, nparts = 2, err;

	if (size < 8)
		return obj_sec_fail(o, sec, "truncated header (%llu bytes)", (unsigned long long)size);
	memcpy(&magic, d, sizeof(magic));
	hdr_len = u32_at(d + 4);
	if (magic != BTF_EXT_MAGIC || d[2] != 1 || d[3] != 0)
		return obj_sec_fail(o, sec, "bad header (magic 0x%x, version %u, flags %u)", magic, d[2], d[3]);
	/* the func_info and line_info fields are mandatory, core_relo optional */
	if (hdr_len < 24 || hdr_len > size)
		return obj_sec_fail(o, sec, "header length %u out of range (%llu bytes)",
				    hdr_len, (unsigned long long)size);
	if (hdr_len >= 32)
		nparts = 3;
	x.data = d + hdr_len;
	x.size = (__u32)(size - hdr_len);
	for (i = 0; i < nparts; i++) {
		parts[i].off = u32_at(d + 8 + 8 * i);
		parts[i].len = u32_at(d + 12 + 8 * i);
		err = check_part(&x, &parts[i]);
		if (err)
			return err;
	}
	return 0;
}

/*
 * libbpf sizes a data section's map by its ELF section, and reads (for
 * struct_ops, copies) each variable at the offset BTF gives: every variable
 * must fit in the section.
 */
static int check_datasec(struct obj *o, size_t btf_sec, const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	const char *name = btf__name_by_offset(btf, t->name_off);
	const struct btf_var_secinfo *v = btf_var_secinfos(t);
	char safe[NAME_MSG_BUF];
	size_t sec;
	__u64 sec_size;
	int i;

	/* libbpf lays these out itself, from the externs */
	if (!strcmp(name, ".ksyms"))
		return 0;
	if (!strcmp(name, ".kconfig")) {
		/*
		 * libbpf 1.1 keeps a kconfig extern's size in an int and returns
		 * a size over 2 GiB as an "error" it then hands back as a pointer
		 */
		for (i = 0; i < btf_vlen(t); i++, v++) {
			const struct btf_type *var = btf__type_by_id(btf, v->type);
			__s64 sz = btf_is_var(var) ? btf__resolve_size(btf, var->type) : 1;

			if (sz <= 0 || sz > INT32_MAX)
				return obj_sec_fail(o, btf_sec, "type [%u] .kconfig: variable %d has no size",
						    id, i);
		}
		return 0;
	}
	sec = obj_find_sec(o, name);
	if (!sec)
		return 0;	/* libbpf refuses it: "failed to determine size" */
	sec_size = o->sh[sec].sh_size;
	name = name_for_message(name, safe, sizeof(safe));
	if (t->size && t->size != sec_size)
		return obj_sec_fail(o, btf_sec, "type [%u] %s: size %u, but the section has %llu bytes",
				    id, name, t->size, (unsigned long long)sec_size);
	for (i = 0; i < btf_vlen(t); i++, v++) {
		const struct btf_type *var = btf__type_by_id(btf, v->type);
		__s64 sz;

		if (!btf_is_var(var))
			continue;
		sz = btf__resolve_size(btf, var->type);
		if (sz < 0)
			return obj_sec_fail(o, btf_sec, "type [%u] %s: variable %d has no size", id, name, i);
		if (v->size < sz)
			return obj_sec_fail(o, btf_sec, "type [%u] %s: variable %d: %u bytes for a %lld-byte type",
					    id, name, i, v->size, (long long)sz);
		if (t->size ? (__u64)v->offset + v->size > t->size : v->size > sec_size)
			return obj_sec_fail(o, btf_sec, "type [%u] %s: variable %d past the end of the section",
					    id, name, i);
	}
	return 0;
}

int obj_check_btf(struct obj *o)
{
	size_t sec = obj_find_sec(o, ".BTF"), ext = obj_find_sec(o, ".BTF.ext");
	char msg[256];
	struct btf *btf;
	__u32 id;
	int err = 0;

	if (!sec)
		return obj_fail(o, "no .BTF section (compile BPF programs with clang -g)");
	btf = btf_parse_raw(o->data + o->sh[sec].sh_offset, o->sh[sec].sh_size, msg, sizeof(msg));
	if (!btf)
		return obj_sec_fail(o, sec, "%s", msg);
	if (btf_validate_refs(btf, msg, sizeof(msg)))
		err = obj_sec_fail(o, sec, "%s", msg);
	for (id = 1; !err && id < btf__type_cnt(btf); id++)
		if (btf_is_datasec(btf__type_by_id(btf, id)))
			err = check_datasec(o, sec, btf, id);
	if (!err && ext)
		err = check_btf_ext(o, ext, btf);
	btf__free(btf);
	return err;
}
