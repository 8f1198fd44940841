// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Guest linear memory and tables, replacing wabt's allocators (renamed
 * away when wasm-rt-impl.c is compiled, see the Makefile). wabt 1.0.32
 * computes sizes in 32 bits (65,536 pages become 0 bytes) and never checks
 * an allocation; here every size is 64-bit and a failure is an error.
 *
 * Memory never moves: the whole 4 GiB a wasm32 memory can reach is
 * reserved PROT_NONE up front and memory.grow makes pages accessible in
 * place, in O(1) and without copying. (Kernel pages mapped into guest
 * memory later rely on this.) When the reservation itself is refused
 * (ulimit -v), the memory is mapped at its current size and grows with
 * mremap, which may move it: the imports re-derive pointers anyway.
 *
 * wasm_rt_memory_t keeps the byte size in a u32, so 65,536 pages (4 GiB)
 * cannot be represented: memories stop at 65,535 pages (the driver refuses
 * modules that need more, memory.grow past it returns -1).
 */
#define _GNU_SOURCE	/* mremap */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "guest_memory.h"
#include "host.h"

#define WASM_PAGE	65536ull
#define RESERVATION	(65536ull * WASM_PAGE)	/* all a wasm32 address can reach */
#define MAX_MEMORIES	8

/* wasm_rt_memory_t has no room for the mapping's length: kept here. */
static struct mapping {
	u8 *data;
	u64 mapped;	/* bytes mapped at data (accessible or not) */
	bool reserved;	/* mapped == RESERVATION: grow in place */
} mappings[MAX_MEMORIES];

static struct mapping *mapping_of(const u8 *data)
{
	for (int i = 0; i < MAX_MEMORIES; i++)
		if (mappings[i].data == data)
			return &mappings[i];
	return NULL;
}

static void fail_allocation(u64 bytes, const char *what)
{
	fprintf(stderr, "wasm-bpf: %s: cannot allocate %llu bytes of guest %s\n",
		host.module_path ? host.module_path : "module", (unsigned long long)bytes, what);
	fflush(stderr);
	_exit(1);
}

static void *map_anon(u64 len, int prot)
{
	void *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

void wasm_rt_allocate_memory(wasm_rt_memory_t *mem, uint32_t initial_pages, uint32_t max_pages)
{
	u64 bytes = (u64)initial_pages * WASM_PAGE;
	struct mapping *m = mapping_of(NULL);
	u8 *p;

	if (!m || initial_pages > GUEST_MAX_PAGES)
		fail_allocation(bytes, "memory");
	p = map_anon(RESERVATION, PROT_NONE);
	if (p) {
		m->mapped = RESERVATION;
		m->reserved = true;
		if (bytes && mprotect(p, bytes, PROT_READ | PROT_WRITE)) {
			munmap(p, RESERVATION);
			fail_allocation(bytes, "memory");
		}
	} else {
		/* a mapping cannot be empty: one page stands for 0 pages */
		m->mapped = bytes ? bytes : WASM_PAGE;
		m->reserved = false;
		p = map_anon(m->mapped, PROT_READ | PROT_WRITE);
		if (!p)
			fail_allocation(bytes, "memory");
	}
	m->data = p;
	mem->data = p;
	mem->pages = initial_pages;
	mem->max_pages = max_pages < GUEST_MAX_PAGES ? max_pages : GUEST_MAX_PAGES;
	mem->size = (uint32_t)bytes;
}

/* memory.grow: the old size in pages, or -1 (the guest's malloc fails). */
uint32_t wasm_rt_grow_memory(wasm_rt_memory_t *mem, uint32_t delta)
{
	struct mapping *m = mapping_of(mem->data);
	u64 old_pages = mem->pages, new_pages = old_pages + delta;
	u64 old_bytes = old_pages * WASM_PAGE, new_bytes = new_pages * WASM_PAGE;
	u8 *p = mem->data;

	if (!m || new_pages > mem->max_pages)
		return UINT32_MAX;
	if (delta == 0)
		return (uint32_t)old_pages;
	if (m->reserved) {
		if (mprotect(p + old_bytes, new_bytes - old_bytes, PROT_READ | PROT_WRITE))
			return UINT32_MAX;
	} else if (new_bytes > m->mapped) {
		/* new pages of an anonymous mapping are zero, as wasm wants */
		p = mremap(p, m->mapped, new_bytes, MREMAP_MAYMOVE);
		if (p == MAP_FAILED)
			return UINT32_MAX;
		m->data = p;
		m->mapped = new_bytes;
	}
	mem->data = p;
	mem->pages = (uint32_t)new_pages;
	mem->size = (uint32_t)new_bytes;
	return (uint32_t)old_pages;
}

void wasm_rt_free_memory(wasm_rt_memory_t *mem)
{
	struct mapping *m = mapping_of(mem->data);

	if (!m || !mem->data)
		return;
	munmap(m->data, m->mapped);
	*m = (struct mapping){ 0 };
	mem->data = NULL;
	mem->size = mem->pages = 0;
}

/* Tables: wabt's calloc, checked (a table of 2^32 entries is 64 GiB). */
void wasm_rt_allocate_funcref_table(wasm_rt_funcref_table_t *table, uint32_t elements,
				    uint32_t max_elements)
{
	table->data = calloc(elements ? elements : 1, sizeof(*table->data));
	if (!table->data)
		fail_allocation((u64)elements * sizeof(*table->data), "table");
	table->size = elements;
	table->max_size = max_elements;
}

void wasm_rt_allocate_externref_table(wasm_rt_externref_table_t *table, uint32_t elements,
				      uint32_t max_elements)
{
	table->data = calloc(elements ? elements : 1, sizeof(*table->data));
	if (!table->data)
		fail_allocation((u64)elements * sizeof(*table->data), "table");
	table->size = elements;
	table->max_size = max_elements;
}
