/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: libbpf's user-space API for WebAssembly guests of a wasm-bpf
 * runtime. `#include <bpf/libbpf.h>` as with native libbpf; what each call
 * does here is listed in docs/libbpf-wasm.md.
 */
#ifndef __LIBBPF_LIBBPF_H
#define __LIBBPF_LIBBPF_H

#include "../libbpf-wasm/common.h"
#include "../libbpf-wasm/object.h"
#include "../libbpf-wasm/map.h"
#include "../libbpf-wasm/program.h"
#include "../libbpf-wasm/buffer.h"
#include "../libbpf-wasm/skeleton.h"

#endif /* __LIBBPF_LIBBPF_H */
