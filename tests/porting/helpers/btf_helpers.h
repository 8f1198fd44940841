/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Checks, through <bpf/btf.h>, that a shared struct is laid out as in BTF. */
#ifndef PORTING_BTF_HELPERS_H
#define PORTING_BTF_HELPERS_H

#include <stddef.h>

#include <bpf/btf.h>

#ifdef __cplusplus
extern "C" {
#endif

struct field_layout {
	const char *name;
	size_t offset;		/* offsetof() in this program */
	size_t size;		/* sizeof() of the member in this program */
};

#define FIELD_LAYOUT(type, member) \
	{ #member, offsetof(type, member), sizeof(((type *)0)->member) }

/*
 * 0 when struct NAME in btf has size bytes and every listed member at the
 * given offset with the given size; otherwise -EINVAL and one line per
 * difference on stderr ("struct event: member pid: offset 4 in BTF, 0
 * here"); -ENOENT when btf has no such struct or member. Verbose: one line
 * per member checked.
 */
int btf_check_struct(const struct btf *btf, const char *name, size_t size,
		     const struct field_layout *fields, int field_cnt, int verbose);

#ifdef __cplusplus
}
#endif

#endif
