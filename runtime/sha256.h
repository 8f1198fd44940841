/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* SHA-256 (FIPS 180-4): the cache key of a compiled module. */
#ifndef WASM_BPF_SHA256_H
#define WASM_BPF_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint8_t block[64];
	size_t used;		/* bytes in block */
	uint64_t total;		/* bytes hashed */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
void sha256_final(struct sha256 *s, uint8_t digest[32]);

#endif
