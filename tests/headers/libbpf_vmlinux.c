// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * btf__load_vmlinux_btf() as tools call it (btf_helpers.c, vmlinux_btf_exists):
 * prints the number of types and struct task_struct's id and size, or
 * "error: STRERROR" when the kernel's BTF cannot be read.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

int main(void)
{
	struct btf *btf = btf__load_vmlinux_btf();
	const struct btf_type *t;
	int id;

	if (!btf) {
		printf("error: %s\n", strerror(errno));
		return 1;
	}
	id = btf__find_by_name_kind(btf, "task_struct", BTF_KIND_STRUCT);
	t = id > 0 ? btf__type_by_id(btf, (__u32)id) : NULL;
	printf("types %u task_struct %d size %u\n", btf__type_cnt(btf), id, t ? t->size : 0);
	btf__free(btf);
	return 0;
}
