/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Every pointer a guest passes is an offset into its memory: checked here
 * before the host touches it, so a bad one is an error, not a host crash.
 */
#ifndef WASM_BPF_GUEST_MEM_H
#define WASM_BPF_GUEST_MEM_H

#include <string.h>

#include "host.h"

/* The host address of [off, off + len) in guest memory, or NULL. */
static inline void *guest_ptr(const wasm_rt_memory_t *mem, u32 off, u64 len)
{
	if ((u64)off + len > mem->size)
		return NULL;
	return mem->data + off;
}

/* A NUL-terminated guest string of at most max bytes, or NULL. */
static inline const char *guest_str(const wasm_rt_memory_t *mem, u32 off, u32 max)
{
	u64 avail;

	if (off >= mem->size)
		return NULL;
	avail = mem->size - off;
	if (avail > max)
		avail = max;
	if (!memchr(mem->data + off, '\0', avail))
		return NULL;
	return (const char *)mem->data + off;
}

static inline void guest_store_u32(void *p, u32 v)
{
	memcpy(p, &v, 4);
}

static inline void guest_store_u64(void *p, u64 v)
{
	memcpy(p, &v, 8);
}

#endif
