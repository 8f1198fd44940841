/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Small calls of <bpf/libbpf.h>, <bpf/bpf.h> and <bpf/libbpf_legacy.h>
 * that the SDK answers from what it knows: versions, modes, iteration
 * backwards, map properties an object file cannot set, initial values.
 */
#ifndef __LIBBPF_WASM_MISC_H
#define __LIBBPF_WASM_MISC_H

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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_MISC_H */
