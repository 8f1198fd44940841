/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * fd-level map operations (libbpf's <bpf/bpf.h>) on wasm_bpf_map_operate.
 * The runtime reads and writes as many bytes as the kernel's key and value
 * sizes say, so buffers must be that large (per-CPU maps: see
 * docs/libbpf-wasm.md).
 */
#ifndef __LIBBPF_WASM_MAP_OPS_H
#define __LIBBPF_WASM_MAP_OPS_H

#include "object.h"

#ifdef __cplusplus
extern "C" {
#endif

LIBBPF_API int libbpf_wasm__map_op(int fd, int cmd, const void *key,
				   void *value, void *next_key, uint64_t flags)
{
	int ret;

	if (fd < 0)
		return libbpf_wasm__err(-EBADF);
	ret = wasm_bpf_map_operate(fd, cmd, key, value, next_key, flags);
	return libbpf_wasm__err(ret ? libbpf_wasm__host_err(ret) : 0);
}

LIBBPF_API int bpf_map_lookup_elem(int fd, const void *key, void *value)
{
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_LOOKUP, key, value, NULL, 0);
}

LIBBPF_API int bpf_map_lookup_elem_flags(int fd, const void *key, void *value,
					 __u64 flags)
{
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_LOOKUP, key, value, NULL, flags);
}

LIBBPF_API int bpf_map_update_elem(int fd, const void *key, const void *value,
				   __u64 flags)
{
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_UPDATE, key, (void *)value,
				   NULL, flags);
}

LIBBPF_API int bpf_map_delete_elem(int fd, const void *key)
{
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_DELETE, key, NULL, NULL, 0);
}

LIBBPF_API int bpf_map_delete_elem_flags(int fd, const void *key, __u64 flags)
{
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_DELETE, key, NULL, NULL, flags);
}

/* Largest per-CPU value buffer the SDK allocates to probe a key. */
#define LIBBPF_WASM_MAX_PROBE_BYTES (1u << 20)
#define LIBBPF_WASM_MAX_CPUS 1024

LIBBPF_API bool libbpf_wasm__is_percpu(enum bpf_map_type t)
{
	return t == BPF_MAP_TYPE_PERCPU_HASH || t == BPF_MAP_TYPE_PERCPU_ARRAY ||
	       t == BPF_MAP_TYPE_LRU_PERCPU_HASH ||
	       t == BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE;
}

/* Whether key exists; false when that can't be told safely. */
LIBBPF_API bool libbpf_wasm__key_exists(const struct bpf_map *map, const void *key)
{
	size_t vsz = map->value_size;
	void *val;
	int ret;

	if (libbpf_wasm__is_percpu(map->type))
		vsz = ((vsz + 7) & ~(size_t)7) * LIBBPF_WASM_MAX_CPUS;
	if (vsz > LIBBPF_WASM_MAX_PROBE_BYTES)
		return false;
	val = malloc(vsz ? vsz : 1);
	if (!val)
		return false;
	ret = wasm_bpf_map_operate(map->fd, WASM_BPF_MAP_LOOKUP, key, val, NULL, 0);
	free(val);
	return ret == 0;
}

/*
 * A NULL key means "first key" in libbpf, but a runtime turns NULL into
 * guest address 0 and reads a key from there. The kernel returns the first
 * key for any key that does not exist, so the SDK passes one it checked is
 * absent: all 0xff bytes (an out-of-range index for arrays), else other
 * patterns.
 */
LIBBPF_API int libbpf_wasm__first_key(int fd, void *next_key)
{
	static const uint8_t patterns[] = { 0xff, 0x00, 0xa5, 0x5a, 0xfe, 0x7f };
	struct bpf_map *map = NULL;
	uint8_t *probe;
	size_t i, ksz;
	int ret = -ENOENT;

	if (!libbpf_wasm__object_of_fd(fd, &map) || !map) {
		libbpf_wasm__pr_warn("get_next_key: fd %d is not a map of a loaded object\n", fd);
		return libbpf_wasm__err(-EBADF);
	}
	ksz = map->key_size ? map->key_size : 1;
	probe = (uint8_t *)malloc(ksz);
	if (!probe)
		return libbpf_wasm__err(-ENOMEM);
	for (i = 0; i < sizeof(patterns); i++) {
		memset(probe, patterns[i], ksz);
		if (i + 1 < sizeof(patterns) && libbpf_wasm__key_exists(map, probe))
			continue;
		ret = libbpf_wasm__map_op(fd, WASM_BPF_MAP_GET_NEXT_KEY, probe,
					  NULL, next_key, 0);
		break;
	}
	free(probe);
	return ret;
}

LIBBPF_API int bpf_map_get_next_key(int fd, const void *key, void *next_key)
{
	if (!key)
		return libbpf_wasm__first_key(fd, next_key);
	return libbpf_wasm__map_op(fd, WASM_BPF_MAP_GET_NEXT_KEY, key, NULL,
				   next_key, 0);
}

/*
 * The number of possible CPUs, which sizes per-CPU values. A guest cannot
 * read /sys, so the SDK asks the kernel indirectly: a lookup in a per-CPU
 * array writes round_up(value_size, 8) bytes for every possible CPU, and
 * two fill patterns show exactly how far it wrote. Needs a loaded object
 * with a per-CPU array map; -EOPNOTSUPP otherwise.
 */
LIBBPF_WASM_SHARED int libbpf_wasm__possible_cpus;

LIBBPF_API int libbpf_wasm__probe_cpus(const struct bpf_map *map)
{
	size_t elem = (map->value_size + 7) & ~(size_t)7, len = elem * LIBBPF_WASM_MAX_CPUS;
	size_t extent = 0, i;
	uint8_t *buf;
	uint32_t zero = 0;
	int p;

	if (len > LIBBPF_WASM_MAX_PROBE_BYTES * 4 || !elem)
		return -E2BIG;
	buf = (uint8_t *)malloc(len);
	if (!buf)
		return -ENOMEM;
	for (p = 0; p < 2; p++) {
		uint8_t fill = p ? 0x5a : 0xa5;
		int ret;

		memset(buf, fill, len);
		ret = wasm_bpf_map_operate(map->fd, WASM_BPF_MAP_LOOKUP, &zero, buf, NULL, 0);
		if (ret) {
			free(buf);
			return libbpf_wasm__host_err(ret);
		}
		for (i = len; i > extent; i--)
			if (buf[i - 1] != fill) {
				extent = i;
				break;
			}
	}
	free(buf);
	return extent ? (int)((extent + elem - 1) / elem) : -EIO;
}

/*
 * /sys/devices/system/cpu/possible ("0-3", "0,2-5"), as libbpf reads it:
 * the highest CPU + 1, or -1. Readable when the runtime grants /sys.
 */
LIBBPF_API int libbpf_wasm__sysfs_possible_cpus(void)
{
	FILE *f = fopen("/sys/devices/system/cpu/possible", "r");
	char buf[256], *p, *end;
	long hi = -1, n;

	if (!f)
		return -1;
	p = fgets(buf, sizeof(buf), f);
	fclose(f);
	while (p && *p && *p != '\n') {
		n = strtol(p, &end, 10);
		if (end == p || n < 0 || n > 65535)
			return -1;
		hi = n > hi ? n : hi;
		p = end;
		if (*p == '-' || *p == ',')
			p++;
	}
	return hi >= 0 ? (int)hi + 1 : -1;
}

LIBBPF_API int libbpf_num_possible_cpus(void)
{
	struct bpf_object *obj;
	size_t i;

	if (libbpf_wasm__possible_cpus > 0)
		return libbpf_wasm__possible_cpus;
	if ((libbpf_wasm__possible_cpus = libbpf_wasm__sysfs_possible_cpus()) > 0)
		return libbpf_wasm__possible_cpus;
	for (obj = libbpf_wasm__loaded_objects; obj; obj = obj->next_loaded)
		for (i = 0; i < obj->map_cnt; i++) {
			const struct bpf_map *map = &obj->maps[i];
			int n;

			if (map->type != BPF_MAP_TYPE_PERCPU_ARRAY || map->fd < 0)
				continue;
			n = libbpf_wasm__probe_cpus(map);
			if (n > 0)
				return libbpf_wasm__possible_cpus = n;
		}
	libbpf_wasm__pr_warn("libbpf_num_possible_cpus: needs /sys granted (wasm-bpf --dir /sys) or a loaded object with a per-CPU array map (-EOPNOTSUPP)\n");
	return -EOPNOTSUPP;
}

/*
 * Not one host call: lookup then delete. Queue and stack maps (no key) need
 * the kernel's atomic command, which the ABI does not have.
 */
/* A lookup (with flags) then a delete: not atomic, as the ABI has no such command. */
LIBBPF_API int bpf_map_lookup_and_delete_elem_flags(int fd, const void *key, void *value,
						    __u64 flags)
{
	struct bpf_map *map = NULL;
	int err;

	if (libbpf_wasm__object_of_fd(fd, &map) && map &&
	    (map->type == BPF_MAP_TYPE_QUEUE || map->type == BPF_MAP_TYPE_STACK)) {
		libbpf_wasm__pr_warn("map '%s': lookup_and_delete on queue/stack maps is not in the wasm-bpf ABI (-EOPNOTSUPP)\n",
			map->name);
		return libbpf_wasm__err(-EOPNOTSUPP);
	}
	err = bpf_map_lookup_elem_flags(fd, key, value, flags);
	return err ? err : bpf_map_delete_elem(fd, key);
}

LIBBPF_API int bpf_map_lookup_and_delete_elem(int fd, const void *key, void *value)
{
	return bpf_map_lookup_and_delete_elem_flags(fd, key, value, 0);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_MAP_OPS_H */
