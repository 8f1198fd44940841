/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef WASM_BPF_OBJ_PROBE_H
#define WASM_BPF_OBJ_PROBE_H

#include <stddef.h>

/*
 * Parses the BPF object in buf with libbpf in a forked, limited child.
 * 0 when the child survived (whether libbpf accepted the object or not);
 * -1 when it crashed or ran out of time, the reason in why.
 */
int obj_probe(const void *buf, size_t size, char *why, size_t why_sz);

#endif
