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

#include <linux/types.h>	/* __u8 ... __s64, as natively */

#include "../bpf/libbpf.h"	/* the public types this file uses */
#include "imports.h"
#include "linux_errno.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * State that must be one object across all translation units of a guest
 * (the print callback, the list of loaded objects) is a weak global: every
 * TU that includes the SDK defines it, the linker keeps one.
 */
#define LIBBPF_WASM_SHARED __attribute__((weak))


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

#define libbpf_wasm__pr_warn(fmt, ...) libbpf_wasm__pr(LIBBPF_WARN, "libbpf: " fmt, ##__VA_ARGS__)
#define libbpf_wasm__pr_info(fmt, ...) libbpf_wasm__pr(LIBBPF_INFO, "libbpf: " fmt, ##__VA_ARGS__)
#define libbpf_wasm__pr_debug(fmt, ...) libbpf_wasm__pr(LIBBPF_DEBUG, "libbpf: " fmt, ##__VA_ARGS__)

/* Whether an opts struct is there and new enough to have field. */
#define LIBBPF_WASM_OPTS_HAS(opts, field) \
	((opts) && (opts)->sz >= offsetof(__typeof__(*(opts)), field) + sizeof((opts)->field))
/* An opts field, or def when opts is NULL or too old to have it. */
#define LIBBPF_WASM_OPTS_GET(opts, field, def) \
	(LIBBPF_WASM_OPTS_HAS(opts, field) ? (opts)->field : (def))

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
 * A failure from the runtime as a negative (guest) errno. The WAMR host
 * returns negative errno, the wasmtime host sometimes a positive code (+1,
 * +22): both are taken as Linux errno values.
 */
LIBBPF_API int libbpf_wasm__host_err(int ret)
{
	if (ret == 0)
		return 0;
	return -libbpf_wasm__linux_errno(ret < 0 ? -ret : ret);
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

/*
 * A call the wasm-bpf ABI cannot carry: one line through the print callback
 * naming the call and why, errno EOPNOTSUPP, and -EOPNOTSUPP (or NULL) back.
 */
LIBBPF_API int libbpf_wasm__unsupported(const char *call, const char *why)
{
	libbpf_wasm__pr_warn("%s: not supported in a wasm-bpf guest: %s (-EOPNOTSUPP)\n",
			     call, why);
	return libbpf_wasm__err(-EOPNOTSUPP);
}

LIBBPF_API void *libbpf_wasm__unsupported_ptr(const char *call, const char *why)
{
	return libbpf_wasm__err_ptr(libbpf_wasm__unsupported(call, why));
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_COMMON_H */
