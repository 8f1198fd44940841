/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Data segments loaded rather than compiled: wasm2c writes a module's data
 * as C array initialisers, and compiling them is most of the first run of
 * a module with an embedded BPF object (650 KB of data in bootstrap.wasm:
 * a second of the compiler's time). The driver hands wasm2c the module
 * with its active segments emptied and links their bytes in as a blob
 * (data_blob.h) that host_main.c copies into memory at instantiation.
 */
#ifndef WASM_BPF_DATA_SEGMENTS_H
#define WASM_BPF_DATA_SEGMENTS_H

#include <stddef.h>
#include <stdint.h>

#include "wasm_module.h"

struct data_split {
	uint8_t *module;	/* the module to translate (malloc'd) */
	size_t module_len;
	uint8_t *blob;		/* data_blob.h's layout (malloc'd) */
	size_t blob_len;
};

/*
 * Splits module mod (parsed into m). When its segments cannot be moved
 * without changing what the module does (a start function runs before the
 * host could copy them, an offset read from a global, a second memory),
 * module is a copy of mod and the blob holds no segment. 0, or -ENOMEM.
 */
int data_split(const uint8_t *mod, size_t len, const struct wasm_module *m,
	       struct data_split *out);
void data_split_free(struct data_split *s);

#endif
