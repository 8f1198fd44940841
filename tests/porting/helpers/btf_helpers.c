// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "btf_helpers.h"

static const struct btf_member *find_member(const struct btf *btf, const struct btf_type *t,
					    const char *name)
{
	const struct btf_member *m = btf_members(t);
	int i;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		const char *mname = btf__name_by_offset(btf, m->name_off);

		if (mname && strcmp(mname, name) == 0)
			return m;
	}
	return NULL;
}

int btf_check_struct(const struct btf *btf, const char *name, size_t size,
		     const struct field_layout *fields, int field_cnt, int verbose)
{
	const struct btf_type *t;
	int i, err = 0;
	__s32 id;

	if (!btf)
		return -EINVAL;
	id = btf__find_by_name_kind(btf, name, BTF_KIND_STRUCT);
	if (id < 0) {
		fprintf(stderr, "struct %s: not in BTF\n", name);
		return -ENOENT;
	}
	t = btf__type_by_id(btf, (__u32)id);
	if (!t || !btf_is_struct(t))
		return -ENOENT;
	if (t->size != size) {
		fprintf(stderr, "struct %s: size %u in BTF, %zu here\n", name, t->size, size);
		err = -EINVAL;
	}
	for (i = 0; i < field_cnt; i++) {
		const struct btf_member *m = find_member(btf, t, fields[i].name);
		__s64 msize;
		__u32 off;

		if (!m) {
			fprintf(stderr, "struct %s: member %s: not in BTF\n", name, fields[i].name);
			return -ENOENT;
		}
		off = btf_member_bit_offset(t, (__u32)(m - btf_members(t))) / 8;
		msize = btf__resolve_size(btf, m->type);
		if (off != fields[i].offset || msize != (__s64)fields[i].size) {
			fprintf(stderr, "struct %s: member %s: offset %u size %lld in BTF, offset %zu size %zu here\n",
				name, fields[i].name, off, (long long)msize, fields[i].offset,
				fields[i].size);
			err = -EINVAL;
		} else if (verbose) {
			printf("struct %s: member %s: offset %u size %lld (as in BTF)\n", name,
			       fields[i].name, off, (long long)msize);
		}
	}
	return err;
}
