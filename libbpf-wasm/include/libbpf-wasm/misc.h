/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Small calls of <bpf/libbpf.h>, <bpf/bpf.h> and <bpf/libbpf_legacy.h>
 * that the SDK answers from what it knows: versions, modes, iteration
 * backwards, map properties an object file cannot set, initial values.
 */
#ifndef __LIBBPF_WASM_MISC_H
#define __LIBBPF_WASM_MISC_H

#include "btf.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

LIBBPF_API __u32 libbpf_major_version(void)
{
	return LIBBPF_MAJOR_VERSION;
}

LIBBPF_API __u32 libbpf_minor_version(void)
{
	return LIBBPF_MINOR_VERSION;
}

LIBBPF_API const char *libbpf_version_string(void)
{
	return "v1.1";
}

LIBBPF_API int libbpf_set_strict_mode(enum libbpf_strict_mode mode)
{
	(void)mode;
	return 0;
}

/* The runtime's host process sets its own limits: nothing to raise here. */
LIBBPF_API int libbpf_set_memlock_rlim(size_t memlock_bytes)
{
	(void)memlock_bytes;
	return 0;
}

LIBBPF_API struct bpf_map *bpf_object__prev_map(const struct bpf_object *obj,
						const struct bpf_map *map)
{
	size_t idx;

	if (!obj || !obj->map_cnt)
		return NULL;
	idx = map ? (size_t)(map - obj->maps) : obj->map_cnt;
	return idx > 0 && idx <= obj->map_cnt ? &obj->maps[idx - 1] : NULL;
}

LIBBPF_API struct bpf_program *bpf_object__prev_program(const struct bpf_object *obj,
							struct bpf_program *prog)
{
	size_t idx;

	if (!obj || !obj->prog_cnt)
		return NULL;
	idx = prog ? (size_t)(prog - obj->progs) : obj->prog_cnt;
	return idx > 0 && idx <= obj->prog_cnt ? &obj->progs[idx - 1] : NULL;
}

LIBBPF_API bool bpf_program__autoattach(const struct bpf_program *prog)
{
	return prog->autoattach;
}

LIBBPF_API void bpf_program__set_autoattach(struct bpf_program *prog, bool autoattach)
{
	prog->autoattach = autoattach;
}

LIBBPF_API __u32 bpf_map__ifindex(const struct bpf_map *map)
{
	(void)map;
	return 0;
}

LIBBPF_API bool bpf_map__is_pinned(const struct bpf_map *map)
{
	(void)map;
	return false;
}

LIBBPF_API __u32 bpf_map__numa_node(const struct bpf_map *map)
{
	(void)map;
	return 0;
}

LIBBPF_API __u64 bpf_map__map_extra(const struct bpf_map *map)
{
	(void)map;
	return 0;
}

/* Before load: the new bytes of a global-data map, of the map's size. */
LIBBPF_API int bpf_map__set_initial_value(struct bpf_map *map, const void *data,
					  size_t size)
{
	if (!map || !data)
		return libbpf_wasm__err(-EINVAL);
	if (map->obj->loaded)
		return libbpf_wasm__err(-EBUSY);
	if (!map->mmaped || map->internal == LIBBPF_WASM_MAP_KCONFIG ||
	    size != map->mmaped_sz) {
		libbpf_wasm__pr_warn("map '%s': set_initial_value needs a global-data map of %zu bytes (-EINVAL)\n",
				     map->name, map->mmaped ? map->mmaped_sz : (size_t)0);
		return libbpf_wasm__err(-EINVAL);
	}
	memcpy(map->mmaped, data, size);
	return 0;
}

/*
 * A program's instructions as the object file holds them (the guest's copy):
 * what libbpf gives before load. The runtime's libbpf relocates its own copy,
 * so after load these stay the unrelocated ones.
 */
LIBBPF_API const struct bpf_insn *bpf_program__insns(const struct bpf_program *prog)
{
	const struct libbpf_wasm_elf *elf = &prog->obj->elf;
	const uint8_t *sec = libbpf_wasm__read_elf(prog->obj) ? NULL :
			     libbpf_wasm__elf_sec_data(elf, (size_t)prog->sec_idx);

	if (!sec || !libbpf_wasm__in_bounds(elf->shdrs[prog->sec_idx].sh_size,
					    prog->insn_off, prog->insn_sz))
		return (const struct bpf_insn *)libbpf_wasm__err_ptr(-EINVAL);
	return (const struct bpf_insn *)(sec + prog->insn_off);
}

LIBBPF_API size_t bpf_program__insn_cnt(const struct bpf_program *prog)
{
	return (size_t)(prog->insn_sz / sizeof(struct bpf_insn));
}

/*
 * The BTF type id of a map's key or value, as libbpf records it: the type
 * the `key`/`value` member of a SEC(".maps") definition points to, and for a
 * global-data map the DATASEC of its section (no key). 0 when there is none.
 */
LIBBPF_API __u32 libbpf_wasm__map_btf_type_id(const struct bpf_map *map, const char *member)
{
	struct btf *btf = bpf_object__btf(map->obj);
	const struct btf_type *def;
	__u16 i;
	__s32 id;

	if (!btf)
		return 0;
	if (map->internal != LIBBPF_WASM_MAP_USER) {
		if (strcmp(member, "value") != 0)
			return 0;
		id = btf__find_by_name_kind(btf, map->name, BTF_KIND_DATASEC);
		return id > 0 ? (__u32)id : 0;
	}
	if (libbpf_wasm__read_elf(map->obj) || map->def_idx >= (__u32)map->obj->map_def_cnt)
		return 0;
	def = btf__type_by_id(btf, map->obj->map_defs[map->def_idx].def_struct_id);
	if (!def || !btf_is_struct(def))
		return 0;
	for (i = 0; i < btf_vlen(def); i++) {
		const struct btf_member *m = btf_members(def) + i;
		const struct btf_type *ptr = btf__type_by_id(btf, m->type);

		if (strcmp(libbpf_wasm__btf_name(&btf->r, m->name_off), member) == 0 && ptr &&
		    btf_is_ptr(ptr))
			return ptr->type;
	}
	return 0;
}

LIBBPF_API __u32 bpf_map__btf_key_type_id(const struct bpf_map *map)
{
	return libbpf_wasm__map_btf_type_id(map, "key");
}

LIBBPF_API __u32 bpf_map__btf_value_type_id(const struct bpf_map *map)
{
	return libbpf_wasm__map_btf_type_id(map, "value");
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_MISC_H */
