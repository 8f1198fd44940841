/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: libbpf 1.1's <bpf/libbpf_legacy.h>: what is left of the
 * 0.x compatibility API (strict modes are the only mode in 1.x).
 */
#ifndef __LIBBPF_LEGACY_BPF_H
#define __LIBBPF_LEGACY_BPF_H

#ifndef __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_OUTER_LEGACY_H
#endif

#include <linux/bpf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "libbpf_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The 0.x spelling of LIBBPF_OPTS. */
#define DECLARE_LIBBPF_OPTS LIBBPF_OPTS

enum libbpf_strict_mode {
	LIBBPF_STRICT_ALL = 4294967295,
	LIBBPF_STRICT_NONE = 0,
	LIBBPF_STRICT_CLEAN_PTRS = 1,
	LIBBPF_STRICT_DIRECT_ERRS = 2,
	LIBBPF_STRICT_SEC_NAME = 4,
	LIBBPF_STRICT_NO_OBJECT_LIST = 8,
	LIBBPF_STRICT_AUTO_RLIMIT_MEMLOCK = 16,
	LIBBPF_STRICT_MAP_DEFINITIONS = 32,
	__LIBBPF_STRICT_LAST,
};

/* ---- the library ---- */
/* libbpf_set_strict_mode(): A no-op returning 0, as in libbpf 1.x. */
LIBBPF_API int libbpf_set_strict_mode(enum libbpf_strict_mode mode);

/* libbpf_get_error(): -errno for a NULL pointer, else 0. */
LIBBPF_API long libbpf_get_error(const void *ptr);

struct bpf_program;

struct bpf_map;

struct btf;

struct btf_ext;

/*
 * libbpf_find_kernel_btf(): btf__load_vmlinux_btf()'s older name (the
 * guest needs /sys granted).
 */
LIBBPF_API struct btf *libbpf_find_kernel_btf(void);

/* ---- programs ---- */
/* bpf_program__get_type(): As bpf_program__type(). */
LIBBPF_API enum bpf_prog_type bpf_program__get_type(const struct bpf_program *prog);

/*
 * bpf_program__get_expected_attach_type(): As
 * bpf_program__expected_attach_type().
 */
LIBBPF_API enum bpf_attach_type bpf_program__get_expected_attach_type(const struct bpf_program *prog);

/* ---- maps ---- */
/*
 * bpf_map__get_pin_path(): NULL, errno EOPNOTSUPP: pinning needs bpffs,
 * which the wasm-bpf ABI does not reach.
 */
LIBBPF_API const char *bpf_map__get_pin_path(const struct bpf_map *map);

/* ---- BTF ---- */
/* btf__get_raw_data(): Works as in libbpf. */
LIBBPF_API const void *btf__get_raw_data(const struct btf *btf, __u32 *size);

/* ---- .BTF.ext ---- */
/*
 * btf_ext__get_raw_data(): NULL, errno EOPNOTSUPP: .BTF.ext is read by the
 * runtime's libbpf, not by the SDK.
 */
LIBBPF_API const void *btf_ext__get_raw_data(const struct btf_ext *btf_ext, __u32 *size);

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The definitions, once every declaration header is complete. */
#ifdef __LIBBPF_WASM_OUTER_LEGACY_H
#undef __LIBBPF_WASM_OUTER_LEGACY_H
#undef __LIBBPF_WASM_DECLARING
#include "../libbpf-wasm/impl.h"
#endif

#endif /* __LIBBPF_LEGACY_BPF_H */
