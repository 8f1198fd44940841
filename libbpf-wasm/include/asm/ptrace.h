/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <asm/ptrace.h> for wasm32: a guest has no registers to trace, so this
 * declares none; <linux/ptrace.h> and <linux/bpf_perf_event.h> compile with
 * struct pt_regs left incomplete. BPF programs that read registers use
 * the target architecture's vmlinux.h, not this header.
 */
#ifndef __LIBBPF_WASM_ASM_PTRACE_H
#define __LIBBPF_WASM_ASM_PTRACE_H

struct pt_regs;

#endif
