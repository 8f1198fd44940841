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
	/* { Linux's, WASI's }: a table, not a switch (300 bytes less code);
	 * only error paths look numbers up */
	static const unsigned char to_wasi[][2] = {
		{ 1, EPERM }, { 2, ENOENT }, { 3, ESRCH }, { 4, EINTR }, { 5, EIO },
		{ 6, ENXIO }, { 7, E2BIG }, { 8, ENOEXEC }, { 9, EBADF }, { 10, ECHILD },
		{ 11, EAGAIN }, { 12, ENOMEM }, { 13, EACCES }, { 14, EFAULT },
		{ 16, EBUSY }, { 17, EEXIST }, { 18, EXDEV }, { 19, ENODEV },
		{ 20, ENOTDIR }, { 21, EISDIR }, { 22, EINVAL }, { 23, ENFILE },
		{ 24, EMFILE }, { 25, ENOTTY }, { 26, ETXTBSY }, { 27, EFBIG },
		{ 28, ENOSPC }, { 29, ESPIPE }, { 30, EROFS }, { 31, EMLINK },
		{ 32, EPIPE }, { 33, EDOM }, { 34, ERANGE }, { 35, EDEADLK },
		{ 36, ENAMETOOLONG }, { 37, ENOLCK }, { 38, ENOSYS }, { 39, ENOTEMPTY },
		{ 40, ELOOP }, { 42, ENOMSG }, { 43, EIDRM }, { 61, EIO },	/* ENODATA: not in WASI */
		{ 62, ETIMEDOUT }, { 71, EPROTO }, { 75, EOVERFLOW }, { 84, EILSEQ },
		{ 88, ENOTSOCK }, { 90, EMSGSIZE }, { 95, EOPNOTSUPP }, { 98, EADDRINUSE },
		{ 105, ENOBUFS }, { 110, ETIMEDOUT }, { 114, EALREADY },
		{ 115, EINPROGRESS }, { 125, ECANCELED },
	};
	unsigned i;

	if (e == 524)		/* the kernel's internal ENOTSUPP */
		return EOPNOTSUPP;
	for (i = 0; i < sizeof(to_wasi) / sizeof(to_wasi[0]); i++)
		if (to_wasi[i][0] == e)
			return to_wasi[i][1];
	return EIO;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_LINUX_ERRNO_H */
