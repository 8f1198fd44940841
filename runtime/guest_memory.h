/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Limits of guest memory, shared by the driver's module check and the host. */
#ifndef WASM_BPF_GUEST_MEMORY_H
#define WASM_BPF_GUEST_MEMORY_H

/*
 * wabt 1.0.32 keeps a memory's byte size in a u32 (wasm_rt_memory_t.size):
 * 65,536 pages (4 GiB) would read as 0 bytes, so 65,535 is the most a
 * module gets (guest_memory.c).
 */
#define GUEST_MAX_PAGES 65535u

/* A table's initial size: 2^20 entries are 16 MiB of host memory. */
#define GUEST_MAX_TABLE 1048576u

#endif
