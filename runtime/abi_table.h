/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The functions a module may import, with their wasm types. */
#ifndef WASM_BPF_ABI_TABLE_H
#define WASM_BPF_ABI_TABLE_H

#include <stddef.h>

struct abi_func {
	const char *module, *name;
	const char *type;	/* as wasm_functype_str() writes it */
};

/* Names are counted bytes (wasm names are not NUL-terminated). */

/* The entry for module.name, or NULL. */
const struct abi_func *abi_find(const char *module, size_t module_len,
				const char *name, size_t name_len);

/* Is this an import module the host provides? */
int abi_module_known(const char *module, size_t len);

/* Every entry, ending with a NULL module (for tests and tools). */
extern const struct abi_func abi_funcs[];

#endif
