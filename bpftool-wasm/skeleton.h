/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_SKELETON_H
#define BPFTOOL_WASM_SKELETON_H

#include <stdio.h>

#include "skel_model.h"

/* Prints the skeleton of m; on failure returns -1 with a one-line reason in err. */
int skeleton_emit(FILE *out, const struct skel_model *m, char *err, size_t err_sz);

#endif
