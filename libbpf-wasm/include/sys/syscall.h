/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <sys/syscall.h> for wasm32-wasi guests: the __NR_* numbers, as natively,
 * from the kernel's <asm/unistd.h> (asm-generic's numbering: wasm32 is no
 * kernel architecture). They only name calls: syscall() fails in a guest
 * (see the SDK's <unistd.h>).
 */
#ifndef __LIBBPF_WASM_SYS_SYSCALL_H
#define __LIBBPF_WASM_SYS_SYSCALL_H

#include_next <sys/syscall.h>
#include <asm/unistd.h>

#endif
