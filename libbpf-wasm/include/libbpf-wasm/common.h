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
 * The runtimes run on Linux and report Linux errno values, but a guest's
 * <errno.h> is WASI's, with other numbers (EINTR is 4 on Linux, 27 in WASI).
 * Every error from the runtime is converted, so `err == -EINTR` works.
 */
LIBBPF_API int libbpf_wasm__linux_errno(int e)
{
	switch (e) {
	case 1: return EPERM;		case 2: return ENOENT;
	case 3: return ESRCH;		case 4: return EINTR;
	case 5: return EIO;		case 6: return ENXIO;
	case 7: return E2BIG;		case 8: return ENOEXEC;
	case 9: return EBADF;		case 10: return ECHILD;
	case 11: return EAGAIN;		case 12: return ENOMEM;
	case 13: return EACCES;		case 14: return EFAULT;
	case 16: return EBUSY;		case 17: return EEXIST;
	case 18: return EXDEV;		case 19: return ENODEV;
	case 20: return ENOTDIR;	case 21: return EISDIR;
	case 22: return EINVAL;		case 23: return ENFILE;
	case 24: return EMFILE;		case 25: return ENOTTY;
	case 26: return ETXTBSY;	case 27: return EFBIG;
	case 28: return ENOSPC;		case 29: return ESPIPE;
	case 30: return EROFS;		case 31: return EMLINK;
	case 32: return EPIPE;		case 33: return EDOM;
	case 34: return ERANGE;		case 35: return EDEADLK;
	case 36: return ENAMETOOLONG;	case 37: return ENOLCK;
	case 38: return ENOSYS;		case 39: return ENOTEMPTY;
	case 40: return ELOOP;		case 42: return ENOMSG;
	case 43: return EIDRM;		case 61: return EIO;	/* ENODATA: not in WASI */
	case 62: return ETIMEDOUT;	case 71: return EPROTO;
	case 75: return EOVERFLOW;	case 84: return EILSEQ;
	case 88: return ENOTSOCK;	case 90: return EMSGSIZE;
	case 95: return EOPNOTSUPP;	case 98: return EADDRINUSE;
	case 105: return ENOBUFS;	case 110: return ETIMEDOUT;
	case 114: return EALREADY;	case 115: return EINPROGRESS;
	case 125: return ECANCELED;
	case 524: return EOPNOTSUPP;	/* the kernel's internal ENOTSUPP */
	default: return EIO;
	}
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
