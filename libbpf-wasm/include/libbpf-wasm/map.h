/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * struct bpf_map accessors, the pre-load setters (applied to the ELF image
 * at load, see patch.h) and the size-checked element operations.
 */
#ifndef __LIBBPF_WASM_MAP_H
#define __LIBBPF_WASM_MAP_H

#include "map_ops.h"
#include "patch.h"

#ifdef __cplusplus
extern "C" {
#endif

LIBBPF_API int bpf_map__fd(const struct bpf_map *map)
{
	if (!map)
		return libbpf_wasm__err(-EINVAL);
	return map->fd >= 0 ? map->fd : libbpf_wasm__err(-EINVAL);
}

LIBBPF_API const char *bpf_map__name(const struct bpf_map *map)
{
	return map ? map->name : NULL;
}

LIBBPF_API enum bpf_map_type bpf_map__type(const struct bpf_map *map)
{
	return map->type;
}

LIBBPF_API __u32 bpf_map__key_size(const struct bpf_map *map)
{
	return map->key_size;
}

LIBBPF_API __u32 bpf_map__value_size(const struct bpf_map *map)
{
	return map->value_size;
}

LIBBPF_API __u32 bpf_map__max_entries(const struct bpf_map *map)
{
	return map->max_entries;
}

LIBBPF_API __u32 bpf_map__map_flags(const struct bpf_map *map)
{
	return map->map_flags;
}

LIBBPF_API bool bpf_map__is_internal(const struct bpf_map *map)
{
	return map->internal != LIBBPF_WASM_MAP_USER;
}

LIBBPF_API bool bpf_map__autocreate(const struct bpf_map *map)
{
	return map->autocreate;
}

/*
 * The guest's copy of a global-data map (.rodata/.data/.bss), like libbpf's
 * mmap'ed region: writable before load, refreshed from the kernel on polls
 * and by bpf_object__read_globals() after load.
 */
LIBBPF_API const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize)
{
	if (!map || !map->mmaped)
		return libbpf_wasm__err_ptr(-EINVAL);
	if (psize)
		*psize = map->mmaped_sz;
	return map->mmaped;
}

/* A BTF-defined map attribute can change until load. */
LIBBPF_API int libbpf_wasm__map_settable(const struct bpf_map *map, const char *what)
{
	if (!map)
		return -EINVAL;
	if (map->obj->loaded) {
		libbpf_wasm__pr_warn("map '%s': can't set %s after load (-EBUSY)\n", map->name, what);
		return -EBUSY;
	}
	if (map->internal != LIBBPF_WASM_MAP_USER) {
		libbpf_wasm__pr_warn("map '%s': %s of a global-data map is fixed by its section (-EOPNOTSUPP)\n",
			map->name, what);
		return -EOPNOTSUPP;
	}
	return 0;
}

#define LIBBPF_WASM_MAP_SETTER(field, type, what)				\
LIBBPF_API int bpf_map__set_##field(struct bpf_map *map, type v)		\
{										\
	int err = libbpf_wasm__map_settable(map, what);				\
										\
	if (err)								\
		return libbpf_wasm__err(err);					\
	map->field = v;								\
	map->def_changed = true;						\
	map->obj->rewrite = libbpf_wasm__rewrite_image;				\
	return 0;								\
}

LIBBPF_WASM_MAP_SETTER(max_entries, __u32, "max_entries")
LIBBPF_WASM_MAP_SETTER(key_size, __u32, "key_size")
LIBBPF_WASM_MAP_SETTER(value_size, __u32, "value_size")
LIBBPF_WASM_MAP_SETTER(map_flags, __u32, "map_flags")
LIBBPF_WASM_MAP_SETTER(type, enum bpf_map_type, "type")
#undef LIBBPF_WASM_MAP_SETTER

/*
 * Not creating a map is not expressible in the ELF alone: libbpf would
 * create it anyway. Accept "true", refuse "false" loudly.
 */
LIBBPF_API int bpf_map__set_autocreate(struct bpf_map *map, bool autocreate)
{
	if (!map)
		return libbpf_wasm__err(-EINVAL);
	if (map->obj->loaded)
		return libbpf_wasm__err(-EBUSY);
	if (!autocreate) {
		libbpf_wasm__pr_warn("map '%s': set_autocreate(false) is not supported by wasm-bpf runtimes (-EOPNOTSUPP)\n",
			map->name);
		return libbpf_wasm__err(-EOPNOTSUPP);
	}
	return 0;
}

/* The value bytes one element takes in the guest (per-CPU: for each CPU). */
LIBBPF_API int libbpf_wasm__check_sizes(const struct bpf_map *map, size_t key_sz,
					size_t value_sz, bool need_value)
{
	if (!map || map->fd < 0) {
		libbpf_wasm__pr_warn("map '%s': not loaded\n", map ? map->name : "?");
		return -EINVAL;
	}
	if (key_sz != map->key_size) {
		libbpf_wasm__pr_warn("map '%s': unexpected key size %zu provided, expected %u\n",
			map->name, key_sz, map->key_size);
		return -EINVAL;
	}
	if (!need_value)
		return 0;
	if (libbpf_wasm__is_percpu(map->type)) {
		size_t elem = (map->value_size + 7) & ~7u;

		if (!value_sz || value_sz % elem) {
			libbpf_wasm__pr_warn("map '%s': unexpected value size %zu provided for per-CPU map, expected a multiple of %zu\n",
				map->name, value_sz, elem);
			return -EINVAL;
		}
	} else if (value_sz != map->value_size) {
		libbpf_wasm__pr_warn("map '%s': unexpected value size %zu provided, expected %u\n",
			map->name, value_sz, map->value_size);
		return -EINVAL;
	}
	return 0;
}

LIBBPF_API int bpf_map__lookup_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, void *value, size_t value_sz,
				    __u64 flags)
{
	int err = libbpf_wasm__check_sizes(map, key_sz, value_sz, true);

	return err ? libbpf_wasm__err(err)
		   : bpf_map_lookup_elem_flags(map->fd, key, value, flags);
}

LIBBPF_API int bpf_map__update_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, const void *value,
				    size_t value_sz, __u64 flags)
{
	int err = libbpf_wasm__check_sizes(map, key_sz, value_sz, true);

	return err ? libbpf_wasm__err(err)
		   : bpf_map_update_elem(map->fd, key, value, flags);
}

LIBBPF_API int bpf_map__delete_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, __u64 flags)
{
	int err = libbpf_wasm__check_sizes(map, key_sz, 0, false);

	return err ? libbpf_wasm__err(err)
		   : bpf_map_delete_elem_flags(map->fd, key, flags);
}

LIBBPF_API int bpf_map__get_next_key(const struct bpf_map *map,
				     const void *cur_key, void *next_key,
				     size_t key_sz)
{
	int err = libbpf_wasm__check_sizes(map, key_sz, 0, false);

	return err ? libbpf_wasm__err(err)
		   : bpf_map_get_next_key(map->fd, cur_key, next_key);
}

LIBBPF_API int bpf_map__lookup_and_delete_elem(const struct bpf_map *map,
					       const void *key, size_t key_sz,
					       void *value, size_t value_sz,
					       __u64 flags)
{
	int err = libbpf_wasm__check_sizes(map, key_sz, value_sz, true);

	(void)flags;
	return err ? libbpf_wasm__err(err)
		   : bpf_map_lookup_and_delete_elem(map->fd, key, value);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_MAP_H */
