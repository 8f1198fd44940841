// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Asks <bpf/btf.h> about every type of an object's BTF: name, kind, vlen,
 * btf__resolve_size, btf__resolve_type, btf__align_of, and which id
 * btf__find_by_name and btf__find_by_name_kind find for its name; then, per
 * program and map, what the bpf_program__*() and bpf_map__*() accessors
 * say before load. Built
 * natively against libbpf and as a guest against the SDK, on the same
 * embedded object (OBJ_HEADER, xxd -i output): the outputs must be equal.
 */
#include <errno.h>
#include <stdio.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include OBJ_HEADER

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* A result, with errors by name: errno values differ between the targets. */
static const char *res(long long v)
{
	static char buf[8][32];
	static int next;
	char *b = buf[next++ % 8];

	if (v == -EINVAL)
		return "-EINVAL";
	if (v == -ENOENT)
		return "-ENOENT";
	if (v == -E2BIG)
		return "-E2BIG";
	snprintf(b, sizeof(buf[0]), "%lld", v);
	return b;
}

int main(void)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;
	struct btf *btf;
	__u32 id;

	libbpf_set_print(quiet);
	obj = bpf_object__open_mem(obj_bytes, obj_bytes_len, NULL);
	btf = obj ? bpf_object__btf(obj) : NULL;
	if (!btf) {
		printf("no BTF\n");
		return 1;
	}
	printf("types %u pointer_size %zu\n", btf__type_cnt(btf), btf__pointer_size(btf));
	for (id = 0; id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name = btf__name_by_offset(btf, t->name_off);

		printf("[%u] kind=%u vlen=%u kflag=%d name='%s' size=%s type=%s align=%s", id,
		       btf_kind(t), btf_vlen(t), btf_kflag(t), name ? name : "",
		       res(btf__resolve_size(btf, id)), res(btf__resolve_type(btf, id)),
		       res(btf__align_of(btf, id)));
		if (name && *name)
			printf(" by_name=%s by_name_kind=%s", res(btf__find_by_name(btf, name)),
			       res(btf__find_by_name_kind(btf, name, btf_kind(t))));
		printf("\n");
	}
	bpf_object__for_each_program(prog, obj) {
		const unsigned char *insn = (const unsigned char *)bpf_program__insns(prog);
		unsigned sum = 0;
		size_t i;

		for (i = 0; insn && i < bpf_program__insn_cnt(prog) * sizeof(struct bpf_insn); i++)
			sum = sum * 31 + insn[i];
		printf("prog %s sec=%s type=%d attach=%d autoload=%d autoattach=%d insns=%zu sum=%08x\n",
		       bpf_program__name(prog), bpf_program__section_name(prog),
		       (int)bpf_program__type(prog), (int)bpf_program__expected_attach_type(prog),
		       bpf_program__autoload(prog), bpf_program__autoattach(prog),
		       bpf_program__insn_cnt(prog), sum);
	}
	/* internal maps are named differently (".bss" here, "obj.bss" natively) */
	bpf_object__for_each_map(map, obj) {
		printf("map type=%d key_size=%u value_size=%u max_entries=%u flags=%u internal=%d key_type=%u value_type=%u\n",
		       (int)bpf_map__type(map), bpf_map__key_size(map), bpf_map__value_size(map),
		       bpf_map__max_entries(map), bpf_map__map_flags(map), bpf_map__is_internal(map),
		       bpf_map__btf_key_type_id(map), bpf_map__btf_value_type_id(map));
	}
	bpf_object__close(obj);
	return 0;
}
