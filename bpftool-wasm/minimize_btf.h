/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_MINIMIZE_BTF_H
#define BPFTOOL_WASM_MINIMIZE_BTF_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The .BTF and .BTF.ext a module ships: only the types libbpf and the
 * kernel read (see minimize_btf.c), and .BTF.ext's line info (the source
 * lines verifier logs quote) only if line_info. btf/ext are the object's
 * sections; on success *out_btf and *out_ext are new malloc'ed sections
 * and 0 is returned. 1: the BTF uses something this does not rewrite (old-style
 * bitfields), keep the sections as they are. -errno with a message in err
 * for sections that contradict each other.
 */
int minimize_btf(const void *btf, size_t btf_sz, const void *ext, size_t ext_sz, bool line_info,
		 void **out_btf, size_t *out_btf_sz, void **out_ext, size_t *out_ext_sz,
		 char *err, size_t err_sz);

#endif
