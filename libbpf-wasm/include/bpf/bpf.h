/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: the fd-level calls of libbpf's <bpf/bpf.h> that the wasm-bpf
 * ABI can carry (map element operations).
 */
#ifndef __LIBBPF_BPF_H
#define __LIBBPF_BPF_H

#include "../libbpf-wasm/map_ops.h"

#endif /* __LIBBPF_BPF_H */
