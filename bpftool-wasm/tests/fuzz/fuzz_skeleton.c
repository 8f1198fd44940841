// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer harness: any bytes through bpftool-wasm's whole input path, as
 * `gen skeleton` runs it: bpf_obj_check, then (only if it accepts)
 * libbpf's bpf_object__open_mem, the BTF check and the skeleton model
 * (skel_model__load_mem), then the emitter into a memory buffer. Crashes,
 * hangs, leaks and sanitizer reports are bugs; anything libbpf crashes on
 * that the checker accepted is a hole in the checker. Clean errors are the
 * expected answer to garbage.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "obj_check.h"
#include "skel_model.h"
#include "skeleton.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct skel_model m;
	char err[512], *buf = NULL;
	size_t len = 0;
	FILE *out;

	/* skel_model__load_mem runs the checker too: this keeps it first */
	if (bpf_obj_check(data, size, err, sizeof(err)))
		return 0;
	if (skel_model__load_mem(&m, data, size, "fuzz.bpf.o", NULL) == 0) {
		out = open_memstream(&buf, &len);
		if (out) {
			skeleton_emit(out, &m, err, sizeof(err));
			fclose(out);
		}
		free(buf);
	}
	skel_model__free(&m);
	return 0;
}
