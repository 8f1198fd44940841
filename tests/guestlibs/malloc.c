// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The guests' allocator (libbpf-wasm/src/malloc.c) under the patterns
 * guests have: many blocks of every size alive at once, freed in another
 * order, reused, grown by realloc, zeroed by calloc, aligned. Every block
 * is filled with a pattern of its own and checked before it is freed; the
 * same program runs natively on glibc and must print the same lines.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 2000

static unsigned char *slot[SLOTS];
static size_t slot_len[SLOTS];
static uint32_t seed = 12345;

static uint32_t next_rand(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

static void fill(unsigned char *p, size_t n, size_t tag)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(tag * 31 + i);
}

static int intact(const unsigned char *p, size_t n, size_t tag)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char)(tag * 31 + i))
			return 0;
	return 1;
}

int main(void)
{
	size_t i, bad = 0, misaligned = 0, short_usable = 0, not_zero = 0;
	unsigned long ops = 0;
	volatile size_t huge;
	void *volatile big;
	int e;

	for (int round = 0; round < 60000; round++) {
		size_t k = next_rand() % SLOTS;
		uint32_t r = next_rand();
		/* mostly small, sometimes a page or 100 KB: an object copy */
		size_t n = r % 16 ? r % 300 : r % 64 ? r % 70000 : r % 300000;

		if (slot[k]) {
			if (!intact(slot[k], slot_len[k], k))
				bad++;
			if (r & 1) {	/* grow or shrink in place of a free */
				unsigned char *q = (unsigned char *)realloc(slot[k], n);

				if (!q && n)
					bad++;
				if (q && !intact(q, n < slot_len[k] ? n : slot_len[k], k))
					bad++;
				slot[k] = q;
				slot_len[k] = q ? n : 0;
				if (q)
					fill(q, n, k);
				ops++;
				continue;
			}
			free(slot[k]);
			slot[k] = NULL;
		}
		if (r & 2) {
			slot[k] = (unsigned char *)calloc(1, n);
			for (i = 0; slot[k] && i < n; i++)
				not_zero += slot[k][i] != 0;
		} else {
			slot[k] = (unsigned char *)malloc(n);
		}
		if (!slot[k]) {
			bad++;
			continue;
		}
		misaligned += (uintptr_t)slot[k] % 16 != 0;
		slot_len[k] = n;
		fill(slot[k], n, k);
		ops++;
	}
	for (i = 0; i < SLOTS; i++) {
		if (slot[i] && !intact(slot[i], slot_len[i], i))
			bad++;
		free(slot[i]);
	}
	printf("%lu operations: %zu damaged or failed, %zu not 16-byte aligned, %zu calloc bytes not zero\n",
	       ops, bad, misaligned, not_zero);

	for (size_t align = 32; align <= 8192; align *= 4) {
		void *p = aligned_alloc(align, 100), *q = NULL;
		int rc = posix_memalign(&q, align, 5000);

		short_usable += !p || malloc_usable_size(p) < 100;
		printf("align %zu: aligned_alloc %s, posix_memalign %d %s\n", align,
		       p && (uintptr_t)p % align == 0 ? "aligned" : "NOT aligned", rc,
		       q && (uintptr_t)q % align == 0 ? "aligned" : "NOT aligned");
		memset(p, 1, 100);
		memset(q, 2, 5000);
		q = realloc(q, 20000);	/* keeps the bytes, not the alignment */
		printf("  realloc of an aligned block keeps its bytes: %s\n",
		       q && ((unsigned char *)q)[4999] == 2 ? "yes" : "no");
		free(p);
		free(q);
	}
	printf("usable size short: %zu\n", short_usable);
	{
		void *q = NULL;

		printf("posix_memalign(align 3): %s\n", posix_memalign(&q, 3, 10) == EINVAL ? "EINVAL" : "?");
	}
	/* sizes the compiler does not see (it warns of constant ones), and
	 * results it may not fold away (it may elide an unused allocation) */
	huge = SIZE_MAX - 8;
	errno = 0;
	big = malloc(huge);
	__asm__ volatile("" ::: "memory");	/* clang assumes malloc leaves errno alone */
	e = errno;
	printf("malloc(SIZE_MAX - 8): %s, ENOMEM %s\n", big ? "a block" : "NULL", e == ENOMEM ? "yes" : "no");
	errno = 0;
	big = calloc(huge / 2, 4);
	__asm__ volatile("" ::: "memory");
	e = errno;
	printf("calloc overflow: %s, ENOMEM %s\n", big ? "a block" : "NULL", e == ENOMEM ? "yes" : "no");
	printf("free(NULL), realloc(NULL, 8): %s\n", (free(NULL), realloc(NULL, 8)) ? "ok" : "NULL");
	return 0;
}
