/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* errno numbers of the Linux kernel (not of the guest's libc) by name. */
#ifndef PORTING_ERRNO_HELPERS_H
#define PORTING_ERRNO_HELPERS_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The symbolic name of a Linux errno ("ENOENT" for 2), or NULL. The numbers
 * are the kernel's: a BPF program reports them, and wasi-libc's own errno
 * values differ (its ENOENT is 44), so <errno.h> cannot translate them.
 */
const char *errno_name(int err);

/* The Linux number of a name ("EACCES" or "13"); -1 if unknown. */
int errno_by_name(const char *name);

#ifdef __cplusplus
}
#endif

#endif
