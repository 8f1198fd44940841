/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What every part of the SDK shares: the function attribute, state shared by
 * all translation units of a guest, the print callback and error helpers.
 */
#ifndef __LIBBPF_WASM_COMMON_H
#define __LIBBPF_WASM_COMMON_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imports.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The SDK is header-only: its functions are static inline so that a guest
 * including the headers gets no unused-function warnings, and the linker
 * keeps only what the guest calls.
 */
#define LIBBPF_API static inline __attribute__((unused))

/*
 * State that must be one object across all translation units of a guest
 * (the print callback, the list of loaded objects) is a weak global: every
 * TU that includes the SDK defines it, the linker keeps one.
 */
#define LIBBPF_WASM_SHARED __attribute__((weak))

typedef uint8_t __u8;
typedef uint16_t __u16;
typedef uint32_t __u32;
typedef uint64_t __u64;
typedef int8_t __s8;
typedef int16_t __s16;
typedef int32_t __s32;
typedef int64_t __s64;

enum libbpf_print_level {
	LIBBPF_WARN,
	LIBBPF_INFO,
	LIBBPF_DEBUG,
};

typedef int (*libbpf_print_fn_t)(enum libbpf_print_level level,
				 const char *fmt, va_list ap);

/* Like libbpf: warnings and info go to stderr, debug output is dropped. */
static inline int libbpf_wasm__default_print(enum libbpf_print_level level,
					     const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

LIBBPF_WASM_SHARED libbpf_print_fn_t libbpf_wasm__print_fn =
	libbpf_wasm__default_print;

LIBBPF_API libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
{
	libbpf_print_fn_t old = libbpf_wasm__print_fn;

	libbpf_wasm__print_fn = fn;
	return old;
}

__attribute__((format(printf, 2, 3)))
LIBBPF_API void libbpf_wasm__pr(enum libbpf_print_level level,
				const char *fmt, ...)
{
	va_list ap;
	int saved = errno;

	if (!libbpf_wasm__print_fn)
		return;
	va_start(ap, fmt);
	libbpf_wasm__print_fn(level, fmt, ap);
	va_end(ap);
	errno = saved;
}

#define pr_warn(fmt, ...) libbpf_wasm__pr(LIBBPF_WARN, "libbpf: " fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...) libbpf_wasm__pr(LIBBPF_INFO, "libbpf: " fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...) libbpf_wasm__pr(LIBBPF_DEBUG, "libbpf: " fmt, ##__VA_ARGS__)

/*
 * libbpf 1.x error conventions: functions returning int return -errno;
 * functions returning a pointer return NULL and set errno.
 */
LIBBPF_API int libbpf_wasm__err(int err)
{
	if (err < 0)
		errno = -err;
	return err;
}

LIBBPF_API void *libbpf_wasm__err_ptr(int err)
{
	errno = err < 0 ? -err : err;
	return NULL;
}

/*
 * Runtimes report failure differently: the WAMR host returns negative
 * errno, the wasmtime host sometimes a positive code (+1, +22). Fold all
 * into one negative errno, keeping the value when it looks like one.
 */
LIBBPF_API int libbpf_wasm__host_err(int ret)
{
	if (ret < 0)
		return ret;
	if (ret > 0 && ret < 4096)
		return -ret;
	return -EIO;
}

LIBBPF_API long libbpf_get_error(const void *ptr)
{
	return ptr ? 0 : -errno;
}

LIBBPF_API int libbpf_strerror(int err, char *buf, size_t size)
{
	const char *msg;
	int n;

	if (!buf || !size)
		return -EINVAL;
	err = err < 0 ? -err : err;
	switch (err) {
	case 4001: msg = "Something wrong in libbpf"; break;
	case 4003: msg = "Endian mismatch"; break;
	case 4006: msg = "Unsupported in wasm-bpf"; break;
	default: msg = strerror(err); break;
	}
	n = snprintf(buf, size, "%s", msg);
	return n >= 0 && (size_t)n < size ? 0 : -ERANGE;
}

/* Whether [off, off + len) lies within size bytes, without overflow. */
LIBBPF_API bool libbpf_wasm__in_bounds(size_t size, uint64_t off, uint64_t len)
{
	return off <= size && len <= size - off;
}

/* Options structs carry their own size, as in libbpf. */
#define LIBBPF_OPTS(TYPE, NAME, ...)					\
	struct TYPE NAME = ({						\
		memset(&NAME, 0, sizeof(struct TYPE));			\
		(struct TYPE){ .sz = sizeof(struct TYPE), __VA_ARGS__ };\
	})
#define DECLARE_LIBBPF_OPTS LIBBPF_OPTS

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_COMMON_H */
