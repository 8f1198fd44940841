/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The data segments of a module, taken out of its C (data_segments.c) and
 * linked into its program as one blob (the glue's data.S), which
 * host_main.c copies into guest memory when the module is instantiated:
 *
 *	uint32_t count;
 *	struct data_blob_segment segments[count];
 *	the bytes of each segment, in order
 *
 * Native byte order: the blob is written and read on the same machine.
 */
#ifndef WASM_BPF_DATA_BLOB_H
#define WASM_BPF_DATA_BLOB_H

#include <stdint.h>

struct data_blob_segment {
	uint32_t offset;	/* in guest memory 0 */
	uint32_t size;
};

#endif
