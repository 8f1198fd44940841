// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A guest that reads BTF through <bpf/btf.h>: the raw .BTF section of an
 * object (btf__new), printed in `bpftool btf dump file X` format so that
 * the test can diff the two; then, from the object itself
 * (bpf_object__btf), one "find KIND 'NAME' ID" line per named type
 * (btf__find_by_name_kind) and one "size 'NAME' N" line per sized named
 * type (btf__resolve_size). The bytes come from OBJ_HEADER (xxd -i output:
 * obj_bytes[], obj_bytes_len) and BTF_HEADER (btf_bytes[], btf_bytes_len).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include OBJ_HEADER
#include BTF_HEADER

static const char *const kinds[] = {
	"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD",
	"TYPEDEF", "VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR",
	"DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG", "ENUM64",
};

static const char *name_of(const struct btf *btf, __u32 off)
{
	const char *s = btf__name_by_offset(btf, off);

	return s && *s ? s : "(anon)";
}

static const char *linkage(__u32 l)
{
	return l == BTF_FUNC_STATIC ? "static" : l == BTF_FUNC_GLOBAL ? "global" : "extern";
}

static void dump_int(const struct btf_type *t)
{
	__u8 enc = btf_int_encoding(t);

	printf(" size=%u bits_offset=%u nr_bits=%u encoding=%s\n", t->size,
	       btf_int_offset(t), btf_int_bits(t),
	       enc & BTF_INT_SIGNED ? "SIGNED" : enc & BTF_INT_CHAR ? "CHAR" :
	       enc & BTF_INT_BOOL ? "BOOL" : "(none)");
}

static void dump_members(const struct btf *btf, const struct btf_type *t)
{
	__u16 i;

	printf(" size=%u vlen=%u\n", t->size, btf_vlen(t));
	for (i = 0; i < btf_vlen(t); i++) {
		const struct btf_member *m = btf_members(t) + i;

		printf("\t'%s' type_id=%u bits_offset=%u", name_of(btf, m->name_off),
		       m->type, btf_member_bit_offset(t, i));
		if (btf_member_bitfield_size(t, i))
			printf(" bitfield_size=%u", btf_member_bitfield_size(t, i));
		printf("\n");
	}
}

static void dump_type(const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	__u16 i, k = btf_kind(t);

	printf("[%u] %s '%s'", id, k < sizeof(kinds) / sizeof(kinds[0]) ? kinds[k] : "?",
	       name_of(btf, t->name_off));
	if (btf_is_int(t)) {
		dump_int(t);
	} else if (btf_is_ptr(t) || btf_is_typedef(t) || btf_is_mod(t)) {
		printf(" type_id=%u\n", t->type);
	} else if (btf_is_array(t)) {
		printf(" type_id=%u index_type_id=%u nr_elems=%u\n", btf_array(t)->type,
		       btf_array(t)->index_type, btf_array(t)->nelems);
	} else if (btf_is_composite(t)) {
		dump_members(btf, t);
	} else if (btf_is_enum(t)) {
		printf(" encoding=%s size=%u vlen=%u\n", btf_kflag(t) ? "SIGNED" : "UNSIGNED",
		       t->size, btf_vlen(t));
		for (i = 0; i < btf_vlen(t); i++)
			printf("\t'%s' val=%u\n", name_of(btf, btf_enum(t)[i].name_off),
			       (unsigned)btf_enum(t)[i].val);
	} else if (btf_is_func_proto(t)) {
		printf(" ret_type_id=%u vlen=%u\n", t->type, btf_vlen(t));
		for (i = 0; i < btf_vlen(t); i++)
			printf("\t'%s' type_id=%u\n", name_of(btf, btf_params(t)[i].name_off),
			       btf_params(t)[i].type);
	} else if (btf_is_func(t)) {
		printf(" type_id=%u linkage=%s\n", t->type, linkage(btf_vlen(t)));
	} else if (btf_is_var(t)) {
		printf(" type_id=%u, linkage=%s\n", t->type, linkage(btf_var(t)->linkage));
	} else if (btf_is_float(t)) {
		printf(" size=%u\n", t->size);
	} else if (btf_is_datasec(t)) {
		printf(" size=%u vlen=%u\n", t->size, btf_vlen(t));
		for (i = 0; i < btf_vlen(t); i++) {
			const struct btf_var_secinfo *v = btf_var_secinfos(t) + i;

			printf("\ttype_id=%u offset=%u size=%u (VAR '%s')\n", v->type, v->offset,
			       v->size, name_of(btf, btf__type_by_id(btf, v->type)->name_off));
		}
	} else {
		printf("\n");
	}
}

int main(void)
{
	struct bpf_object *obj = bpf_object__open_mem(obj_bytes, obj_bytes_len, NULL);
	struct btf *btf, *copy;
	const void *raw;
	__u32 id, raw_sz;

	btf = obj ? bpf_object__btf(obj) : NULL;
	if (!btf) {
		fprintf(stderr, "no BTF: %s\n", strerror(errno));
		return 1;
	}
	/* the object's BTF is the section's, but for DATASEC sizes set at open */
	raw = btf__raw_data(btf, &raw_sz);
	copy = btf__new(btf_bytes, btf_bytes_len);
	if (!copy || !raw || raw_sz != btf_bytes_len || btf__type_cnt(copy) != btf__type_cnt(btf)) {
		fprintf(stderr, "btf__new of the .BTF section differs from bpf_object__btf\n");
		return 1;
	}
	for (id = 1; id < btf__type_cnt(copy); id++)
		dump_type(copy, id);
	for (id = 1; id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name = btf__name_by_offset(btf, t->name_off);
		__s64 size;

		if (!name || !*name)
			continue;
		printf("find %s '%s' %d\n", kinds[btf_kind(t)], name,
		       btf__find_by_name_kind(btf, name, btf_kind(t)));
		size = btf__resolve_size(btf, id);
		if (size >= 0)
			printf("size '%s' %lld\n", name, (long long)size);
	}
	if (btf__find_by_name(btf, "no_such_type") != -ENOENT || errno != ENOENT ||
	    btf__type_by_id(btf, btf__type_cnt(btf)) != NULL ||
	    btf__resolve_type(btf, (__u32)btf__find_by_name(btf, "u64_t")) < 0 ||
	    btf__parse("/no/such/file", NULL) != NULL) {
		fprintf(stderr, "error cases misbehave\n");
		return 1;
	}
	btf__free(copy);
	bpf_object__close(obj);	/* frees the object's BTF */
	return 0;
}
