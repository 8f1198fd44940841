/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef WASM_BPF_OBJ_PROBE_H
#define WASM_BPF_OBJ_PROBE_H

#include <stddef.h>

/*
 * Checks the BPF object in buf (bpf_obj_check) and parses it with libbpf,
 * in a forked, limited child. 0 when the checker accepted it and libbpf
 * survived it (whether libbpf accepted the object or not); -1 when the
 * checker refused it or libbpf crashed or ran out of time, the one-line
 * reason in why.
 */
int obj_probe(const void *buf, size_t size, char *why, size_t why_sz);

#endif
