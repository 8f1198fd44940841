/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Linux errno values to a guest's: for libbpf's calls and for <unistd.h>. */
#ifndef __LIBBPF_WASM_LINUX_ERRNO_H
#define __LIBBPF_WASM_LINUX_ERRNO_H

#include <errno.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The runtimes run on Linux and report Linux errno values, but a guest's
 * <errno.h> is WASI's, with other numbers (EINTR is 4 on Linux, 27 in WASI).
 * Every error from the runtime is converted, so `err == -EINTR` works.
 */
static inline __attribute__((unused)) int libbpf_wasm__linux_errno(int e)
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

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_LINUX_ERRNO_H */
