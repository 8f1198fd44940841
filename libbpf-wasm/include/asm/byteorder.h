/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <asm/byteorder.h> for wasm32, which every kernel architecture supplies and
 * asm-generic does not: WebAssembly is little-endian.
 */
#ifndef __LIBBPF_WASM_ASM_BYTEORDER_H
#define __LIBBPF_WASM_ASM_BYTEORDER_H

#include <linux/byteorder/little_endian.h>

#endif
