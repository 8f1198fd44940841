/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Names of x86-64 system call numbers (raw_syscalls report numbers). */
#ifndef PORTING_SYSCALL_HELPERS_H
#define PORTING_SYSCALL_HELPERS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The name of x86-64 system call nr into buf ("getpgid"), or "[nr]" when the
 * table does not know it. A guest sees asm-generic's <asm/unistd.h>, whose
 * numbers are not x86-64's, so the table is this file's own.
 */
void syscall_name(unsigned int nr, char *buf, size_t size);

/* The number of a name, or -1. */
int syscall_by_name(const char *name);

#ifdef __cplusplus
}
#endif

#endif
