// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The guests' malloc: wasi-libc's dlmalloc is 7 KB of every module, more
 * than the SDK's own object code, for guests that allocate a few hundred
 * blocks in their life (an object, its maps and programs, buffers). This
 * one is size classes of powers of two, each with a list of freed blocks:
 * a freed block is reused whole by the next request of its class, never
 * split or merged, so there is no search and no fragmentation bookkeeping;
 * the price is up to half of each block unused. Memory comes from
 * __heap_base up, then memory.grow; it is never given back (a wasm memory
 * cannot shrink). Single-threaded, as wasm32-wasi guests are.
 *
 * Linked before wasi-libc (mk/guest.mk), it defines every symbol of
 * wasi-libc's dlmalloc.o, so that object is never pulled in.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ALIGN		16u	/* wasi-libc's: long double, max_align_t */
#define MIN_SHIFT	5u	/* the smallest block: 32 bytes, header included */
#define CLASSES		27u	/* up to 2^31 bytes */
#define PAGE		65536u

/* Before every block's memory; a block aligned past 16 bytes has a second
 * one just before the pointer returned, saying how far back its own is. */
struct header {
	uint32_t class;
	uint32_t back;		/* bytes from this header back to the block's */
	uint32_t pad[2];
};

struct free_block {
	struct header h;
	struct free_block *next;
};

extern unsigned char __heap_base;

static struct free_block *free_lists[CLASSES];
static uint64_t heap_next, heap_end;	/* 64-bit: a 4 GiB memory's end */

static uint32_t class_of(size_t n)
{
	uint32_t c = 0;
	size_t total;

	if (n > ((size_t)1 << (MIN_SHIFT + CLASSES - 1)) - sizeof(struct header))
		return CLASSES;
	total = n + sizeof(struct header);
	while (((size_t)1 << (MIN_SHIFT + c)) < total)
		c++;
	return c;
}

/* Fresh memory for one block of class c, growing the memory if needed. */
static struct header *carve(uint32_t c)
{
	size_t size = (size_t)1 << (MIN_SHIFT + c);
	struct header *h;

	if (!heap_next) {
		heap_next = ((uintptr_t)&__heap_base + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
		heap_end = (uint64_t)__builtin_wasm_memory_size(0) * PAGE;
	}
	if (heap_end - heap_next < size) {
		size_t pages = (size - (heap_end - heap_next) + PAGE - 1) / PAGE;

		if (__builtin_wasm_memory_grow(0, pages) == SIZE_MAX)
			return NULL;
		heap_end += (uint64_t)pages * PAGE;
	}
	h = (struct header *)(uintptr_t)heap_next;
	heap_next += size;
	return h;
}

static struct header *header_of(void *p)
{
	struct header *h = (struct header *)p - 1;

	return (struct header *)((unsigned char *)h - h->back);
}

void *malloc(size_t n)
{
	uint32_t c = class_of(n);
	struct header *h;

	if (c >= CLASSES) {
		errno = ENOMEM;
		return NULL;
	}
	if (free_lists[c]) {
		h = &free_lists[c]->h;
		free_lists[c] = free_lists[c]->next;
	} else if (!(h = carve(c))) {
		errno = ENOMEM;
		return NULL;
	}
	h->class = c;
	h->back = 0;
	return h + 1;
}

void free(void *p)
{
	struct free_block *b;

	if (!p)
		return;
	b = (struct free_block *)header_of(p);
	b->next = free_lists[b->h.class];
	free_lists[b->h.class] = b;
}

size_t malloc_usable_size(void *p)
{
	struct header *h;

	if (!p)
		return 0;
	h = header_of(p);
	return ((size_t)1 << (MIN_SHIFT + h->class)) - sizeof(*h) -
	       (size_t)((unsigned char *)p - (unsigned char *)(h + 1));
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *realloc(void *p, size_t n)
{
	size_t have;
	void *q;

	if (!p)
		return malloc(n);
	have = malloc_usable_size(p);
	if (n <= have)
		return p;
	q = malloc(n);
	if (q) {
		memcpy(q, p, have);
		free(p);
	}
	return q;
}

void *aligned_alloc(size_t align, size_t n)
{
	unsigned char *p, *at;
	struct header *h;

	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	if (align <= ALIGN)
		return malloc(n);
	if (n > SIZE_MAX - align)
		goto nomem;
	p = malloc(n + align);
	if (!p)
		return NULL;
	at = (unsigned char *)(((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1));
	if (at != p) {	/* at - p >= 16: room for the second header */
		h = (struct header *)at - 1;
		h->class = header_of(p)->class;
		h->back = (uint32_t)(at - p);
	}
	return at;
nomem:
	errno = ENOMEM;
	return NULL;
}

int posix_memalign(void **out, size_t align, size_t n)
{
	void *p;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = aligned_alloc(align, n);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

/* wasi-libc's internal names for the same (its environ and stdio use them) */
void *__libc_malloc(size_t n)
{
	return malloc(n);
}

void __libc_free(void *p)
{
	free(p);
}

void *__libc_calloc(size_t n, size_t size)
{
	return calloc(n, size);
}
